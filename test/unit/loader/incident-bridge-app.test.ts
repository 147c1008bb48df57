// The installable Incident Bridge package (dist/app), read back with the loader: the data model the app code relies
// on (table and column names, types, lengths, choices, defaults), who may do what (roles, ACLs), the health route,
// the properties, and the admin UI (menu, forms, lists).
import { AclDefinition, AppRow } from '@incb/glide-emulator/loader';
import { FieldSchema, TableSchema } from '@incb/glide-emulator';
import { loadBuiltApp, readBuilt } from '../../support/builtApp';

var app = loadBuiltApp();
var ADMIN = 'x_incb_bridge.admin';
var AGENT = 'x_incb_bridge.agent';

/** Expected column: internal type, plus what the app code depends on. */
interface Col {
  type: string;
  ref?: string;
  max?: number;
  choices?: string[];
  def?: string;
}
var str = (max?: number): Col => ({ type: 'string', max });
var ref = (table: string): Col => ({ type: 'reference', ref: table });
var choice = (choices: string[], def?: string): Col => ({ type: 'choice', choices, def });
var INT: Col = { type: 'integer' };
var BOOL: Col = { type: 'boolean' };
var DATE_TIME: Col = { type: 'glide_date_time' };
var URL: Col = { type: 'url' };

var MODEL: { [table: string]: { label: string; display: string; columns: { [name: string]: Col } } } = {
  x_incb_bridge_connection: {
    label: 'Connection',
    display: 'name',
    columns: {
      name: str(),
      label: str(),
      type: choice(['azure_devops', 'webhook']),
      active: { type: 'boolean', def: 'true' },
      base_url: URL,
      ado_organization: str(),
      ado_project: str(),
      ado_work_item_type: { type: 'string', def: 'Task' },
      ado_description_field: str(),
      auth_type: choice(['none', 'basic', 'pat', 'oauth2']),
      basic_auth_profile: ref('sys_auth_profile_basic'),
      oauth_profile: ref('oauth_entity_profile'),
      inbound_secret: { type: 'password2' },
      signing_key: { type: 'password2' },
      mid_server: ref('ecc_agent'),
      sync_direction: choice(['both', 'outbound', 'inbound'], 'both'),
      sync_work_notes: BOOL,
      sync_comments: BOOL,
      inbound_journal: choice(['work_notes', 'comments']),
      trigger_condition: { type: 'conditions', ref: 'incident' },
      value_map_preset: choice(['basic', 'agile', 'custom', 'scrum', 'cmmi']),
      close_code: str(),
      close_notes: { type: 'string', def: 'Closed by Azure DevOps' },
      create_incidents_from_remote: BOOL,
      support_group: ref('sys_user_group'),
      request_timeout_ms: INT,
      max_attempts: INT,
      health_status: choice(['unknown', 'healthy', 'degraded', 'down'], 'unknown'),
      health_checked_at: DATE_TIME,
      health_error: str(1000),
      rate_limited_until: DATE_TIME,
      rate_limit_remaining: INT,
      consecutive_failures: INT,
      circuit_open_until: DATE_TIME,
      circuit_probe_token: str(40),
      catchup_watermark: DATE_TIME,
      remote_identity: str(255),
    },
  },
  x_incb_bridge_outbox: {
    label: 'Outbox entry',
    display: 'sequence',
    columns: {
      connection: ref('x_incb_bridge_connection'),
      source_table: str(80),
      source_id: str(32),
      incident: ref('incident'),
      operation: choice(['sync', 'create', 'update', 'comment', 'attachment', 'push']),
      payload: str(65000),
      state: choice(['queued', 'sending', 'sent', 'failed', 'dead', 'skipped'], 'queued'),
      attempts: { type: 'integer', def: '0' },
      next_attempt_at: DATE_TIME,
      claim_token: str(40),
      claimed_at: DATE_TIME,
      last_error: str(4000),
      sequence: INT,
      sent_at: DATE_TIME,
    },
  },
  x_incb_bridge_link: {
    label: 'Link',
    display: 'remote_id',
    columns: {
      incident: ref('incident'),
      connection: ref('x_incb_bridge_connection'),
      remote_id: str(40),
      remote_url: URL,
      remote_rev: INT,
      last_fingerprint: str(64),
      last_inbound_rev: INT,
      synced_journal_ids: str(4000),
      synced_attachment_ids: str(4000),
      state: choice(['linked', 'unlinked'], 'linked'),
    },
  },
  x_incb_bridge_value_map: {
    label: 'Value map',
    display: 'sn_value',
    columns: {
      connection: ref('x_incb_bridge_connection'),
      field: choice(['state', 'priority', 'close_code', 'impact', 'urgency']),
      direction: choice(['outbound', 'inbound', 'both']),
      sn_value: str(),
      remote_value: str(),
      order: INT,
    },
  },
  x_incb_bridge_log: {
    label: 'Integration log',
    display: 'endpoint',
    columns: {
      direction: choice(['outbound', 'inbound', 'internal']),
      connection: ref('x_incb_bridge_connection'),
      method: str(10),
      endpoint: str(1000),
      http_status: INT,
      duration_ms: INT,
      request_headers: str(4000),
      request_body: str(65000),
      response_headers: str(4000),
      response_body: str(65000),
      incident: ref('incident'),
      remote_id: str(40),
      operation: str(40),
      outcome: choice(['success', 'failure', 'retry', 'skipped', 'dry_run', 'rejected']),
      error: str(4000),
      attempt: INT,
      outbox: ref('x_incb_bridge_outbox'),
      inbox: ref('x_incb_bridge_inbox'),
      dry_run: BOOL,
    },
  },
  x_incb_bridge_inbox: {
    label: 'Inbox event',
    display: 'event_id',
    columns: {
      connection: ref('x_incb_bridge_connection'),
      event_type: str(80),
      event_id: str(80),
      dedupe_key: str(128),
      payload: str(65000),
      state: choice(['received', 'processing', 'processed', 'ignored', 'failed'], 'received'),
      attempts: INT,
      last_error: str(4000),
      remote_id: str(40),
      remote_rev: INT,
      processed_at: DATE_TIME,
    },
  },
  x_incb_bridge_response_plan: {
    label: 'Response plan',
    display: 'name',
    columns: {
      name: str(100),
      active: { type: 'boolean', def: 'true' },
      condition: { type: 'conditions', ref: 'incident' },
      autonomy: choice(['autonomous', 'review'], 'review'),
      target_connection: ref('x_incb_bridge_connection'),
      description: str(1000),
    },
  },
};
var TABLES = Object.keys(MODEL).sort();

