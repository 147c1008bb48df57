// sn_ws.RESTResponseV2: what execute()/executeAsync() return. Built from the transport's HttpResponse.
// - haveError() is true for HTTP status >= 400 and for transport failures (status 0: timeout, refused, reset).
// - For an HTTP error the message is the platform's "Method failed: (<path>) with code: <status>" (GlideHTTPResponse
//   reference; a 401 adds " - Invalid username/password combo" as seen in the DevOps API reference) and the error
//   code is 1 (the code GlideHTTPResponse shows for a 404); getBody() still returns the server's body.
// - For a transport failure the code and message come from the transport (code 1 when it gives none).
import { HttpResponse } from '../contract';
import { headerValue } from './headers';

function pathOf(url: string): string {
  var path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^\/?#]*/i, '').replace(/[?#].*$/, '');
  return path || '/';
}

export class RESTResponseV2 {
  private response: HttpResponse;
  private url: string;
  /** null unless the message called saveResponseBodyAsAttachment; then '' when nothing was saved */
  private attachmentSysId: string | null;

  constructor(response?: HttpResponse, url?: string, attachmentSysId?: string) {
    this.response = response || { status: 0, headers: {}, body: '' };
    this.url = url || '';
    this.attachmentSysId = attachmentSysId === undefined ? null : attachmentSysId;
  }

  getStatusCode(): number {
    return this.response.status;
  }
  getBody(): string {
    if (this.attachmentSysId) throw new Error('RESTResponseV2.getBody: the response body was saved as attachment ' + this.attachmentSysId);
    return this.response.body;
  }
  /** sys_id of the attachment saveResponseBodyAsAttachment created, '' when none was */
  getResponseAttachmentSysid(): string {
    return this.attachmentSysId || '';
  }
  /** header value by name, ignoring case; null when absent */
  getHeader(name: string): string | null {
    return headerValue(this.response.headers, name);
  }
  /** object mapping each header name (as the server sent it) to its value */
  getHeaders(): { [name: string]: string } {
    var copy: { [name: string]: string } = {};
    for (var name in this.response.headers) {
      if (Object.prototype.hasOwnProperty.call(this.response.headers, name)) copy[name] = this.response.headers[name];
    }
    return copy;
  }
  /** every header as { name, value } */
  getAllHeaders(): Array<{ name: string; value: string }> {
    var all: Array<{ name: string; value: string }> = [];
    for (var name in this.response.headers) {
      if (Object.prototype.hasOwnProperty.call(this.response.headers, name)) all.push({ name: name, value: this.response.headers[name] });
    }
    return all;
  }
  haveError(): boolean {
    return this._isTransportFailure() || this.response.status >= 400;
  }
  /** 0 when there was no error */
  getErrorCode(): number {
    if (this._isTransportFailure()) return this.response.errorCode !== undefined ? this.response.errorCode : 1;
    return this.response.status >= 400 ? 1 : 0;
  }
  /** '' when there was no error */
  getErrorMessage(): string {
    if (this._isTransportFailure()) return this.response.errorMessage || 'Request failed without an HTTP response';
    if (this.response.status < 400) return '';
    // When the body was meant for an attachment, a failed call reports the body here instead.
    if (this.attachmentSysId !== null) return this.response.body;
    var message = 'Method failed: (' + pathOf(this.url) + ') with code: ' + this.response.status;
    return this.response.status === 401 ? message + ' - Invalid username/password combo' : message;
  }
  /** the URL that was requested, query included */
  getQueryString(): string {
    return this.url;
  }
  /** executeAsync(): the emulated transport is synchronous, so the response has already arrived and there is
   * nothing to wait for; the call stays valid so async code paths run unchanged. */
  waitForResponse(_timeoutSecs?: number): void {}

  private _isTransportFailure(): boolean {
    return this.response.status === 0 || this.response.errorCode !== undefined;
  }
}
