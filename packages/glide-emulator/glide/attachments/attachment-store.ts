// Attachments as the platform stores them: metadata in sys_attachment (file_name, content_type, size_bytes,
// table_name, table_sys_id, hash = SHA-256 of the bytes in hex) and the bytes, base64, in sys_attachment_doc (the
// emulator writes one chunk, position 0). Writes and reads count in db stats.
import { base64ToBytes } from '../services/base64';
import { bytesToUpperHex } from '../services/hex';
import { sha256 } from '../services/sha256';
import { parseEncodedQuery } from '../db/encoded-query';
import type { Row } from '../db/query-matcher';
import type { Platform } from '../runtime/platform';

export function writeAttachment(p: Platform, table: string, sysId: string, fileName: string, contentType: string, base64: string): string {
  var bytes = base64ToBytes(base64);
  var size = bytes.length;
  var attachmentId = p.newGuid();
  // The bytes first, so an after-insert rule on sys_attachment can already read them.
  var docId = p.insertRow('sys_attachment_doc', { sys_attachment: attachmentId, position: '0', length: String(base64.length), data: base64 });
  p.stats.inserts += 1;
  // The metadata row through a GlideRecord: on an instance an attachment insert runs sys_attachment's business rules.
  var record = p.newRecord('sys_attachment');
  record.initialize();
  record.setNewGuidValue(attachmentId);
  record.setValue('hash', bytesToUpperHex(sha256(bytes)).toLowerCase());
  record.setValue('file_name', fileName);
  record.setValue('content_type', contentType);
  record.setValue('size_bytes', String(size));
  record.setValue('size_compressed', String(size));
  record.setValue('table_name', table);
  record.setValue('table_sys_id', sysId);
  // The platform writes the row for the API (GlideSysAttachment, saveResponseBodyAsAttachment, the Attachment API):
  // no cross-scope table check applies to the caller's scope, while sys_attachment's own business rules do run.
  if (!p.access.run('global', function () { return record.insert(); })) {
    // A before rule aborted the insert: the attachment does not exist, so neither may its bytes.
    p.store.remove('sys_attachment_doc', docId);
    return '';
  }
  return attachmentId;
}

function documents(p: Platform, attachmentId: string): Row[] {
  var query = parseEncodedQuery('sys_attachment=' + attachmentId + '^ORDERBYposition');
  return p.store.select('sys_attachment_doc', query, p.matchContext(), { start: 0, end: -1 });
}

/** the attachment's bytes as base64, or null when there is no such attachment */
export function readAttachment(p: Platform, attachmentId: string): string | null {
  p.stats.queries++;
  if (!attachmentId || !p.store.get('sys_attachment', attachmentId)) return null;
  var docs = documents(p, attachmentId);
  var out = '';
  for (var i = 0; i < docs.length; i++) out += docs[i].data || '';
  return out;
}

export function deleteAttachment(p: Platform, attachmentId: string): boolean {
  if (!p.store.remove('sys_attachment', attachmentId)) return false;
  p.stats.deletes++;
  var docs = documents(p, attachmentId);
  for (var i = 0; i < docs.length; i++) {
    p.store.remove('sys_attachment_doc', docs[i].sys_id);
    p.stats.deletes++;
  }
  return true;
}

export function attachmentsOf(p: Platform, table: string, sysId: string): Row[] {
  p.stats.queries++;
  var query = parseEncodedQuery('table_name=' + table + '^table_sys_id=' + sysId + '^ORDERBYsys_created_on');
  return p.store.select('sys_attachment', query, p.matchContext(), { start: 0, end: -1 });
}
