// sn_ws.RESTMessageV2: outbound REST through the instance transport. Only the recordless form is emulated: the
// (name, method) constructor needs a sys_rest_message record, which the emulator does not model, so it throws with
// an explanation (a missing record throws on the platform too).
// - Headers go out as the script named them, plus User-Agent "ServiceNow/1.0" (documented default) and the
//   Authorization header of setBasicAuth / setAuthenticationProfile, unless the script set Authorization itself.
// - setQueryParameter percent-encodes name and value and appends them to the endpoint; setting the same name again
//   replaces its value.
// - An authentication profile that cannot be used (missing record, no OAuth token) fails the call without sending
//   anything: status 0, haveError() true, the reason in getErrorMessage().
// - setRequestBodyFromAttachment sends the attachment's bytes (host.readAttachment) as HttpRequest.bodyBase64; an
//   unknown attachment fails the call like a missing profile.
// - saveResponseBodyAsAttachment: a 2xx body is stored as an attachment (its Content-Type kept) whose sys_id
//   getResponseAttachmentSysid() returns; getBody() then throws, and on a failed call getErrorMessage() holds the body.
//   The bytes stored are the transport's bodyBase64 when it carries one (the sandbox's transports do), so a binary
//   download (an image, a zip) is saved byte for byte; only a text-only transport's body is encoded from its text.
// - executeAsync() sends at once (the transport is synchronous); waitForResponse() then returns immediately.
import { HttpRequest, HttpResponse } from '../contract';
import { Host } from '../host';
import { base64EncodeText } from './base64';
import { headerName, headerValue } from './headers';
import { sendHttp } from './httpExchange';
import { OAuthTokenStore } from './oauthTokenStore';
import { encodeQueryComponent } from './queryString';
import { RESTResponseV2 } from './RESTResponseV2';

var METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'];

