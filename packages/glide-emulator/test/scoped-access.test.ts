// The rules a scoped application's scripts live under (packages/glide-emulator/glide/access), each shown failing where the
// permissive behaviour would have let it through: scripts run in their record's scope; Table Application Access;
// runtime access tracking with cross-scope privileges (enforcing as an installed app, tracking as a development
// instance); setWorkflow/setAbortAction on another scope's table; updateMultiple and ''; script include visibility.
import { emulate } from './emulated-instance';
import type { InstanceOptions } from '../glide/contract';

const APP = 'x_test_app';
const APP_ID = 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0';
const PRIVILEGE = /^Security restricted: (Read|Write|Create|Delete) operation on table '(\w+)' from scope 'Test App' was denied\. The application 'Test App' must declare a cross scope access privilege\./;

/** An instance with a scoped application (its record, one table of its own) and `privileges` on global tables. */
function appInstance(options: { tracking?: string; privileges?: Array<[string, string, string?]> } & InstanceOptions = {}) {
  const { tracking, privileges, ...instanceOptions } = options;
  const { instance, glide } = emulate({
    schema: [{ tables: [{ name: 'x_test_app_item', label: 'Item', fields: { name: { type: 'string', maxLength: 40 } } }] }],
    ...instanceOptions,
  });
  instance.db.insert('sys_app', { sys_id: APP_ID, name: 'Test App', scope: APP, runtime_access_tracking: tracking ?? 'enforcing' });
  const item = instance.db.rows('sys_db_object', 'name=x_test_app_item')[0];
  instance.db.update('sys_db_object', item.sys_id, { sys_scope: APP_ID, access: 'public', read_access: 'true', create_access: 'false', update_access: 'false', delete_access: 'false' });
  for (const [table, operation, status] of privileges ?? []) {
    instance.db.insert('sys_scope_privilege', { source_scope: APP_ID, target_scope: 'global', target_name: table, target_type: 'sys_db_object', operation, status: status ?? 'allowed' });
  }
  const asApp = <T>(fn: () => T): T => instance.runInScope(APP, fn);
  const errors = () => instance.logs.filter((l) => l.level === 'error').map((l) => l.message);
  return { instance, glide, asApp, errors };
}

function insertIncident(glide: any, description = 'Mail down'): string | null {
  const gr = new glide.GlideRecord('incident');
  gr.initialize();
  gr.setValue('short_description', description);
  return gr.insert();
}

describe('scripts run in their scope', () => {
  test('a business rule, a script action and an evaluated script run in the scope they belong to; code calling the globals directly in the caller scope', () => {
    const { instance, glide } = appInstance({ privileges: [['incident', 'read'], ['incident', 'create']] });
    const seen: string[] = [];
    instance.addBusinessRule({ name: 'app rule', table: 'incident', when: 'after', insert: true, scope: APP, script: () => seen.push('rule ' + glide.gs.getCurrentScopeName()) });
    instance.addBusinessRule({ name: 'platform rule', table: 'incident', when: 'after', insert: true, script: () => seen.push('platform ' + glide.gs.getCurrentScopeName()) });
    insertIncident(glide);
    expect(seen).toEqual(['rule x_test_app', 'platform global']);
    expect(instance.evaluate('return gs.getCurrentScopeName();', {}, APP)).toBe(APP);
    expect(glide.gs.getCurrentScopeName()).toBe('global');
  });

  test('a script include is visible by its plain name to scripts of its own scope only, and its code runs in its scope', () => {
    const { instance } = appInstance();
    instance.addScriptIncludes([{ name: 'AppHelper', scope: APP, active: true, script: 'var AppHelper = { scope: function () { return gs.getCurrentScopeName(); } };' }]);
    expect(instance.evaluate('return AppHelper.scope();', {}, APP)).toBe(APP);
    expect(() => instance.evaluate('return AppHelper.scope();', {}, 'global')).toThrow(/AppHelper/);
  });
});

