// The seeded generator of malformed requests, per inbound route of the app. Most inputs come from a caller the route
// admits (the agent, the Incident Bridge admin, the hook user with the right secret), so the refusal has to come from
// the app's own validation; a few per route come without credentials, from a user who cannot sign in, from a user
// the route's ACL does not admit, or with a method the route does not take.
// "Malformed" is meant strictly: every input here is wrong by construction, and a well-formed request is never
// generated (it would rightly succeed). Well-formed requests naming records that do not exist (an unknown incident
// or connection) are included: the answer is a 404. So are well-formed actions the record's state refuses (resolving
// a resolved incident): a 409.
import type { InstanceHttpRequest } from '@incb/glide-emulator';
import { CALLERS, FuzzTargets, HOOK_SECRET } from './fuzz-bed';
import { AWKWARD_UNICODE, badId, deeplyNested, INJECTIONS, jsonNotObject, longText, notAString, notJson, notJsonContentType, randomHex, randomWord } from './fuzz-values';
import { brokenEnvelope, validEnvelope } from './malformed-hook-envelopes';
import { between, pick, Random, seededRandom } from './seeded-random';

export interface FuzzInput {
  /** the route, as its method and path template */
  route: string;
  /** what is wrong with the input */
  kind: string;
  request: InstanceHttpRequest;
}

interface Call {
  method: string;
  /** below /api/x_incb_bridge[/v1] */
  path: string;
  user: string | null;
  /** an object is sent as JSON */
  body?: unknown;
  /** default application/json when there is a body; null sends none */
  contentType?: string | null;
  query?: Array<[string, string]>;
  headers?: { [name: string]: string };
  /** more precisely what is wrong, when the family makes several kinds of fault */
  detail?: string;
}

interface Family {
  kind: string;
  make(random: Random, t: FuzzTargets): Call;
}