export function createRESTMessageV2(host: Host, tokens: OAuthTokenStore) {
  function failure(url: string, message: string): RESTResponseV2 {
    host.log('error', message, 'RESTMessageV2');
    var response: HttpResponse = { status: 0, headers: {}, body: '', errorCode: 1, errorMessage: message };
    return new RESTResponseV2(response, url);
  }

  class RESTMessageV2 {
    private endpoint = '';
    private method = '';
    private headers: { [name: string]: string } = {};
    private query: Array<{ name: string; value: string }> = [];
    private body = '';
    private bodyBase64: string | null = null;
    private attachmentError = '';
    private basicAuth: { user: string; password: string } | null = null;
    private authProfile: { type: string; sysId: string } | null = null;
    private timeoutMs: number | null = null;
    private midServer: string | null = null;
    private saveAs: { table: string; sysId: string; fileName: string } | null = null;

    constructor(name?: string, methodName?: string) {
      if (name !== undefined && name !== null && name !== '') {
        var message = 'RESTMessageV2("' + name + '", "' + methodName + '"): named REST messages (sys_rest_message) are not supported by the emulator; use new sn_ws.RESTMessageV2() with setEndpoint/setHttpMethod';
        host.log('error', message, 'RESTMessageV2');
        throw new Error(message);
      }
    }

    setEndpoint(endpoint: string): void {
      this.endpoint = String(endpoint);
    }
    getEndpoint(): string {
      return this.endpoint;
    }
    /** GET, POST, PUT, PATCH, DELETE or HEAD, any case */
    setHttpMethod(method: string): void {
      this.method = String(method).toUpperCase();
    }
    setRequestHeader(name: string, value: string): void {
      var existing = headerName(this.headers, name);
      if (existing !== null) delete this.headers[existing];
      this.headers[String(name)] = String(value);
    }
    /** a header the script set (any case), or null */
    getRequestHeader(name: string): string | null {
      return headerValue(this.headers, name);
    }
    /** the headers the script set (not the ones the platform adds) */
    getRequestHeaders(): { [name: string]: string } {
      var copy: { [name: string]: string } = {};
      for (var name in this.headers) {
        if (Object.prototype.hasOwnProperty.call(this.headers, name)) copy[name] = this.headers[name];
      }
      return copy;
    }
    setQueryParameter(name: string, value: string): void {
      for (var i = 0; i < this.query.length; i++) {
        if (this.query[i].name === String(name)) {
          this.query[i].value = String(value);
          return;
        }
      }
      this.query.push({ name: String(name), value: String(value) });
    }
    setRequestBody(body: string): void {
      this.body = String(body);
      this.bodyBase64 = null;
      this.attachmentError = '';
    }
    getRequestBody(): string {
      return this.body;
    }
    setRequestBodyFromAttachment(attachmentSysId: string): void {
      this.body = '';
      this.bodyBase64 = null;
      this.attachmentError = '';
      var content = host.readAttachment(String(attachmentSysId));
      if (content === null) this.attachmentError = 'Attachment not found: ' + attachmentSysId;
      else this.bodyBase64 = content;
    }
    saveResponseBodyAsAttachment(tableName: string, recordSysId: string, fileName: string): void {
      this.saveAs = { table: String(tableName), sysId: String(recordSysId), fileName: String(fileName) };
    }
    setBasicAuth(userName: string, userPass: string): void {
      this.basicAuth = { user: String(userName), password: String(userPass) };
      this.authProfile = null;
    }
    /** 'basic' (sys_auth_profile_basic) or 'oauth2' (oauth_entity_profile) */
    setAuthenticationProfile(type: string, profileId: string): void {
      this.authProfile = { type: String(type), sysId: String(profileId) };
      this.basicAuth = null;
    }
    setHttpTimeout(timeoutMs: number): void {
      this.timeoutMs = Number(timeoutMs);
    }
    setMIDServer(midServer: string): void {
      this.midServer = String(midServer);
    }

    execute(): RESTResponseV2 {
      if (!this.endpoint) throw new Error('RESTMessageV2: no endpoint set (call setEndpoint)');
      if (METHODS.indexOf(this.method) < 0) throw new Error('RESTMessageV2: unsupported or missing HTTP method "' + this.method + '" (call setHttpMethod)');
      var url = this._url();
      if (this.attachmentError) return failure(url, this.attachmentError);

      var headers = this.getRequestHeaders();
      if (headerName(headers, 'User-Agent') === null) headers['User-Agent'] = 'ServiceNow/1.0';
      var authorization = this._authorization();
      if (authorization.error) return failure(url, authorization.error);
      if (authorization.header && headerName(headers, 'Authorization') === null) headers.Authorization = authorization.header;

      var request: HttpRequest = { method: this.method, url: url, headers: headers, body: this.body };
      if (this.bodyBase64 !== null) request.bodyBase64 = this.bodyBase64;
      if (this.timeoutMs !== null) request.timeoutMs = this.timeoutMs;
      if (this.midServer !== null) request.midServer = this.midServer;
      if (this.authProfile) request.authProfile = { type: this.authProfile.type, sysId: this.authProfile.sysId };
      if (this.basicAuth) request.basicAuth = { user: this.basicAuth.user, password: this.basicAuth.password };
      var response = sendHttp(host, request);
      if (!this.saveAs) return new RESTResponseV2(response, url);
      var attachmentSysId = '';
      if (response.status >= 200 && response.status < 300) {
        var type = headerValue(response.headers, 'Content-Type') || 'application/octet-stream';
        attachmentSysId = host.writeAttachment(this.saveAs.table, this.saveAs.sysId, this.saveAs.fileName, type, response.bodyBase64 !== undefined ? response.bodyBase64 : base64EncodeText(response.body));
      }
      return new RESTResponseV2(response, url, attachmentSysId);
    }
    executeAsync(): RESTResponseV2 {
      return this.execute();
    }

    private _url(): string {
      if (!this.query.length) return this.endpoint;
      var parts: string[] = [];
      for (var i = 0; i < this.query.length; i++) parts.push(encodeQueryComponent(this.query[i].name) + '=' + encodeQueryComponent(this.query[i].value));
      return this.endpoint + (this.endpoint.indexOf('?') >= 0 ? '&' : '?') + parts.join('&');
    }

    /** the Authorization header value to send ('' for none), or why the configured authentication cannot be used */
    private _authorization(): { header: string; error: string } {
      if (this.basicAuth) return { header: 'Basic ' + base64EncodeText(this.basicAuth.user + ':' + this.basicAuth.password), error: '' };
      if (!this.authProfile) return { header: '', error: '' };
      var type = this.authProfile.type;
      var sysId = this.authProfile.sysId;
      if (type === 'basic') {
        var profile = host.lookup('sys_auth_profile_basic', sysId);
        if (!profile) return { header: '', error: 'Basic auth profile not found: sys_auth_profile_basic ' + sysId };
        return { header: 'Basic ' + base64EncodeText((profile.username || '') + ':' + (profile.password || '')), error: '' };
      }
      if (type === 'oauth2') {
        var result = tokens.tokenForProfile(sysId);
        return result.token ? { header: 'Bearer ' + result.token.accessToken, error: '' } : { header: '', error: result.error };
      }
      return { header: '', error: "Unsupported authentication profile type '" + type + "' (use 'basic' or 'oauth2')" };
    }
  }
  return RESTMessageV2;
}