function table(name: string): TableSchema {
  return app.schema.tables.filter((t) => t.name === name)[0];
}

function rows(tableName: string, where: (row: AppRow) => boolean = () => true): AppRow[] {
  return (app.records[tableName] || []).filter(where);
}

function tableAcls(tableName: string, operation: string): AclDefinition[] {
  return app.acls.filter((a) => a.type === 'record' && a.table === tableName && !a.field && a.operation === operation);
}

/** Runs an ACL script the way the platform reads it: the value left in `answer`. */
function aclScriptAnswer(acl: AclDefinition): unknown {
  return new Function('var answer;\n' + acl.script + '\nreturn answer;')();
}

/** An ACL nobody passes: no role opens it, the admin role does not override it, its script answers false. */
function grantsNobody(acl: AclDefinition): boolean {
  return acl.active && acl.decisionType === 'allow' && acl.roles.length === 0 && !acl.adminOverrides && aclScriptAnswer(acl) === false;
}

describe('data model', () => {
  test('the app declares exactly the six tables', () => {
    expect(app.schema.tables.map((t) => t.name).sort()).toEqual(TABLES);
  });

  test.each(TABLES)('%s: label, display field and exactly the specified columns', (name) => {
    var t = table(name);
    expect(t.label).toBe(MODEL[name].label);
    expect(t.displayField).toBe(MODEL[name].display);
    expect(Object.keys(t.fields).sort()).toEqual(Object.keys(MODEL[name].columns).sort());
  });

  test.each(TABLES)('%s: column types, references, lengths, choices and defaults', (name) => {
    var columns = MODEL[name].columns;
    for (var column of Object.keys(columns)) {
      var expected = columns[column];
      var actual: FieldSchema = table(name).fields[column];
      var where = `${name}.${column}`;
      expect([where, actual.type]).toEqual([where, expected.type]);
      if (expected.ref) expect([where, actual.reference]).toEqual([where, expected.ref]);
      if (expected.max) expect([where, actual.maxLength]).toEqual([where, expected.max]);
      if (expected.choices) expect([where, (actual.choices || []).map((c) => c.value)]).toEqual([where, expected.choices]);
      if (expected.def !== undefined) expect([where, actual.defaultValue]).toEqual([where, expected.def]);
      // every label reads as a label, not as the column name
      expect([where, actual.label && actual.label !== column]).toEqual([where, true]);
    }
  });

  test('health status is measured by the app, not typed in by an admin', () => {
    expect(table('x_incb_bridge_connection').fields.health_status.readOnly).toBe(true);
  });

  test('references between the app tables point at tables of the app', () => {
    for (var t of app.schema.tables) {
      for (var f of Object.keys(t.fields)) {
        var target = t.fields[f].reference;
        if (target && target.indexOf('x_incb_bridge_') === 0) expect(TABLES).toContain(target);
      }
    }
  });

  test('the Table API is off for the app tables (connections hold secrets; the app has its own REST APIs)', () => {
    expect(rows('sys_db_object').map((t) => [t.name, t.ws_access]).sort()).toEqual(TABLES.map((n) => [n, 'false']));
  });
});

