// GlideSysAttachment: bytes kept as base64 in sys_attachment_doc, metadata in sys_attachment.
import { emulate, newIncident } from './emulated-instance';

function incidentRecord(glide: any) {
  const gr = new glide.GlideRecord('incident');
  gr.get(newIncident(glide));
  return gr;
}

test('write stores UTF-8 text with its metadata; getContent and getContentBase64 read it back', () => {
  const { instance, glide } = emulate();
  const gr = incidentRecord(glide);
  const attachments = new glide.GlideSysAttachment();
  const id = attachments.write(gr, 'note.txt', 'text/plain', 'héllo');
  expect(instance.db.get('sys_attachment', id)).toMatchObject({
    file_name: 'note.txt', content_type: 'text/plain', size_bytes: '6', table_name: 'incident', table_sys_id: gr.getUniqueValue(),
    hash: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  const record = new glide.GlideRecord('sys_attachment');
  record.get(id);
  expect(attachments.getContent(record)).toBe('héllo');
  expect(attachments.getContentBase64(record)).toBe('aMOpbGxv');
});

test('the hash is the SHA-256 of the bytes', () => {
  const { instance, glide } = emulate();
  const id = new glide.GlideSysAttachment().write(incidentRecord(glide), 'abc.txt', 'text/plain', 'abc');
  expect(instance.db.get('sys_attachment', id)!.hash).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('writeBase64 keeps binary bytes; getContentStream / writeContentStream copy them', () => {
  const { glide } = emulate();
  const gr = incidentRecord(glide);
  const attachments = new glide.GlideSysAttachment();
  const id = attachments.writeBase64(gr, 'blob.bin', 'application/octet-stream', '/wD+AQ==');
  const stream = attachments.getContentStream(id);
  const copy = attachments.writeContentStream(gr, 'copy.bin', 'application/octet-stream', stream);
  expect(attachments.getContentBase64(copy)).toBe('/wD+AQ==');
  expect(() => attachments.writeContentStream(gr, 'x', 'y', {})).toThrow(/GlideScriptableInputStream/);
});

test('getAttachments lists a record\'s attachments; deleteAttachment removes metadata and bytes; copy duplicates', () => {
  const { instance, glide } = emulate();
  const source = incidentRecord(glide);
  const target = incidentRecord(glide);
  const attachments = new glide.GlideSysAttachment();
  attachments.write(source, 'a.txt', 'text/plain', 'A');
  const b = attachments.write(source, 'b.txt', 'text/plain', 'B');
  const names: string[] = [];
  const list = attachments.getAttachments('incident', source.getUniqueValue());
  while (list.next()) names.push(list.getValue('file_name'));
  expect(names).toEqual(['a.txt', 'b.txt']);
  const copies = attachments.copy('incident', source.getUniqueValue(), 'incident', target.getUniqueValue());
  expect(copies).toHaveLength(2);
  expect(attachments.getContent(copies[1])).toBe('B');
  attachments.deleteAttachment(b);
  expect(instance.db.get('sys_attachment', b)).toBeNull();
  expect(instance.db.rows('sys_attachment_doc', 'sys_attachment=' + b)).toHaveLength(0);
  expect(attachments.getContent(b)).toBeNull();
});

test('writing to a record without a sys_id fails with an error logged', () => {
  const { instance, glide } = emulate();
  const unsaved = new glide.GlideRecord('incident');
  unsaved.initialize();
  expect(new glide.GlideSysAttachment().write(unsaved, 'x.txt', 'text/plain', 'x')).toBeNull();
  expect(instance.logs.some((l) => l.level === 'error')).toBe(true);
});

test('an attachment insert runs sys_attachment business rules, and an after rule can already read the bytes', () => {
  const { instance, glide } = emulate();
  const seen: string[] = [];
  instance.addBusinessRule({
    name: 'spy', table: 'sys_attachment', when: 'after', insert: true,
    script: (current: any) => { seen.push(current.file_name.toString() + '=' + new glide.GlideSysAttachment().getContent(current)); },
  });
  new glide.GlideSysAttachment().write(incidentRecord(glide), 'a.txt', 'text/plain', 'bytes');
  expect(seen).toEqual(['a.txt=bytes']);
});

test('a before rule that aborts an attachment insert leaves neither metadata nor bytes, and write returns null', () => {
  const { instance, glide } = emulate();
  instance.addBusinessRule({ name: 'refuse', table: 'sys_attachment', when: 'before', insert: true, script: (current: any) => current.setAbortAction(true) });
  expect(new glide.GlideSysAttachment().write(incidentRecord(glide), 'a.txt', 'text/plain', 'bytes')).toBeNull();
  expect(instance.db.rows('sys_attachment')).toHaveLength(0);
  expect(instance.db.rows('sys_attachment_doc')).toHaveLength(0);
});
