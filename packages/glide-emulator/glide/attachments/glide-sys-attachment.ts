// GlideSysAttachment (scoped API): write/writeBase64/writeContentStream, getContent/getContentBase64/getContentStream,
// getAttachments, deleteAttachment, copy. Text content is stored as its UTF-8 bytes and read back as UTF-8.
// A content stream is a GlideScriptableInputStream stand-in: an object whose `_base64` holds the bytes; the service
// side (RESTMessageV2.setRequestBodyFromStream, RESTAPIResponseStream.writeStream) reads the same property.
import { base64ToBytes, bytesToBase64 } from '../services/base64';
import { utf8Decode, utf8Encode } from '../services/utf8';
import { toText } from '../db/field-values';
import type { GlideRecordImpl } from '../record/glide-record';
import type { Platform } from '../runtime/platform';
import { attachmentsOf, deleteAttachment, readAttachment, writeAttachment } from './attachment-store';

export interface ScriptableInputStream {
  _base64: string;
}

/** an attachment given as a sys_attachment GlideRecord or as its sys_id */
function attachmentId(attachment: any): string {
  return attachment && typeof attachment.getUniqueValue === 'function' ? attachment.getUniqueValue() || '' : toText(attachment);
}

export function createGlideSysAttachmentClass(p: Platform): any {
  function write(record: GlideRecordImpl, fileName: string, contentType: string, base64: string): string | null {
    if (!record || typeof record.getUniqueValue !== 'function' || !record.getUniqueValue()) {
      p.log('error', 'GlideSysAttachment: the record to attach to has no sys_id', 'GlideSysAttachment');
      return null;
    }
    return writeAttachment(p, record.getTableName(), record.getUniqueValue() as string, toText(fileName), toText(contentType), base64) || null;
  }

  function copy(sourceTable: string, sourceId: string, targetTable: string, targetId: string): string[] {
    var rows = attachmentsOf(p, toText(sourceTable), toText(sourceId));
    var copies: string[] = [];
    for (var i = 0; i < rows.length; i++) {
      var data = readAttachment(p, rows[i].sys_id) || '';
      var copyId = writeAttachment(p, toText(targetTable), toText(targetId), rows[i].file_name, rows[i].content_type, data);
      if (copyId) copies.push(copyId);
    }
    return copies;
  }

  function GlideSysAttachment(this: any) {}
  GlideSysAttachment.prototype.write = function (record: GlideRecordImpl, fileName: string, contentType: string, content: any) {
    return write(record, fileName, contentType, bytesToBase64(utf8Encode(toText(content))));
  };
  GlideSysAttachment.prototype.writeBase64 = function (record: GlideRecordImpl, fileName: string, contentType: string, base64: any) {
    return write(record, fileName, contentType, toText(base64));
  };
  GlideSysAttachment.prototype.writeContentStream = function (record: GlideRecordImpl, fileName: string, contentType: string, stream: ScriptableInputStream) {
    if (!stream || typeof stream._base64 !== 'string') throw new Error('GlideSysAttachment.writeContentStream: not a GlideScriptableInputStream');
    return write(record, fileName, contentType, stream._base64);
  };
  GlideSysAttachment.prototype.getContent = function (attachment: any) {
    var data = readAttachment(p, attachmentId(attachment));
    return data === null ? null : utf8Decode(base64ToBytes(data));
  };
  GlideSysAttachment.prototype.getContentBase64 = function (attachment: any) {
    return readAttachment(p, attachmentId(attachment));
  };
  GlideSysAttachment.prototype.getContentStream = function (attachment: any): ScriptableInputStream | null {
    var data = readAttachment(p, attachmentId(attachment));
    return data === null ? null : { _base64: data };
  };
  /** a queried sys_attachment GlideRecord over the record's attachments: iterate with next() */
  GlideSysAttachment.prototype.getAttachments = function (table: string, sysId: string) {
    var gr = p.newRecord('sys_attachment');
    gr.addQuery('table_name', toText(table));
    gr.addQuery('table_sys_id', toText(sysId));
    gr.orderBy('sys_created_on');
    // queried by the API for the script (the platform's read, not a cross-scope query of the script's own)
    p.access.run('global', function () { gr.query(); });
    return gr;
  };
  GlideSysAttachment.prototype.deleteAttachment = function (attachment: any) {
    deleteAttachment(p, attachmentId(attachment));
  };
  GlideSysAttachment.prototype.copy = copy;
  (GlideSysAttachment as any).copy = copy;
  return GlideSysAttachment;
}
