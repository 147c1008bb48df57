// One outbound HTTP exchange: every request the service side sends (REST messages and OAuth token requests) is
// recorded on the host first, then handed to the instance's transport. A transport that throws is reported as a
// transport failure (status 0), the way a connection error reaches a script on the platform.
import { HttpRequest, HttpResponse } from '../contract';
import { Host } from '../host';

export function sendHttp(host: Host, request: HttpRequest): HttpResponse {
  host.recordRequest(request);
  try {
    return host.transport().send(request);
  } catch (e) {
    var message = e && (e as Error).message ? (e as Error).message : String(e);
    host.log('error', 'Outbound ' + request.method + ' ' + request.url + ' failed: ' + message, 'RESTMessageV2');
    return { status: 0, headers: {}, body: '', errorCode: 1, errorMessage: message };
  }
}