describe('runtime access tracking, on an instance the app is installed on (enforcing)', () => {
  test('without a privilege, every operation on a global table is refused with the documented message, and changes nothing', () => {
    const { instance, glide, asApp, errors } = appInstance();
    const incident = insertIncident(glide) as string;
    asApp(() => {
      const read = new glide.GlideRecord('incident');
      expect(read.get(incident)).toBe(false);
      read.query();
      expect(read.hasNext()).toBe(false);
      expect(insertIncident(glide)).toBeNull();
    });
    const found = new glide.GlideRecord('incident');
    found.get(incident);
    found.setValue('short_description', 'changed by the app');
    asApp(() => {
      expect(found.update()).toBeNull();
      expect(found.deleteRecord()).toBe(false);
    });
    expect(instance.db.rows('incident').map((r) => r.short_description)).toEqual(['Mail down']);
    // get(sys_id) also tries the display value: reads are refused more than once; each kind is there, in order
    const refusals = errors().map((m) => PRIVILEGE.exec(m)).filter(Boolean).map((m) => m![1] + ' ' + m![2]);
    expect([...new Set(refusals)]).toEqual(['Read incident', 'Create incident', 'Write incident', 'Delete incident']);
  });

  test('an allowed privilege lets exactly its operation through; requested or denied ones do not', () => {
    const { instance, glide, asApp } = appInstance({ privileges: [['incident', 'read'], ['incident', 'create'], ['incident', 'write', 'requested'], ['incident', 'delete', 'denied']] });
    const id = asApp(() => insertIncident(glide)) as string;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    asApp(() => {
      const gr = new glide.GlideRecord('incident');
      expect(gr.get(id)).toBe(true);
      gr.setValue('short_description', 'changed');
      expect(gr.update()).toBeNull();
      expect(gr.deleteRecord()).toBe(false);
    });
    expect(instance.db.get('incident', id)!.short_description).toBe('Mail down');
  });

  test('an app whose runtime access tracking is None needs no privilege (the table settings still apply)', () => {
    const { glide, asApp } = appInstance({ tracking: 'none' });
    expect(asApp(() => insertIncident(glide))).toMatch(/^[0-9a-f]{32}$/);
    // sys_attachment's Application Access does not allow create from other scopes, privilege or not
    const attachment = asApp(() => {
      const gr = new glide.GlideRecord('sys_attachment');
      gr.initialize();
      gr.setValue('file_name', 'x.txt');
      return gr.insert();
    });
    expect(attachment).toBeNull();
  });

  test('the app\'s own tables need no privilege', () => {
    const { glide, asApp } = appInstance();
    expect(asApp(() => {
      const gr = new glide.GlideRecord('x_test_app_item');
      gr.initialize();
      gr.setValue('name', 'own');
      return gr.insert();
    })).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('runtime access tracking on the app\'s development instance (tracking)', () => {
  test('Tracking: the operation runs and is recorded as an allowed privilege, once', () => {
    const { instance, glide, asApp } = appInstance({ accessTracking: 'tracking', tracking: 'permissive' });
    expect(asApp(() => insertIncident(glide))).toMatch(/^[0-9a-f]{32}$/);
    asApp(() => insertIncident(glide, 'again'));
    expect(instance.db.rows('sys_scope_privilege').map((p) => [p.target_name, p.operation, p.status])).toEqual([['incident', 'create', 'allowed']]);
  });

  test('Enforcing: the operation is refused and recorded as requested, for an admin to allow', () => {
    const { instance, glide, asApp } = appInstance({ accessTracking: 'tracking', tracking: 'enforcing' });
    expect(asApp(() => insertIncident(glide))).toBeNull();
    expect(instance.db.rows('sys_scope_privilege').map((p) => [p.target_name, p.operation, p.status])).toEqual([['incident', 'create', 'requested']]);
  });
});

describe('Table Application Access', () => {
  test('a table accessible from its own scope only cannot even be read by another scope, privilege or not', () => {
    const { instance, glide, asApp, errors } = appInstance({ privileges: [['sys_user', 'read']] });
    const users = instance.db.rows('sys_db_object', 'name=sys_user')[0];
    expect(asApp(() => new glide.GlideRecord('sys_user').get('user_name', 'admin'))).toBe(true);
    instance.db.update('sys_db_object', users.sys_id, { access: 'package_private' });
    expect(asApp(() => new glide.GlideRecord('sys_user').get('user_name', 'admin'))).toBe(false);
    expect(errors()).toContain("Security restricted: Read operation against 'sys_user' from scope 'x_test_app' has been refused due to the table's cross-scope access policy");
  });

  test('an application table without Can create refuses a global script\'s insert as well', () => {
    const { glide } = appInstance();
    const gr = new glide.GlideRecord('x_test_app_item');
    gr.initialize();
    gr.setValue('name', 'from global');
    expect(gr.insert()).toBeNull();
  });
});

describe('APIs closed to another scope\'s table', () => {
  test('setWorkflow and setAbortAction throw the platform\'s refusal on a global table from a scoped script', () => {
    const { glide, asApp } = appInstance();
    asApp(() => {
      const gr = new glide.GlideRecord('incident');
      expect(() => gr.setWorkflow(false)).toThrow("Access to api 'setWorkflow' from scope 'x_test_app' has been refused due to the api's cross-scope access policy");
      expect(() => gr.setAbortAction(true)).toThrow("Access to api 'setAbortAction' from scope 'x_test_app' has been refused due to the api's cross-scope access policy");
      const own = new glide.GlideRecord('x_test_app_item');
      expect(() => own.setWorkflow(false)).not.toThrow();
    });
    expect(() => new glide.GlideRecord('incident').setWorkflow(false)).not.toThrow();
  });
});

describe('updateMultiple', () => {
  test('a field set to \'\' is not cleared; one set to \'NULL\' is', () => {
    const { instance, glide } = emulate();
    const a = insertIncident(glide, 'one') as string;
    const b = insertIncident(glide, 'two') as string;
    const clear = new glide.GlideRecord('incident');
    clear.addQuery('sys_id', 'IN', [a, b].join(','));
    clear.setValue('short_description', '');
    clear.setValue('description', 'both');
    clear.updateMultiple();
    expect(instance.db.rows('incident').map((r) => [r.short_description, r.description])).toEqual([
      ['one', 'both'],
      ['two', 'both'],
    ]);
    const nulled = new glide.GlideRecord('incident');
    nulled.addQuery('sys_id', a);
    nulled.setValue('short_description', 'NULL');
    nulled.updateMultiple();
    expect(instance.db.get('incident', a)!.short_description).toBe('');
    expect(instance.db.get('incident', b)!.short_description).toBe('two');
  });
});
