// multipart/form-data bodies (RFC 7578), for POST /api/now/attachment/upload: text fields, and one file part that
// the Attachment API wants last. The body is handled as bytes (each byte one character of a "binary string") so file
// content survives untouched; field values are decoded as UTF-8.
import { bytesToBase64, base64ToBytes } from '../services/base64';
import { utf8Decode, utf8Encode } from '../services/utf8';

export interface MultipartForm {
  fields: { [name: string]: string };
  file: { fieldName: string; fileName: string; contentType: string; base64: string } | null;
}

function binaryString(bytes: number[]): string {
  var out = '';
  for (var i = 0; i < bytes.length; i += 4096) out += String.fromCharCode.apply(null, bytes.slice(i, i + 4096));
  return out;
}

function bytesOf(binary: string): number[] {
  var bytes: number[] = [];
  for (var i = 0; i < binary.length; i++) bytes.push(binary.charCodeAt(i) & 0xff);
  return bytes;
}

/** the boundary parameter of a multipart/form-data Content-Type, or null */
export function multipartBoundary(contentType: string): string | null {
  if (!/^\s*multipart\/form-data\s*;/i.test(contentType)) return null;
  var match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? match[1] || match[2] : null;
}

function headerParameter(header: string, name: string): string | null {
  var match = new RegExp(';\\s*' + name + '="([^"]*)"', 'i').exec(header) || new RegExp(';\\s*' + name + '=([^;\\s]+)', 'i').exec(header);
  return match ? match[1] : null;
}

/** Parses the body (base64, or text when there is no base64); null when it is not a well-formed form. */
export function parseMultipartForm(boundary: string, bodyBase64: string | undefined, bodyText: string): MultipartForm | null {
  var body = binaryString(bodyBase64 !== undefined ? base64ToBytes(bodyBase64) : utf8Encode(bodyText));
  var delimiter = '--' + boundary;
  var start = body.indexOf(delimiter);
  if (start < 0) return null;
  var form: MultipartForm = { fields: {}, file: null };
  var position = start + delimiter.length;
  while (body.substr(position, 2) !== '--') {
    var headersStart = body.indexOf('\r\n', position) + 2;
    var headersEnd = body.indexOf('\r\n\r\n', headersStart);
    var next = body.indexOf('\r\n' + delimiter, headersEnd);
    if (headersStart < 2 || headersEnd < 0 || next < 0) return null;
    var headers = body.substring(headersStart, headersEnd).split('\r\n');
    var content = body.substring(headersEnd + 4, next);
    var disposition = '';
    var partType = '';
    for (var h = 0; h < headers.length; h++) {
      var colon = headers[h].indexOf(':');
      var headerName = headers[h].substring(0, colon).trim().toLowerCase();
      if (headerName === 'content-disposition') disposition = headers[h].substring(colon + 1);
      if (headerName === 'content-type') partType = headers[h].substring(colon + 1).trim();
    }
    var fieldName = headerParameter(disposition, 'name');
    var fileName = headerParameter(disposition, 'filename');
    if (fieldName === null) return null;
    if (fileName !== null) {
      form.file = { fieldName: fieldName, fileName: utf8Decode(bytesOf(fileName)), contentType: partType || 'application/octet-stream', base64: bytesToBase64(bytesOf(content)) };
    } else {
      form.fields[fieldName] = utf8Decode(bytesOf(content));
    }
    position = next + 2 + delimiter.length;
  }
  return form;
}
