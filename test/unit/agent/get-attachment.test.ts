// GET /agent/incidents/{id}/attachments/{attachment_id}: the file's exact bytes with its stored type and name, for
// callers with the agent (or app admin) role, who cannot use the Attachment API (it needs read access to the
// incident). Only an attachment of that very incident is sent: any other sys_id, another record's attachment
// included, is the same 404 as one that does not exist. Ids are checked (400) before anything is looked up.
import { addIncident, agentBox, agentCall, CallResult, IncidentRef, Sandbox } from './agentHarness';
import { call } from '../../support/instance-http-harness';

// every byte value, and bytes that are no UTF-8: a text decoding anywhere on the way would change some
const BYTES = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => 255 - i)), Buffer.from([0xc3, 0x28, 0xff])]);

function attach(box: Sandbox, table: string, sysId: string, fileName: string, contentType: string, bytes: Buffer): string {
  const gr = new box.glide.GlideRecord(table);
  if (!gr.get(sysId)) throw new Error(`no ${table} ${sysId}`);
  return new box.glide.GlideSysAttachment().writeBase64(gr, fileName, contentType, bytes.toString('base64'));
}

function withFile(fileName = 'heap dump.bin', contentType = 'application/octet-stream', bytes = BYTES): { box: Sandbox; incident: IncidentRef; attachment: string } {
  const box = agentBox();
  const incident = addIncident(box);
  return { box, incident, attachment: attach(box, 'incident', incident.sys_id, fileName, contentType, bytes) };
}

const path = (incident: string, attachment: string) => `/incidents/${incident}/attachments/${attachment}`;
const bytesOf = (res: CallResult) => Buffer.from(res.bodyBase64 === undefined ? '' : res.bodyBase64, 'base64');

