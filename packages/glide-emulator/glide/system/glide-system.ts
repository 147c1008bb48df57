// `gs` (GlideSystem) as a scoped script sees it. Deliberately absent, as in a scoped application on an instance:
// gs.log and gs.print (scoped scripts must use gs.info/warn/error/debug), so code calling them fails here too.
// Logging methods format Java MessageFormat-style {0}..{4} placeholders from their extra arguments.
import { GLOBAL_SCOPE } from '../access/scoped-access';
import { guardScopedApi } from '../access/scoped-api-guard';
import { parseEncodedQuery } from '../db/encoded-query';
import { toText } from '../db/field-values';
import { base64DecodeText, base64EncodeText } from '../services/base64';
import type { EventQueue } from '../events/event-queue';
import type { Platform } from '../runtime/platform';
import type { Users } from '../runtime/users';

export interface GlideSystemDeps {
  platform: Platform;
  users: Users;
  events: EventQueue;
  /** the scope the app's scripts run in (InstanceOptions.scope) */
  scope: string;
}

function format(message: any, args: any[]): string {
  var text = toText(message);
  for (var i = 0; i < args.length; i++) text = text.split('{' + i + '}').join(toText(args[i]));
  return text;
}

function rest(args: IArguments, from: number): any[] {
  var out: any[] = [];
  for (var i = from; i < args.length; i++) out.push(args[i]);
  return out;
}

export function createGlideSystem(deps: GlideSystemDeps): any {
  var p = deps.platform;
  var users = deps.users;

  function propertyRow(name: string) {
    var rows = p.store.select('sys_properties', parseEncodedQuery('name=' + name), p.matchContext(), { start: 0, end: 1 });
    return rows.length > 0 ? rows[0] : null;
  }

  function logger(level: string) {
    return function (message: any) {
      p.log(level, format(message, rest(arguments, 1)), deps.scope);
    };
  }

  return {
    info: logger('info'),
    warn: logger('warn'),
    error: logger('error'),
    debug: logger('debug'),
    addInfoMessage: function (message: any) {
      p.log('info', toText(message), 'UI message');
    },
    addErrorMessage: function (message: any) {
      p.log('error', toText(message), 'UI message');
    },
    /** the property's value as a string; `alt` (or null) when there is no such property */
    getProperty: function (name: string, alt?: any) {
      var row = propertyRow(String(name));
      if (row) return row.value || '';
      return alt === undefined ? null : alt;
    },
    setProperty: function (name: string, value: any, description?: string) {
      var row = propertyRow(String(name));
      if (row) {
        var changes: { [f: string]: string } = { value: toText(value), sys_updated_on: p.nowText(), sys_updated_by: p.userName() };
        if (description !== undefined) changes.description = toText(description);
        p.store.update('sys_properties', row.sys_id, changes);
        p.stats.updates++;
      } else {
        p.insertRow('sys_properties', { name: String(name), value: toText(value), description: toText(description) });
        p.stats.inserts++;
      }
    },
    nowDateTime: function () {
      return p.nowText();
    },
    now: function () {
      return p.nowText().substring(0, 10);
    },
    generateGUID: function () {
      return p.newGuid();
    },
    getUserID: function () {
      return users.currentId();
    },
    getUserName: function () {
      return users.current();
    },
    getUserDisplayName: function () {
      return users.displayName(users.current());
    },
    hasRole: function (role: string) {
      return users.hasRole(users.current(), String(role));
    },
    getUser: function () {
      var name = users.current();
      var row = users.row(name) || {};
      return guardScopedApi({
        getID: function () { return row.sys_id || ''; },
        getName: function () { return name; },
        getDisplayName: function () { return row.name || name; },
        getFirstName: function () { return row.first_name || ''; },
        getLastName: function () { return row.last_name || ''; },
        getEmail: function () { return row.email || ''; },
        hasRole: function (role: string) { return users.hasRole(name, String(role)); },
      }, 'GlideUser');
    },
    getSession: function () {
      return guardScopedApi({
        isInteractive: function () { return false; },
        isLoggedIn: function () { return true; },
        getClientIP: function () { return '127.0.0.1'; },
        getLanguage: function () { return 'en'; },
        getTimeZoneName: function () { return 'UTC'; },
        getCurrentApplicationId: function () { return GLOBAL_SCOPE; },
        /** GlideSession - Scoped putClientData/getClientData: a value kept for the rest of the unit of work */
        putClientData: function (name: any, value: any) { users.putClientData(toText(name), toText(value)); },
        getClientData: function (name: any) { return users.getClientData(toText(name)); },
      }, 'GlideSession');
    },
    isInteractive: function () {
      return false;
    },
    isLoggedIn: function () {
      return true;
    },
    nil: function (value: any) {
      if (value === null || value === undefined) return true;
      if (typeof value === 'object' && typeof value.nil === 'function') return value.nil();
      if (typeof value === 'object' && typeof value.isValidRecord === 'function') return !value.isValidRecord();
      return toText(value) === '';
    },
    tableExists: function (name: string) {
      return p.dictionary.hasTable(String(name));
    },
    /** No translations are loaded: the key is the English message; {0}.. come from an array or single value. */
    getMessage: function (id: string, args?: any) {
      var list = args === undefined || args === null ? [] : Object.prototype.toString.call(args) === '[object Array]' ? args : [args];
      return format(id, list);
    },
    base64Encode: function (text: any) {
      return base64EncodeText(toText(text));
    },
    base64Decode: function (text: any) {
      return base64DecodeText(toText(text));
    },
    /** URL-encodes as Java's URLEncoder (UTF-8): spaces become '+' */
    urlEncode: function (text: any) {
      return encodeURIComponent(toText(text)).replace(/%20/g, '+').replace(/[!'()~]/g, function (c: string) {
        return '%' + c.charCodeAt(0).toString(16).toUpperCase();
      });
    },
    urlDecode: function (text: any) {
      return decodeURIComponent(toText(text).replace(/\+/g, ' '));
    },
    eventQueue: function (name: string, record: any, parm1?: any, parm2?: any, queue?: any) {
      deps.events.queue(name, record, parm1, parm2, queue);
    },
    /** `when` is a GlideDateTime (its getValue(), UTC) or a "yyyy-MM-dd HH:mm:ss" string */
    eventQueueScheduled: function (name: string, record: any, parm1: any, parm2: any, when: any) {
      var processOn = when && typeof when.getValue === 'function' ? String(when.getValue()) : toText(when);
      deps.events.queue(name, record, parm1, parm2, '', processOn);
    },
    /** "Gets the ID of the current application as set using the Application Picker" (c_GlideSystemScopedAPI.md): the
     * picker is a person's choice in the UI, not the running script's app. REST callers, jobs, events and async
     * rules have none, so it is always 'global' here: a script must not find its own app through it. */
    getCurrentApplicationId: function () {
      return GLOBAL_SCOPE;
    },
    /** the running script's scope */
    getCurrentScopeName: function () {
      return p.access.current();
    },
    getCallerScopeName: function () {
      return p.access.current();
    },
    getTimeZoneName: function () {
      return 'UTC';
    },
  };
}
