// The scoped Glide API: a scoped script may only call what ServiceNow documents for scoped scripts; anything else
// (GlideDateTime.setNumericValue, GlideRecord.autoSysFields, gs.nowDateTime...) does not exist for it on an instance,
// where the call fails with "Cannot find function ...". The emulator implements some of those global-only methods
// (its own platform rules are global scripts), so each object a script can reach is guarded: a public method that
// the scoped page of its class does not list throws a TypeError when the running script is not global.
// The lists come from ServiceNow's server API reference (scoped-api/scoped-methods.ts, generated from
// scoped-api.json); JavaScript's own toString/valueOf are left alone.
import { SCOPED_METHODS } from '../scoped-api/scoped-methods';
import { scriptScope } from './script-scope';

var JS_OWN: { [name: string]: boolean } = { constructor: true, toString: true, valueOf: true, toJSON: true, hasOwnProperty: true };
var GUARD_MARK = '__scopedApiGuard';

function allowedSet(className: string): { [name: string]: boolean } {
  var entry = SCOPED_METHODS[className];
  if (!entry) throw new Error('scoped API guard: no scoped class ' + className + ' in scoped-methods.ts');
  var set: { [name: string]: boolean } = {};
  for (var i = 0; i < entry.methods.length; i++) set[entry.methods[i]] = true;
  return set;
}

function refusal(className: string, name: string): (this: any) => never {
  return function () {
    throw new TypeError('Cannot find function ' + name + ' in object ' + className + ': ' + name + ' is not part of the scoped ' + className + ' API (' + SCOPED_METHODS[className].page + '), and scope ' + scriptScope() + ' is not global');
  };
}

function guarded(original: Function, refuse: () => never): Function {
  return function (this: any) {
    if (scriptScope() !== 'global') refuse();
    return original.apply(this, arguments);
  };
}

/** the public method names of `target` and its prototypes below Object.prototype */
function methodNames(target: any): string[] {
  var names: string[] = [];
  var seen: { [name: string]: boolean } = {};
  for (var o = target; o && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o)) {
    var own = Object.getOwnPropertyNames(o);
    for (var i = 0; i < own.length; i++) {
      var name = own[i];
      if (seen[name] || name.charAt(0) === '_' || JS_OWN[name]) continue;
      seen[name] = true;
      var d = Object.getOwnPropertyDescriptor(o, name);
      if (d && typeof d.value === 'function') names.push(name);
    }
  }
  return names;
}

/** Guards `target` (a prototype, an object, or a class for its static methods) as an object of `className`. Safe to
 * call again on a shared prototype: it is guarded once. `seams`: the emulator's own test seams on the object (no
 * platform API, never called by the app), left unguarded. */
export function guardScopedApi<T>(target: T, className: string, seams?: string[]): T {
  if (!target || Object.prototype.hasOwnProperty.call(target, GUARD_MARK)) return target;
  var allowed = allowedSet(className);
  for (var s = 0; seams && s < seams.length; s++) allowed[seams[s]] = true;
  var names = methodNames(target);
  for (var i = 0; i < names.length; i++) {
    var name = names[i];
    if (allowed[name]) continue;
    Object.defineProperty(target, name, { value: guarded((target as any)[name], refusal(className, name)), writable: true, configurable: true, enumerable: false });
  }
  Object.defineProperty(target, GUARD_MARK, { value: className, enumerable: false });
  return target;
}
