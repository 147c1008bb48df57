// The Attachment API through handle(): raw and multipart uploads, metadata, byte-exact downloads, lists, deletes, and
// access that follows the parent record.
import { call, newIncident, sandbox } from '../../support/instance-http-harness';

const HOST = 'https://instance.service-now.com';
/** bytes that are not valid UTF-8, so a text round trip would corrupt them */
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80]);

function upload(box: ReturnType<typeof sandbox>, incidentId: string, user = 'itil.user', fileName = 'screen.png') {
  return call(box, 'POST', `/api/now/attachment/file?table_name=incident&table_sys_id=${incidentId}&file_name=${fileName}`, {
    user,
    headers: { 'content-type': 'image/png' },
    bodyBase64: BINARY.toString('base64'),
  });
}

describe('Attachment API', () => {
  test('POST /file stores the bytes on the record: 201 with the attachment metadata and its Location', () => {
    const box = sandbox();
    const incidentId = newIncident(box);
    const res = upload(box, incidentId);
    expect(res.status).toBe(201);
    const meta = res.json.result;
    expect(meta).toMatchObject({
      file_name: 'screen.png',
      content_type: 'image/png',
      size_bytes: String(BINARY.length),
      table_name: 'incident',
      table_sys_id: incidentId,
      sys_created_by: 'itil.user',
      created_by_name: 'itil.user Tester',
      download_link: `${HOST}/api/now/attachment/${meta.sys_id}/file`,
    });
    expect(res.headers.Location).toBe(`${HOST}/api/now/attachment/${meta.sys_id}`);
    const stored = new box.glide.GlideSysAttachment().getContentBase64(meta.sys_id);
    expect(Buffer.from(stored, 'base64')).toEqual(BINARY);
  });

  test('a text body is stored as its UTF-8 bytes', () => {
    const box = sandbox();
    const incidentId = newIncident(box);
    const res = call(box, 'POST', `/api/now/attachment/file?table_name=incident&table_sys_id=${incidentId}&file_name=log.txt`, {
      headers: { 'content-type': 'text/plain' },
      body: 'größe ✓',
    });
    expect(new box.glide.GlideSysAttachment().getContent(res.json.result.sys_id)).toBe('größe ✓');
    expect(res.json.result.size_bytes).toBe(String(Buffer.byteLength('größe ✓')));
  });

  test('GET /{sys_id}/file returns the exact bytes with the stored content type', () => {
    const box = sandbox();
    const id = upload(box, newIncident(box)).json.result.sys_id;
    const res = call(box, 'GET', `/api/now/attachment/${id}/file`, { user: 'itil.user' });
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('image/png');
    expect(Buffer.from(res.bodyBase64!, 'base64')).toEqual(BINARY);
    expect(JSON.parse(res.headers['X-Attachment-Metadata']).file_name).toBe('screen.png');
  });

  test('GET lists metadata (sysparm_query, limit, offset) and GET /{sys_id} returns one', () => {
    const box = sandbox();
    const incidentId = newIncident(box);
    const a = upload(box, incidentId, 'itil.user', 'a.png').json.result.sys_id;
    const b = upload(box, incidentId, 'itil.user', 'b.png').json.result.sys_id;
    const all = call(box, 'GET', `/api/now/attachment?sysparm_query=table_sys_id=${incidentId}^ORDERBYDESCfile_name`);
    expect(all.json.result.map((m: any) => m.sys_id)).toEqual([b, a]);
    expect(call(box, 'GET', '/api/now/attachment?sysparm_limit=1&sysparm_offset=1').json.result.map((m: any) => m.sys_id)).toEqual([b]);
    const one = call(box, 'GET', `/api/now/v1/attachment/${a}`);
    expect(one.json.result.file_name).toBe('a.png');
  });

  test('DELETE removes the attachment and its bytes (204), then it is 404', () => {
    const box = sandbox();
    const id = upload(box, newIncident(box)).json.result.sys_id;
    expect(call(box, 'DELETE', `/api/now/attachment/${id}`, { user: 'itil.user' }).status).toBe(204);
    expect(box.instance.db.rows('sys_attachment_doc', `sys_attachment=${id}`)).toEqual([]);
    expect(call(box, 'GET', `/api/now/attachment/${id}`).status).toBe(404);
  });

  test('POST /upload takes a multipart form: table fields first, then the file part', () => {
    const box = sandbox();
    const incidentId = newIncident(box);
    const boundary = 'XyZ123';
    const form = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="table_name"\r\n\r\nincident\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="table_sys_id"\r\n\r\n${incidentId}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="uploadFile"; filename="übersicht.png"\r\nContent-Type: image/png\r\n\r\n`),
      BINARY,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = call(box, 'POST', '/api/now/attachment/upload', {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      bodyBase64: form.toString('base64'),
    });
    expect(res.status).toBe(201);
    expect(res.json.result).toMatchObject({ file_name: 'übersicht.png', content_type: 'image/png', table_sys_id: incidentId });
    expect(Buffer.from(new box.glide.GlideSysAttachment().getContentBase64(res.json.result.sys_id), 'base64')).toEqual(BINARY);
  });

  test('missing parameters, Content-Type or form are 400', () => {
    const box = sandbox();
    const incidentId = newIncident(box);
    expect(call(box, 'POST', `/api/now/attachment/file?table_name=incident&table_sys_id=${incidentId}`, { headers: { 'content-type': 'text/plain' }, body: 'x' }).status).toBe(400);
    expect(call(box, 'POST', `/api/now/attachment/file?table_name=incident&table_sys_id=${incidentId}&file_name=a`, { body: 'x', headers: { 'content-type': '' } }).status).toBe(400);
    expect(call(box, 'POST', '/api/now/attachment/upload', { headers: { 'content-type': 'text/plain' }, body: 'x' }).status).toBe(400);
  });

  test('access follows the parent record: no read means 404 and hidden from lists, no write means 403', () => {
    const box = sandbox();
    const incidentId = newIncident(box);
    const id = upload(box, incidentId).json.result.sys_id;
    expect(upload(box, incidentId, 'agent').status).toBe(404);
    expect(call(box, 'GET', `/api/now/attachment/${id}`, { user: 'agent' }).status).toBe(404);
    expect(call(box, 'GET', `/api/now/attachment/${id}/file`, { user: 'agent' }).status).toBe(404);
    expect(call(box, 'GET', '/api/now/attachment', { user: 'agent' }).json.result).toEqual([]);
    expect(call(box, 'DELETE', `/api/now/attachment/${id}`, { user: 'agent' }).status).toBe(404);
    const userId = box.instance.db.rows('sys_user', 'user_name=agent')[0].sys_id;
    const onUser = call(box, 'POST', `/api/now/attachment/file?table_name=sys_user&table_sys_id=${userId}&file_name=a.txt`, {
      user: 'agent',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(onUser.status).toBe(403);
    expect(onUser.json.error.detail).toBe('ACL Exception Insert Failed due to security constraints');
    expect(upload(box, '0123456789abcdef0123456789abcdef').status).toBe(404);
  });
});