describe('roles and ACLs', () => {
  test('three roles, none containing another', () => {
    expect(app.roles.map((r) => r.name)).toEqual([ADMIN, AGENT, 'x_incb_bridge.integration']);
    for (var role of app.roles) {
      expect(role.description).not.toBe('');
      expect(role.containsRoles).toEqual([]);
    }
  });

  test.each(['x_incb_bridge_connection', 'x_incb_bridge_value_map', 'x_incb_bridge_link'])(
    '%s (configuration): admins read, write, create and delete',
    (name) => {
      for (var op of ['read', 'write', 'create', 'delete']) {
        expect([op, tableAcls(name, op).map((a) => a.roles)]).toEqual([op, [[ADMIN]]]);
      }
    }
  );

  test.each(['x_incb_bridge_outbox', 'x_incb_bridge_inbox'])('%s: admins read and write (retry, discard); nobody creates or deletes through the UI', (name) => {
    expect(tableAcls(name, 'read').map((a) => a.roles)).toEqual([[ADMIN]]);
    expect(tableAcls(name, 'write').map((a) => a.roles)).toEqual([[ADMIN]]);
    for (var op of ['create', 'delete']) {
      var acls = tableAcls(name, op);
      expect([op, acls.length]).toEqual([op, 1]);
      expect([op, acls.every(grantsNobody)]).toEqual([op, true]);
    }
  });

  test('the integration log: admins read it; no ACL lets anyone write, create or delete it', () => {
    expect(tableAcls('x_incb_bridge_log', 'read').map((a) => a.roles)).toEqual([[ADMIN]]);
    for (var op of ['write', 'create', 'delete']) {
      var acls = tableAcls('x_incb_bridge_log', op);
      expect([op, acls.length]).toEqual([op, 1]);
      expect([op, acls.every(grantsNobody)]).toEqual([op, true]);
    }
    var fieldGrants = app.acls.filter((a) => a.table === 'x_incb_bridge_log' && a.field && a.operation !== 'read');
    expect(fieldGrants).toEqual([]);
  });

  test('every app table has an ACL for each operation, so no platform wildcard ACL decides', () => {
    for (var name of TABLES) {
      for (var op of ['read', 'write', 'create', 'delete']) expect([name, op, tableAcls(name, op).length]).toEqual([name, op, 1]);
    }
  });

  test('agents and integrations get no table access through ACLs', () => {
    var tableGrants = app.acls.filter((a) => a.type === 'record').map((a) => a.roles);
    expect(tableGrants.filter((roles) => roles.indexOf(AGENT) >= 0 || roles.indexOf('x_incb_bridge.integration') >= 0)).toEqual([]);
  });

  test.each(['inbound_secret', 'signing_key'])('connection.%s: only admins see or set the field', (field) => {
    var acls = app.acls.filter((a) => a.table === 'x_incb_bridge_connection' && a.field === field);
    expect(acls.map((a) => [a.operation, a.roles]).sort()).toEqual([
      ['read', [ADMIN]],
      ['write', [ADMIN]],
    ]);
  });
});

describe('health API', () => {
  var api = app.restApis.filter((a) => a.apiId === 'health')[0];

  test('GET /api/x_incb_bridge/v1/health, v1 being the default version', () => {
    expect(api).toMatchObject({ namespace: 'x_incb_bridge', baseUri: '/api/x_incb_bridge/health', active: true });
    expect(api.versions).toEqual([{ id: 'v1', number: 1, isDefault: true, active: true, deprecated: false }]);
    expect(api.routes).toHaveLength(1);
    expect(api.routes[0]).toMatchObject({
      method: 'GET',
      version: 'v1',
      fullPaths: ['/api/x_incb_bridge/v1/health', '/api/x_incb_bridge/health'],
      produces: ['application/json'],
      active: true,
    });
  });

  test('authenticated callers with the agent or admin role only, through the REST endpoint ACL', () => {
    var route = api.routes[0];
    expect(route).toMatchObject({ requiresAuthentication: true, requiresAcl: true, acls: [ADMIN, AGENT], externalAclIds: [] });
    expect(api).toMatchObject({ acls: [ADMIN, AGENT], externalAclIds: [] });
    var acl = app.acls.filter((a) => a.type === 'REST_Endpoint' && a.name === 'x_incb_bridge.health');
    expect(acl).toEqual([expect.objectContaining({ operation: 'execute', roles: [ADMIN, AGENT], active: true })]);
  });

  test('the route script is the built entry script', () => {
    expect(api.routes[0].script).toBe(readBuilt('dist/es5/entry/rest/health_get.js'));
  });
});

