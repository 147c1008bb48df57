// The web hook receiver with real envelopes from the Azure DevOps fake: what it refuses (status, ServiceNow's error
// JSON, one log row, and nothing else written anywhere), in which order it checks, and what it stores when it
// accepts (the inbox row first, then the event; a redelivery stores nothing).
import { CONNECTION_TABLE, INBOX_TABLE, LOG_TABLE } from '../../../src/app/core/tables';
import { HookPayload } from '@incb/ado-fake';
import { inboxRows, InboundBed, logRows, startInboundBed } from './inboundBed';

let bed: InboundBed;
let envelope: HookPayload;

beforeEach(async () => {
  bed = await startInboundBed();
  const item = bed.jamal.create({ 'System.Title': 'Printer on fire' });
  bed.jamal.update(item.id, { 'System.State': 'Doing' });
  envelope = bed.takeHooks().filter((h) => h.eventType === 'workitem.updated')[0];
});
afterEach(() => bed.fake.stop());

function addConnection(values: { [field: string]: string }): string {
  return bed.instance.db.insert(CONNECTION_TABLE, { name: 'Other', type: 'azure_devops', active: 'true', sync_direction: 'both', ...values });
}

/** Everything stored except the integration log: must not change on a refusal. */
function everythingButTheLog(): unknown {
  const dump = bed.instance.db.dump();
  delete dump.tables[LOG_TABLE];
  return dump;
}