describe('GET /agent/incidents/{id}/attachments/{attachment_id}', () => {
  test('the agent gets the exact bytes, the stored content type and the file name, by sys_id and by number', () => {
    const { box, incident, attachment } = withFile();
    for (const id of [incident.sys_id, incident.number, incident.sys_id.toUpperCase()]) {
      const res = agentCall(box, 'GET', path(id, attachment));
      expect([id, res.status]).toEqual([id, 200]);
      expect(res.headers['Content-Type']).toBe('application/octet-stream');
      expect(res.headers['Content-Disposition']).toBe('attachment; filename="heap dump.bin"');
      expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
      expect(res.body).toBe('');
      expect(bytesOf(res).equals(BYTES)).toBe(true);
    }
    // the attachment's sys_id in upper case is the same attachment
    expect(bytesOf(agentCall(box, 'GET', path(incident.number, attachment.toUpperCase()))).equals(BYTES)).toBe(true);
  });

  test('each file keeps its own type and name; a name outside ASCII comes back exactly through filename*', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const text = Buffer.from('Grüße aus dem Rechenzentrum: 東京 ✓\n', 'utf8');
    const image = attach(box, 'incident', incident.sys_id, 'error-rate.png', 'image/png', png);
    const notes = attach(box, 'incident', incident.sys_id, 'Störung "Köln".txt', 'text/plain; charset=utf-8', text);
    const a = agentCall(box, 'GET', path(incident.sys_id, image));
    expect([a.headers['Content-Type'], bytesOf(a).equals(png)]).toEqual(['image/png', true]);
    const b = agentCall(box, 'GET', path(incident.sys_id, notes));
    expect([b.headers['Content-Type'], bytesOf(b).equals(text)]).toEqual(['text/plain; charset=utf-8', true]);
    const disposition = b.headers['Content-Disposition'];
    expect(disposition.startsWith('attachment; filename="St_rung _K_ln_.txt"; ')).toBe(true);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1])).toBe('Störung "Köln".txt');
  });

  test('an empty file is a 200 with no bytes; a stored type that is not a media type is sent as application/octet-stream', () => {
    const { box, incident, attachment } = withFile('empty.log', 'text/plain', Buffer.alloc(0));
    const empty = agentCall(box, 'GET', path(incident.sys_id, attachment));
    expect([empty.status, empty.headers['Content-Type'], bytesOf(empty).length]).toEqual([200, 'text/plain', 0]);
    const odd = attach(box, 'incident', incident.sys_id, 'odd', 'not a type', BYTES);
    const res = agentCall(box, 'GET', path(incident.sys_id, odd));
    expect([res.status, res.headers['Content-Type'], bytesOf(res).equals(BYTES)]).toEqual([200, 'application/octet-stream', true]);
  });

  test("the incident detail's download_path is this route, and following it gives the file", () => {
    const { box, incident, attachment } = withFile();
    const detail = agentCall(box, 'GET', `/incidents/${incident.number}`).json.result;
    expect(detail.attachments.map((a: any) => a.download_path)).toEqual([`/api/x_incb_bridge/v1/agent/incidents/${incident.sys_id}/attachments/${attachment}`]);
    const followed = call(box, 'GET', detail.attachments[0].download_path, { user: 'agent' });
    expect(followed.status).toBe(200);
    expect(bytesOf(followed).equals(BYTES)).toBe(true);
  });

  test('the Attachment API refuses the agent the same file (no read access to the incident): why this route exists', () => {
    const { box, incident, attachment } = withFile();
    expect(call(box, 'GET', `/api/now/attachment/${attachment}/file`, { user: 'agent' }).status).toBe(404);
    expect(agentCall(box, 'GET', path(incident.sys_id, attachment)).status).toBe(200);
    // an admin may use either
    expect(bytesOf(call(box, 'GET', `/api/now/attachment/${attachment}/file`, { user: 'admin' })).equals(BYTES)).toBe(true);
  });

  test("another incident's attachment, another record's, and an unknown one are the same 404: nothing about them is told", () => {
    const { box, incident } = withFile();
    const other = addIncident(box, { short_description: 'someone else' });
    const otherFile = attach(box, 'incident', other.sys_id, 'secret.txt', 'text/plain', Buffer.from('not yours'));
    const problem = box.instance.db.insert('problem', { number: 'PRB0040001', short_description: 'p' });
    const problemFile = attach(box, 'problem', problem, 'problem.txt', 'text/plain', Buffer.from('not yours either'));
    // a problem with the incident's own sys_id as table_sys_id: same sys_id, wrong table
    const sameIdOtherTable = box.instance.db.insert('sys_attachment', { file_name: 'x.txt', content_type: 'text/plain', table_name: 'problem', table_sys_id: incident.sys_id });
    for (const id of [otherFile, problemFile, sameIdOtherTable, '0'.repeat(32)]) {
      const res = agentCall(box, 'GET', path(incident.sys_id, id));
      expect([id, res.status]).toEqual([id, 404]);
      expect(res.json).toEqual({ error: { message: `No attachment ${id} on incident ${incident.number}`, detail: '' }, status: 'failure' });
      expect(res.body).not.toContain('yours');
      expect(res.bodyBase64).toBeUndefined();
    }
    // the other incident's file is there, under its own incident
    expect(bytesOf(agentCall(box, 'GET', path(other.number, otherFile))).toString()).toBe('not yours');
  });

  test('an unknown incident is a 404', () => {
    const { box, attachment } = withFile();
    for (const id of ['0'.repeat(32), 'INC0099999']) {
      const res = agentCall(box, 'GET', path(id, attachment));
      expect([id, res.status, res.json.error.message]).toEqual([id, 404, `No incident ${id}`]);
    }
  });

  test.each([
    ['31 hex digits', 'a'.repeat(31)],
    ['33 hex digits', 'a'.repeat(33)],
    ['not hex', 'z'.repeat(32)],
    ['a file name', 'error-rate.png'],
    ['an injected query', 'a'.repeat(32) + '^ORtable_name=problem'],
    ['an injected query alone', '^NQsys_idISNOTEMPTY'],
  ])('an attachment id that is %s is a 400, checked before the incident is looked up', (_what, id) => {
    const { box, incident } = withFile();
    for (const incidentId of [incident.sys_id, 'INC0099999']) {
      const res = agentCall(box, 'GET', path(incidentId, encodeURIComponent(id)));
      expect([incidentId, res.status]).toEqual([incidentId, 400]);
      expect(res.json).toEqual({ error: { message: 'Invalid attachment id', detail: expect.stringContaining('32 hexadecimal characters') }, status: 'failure' });
    }
  });

  test('an invalid incident id is a 400 first, whatever the attachment id', () => {
    const { box, attachment } = withFile();
    for (const attachmentId of [attachment, 'nope']) {
      const res = agentCall(box, 'GET', path(encodeURIComponent('INC0010001^ORnumberISNOTEMPTY'), attachmentId));
      expect(res.status).toBe(400);
      expect(res.json.error.message).toBe('Invalid incident id');
    }
  });

  test('content that cannot be read is a 404 in the error JSON, not a broken download', () => {
    const { box, incident, attachment } = withFile();
    const prototype = box.glide.GlideSysAttachment.prototype;
    const original = prototype.getContentStream;
    prototype.getContentStream = () => null;
    try {
      const res = agentCall(box, 'GET', path(incident.sys_id, attachment));
      expect(res.status).toBe(404);
      expect(res.json).toEqual({ error: { message: `The content of attachment ${attachment} cannot be read`, detail: '' }, status: 'failure' });
    } finally {
      prototype.getContentStream = original;
    }
  });

  test('only agents and app admins may download; any Accept is admitted', () => {
    const { box, incident, attachment } = withFile();
    const route = path(incident.number, attachment);
    expect(agentCall(box, 'GET', route, { user: 'bridge.admin' }).status).toBe(200);
    for (const user of ['itil.user', 'ado.hook', 'nobody']) {
      const res = agentCall(box, 'GET', route, { user });
      expect([user, res.status, res.json]).toEqual([user, 403, { error: { message: 'User Not Authorized', detail: 'Failed API level ACL Validation' }, status: 'failure' }]);
    }
    expect(agentCall(box, 'GET', route, { user: null }).status).toBe(401);
    for (const accept of ['application/octet-stream', 'image/png', 'application/json', '*/*']) {
      expect([accept, agentCall(box, 'GET', route, { headers: { Accept: accept } }).status]).toEqual([accept, 200]);
    }
  });

  test('the route also answers without the version segment (v1 is the default)', () => {
    const { box, incident, attachment } = withFile();
    const res = call(box, 'GET', `/api/x_incb_bridge/agent${path(incident.sys_id, attachment)}`, { user: 'agent' });
    expect(bytesOf(res).equals(BYTES)).toBe(true);
  });
});
