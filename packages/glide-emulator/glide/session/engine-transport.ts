// The instance's outbound HTTP inside a script engine: RESTMessageV2 hands its request to the engine's host, which
// performs it for real and synchronously (Rhino: java.net.http.HttpClient; Node vm: another thread while the
// engine's thread waits), and the answer comes back as data. Only text crosses the engine boundary:
//   to the host    JSON of { method, url, headers, body, bodyBase64?, timeoutMs }  (bodyBase64 = binary body)
//   from the host  JSON of { status, headers, body, bodyBase64 }                     (body = the bytes as UTF-8)
//                  or      { failure: 'timeout' | 'refused' | 'reset' | 'unknown_host' | 'other', detail }
// A failure becomes what RESTResponseV2 reports for a request without an HTTP answer: status 0, error code 1 and a
// message in the form of the Java exception an instance reports, so both engines give scripts the same text.
import type { HttpRequest, HttpResponse, HttpTransport } from '../contract';

/** RESTMessageV2 without setHttpTimeout: the sandbox gives up after this long */
export var DEFAULT_TIMEOUT_MS = 60000;

export type TransportFailure = 'timeout' | 'refused' | 'reset' | 'unknown_host' | 'other';

export interface HostHttpAnswer {
  status?: number;
  headers?: { [name: string]: string };
  body?: string;
  bodyBase64?: string;
  failure?: TransportFailure;
  detail?: string;
}

function hostOf(url: string): string {
  var m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@\/?#]*@)?([^:\/?#]*)/i.exec(url);
  return m ? m[1] : url;
}

export function failureMessage(failure: TransportFailure, detail: string, url: string): string {
  if (failure === 'timeout') return 'java.net.SocketTimeoutException: Read timed out';
  if (failure === 'refused') return 'java.net.ConnectException: Connection refused';
  if (failure === 'reset') return 'java.net.SocketException: Connection reset';
  if (failure === 'unknown_host') return 'java.net.UnknownHostException: ' + hostOf(url);
  return 'java.io.IOException: ' + detail;
}

export function engineTransport(send: (requestJson: string) => string): HttpTransport {
  return {
    send: function (request: HttpRequest): HttpResponse {
      var outgoing: { [key: string]: any } = {
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: request.body || '',
        timeoutMs: request.timeoutMs !== undefined && request.timeoutMs > 0 ? request.timeoutMs : DEFAULT_TIMEOUT_MS,
      };
      if (request.bodyBase64 !== undefined) outgoing.bodyBase64 = request.bodyBase64;
      var answer: HostHttpAnswer = JSON.parse(send(JSON.stringify(outgoing)));
      if (answer.failure) {
        return { status: 0, headers: {}, body: '', errorCode: 1, errorMessage: failureMessage(answer.failure, answer.detail || '', request.url) };
      }
      var response: HttpResponse = { status: answer.status || 0, headers: answer.headers || {}, body: answer.body || '' };
      if (answer.bodyBase64 !== undefined) response.bodyBase64 = answer.bodyBase64;
      return response;
    },
  };
}