describe('refusals', () => {
  const withEnvelope = (change: (e: any) => void) => () => {
    const copy = JSON.parse(JSON.stringify(envelope));
    change(copy);
    return copy;
  };
  type Case = {
    name: string;
    status: number;
    message: RegExp;
    payload?: () => unknown;
    rawBody?: string;
    headers?: { [name: string]: string };
    connection?: () => string;
    setup?: () => void;
  };
  const cases: Case[] = [
    { name: 'text/plain body', status: 415, message: /as JSON/, headers: { 'Content-Type': 'text/plain' } },
    { name: 'form-encoded body', status: 415, message: /as JSON/, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
    { name: 'no Content-Type', status: 415, message: /as JSON/, headers: { 'Content-Type': '' } },
    {
      name: 'a body over the byte limit (300 euro signs: 300 characters, 900 bytes)',
      status: 413,
      message: /larger than 600 bytes/,
      rawBody: JSON.stringify({ id: 'x', text: '€'.repeat(300) }),
      setup: () => (global as any).gs.setProperty('x_incb_bridge.inbound.max_body_bytes', '600'),
    },
    { name: 'an unknown connection name', status: 404, message: /No connection "Nope"/, connection: () => 'Nope' },
    { name: 'an unknown sys_id', status: 404, message: /No connection/, connection: () => 'f'.repeat(32) },
    { name: 'an inactive connection', status: 409, message: /inactive/, connection: () => addConnection({ active: 'false' }) },
    { name: 'a webhook connection', status: 409, message: /not an Azure DevOps connection/, connection: () => addConnection({ type: 'webhook' }) },
    { name: 'an outbound-only connection', status: 409, message: /outbound only/, connection: () => addConnection({ sync_direction: 'outbound' }) },
    { name: 'a missing secret header', status: 401, message: /X-Incident-Bridge-Secret/, connection: () => addConnection({ inbound_secret: 'correct-horse-battery' }) },
    {
      name: 'a wrong secret',
      status: 401,
      message: /X-Incident-Bridge-Secret/,
      headers: { 'X-Incident-Bridge-Secret': 'correct-horse-batterz' },
      connection: () => addConnection({ inbound_secret: 'correct-horse-battery' }),
    },
    { name: 'malformed JSON', status: 400, message: /not valid JSON/, rawBody: '{"id": "a", "eventType": ' },
    { name: 'an empty body', status: 400, message: /not valid JSON/, rawBody: '' },
    { name: 'a JSON array', status: 400, message: /JSON object/, rawBody: '[]' },
    // Rhino's JSON.parse dies of a StackOverflowError no catch sees: refused before parsing
    { name: 'JSON nested 100,000 levels deep', status: 400, message: /not a service hook event/, rawBody: '['.repeat(100000) + ']'.repeat(100000) },
    // refused before the JSON check, and still logged: the log writer's redaction must not parse it either
    {
      name: 'JSON nested 200,000 levels deep with a wrong secret',
      status: 401,
      message: /X-Incident-Bridge-Secret/,
      rawBody: '['.repeat(200000) + ']'.repeat(200000),
      headers: { 'X-Incident-Bridge-Secret': 'correct-horse-batterz' },
      connection: () => addConnection({ inbound_secret: 'correct-horse-battery' }),
    },
    { name: 'JSON nested 150,000 levels deep to an unknown connection', status: 404, message: /No connection/, rawBody: '{"a":'.repeat(150000) + '1' + '}'.repeat(150000), connection: () => 'Nope' },
    { name: 'no envelope id', status: 400, message: /"id"/, payload: withEnvelope((e) => delete e.id) },
    { name: 'an unknown event type', status: 400, message: /Unsupported event type "build.complete"/, payload: withEnvelope((e) => (e.eventType = 'build.complete')) },
    { name: 'resourceVersion 2.0', status: 400, message: /resourceVersion "2.0"/, payload: withEnvelope((e) => (e.resourceVersion = '2.0')) },
    { name: 'no resource', status: 400, message: /"resource"/, payload: withEnvelope((e) => delete e.resource) },
    { name: 'a work item id given as a string', status: 400, message: /workItemId/, payload: withEnvelope((e) => (e.resource.workItemId = '1')) },
    { name: 'a revision 0', status: 400, message: /resource\.rev/, payload: withEnvelope((e) => (e.resource.rev = 0)) },
    // the order of the checks: the first failing one answers
    { name: 'text/plain to an unknown connection (content type first)', status: 415, message: /as JSON/, headers: { 'Content-Type': 'text/plain' }, connection: () => 'Nope' },
    { name: 'malformed JSON without the secret (secret first)', status: 401, message: /Secret/, rawBody: '{', connection: () => addConnection({ inbound_secret: 'correct-horse-battery' }) },
    { name: 'malformed JSON to an inactive connection (connection first)', status: 409, message: /inactive/, rawBody: '{', connection: () => addConnection({ active: 'false' }) },
  ];

  test.each(cases)('$name -> $status', (c) => {
    c.setup?.();
    const connection = c.connection ? c.connection() : bed.connection;
    const before = everythingButTheLog();
    const logsBefore = logRows(bed).length;
    const answer = bed.deliver(c.payload ? c.payload() : envelope, { headers: c.headers, connection, rawBody: c.rawBody });
    expect(answer.status).toBe(c.status);
    expect(Object.keys(answer.json).sort()).toEqual(['error', 'status']);
    expect(answer.json.status).toBe('failure');
    expect(answer.json.error.message).toMatch(c.message);
    expect(typeof answer.json.error.detail).toBe('string');
    expect(everythingButTheLog()).toEqual(before);
    const logs = logRows(bed);
    expect(logs).toHaveLength(logsBefore + 1);
    const row = logs[logs.length - 1];
    expect(row).toMatchObject({ direction: 'inbound', outcome: 'rejected', http_status: String(c.status), method: 'POST' });
    expect(row.error).toMatch(c.message);
    const known = c.status !== 404 && c.status !== 413 && c.status !== 415;
    expect(row.connection).toBe(known ? connection : '');
  });

  test('a body too deeply nested to parse is logged redacted as text', () => {
    const connection = addConnection({ inbound_secret: 'correct-horse-battery' });
    const rawBody = '{"password": "hunter22", "items": ' + '['.repeat(200000) + ']'.repeat(200000) + '}';
    const answer = bed.deliver(envelope, { connection, rawBody, headers: { 'X-Incident-Bridge-Secret': 'correct-horse-batterz' } });
    expect(answer.status).toBe(401);
    const row = logRows(bed)[logRows(bed).length - 1];
    expect(row.request_body.startsWith('{"password": "[REDACTED]", "items": [[[')).toBe(true);
    expect(JSON.stringify(row)).not.toContain('hunter22');
  });

  test('the unknown event type answer lists the supported ones', () => {
    const answer = bed.deliver({ ...envelope, eventType: 'workitem.moved' });
    expect(answer.json.error.detail).toBe('Supported event types: workitem.created, workitem.updated, workitem.commented, workitem.deleted, workitem.restored');
  });

  test('neither the stored nor the presented secret reaches the log', () => {
    const connection = addConnection({ inbound_secret: 'correct-horse-battery' });
    bed.deliver(envelope, { connection, headers: { 'X-Incident-Bridge-Secret': 'wrong-guess-value' } });
    bed.deliver(envelope, { connection, headers: { 'X-Incident-Bridge-Secret': 'correct-horse-battery' } });
    const logged = JSON.stringify(logRows(bed));
    expect(logged).not.toContain('wrong-guess-value');
    expect(logged).not.toContain('correct-horse-battery');
    expect(logRows(bed).map((r) => r.http_status)).toEqual(['401', '200']);
  });
});

describe('accepted', () => {
  test('stored first (the raw payload), the event queued, 200 with the inbox sys_id, one log row', () => {
    const answer = bed.deliver(envelope);
    expect(answer.status).toBe(200);
    const inbox = answer.json.result.inbox;
    expect(answer.json).toEqual({ result: { status: 'accepted', inbox } });
    const rows = inboxRows(bed);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      sys_id: inbox,
      connection: bed.connection,
      event_type: 'workitem.updated',
      event_id: envelope.id,
      dedupe_key: `${bed.connection}:workitem.updated:${envelope.id}`,
      state: 'received',
      attempts: '0',
      remote_id: String((envelope.resource as any).workItemId),
      remote_rev: '2',
      payload: JSON.stringify(envelope),
    });
    const events = bed.rows('sysevent').filter((e) => e.name === 'x_incb_bridge.inbox.received');
    expect(events.map((e) => [e.parm1, e.parm2, e.instance])).toEqual([[bed.connection, rows[0].remote_id, inbox]]);
    expect(logRows(bed)).toEqual([expect.objectContaining({ direction: 'inbound', outcome: 'success', http_status: '200', inbox, remote_id: rows[0].remote_id, operation: 'workitem.updated' })]);
  });

  test('the connection by name, and by sys_id', () => {
    expect(bed.deliver(envelope, { connection: 'Fabrikam ADO' }).status).toBe(200);
    const other = { ...envelope, id: '0f3f7c9e-1111-4f4f-8888-000000000001' };
    expect(bed.deliver(other, { connection: bed.connection }).status).toBe(200);
    expect(inboxRows(bed).map((r) => r.connection)).toEqual([bed.connection, bed.connection]);
  });

  test('a redelivery answers duplicate with the first row and stores nothing new', () => {
    const first = bed.deliver(envelope).json.result.inbox;
    const events = bed.rows('sysevent').length;
    const again = bed.deliver(envelope);
    expect(again).toMatchObject({ status: 200, json: { result: { status: 'duplicate', inbox: first } } });
    expect(inboxRows(bed)).toHaveLength(1);
    expect(bed.rows('sysevent')).toHaveLength(events);
    expect(logRows(bed).map((r) => r.outcome)).toEqual(['success', 'skipped']);
  });

  test('the same envelope id with another event type is another event', () => {
    bed.deliver(envelope);
    expect(bed.deliver({ ...envelope, eventType: 'workitem.commented', resource: { id: 1, rev: 2, fields: {} } }).json.result.status).toBe('accepted');
    expect(inboxRows(bed)).toHaveLength(2);
  });

  test('the right secret is accepted', () => {
    const connection = addConnection({ inbound_secret: 'correct-horse-battery' });
    expect(bed.deliver(envelope, { connection, headers: { 'X-Incident-Bridge-Secret': 'correct-horse-battery' } }).status).toBe(200);
  });

  test('a payload longer than the 65000-character column is kept whole as an attachment of the row', () => {
    const big = JSON.parse(JSON.stringify(envelope));
    big.resource.fields['System.Description'] = { newValue: '<div>' + 'x'.repeat(70000) + '</div>' };
    const inbox = bed.deliver(big).json.result.inbox;
    expect(bed.instance.db.get(INBOX_TABLE, inbox)!.payload).toBe('');
    const attachments = bed.rows('sys_attachment', `table_name=${INBOX_TABLE}^table_sys_id=${inbox}`);
    expect(attachments.map((a) => [a.file_name, a.content_type])).toEqual([['payload.json', 'application/json']]);
    const g = global as any;
    const attachment = new g.GlideRecord('sys_attachment');
    attachment.get(attachments[0].sys_id);
    expect(new g.GlideSysAttachment().getContent(attachment)).toBe(JSON.stringify(big));
  });
});