test('properties: the integer settings an admin tunes, with their defaults', () => {
  expect(app.properties.map((p) => [p.name, p.type, p.value]).sort()).toEqual([
    ['x_incb_bridge.attachment.max_bytes', 'integer', '10485760'],
    ['x_incb_bridge.circuit.cooldown_seconds', 'integer', '300'],
    ['x_incb_bridge.circuit.failure_threshold', 'integer', '5'],
    ['x_incb_bridge.health.refresh_token_warning_days', 'integer', '14'],
    ['x_incb_bridge.inbound.max_body_bytes', 'integer', '1048576'],
    ['x_incb_bridge.log.max_body_length', 'integer', '4000'],
    ['x_incb_bridge.log.retention_days', 'integer', '30'],
    ['x_incb_bridge.outbox.backoff_base_seconds', 'integer', '30'],
    ['x_incb_bridge.outbox.backoff_max_seconds', 'integer', '3600'],
    ['x_incb_bridge.outbox.claim_timeout_seconds', 'integer', '300'],
    ['x_incb_bridge.outbox.max_attempts', 'integer', '8'],
    ['x_incb_bridge.rate_limit.default_pause_seconds', 'integer', '60'],
    ['x_incb_bridge.rate_limit.slow_down_below', 'integer', '20'],
    ['x_incb_bridge.retention.batch_size', 'integer', '1000'],
  ]);
  for (var p of app.properties) {
    expect(p.description).not.toBe('');
    expect(p.writeRoles).toEqual([ADMIN]);
  }
});

describe('admin UI', () => {
  var menu = rows('sys_app_application');

  test('an "Incident Bridge" menu for admins with a list module per table', () => {
    expect(menu.map((m) => [m.title, m.roles, m.active])).toEqual([['Incident Bridge', ADMIN, 'true']]);
    var modules = rows('sys_app_module', (m) => m.application === menu[0].sys_id);
    for (var name of TABLES) {
      expect([name, modules.filter((m) => m.link_type === 'LIST' && m.name === name && m.active === 'true').length]).toEqual([name, 1]);
    }
    // role NAMES: a Role object would have been written as [object Object]
    expect(modules.every((m) => m.roles === ADMIN)).toBe(true);
  });

  test.each(TABLES)('%s: a default-view form showing every column once', (name) => {
    var forms = rows('sys_ui_form', (f) => f.name === name && f.view === 'Default view');
    expect(forms).toHaveLength(1);
    var sectionIds = rows('sys_ui_form_section', (fs) => fs.sys_ui_form === forms[0].sys_id).map((fs) => fs.sys_ui_section);
    var elements = rows('sys_ui_element', (e) => sectionIds.indexOf(e.sys_ui_section) >= 0 && e.type === '').map((e) => e.element);
    expect(elements.slice().sort()).toEqual(Object.keys(MODEL[name].columns).sort());
  });

  test.each(TABLES)('%s: a default-view list of existing columns', (name) => {
    var lists = rows('sys_ui_list', (l) => l.name === name && l.view === 'Default view');
    expect(lists).toHaveLength(1);
    var columns = rows('sys_ui_list_element', (e) => e.list_id === lists[0].sys_id).map((e) => e.element);
    expect(columns.length).toBeGreaterThanOrEqual(5);
    for (var column of columns) {
      var known = column.indexOf('sys_') === 0 || Object.prototype.hasOwnProperty.call(MODEL[name].columns, column);
      expect([column, known]).toEqual([column, true]);
    }
  });

  test('the connection form lists what belongs to or flowed through the connection', () => {
    var lists = rows('sys_ui_related_list', (l) => l.name === 'x_incb_bridge_connection');
    expect(lists).toHaveLength(1);
    var related = rows('sys_ui_related_list_entry', (e) => e.list_id === lists[0].sys_id).map((e) => e.related_list);
    expect(related.sort()).toEqual(
      ['x_incb_bridge_inbox', 'x_incb_bridge_link', 'x_incb_bridge_log', 'x_incb_bridge_outbox', 'x_incb_bridge_value_map'].map((t) => t + '.connection')
    );
  });
});
