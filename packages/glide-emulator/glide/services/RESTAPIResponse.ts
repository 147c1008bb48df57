// The scripted REST response (RESTAPIResponse) plus result(): what the platform would send.
// Fidelity notes (RESTAPIResponse / RESTAPIResponseStream references, scripted REST examples):
// - setBody(value) is sent as JSON wrapped in {"result": value}, the platform's envelope for scripted REST bodies
//   (XML negotiation by Accept header is not emulated).
// - setError(err) sends {"error":{"message":...,"detail":...},"status":"failure"} with the error's status; a plain
//   JavaScript Error becomes a 500 with its message.
// - setStatus with a non-number (even "200") sets status 0, as documented.
// - getStreamWriter(): content type and status must be set BEFORE the first write (writeString or writeStream), and
//   cannot change afterwards; what was written is the whole body, sent as is. writeString writes the text's UTF-8
//   bytes; writeStream(stream) writes the bytes of a GlideScriptableInputStream (what GlideSysAttachment
//   .getContentStream returns: the emulator's `{ _base64 }`) unchanged, and refuses anything else, as the platform
//   cannot stream a value that is not an input stream. A body with streamed bytes comes out of result() as
//   `bodyBase64` (body ''), so binary content reaches the HTTP layer byte for byte; text only stays in `body`.
import { ScriptedRestResponse } from '../contract';
import { ServiceError } from './ServiceError';
import { guardScopedApi } from '../access/scoped-api-guard';
import { base64ToBytes, bytesToBase64 } from './base64';
import { utf8Encode } from './utf8';

var DEFAULT_JSON_TYPE = 'application/json;charset=UTF-8';

export function createRESTAPIResponse(): ScriptedRestResponse & {
  setHeaders(headers: { [name: string]: string }): void;
  setLocation(location: string): void;
} {
  var status: number | null = null;
  var contentType: string | null = null;
  var headers: { [name: string]: string } = {};
  var hasBody = false;
  var body: any;
  var error: { status: number; message: string; detail: string } | null = null;
  /** what the stream writer wrote, in order: null until the first write */
  var streamed: string | null = null;
  /** the same as bytes, once writeStream wrote something that is not text */
  var streamedBytes: number[] | null = null;

  function assertNotStreaming(what: string): void {
    if (streamed !== null) throw new Error('RESTAPIResponse.' + what + ': the response stream has been written; status, headers and body can no longer change');
  }

  var response = {
    setStatus: function (value: number): void {
      assertNotStreaming('setStatus');
      status = typeof value === 'number' ? value : 0;
    },
    setContentType: function (type: string): void {
      assertNotStreaming('setContentType');
      contentType = String(type);
    },
    setHeader: function (name: string, value: string): void {
      assertNotStreaming('setHeader');
      // Content-Type set as a header is the content type (one header, whatever the case of its name).
      if (String(name).toLowerCase() === 'content-type') contentType = String(value);
      else headers[String(name)] = String(value);
    },
    setHeaders: function (values: { [name: string]: string }): void {
      for (var name in values) {
        if (Object.prototype.hasOwnProperty.call(values, name)) response.setHeader(name, values[name]);
      }
    },
    setLocation: function (location: string): void {
      response.setHeader('Location', location);
    },
    setBody: function (value: any): void {
      assertNotStreaming('setBody');
      hasBody = true;
      body = value;
    },
    setError: function (err: any): void {
      assertNotStreaming('setError');
      if (err instanceof ServiceError) {
        error = { status: err.status, message: err.message, detail: err.detail };
      } else {
        error = { status: 500, message: err && err.message !== undefined ? String(err.message) : String(err), detail: '' };
      }
    },
    getStreamWriter: function () {
      /** the first write fixes status and content type, which must be set by then */
      function startWriting(method: string): void {
        if (streamed !== null) return;
        if (contentType === null || status === null) {
          throw new Error('RESTAPIResponseStream.' + method + ': set the content type and status before writing to the stream');
        }
        streamed = '';
      }
      return guardScopedApi({
        writeString: function (data: string): void {
          startWriting('writeString');
          var text = String(data);
          streamed = (streamed as string) + text;
          if (streamedBytes !== null) streamedBytes = streamedBytes.concat(utf8Encode(text));
        },
        writeStream: function (stream: any): void {
          if (!stream || typeof stream._base64 !== 'string') {
            throw new Error('RESTAPIResponseStream.writeStream: not an input stream (GlideScriptableInputStream, e.g. from GlideSysAttachment.getContentStream)');
          }
          startWriting('writeStream');
          // the text written so far is kept as its UTF-8 bytes, ahead of the stream's
          if (streamedBytes === null) streamedBytes = utf8Encode(streamed as string);
          streamedBytes = streamedBytes.concat(base64ToBytes(stream._base64));
        },
      }, 'RESTAPIResponseStream');
    },
    result: function (): { status: number; headers: { [name: string]: string }; body: string; bodyBase64?: string } {
      var out: { [name: string]: string } = {};
      for (var name in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, name)) out[name] = headers[name];
      }
      if (error) {
        out['Content-Type'] = DEFAULT_JSON_TYPE;
        return { status: error.status, headers: out, body: JSON.stringify({ error: { message: error.message, detail: error.detail }, status: 'failure' }) };
      }
      if (streamedBytes !== null) {
        out['Content-Type'] = contentType as string;
        return { status: status as number, headers: out, body: '', bodyBase64: bytesToBase64(streamedBytes) };
      }
      if (streamed !== null) {
        out['Content-Type'] = contentType as string;
        return { status: status as number, headers: out, body: streamed };
      }
      if (hasBody || contentType !== null) out['Content-Type'] = contentType || DEFAULT_JSON_TYPE;
      return { status: status === null ? 200 : status, headers: out, body: hasBody ? JSON.stringify({ result: body }) : '' };
    },
  };
  return response;
}