interface RouteSpec {
  route: string;
  method: string;
  /** the route's path for the well-formed request (real records) */
  path(t: FuzzTargets): string;
  /** a well-formed body, sent where something else is wrong (credentials, method, content type) */
  wellFormed?(random: Random, t: FuzzTargets): unknown;
  /** the admitted caller the input-validation families act as */
  caller: string;
  /** authenticated users the route's ACL does not admit */
  notAdmitted: string[];
  families: Family[];
  inputs: number;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const AGENT_ROUTE_OUTSIDERS = [CALLERS.itil, CALLERS.hook, CALLERS.noRoles];
const CLOSE_CODE = 'Solution provided';
const MAX_TEXT = 32000;
const MAX_CLOSE_NOTES = 4000;

function toRequest(random: Random, call: Call): InstanceHttpRequest {
  // v1 is the default version: every route also answers without it
  const base = random() < 0.8 ? '/api/x_incb_bridge/v1' : '/api/x_incb_bridge';
  const headers: { [name: string]: string } = { host: 'instance.service-now.com', accept: 'application/json' };
  let body = '';
  if (call.body !== undefined) body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
  const contentType = call.contentType === undefined ? (call.body !== undefined ? 'application/json' : null) : call.contentType;
  if (contentType !== null) headers['content-type'] = contentType;
  for (const name of Object.keys(call.headers || {})) headers[name.toLowerCase()] = call.headers![name];
  const query: { [name: string]: string[] } = {};
  // own properties only: parameter names such as "constructor" are part of the fuzz
  for (const [name, value] of call.query || []) {
    if (!Object.prototype.hasOwnProperty.call(query, name)) query[name] = [];
    query[name].push(value);
  }
  return { method: call.method, path: base + call.path, query, headers, body, user: call.user };
}

function unknownSysId(random: Random): string {
  return randomHex(random, 32);
}

/** A well-formed incident number no incident has (the bed's numbers are INC001xxxx). */
function unknownNumber(random: Random): string {
  return 'INC9' + String(between(random, 100000, 999999));
}

// ---- families every route has: credentials, roles, methods ---------------------------------------------------

function accessFamilies(spec: Omit<RouteSpec, 'families' | 'inputs'>): Family[] {
  const wellFormed = (random: Random, t: FuzzTargets) => (spec.wellFormed ? spec.wellFormed(random, t) : undefined);
  return [
    { kind: 'no credentials', make: (r, t) => ({ method: spec.method, path: spec.path(t), user: null, body: wellFormed(r, t) }) },
    { kind: 'user who does not exist', make: (r, t) => ({ method: spec.method, path: spec.path(t), user: 'ghost.' + randomWord(r), body: wellFormed(r, t) }) },
    { kind: 'inactive user', make: (r, t) => ({ method: spec.method, path: spec.path(t), user: CALLERS.inactiveAgent, body: wellFormed(r, t) }) },
    { kind: 'user the ACL does not admit', make: (r, t) => ({ method: spec.method, path: spec.path(t), user: pick(r, spec.notAdmitted), body: wellFormed(r, t) }) },
    {
      kind: 'method the route does not take',
      make: (r, t) => ({ method: pick(r, METHODS.filter((m) => m !== spec.method)), path: spec.path(t), user: spec.caller, body: wellFormed(r, t) }),
    },
  ];
}

// ---- bodies ---------------------------------------------------------------------------------------------------

/** Families of bodies that are not the JSON object a POST route takes, sent by the admitted caller. */
function bodyFamilies(spec: { path(t: FuzzTargets): string; caller: string; wellFormed(random: Random, t: FuzzTargets): unknown; emptyAllowed: boolean }): Family[] {
  const post = (path: string, body: unknown, contentType?: string | null): Call => ({ method: 'POST', path, user: spec.caller, body, contentType });
  const out: Family[] = [
    { kind: 'body not JSON', make: (r, t) => post(spec.path(t), notJson(r)) },
    { kind: 'JSON that is not an object', make: (r, t) => post(spec.path(t), jsonNotObject(r)) },
    { kind: 'deeply nested JSON', make: (r, t) => post(spec.path(t), deeplyNested(r)) },
    { kind: 'well-formed body sent as another content type', make: (r, t) => post(spec.path(t), JSON.stringify(spec.wellFormed(r, t)), notJsonContentType(r)) },
  ];
  if (!spec.emptyAllowed) out.push({ kind: 'empty body', make: (r, t) => post(spec.path(t), pick(r, ['', ' ', '\n\t']), pick<string | null>(r, ['application/json', null])) });
  return out;
}

// ---- the agent routes on one incident ----------------------------------------------------------------------------

const INCIDENT = (t: FuzzTargets) => '/agent/incidents/' + t.newIncident.sysId;

function incidentIdFamilies(method: string, suffix: string, wellFormed?: (random: Random, t: FuzzTargets) => unknown): Family[] {
  const body = (r: Random, t: FuzzTargets) => (wellFormed ? wellFormed(r, t) : undefined);
  return [
    {
      kind: 'invalid incident id',
      make: (r, t) => {
        const real = r() < 0.5 ? t.newIncident.sysId : t.newIncident.number;
        return { method, path: '/agent/incidents/' + encodeURIComponent(badId(r, real)) + suffix, user: CALLERS.agent, body: body(r, t) };
      },
    },
    {
      kind: 'unknown incident',
      make: (r, t) => ({ method, path: '/agent/incidents/' + (r() < 0.5 ? unknownSysId(r) : unknownNumber(r)) + suffix, user: CALLERS.agent, body: body(r, t) }),
    },
  ];
}

/** A body with one field more than the route knows: a misspelt field must not be ignored. */
function withUnknownField(random: Random, body: { [name: string]: unknown }): { [name: string]: unknown } {
  const extra = pick(random, ['state', 'sys_id', 'assigned_to', 'impact', 'urgency', 'resolved_by', 'Text', 'work_notes', 'constructor', randomWord(random)]);
  return { ...body, [extra]: pick<unknown>(random, ['6', null, 1, INJECTIONS[0]]) };
}

function onIncident(suffix: string, families: Array<{ kind: string; body(random: Random): unknown }>): Family[] {
  return families.map((f) => ({ kind: f.kind, make: (r: Random, t: FuzzTargets): Call => ({ method: 'POST', path: INCIDENT(t) + suffix, user: CALLERS.agent, body: f.body(r) }) }));
}

/** A well-formed action on the Resolved incident: its state refuses it (409). */
function onResolvedIncident(suffix: string, wellFormed: (random: Random) => unknown): Family {
  return { kind: 'action on a resolved incident', make: (r, t) => ({ method: 'POST', path: '/agent/incidents/' + t.resolvedIncident.sysId + suffix, user: CALLERS.agent, body: wellFormed(r) }) };
}

function agentAction(route: string, suffix: string, inputs: number, wellFormed: (random: Random) => unknown, emptyAllowed: boolean, own: Family[]): RouteSpec {
  const path = (t: FuzzTargets) => INCIDENT(t) + suffix;
  const spec = { route, method: 'POST', path, wellFormed: (r: Random) => wellFormed(r), caller: CALLERS.agent, notAdmitted: AGENT_ROUTE_OUTSIDERS };
  return {
    ...spec,
    inputs,
    families: accessFamilies(spec).concat(incidentIdFamilies('POST', suffix, spec.wellFormed), bodyFamilies({ ...spec, emptyAllowed }), [oversizedBody(path, wellFormed)], own),
  };
}

/** A well-formed action padded with whitespace past x_incb_bridge.inbound.max_body_bytes (1 MiB): valid JSON, but too
 * large to be read (413). */
function oversizedBody(path: (t: FuzzTargets) => string, wellFormed: (random: Random) => unknown): Family {
  return {
    kind: 'body larger than the size limit',
    make: (r, t) => ({ method: 'POST', path: path(t), user: CALLERS.agent, body: JSON.stringify(wellFormed(r)) + ' '.repeat(between(r, 1048577, 1300000)) }),
  };
}

const note = (r: Random) => ({ text: 'Fuzz note ' + randomWord(r) });
const workNotes = agentAction('POST /agent/incidents/{id}/work_notes', '/work_notes', 70, note, false, onIncident('/work_notes', [
  { kind: 'text missing', body: (r) => (r() < 0.5 ? {} : { visibility: 'work_notes' }) },
  { kind: 'text not a string', body: (r) => ({ text: notAString(r) }) },
  { kind: 'text blank', body: (r) => ({ text: pick(r, ['', ' ', '\n\t ', '\u00a0']) }) },
  { kind: 'text too long', body: (r) => ({ text: longText(r, between(r, MAX_TEXT + 1, MAX_TEXT + 20000)) }) },
  { kind: 'visibility not work_notes or comments', body: (r) => ({ ...note(r), visibility: pick<unknown>(r, ['private', '', 'WORK_NOTES', 'comments ', 'comments^ORactive=true', 'close_notes', 'short_description', 5, null, true, ['comments']]) }) },
  { kind: 'unknown field', body: (r) => withUnknownField(r, note(r)) },
]));

const acknowledge = agentAction('POST /agent/incidents/{id}/acknowledge', '/acknowledge', 60, () => ({}), true, onIncident('/acknowledge', [
  { kind: 'note not a string', body: (r) => ({ note: notAString(r) }) },
  { kind: 'note too long', body: (r) => ({ note: longText(r, between(r, MAX_TEXT + 1, MAX_TEXT + 20000)) }) },
  { kind: 'unknown field', body: (r) => withUnknownField(r, r() < 0.5 ? {} : { note: 'on it' }) },
]).concat([onResolvedIncident('/acknowledge', () => ({ note: 'on it' }))]));

const reason = (r: Random) => 'Fuzz reason ' + randomWord(r);
const priorityChange = (r: Random) => ({ priority: between(r, 1, 5), reason: reason(r) });
const priority = agentAction('POST /agent/incidents/{id}/priority', '/priority', 70, priorityChange, false, onIncident('/priority', [
  {
    kind: 'priority not 1 to 5',
    body: (r) => ({ priority: pick<unknown>(r, [0, 6, -1, 1.5, 10, 1e9, '0', '6', '1.0', ' 1', '01', 'one', 'P1', 'high', '1^ORactive=true', 'javascript:1', '\uFF11', null, true, [1], { value: 1 }]), reason: reason(r) }),
  },
  { kind: 'priority missing', body: (r) => ({ reason: reason(r) }) },
  { kind: 'reason missing, blank or not a string', body: (r) => ({ priority: between(r, 1, 5), reason: pick<unknown>(r, [undefined, '', '   ', notAString(r)]) }) },
  { kind: 'reason too long', body: (r) => ({ priority: between(r, 1, 5), reason: longText(r, between(r, MAX_TEXT + 1, MAX_TEXT + 20000)) }) },
  { kind: 'unknown field', body: (r) => withUnknownField(r, priorityChange(r)) },
]).concat([onResolvedIncident('/priority', priorityChange)]));

const resolution = (r: Random) => ({ close_code: CLOSE_CODE, close_notes: 'Fuzz fix ' + randomWord(r) });
const resolve = agentAction('POST /agent/incidents/{id}/resolve', '/resolve', 70, resolution, false, onIncident('/resolve', [
  { kind: 'close code missing', body: (r) => ({ close_notes: 'Fuzz fix ' + randomWord(r) }) },
  { kind: 'close code not a string', body: (r) => ({ close_code: notAString(r), close_notes: 'n' }) },
  {
    kind: 'close code the instance does not offer',
    body: (r) => ({
      close_code: pick(r, ['solution provided', 'Solution provided ', 'SOLUTION PROVIDED', 'Fixed', 'successful', CLOSE_CODE + '^ORactive=true', 'javascript:gs.getUserName()', CLOSE_CODE + pick(r, AWKWARD_UNICODE), randomWord(r, 41, 60), randomWord(r)]),
      close_notes: 'n',
    }),
  },
  { kind: 'close notes missing, blank or not a string', body: (r) => ({ close_code: CLOSE_CODE, close_notes: pick<unknown>(r, [undefined, '', ' \n', notAString(r)]) }) },
  { kind: 'close notes too long', body: (r) => ({ close_code: CLOSE_CODE, close_notes: longText(r, between(r, MAX_CLOSE_NOTES + 1, MAX_CLOSE_NOTES + 30000)) }) },
  { kind: 'unknown field', body: (r) => withUnknownField(r, resolution(r)) },
]).concat([onResolvedIncident('/resolve', resolution)]));

// ---- the agent routes without an incident -----------------------------------------------------------------------

function getIncident(): RouteSpec {
  const spec = { route: 'GET /agent/incidents/{id}', method: 'GET', path: INCIDENT, caller: CALLERS.agent, notAdmitted: AGENT_ROUTE_OUTSIDERS };
  return { ...spec, inputs: 60, families: accessFamilies(spec).concat(incidentIdFamilies('GET', '')) };
}

/** GET /agent/incidents/{id}/attachments/{attachment_id}: the ids, each wrong in turn with the other real, and files
 * that exist but are not the incident's (another incident's, another record's): the same 404 as an unknown one. */
function getAttachment(): RouteSpec {
  const ATTACHMENTS = '/attachments/';
  const spec = { route: 'GET /agent/incidents/{id}/attachments/{attachment_id}', method: 'GET', path: (t: FuzzTargets) => INCIDENT(t) + ATTACHMENTS + t.attachment, caller: CALLERS.agent, notAdmitted: AGENT_ROUTE_OUTSIDERS };
  const get = (path: string): Call => ({ method: 'GET', path, user: CALLERS.agent });
  const own: Family[] = [
    { kind: 'invalid attachment id', make: (r, t) => get(INCIDENT(t) + ATTACHMENTS + encodeURIComponent(badId(r, t.attachment))) },
    { kind: 'unknown attachment', make: (r, t) => get(INCIDENT(t) + ATTACHMENTS + unknownSysId(r)) },
    { kind: "another record's attachment", make: (r, t) => get(INCIDENT(t) + ATTACHMENTS + pick(r, t.foreignAttachments)) },
    { kind: 'both ids invalid', make: (r, t) => get('/agent/incidents/' + encodeURIComponent(badId(r, t.newIncident.number)) + ATTACHMENTS + encodeURIComponent(badId(r, t.attachment))) },
    {
      kind: 'path below the route',
      make: (r, t) => get(spec.path(t) + '/' + encodeURIComponent(pick(r, ['file', 'content', randomWord(r), INJECTIONS[0], '..', pick(r, AWKWARD_UNICODE)]))),
    },
  ];
  // the incident's id wrong or unknown, the attachment's real
  const incidentIds = incidentIdFamilies('GET', '').map((family) => ({
    kind: family.kind,
    make: (r: Random, t: FuzzTargets): Call => {
      const call = family.make(r, t);
      return { ...call, path: call.path + ATTACHMENTS + t.attachment };
    },
  }));
  return { ...spec, inputs: 60, families: accessFamilies(spec).concat(incidentIds, own) };
}

/** One malformed list parameter; the others the family adds are valid, so the bad one is the reason. */
const LIST_PARAMETER_FAULTS: Array<{ kind: string; params(random: Random): Array<[string, string]> }> = [
  { kind: 'limit not 1 to 100', params: (r) => [['limit', pick(r, ['-1', '0', '101', '100000000000', 'abc', '1.5', '1e3', ' 5', '0x10', '+5', '5^ORactive=true', '\uFF15', 'NaN'])]] },
  { kind: 'offset not 0 to 1000000', params: (r) => [['offset', pick(r, ['-1', '1000001', '99999999999', 'x', '1.5', '-0', ' 0', '1e2'])]] },
  { kind: 'cursor not one the API wrote', params: (r) => [['cursor', pick(r, ['x' + randomHex(r, 45), '2026112210000' + randomHex(r, 32), '20261122100000' + randomHex(r, 32).toUpperCase(), 'eyJvZmZzZXQiOjB9', INJECTIONS[1], longText(r, 300)])]] },
  { kind: 'cursor and offset together', params: (r) => [['cursor', '20261122100000' + randomHex(r, 32)], ['offset', String(between(r, 1, 50))]] },
  { kind: 'state not a number', params: (r) => [['state', pick(r, ['abc', '1^ORstate=7', '12345', '1,,2', 'javascript:1', '1.5', 'new', '1;2'])]] },
  { kind: 'priority not 1 to 5', params: (r) => [['priority', pick(r, ['0', '6', '1^ORpriority=5', 'high', '1.0', '-1', '1,7', 'P1'])]] },
  { kind: 'assignment group with query syntax', params: (r) => [['assignment_group', pick(r, ['Service Desk^ORactive=true', '^NQactive=true', 'javascript:gs.getUserID()', ' javascript:1', 'a\nb', 'Network\r\n'])]] },
  { kind: 'plan with query syntax', params: (r) => [['plan', pick(r, ['Major^ORactive=true', 'javascript:1', 'x\ny', '^'])]] },
  { kind: 'updated_since not a UTC time', params: (r) => [['updated_since', pick(r, ['yesterday', '2026-13-01T00:00:00Z', '2026-02-30T00:00:00Z', '2026-11-22', '2026-11-22T10:00:00', '2026-11-22T10:00:00+01:00', '1732269600', '2026-11-22 25:00:00', INJECTIONS[0]])]] },
  { kind: 'parameter given twice', params: (r) => { const name = pick(r, ['limit', 'offset', 'assignment_group', 'plan', 'updated_since']); const value = name === 'limit' || name === 'offset' ? '5' : name === 'updated_since' ? '2026-11-22T10:00:00Z' : 'Network'; return [[name, value], [name, value]]; } },
  {
    kind: 'unknown parameter',
    params: (r) => [[
      pick(r, ['sysparm_limit', 'sysparm_offset', 'sysparm_query', 'sysparm_fields', 'sysparm_display_value', 'Limit', 'limit ', 'state[]', 'query', 'constructor', 'toString', 'hasOwnProperty', randomWord(r)]),
      pick(r, ['-1', '100000000000', 'abc', 'active=true^ORactive=false', '^NQsys_idISNOTEMPTY', 'number,short_description,caller_id.password', 'all']),
    ]],
  },
];

const VALID_LIST_PARAMETERS: Array<[string, string]> = [['state', '1'], ['priority', '3'], ['limit', '10'], ['state', '1,2']];

function listIncidents(): RouteSpec {
  const spec = { route: 'GET /agent/incidents', method: 'GET', path: () => '/agent/incidents', caller: CALLERS.agent, notAdmitted: AGENT_ROUTE_OUTSIDERS };
  const families: Family[] = LIST_PARAMETER_FAULTS.map((fault) => ({
    kind: fault.kind,
    make: (r: Random): Call => {
      const query = fault.params(r);
      const names = query.map(([name]) => name);
      for (let i = between(r, 0, 2); i > 0; i--) {
        const companion = pick(r, VALID_LIST_PARAMETERS);
        if (names.indexOf(companion[0]) < 0 && (companion[0] !== 'limit' || names.indexOf('cursor') < 0)) {
          names.push(companion[0]);
          query.splice(between(r, 0, query.length), 0, companion);
        }
      }
      return { method: 'GET', path: '/agent/incidents', user: CALLERS.agent, query };
    },
  }));
  return { ...spec, inputs: 90, families: accessFamilies(spec).concat(families) };
}

/** A route that takes no input: its only malformed requests are about who calls it, how, and where. */
function noInputRoute(route: string, path: string): RouteSpec {
  const spec = { route, method: 'GET', path: () => path, caller: CALLERS.agent, notAdmitted: [CALLERS.itil, CALLERS.hook, CALLERS.noRoles] };
  const below: Family = { kind: 'path below the route', make: (r) => ({ method: 'GET', path: path + '/' + encodeURIComponent(pick(r, [randomWord(r), INJECTIONS[0], '..', pick(r, AWKWARD_UNICODE)])), user: CALLERS.agent }) };
  return { ...spec, inputs: 24, families: accessFamilies(spec).concat([below]) };
}

// ---- admin dry run --------------------------------------------------------------------------------------------

function dryRun(): RouteSpec {
  const wellFormed = (_r: Random, t: FuzzTargets) => ({ incident: t.newIncident.sysId, connection: t.connection.sysId });
  const spec = { route: 'POST /admin/dry-run', method: 'POST', path: () => '/admin/dry-run', wellFormed, caller: CALLERS.admin, notAdmitted: [CALLERS.agent, CALLERS.itil, CALLERS.hook, CALLERS.noRoles] };
  const post = (body: unknown): Call => ({ method: 'POST', path: '/admin/dry-run', user: CALLERS.admin, body });
  const notASysId = (r: Random, real: string): unknown =>
    pick<unknown>(r, [real.toUpperCase(), real + ' ', real.substring(1), [real], { toString: real }, { sys_id: real }, 1, true, null, real + INJECTIONS[0], badId(r, real)]);
  const own: Family[] = [
    { kind: 'incident or connection missing', make: (r, t) => post(r() < 0.5 ? { incident: t.newIncident.sysId } : { connection: t.connection.sysId }) },
    { kind: 'incident not a sys_id', make: (r, t) => post({ incident: notASysId(r, t.newIncident.sysId), connection: t.connection.sysId }) },
    { kind: 'connection not a sys_id', make: (r, t) => post({ incident: t.newIncident.sysId, connection: notASysId(r, t.connection.sysId) }) },
    { kind: 'incident named by number or name', make: (r, t) => post(r() < 0.5 ? { incident: t.newIncident.number, connection: t.connection.sysId } : { incident: t.newIncident.sysId, connection: t.connection.name }) },
    { kind: 'validateOnly not a boolean', make: (r, t) => post({ ...wellFormed(r, t), validateOnly: pick<unknown>(r, ['yes', 1, 0, null, {}, [], 'TRUE', ' true']) }) },
    { kind: 'unknown incident', make: (r, t) => post({ incident: unknownSysId(r), connection: t.connection.sysId }) },
    { kind: 'unknown connection', make: (r, t) => post({ incident: t.newIncident.sysId, connection: unknownSysId(r) }) },
  ];
  return { ...spec, inputs: 64, families: accessFamilies(spec).concat(bodyFamilies({ ...spec, emptyAllowed: false }), own) };
}

// ---- Azure DevOps service hook --------------------------------------------------------------------------------

function hook(): RouteSpec {
  const path = (t: FuzzTargets) => '/hooks/azure-devops/' + encodeURIComponent(t.connection.name);
  const secret = { 'X-Incident-Bridge-Secret': HOOK_SECRET };
  const wellFormed = (r: Random) => validEnvelope(r);
  const spec = { route: 'POST /hooks/azure-devops/{connection}', method: 'POST', path, wellFormed, caller: CALLERS.hook, notAdmitted: [CALLERS.agent, CALLERS.itil, CALLERS.noRoles] };
  const post = (t: FuzzTargets, body: unknown, extra: Partial<Call> = {}): Call => ({ method: 'POST', path: path(t), user: CALLERS.hook, body, headers: secret, ...extra });
  const wrongSecret = (r: Random): { [name: string]: string } =>
    pick<{ [name: string]: string }>(r, [
      {},
      { 'X-Incident-Bridge-Secret': '' },
      { 'X-Incident-Bridge-Secret': HOOK_SECRET.substring(0, HOOK_SECRET.length - 1) },
      { 'X-Incident-Bridge-Secret': HOOK_SECRET + 'x' },
      { 'X-Incident-Bridge-Secret': HOOK_SECRET.toUpperCase() },
      { 'X-Incident-Bridge-Secret': ' ' + HOOK_SECRET },
      { 'X-Incident-Bridge-Secret': randomWord(r, 20, 30) },
      { 'X-Incident-Bridge-Secret': longText(r, 5000) },
      { 'X-Secret': HOOK_SECRET },
      { Authorization: 'Bearer ' + HOOK_SECRET },
    ]);
  const own: Family[] = [
    { kind: 'secret missing or wrong', make: (r, t) => ({ ...post(t, validEnvelope(r)), headers: wrongSecret(r) }) },
    // refused before the body is read as JSON, but logged: the log writer must not parse it either
    { kind: 'deeply nested JSON with the secret missing or wrong', make: (r, t) => ({ ...post(t, deeplyNested(r, 5000)), headers: wrongSecret(r) }) },
    {
      kind: 'deeply nested JSON to an unknown connection or one that takes no events',
      make: (r, t) => ({ ...post(t, deeplyNested(r, 5000)), path: '/hooks/azure-devops/' + pick(r, [unknownSysId(r), ...t.refusingConnections]) }),
    },
    { kind: 'body not JSON', make: (r, t) => post(t, notJson(r)) },
    { kind: 'JSON that is not an object', make: (r, t) => post(t, jsonNotObject(r)) },
    { kind: 'deeply nested JSON', make: (r, t) => post(t, deeplyNested(r)) },
    { kind: 'event sent as another content type', make: (r, t) => post(t, JSON.stringify(validEnvelope(r)), { contentType: pick<string | null>(r, [notJsonContentType(r), null]) }) },
    { kind: 'event larger than the size limit', make: (r, t) => { const e = validEnvelope(r); e.resource.fields['System.Description'] = longText(r, between(r, 1048577, 1300000)); return post(t, e); } },
    {
      kind: 'unknown connection',
      make: (r, t) => ({ ...post(t, validEnvelope(r)), path: '/hooks/azure-devops/' + encodeURIComponent(pick(r, [unknownSysId(r), badId(r, 'Fabrikam ' + randomWord(r)), t.connection.name + pick(r, INJECTIONS)])) }),
    },
    { kind: 'connection that takes no events', make: (r, t) => ({ ...post(t, validEnvelope(r)), path: '/hooks/azure-devops/' + pick(r, t.refusingConnections) }) },
    {
      kind: 'broken envelope',
      make: (r, t) => {
        const broken = brokenEnvelope(r);
        return { ...post(t, broken.envelope), detail: broken.kind };
      },
    },
  ];
  return { ...spec, inputs: 120, families: accessFamilies(spec).concat(own) };
}

export function routeSpecs(): RouteSpec[] {
  return [
    noInputRoute('GET /health', '/health'),
    noInputRoute('GET /agent/health', '/agent/health'),
    listIncidents(),
    getIncident(),
    getAttachment(),
    workNotes,
    acknowledge,
    priority,
    resolve,
    dryRun(),
    hook(),
  ];
}

/** Every route's inputs: each family once, then families drawn at random up to the route's count. */
export function malformedRequests(seed: number, targets: FuzzTargets, scale = 1): FuzzInput[] {
  const random = seededRandom(seed);
  const out: FuzzInput[] = [];
  for (const spec of routeSpecs()) {
    const count = Math.max(spec.families.length, Math.round(spec.inputs * scale));
    for (let i = 0; i < count; i++) {
      const family = i < spec.families.length ? spec.families[i] : pick(random, spec.families);
      const call = family.make(random, targets);
      out.push({ route: spec.route, kind: family.kind + (call.detail ? ': ' + call.detail : ''), request: toRequest(random, call) });
    }
  }
  return out;
}
