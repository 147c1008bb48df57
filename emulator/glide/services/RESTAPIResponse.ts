// The scripted REST response (RESTAPIResponse) plus result(): what the platform would send.
// Fidelity notes (RESTAPIResponse / RESTAPIResponseStream references, scripted REST examples):
// - setBody(value) is sent as JSON wrapped in {"result": value}, the platform's envelope for scripted REST bodies
//   (XML negotiation by Accept header is not emulated).
// - setError(err) sends {"error":{"message":...,"detail":...},"status":"failure"} with the error's status; a plain
//   JavaScript Error becomes a 500 with its message.
// - setStatus with a non-number (even "200") sets status 0, as documented.
// - getStreamWriter(): content type and status must be set BEFORE the first write, and cannot change afterwards;
//   the written text is the whole body, sent as is.
import { ScriptedRestResponse } from '../contract';
import { ServiceError } from './ServiceError';
import { guardScopedApi } from '../access/scoped-api-guard';

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
  var streamed: string | null = null;

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
      return guardScopedApi({
        writeString: function (data: string): void {
          if (streamed === null) {
            if (contentType === null || status === null) {
              throw new Error('RESTAPIResponseStream.writeString: set the content type and status before writing to the stream');
            }
            streamed = '';
          }
          streamed += String(data);
        },
      }, 'RESTAPIResponseStream');
    },
    result: function (): { status: number; headers: { [name: string]: string }; body: string } {
      var out: { [name: string]: string } = {};
      for (var name in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, name)) out[name] = headers[name];
      }
      if (error) {
        out['Content-Type'] = DEFAULT_JSON_TYPE;
        return { status: error.status, headers: out, body: JSON.stringify({ error: { message: error.message, detail: error.detail }, status: 'failure' }) };
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
