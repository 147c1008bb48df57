// One outbound HTTP exchange over sn_ws.RESTMessageV2, the platform's own client: credentials come from the
// platform's auth profiles (never from our tables), an optional MID server carries the call, and every failure
// comes back as a value (status 0 for transport errors) instead of an exception, so callers log and classify it.
// Logging is the caller's: it knows the connection, incident and attempt a log row needs.

/** How a connection authenticates: `basic` and `pat` use a sys_auth_profile_basic (a PAT is a password with an
 * empty user name), `oauth2` an oauth_entity_profile. */
export interface ConnectionAuth {
  type: 'none' | 'basic' | 'pat' | 'oauth2';
  profileSysId?: string;
}

export interface HttpRequestSpec {
  method: string;
  /** full URL, query included */
  url: string;
  headers: { [name: string]: string };
  body?: string;
  /** send this sys_attachment's bytes as the body instead of `body` */
  bodyAttachmentSysId?: string;
  timeoutMs: number;
  auth: ConnectionAuth;
  /** MID server NAME (ecc_agent.name), as setMIDServer takes it */
  midServer?: string;
  /** store a successful response's body as an attachment of this record (binary-safe) instead of returning it */
  saveResponseAs?: { table: string; sysId: string; fileName: string };
}

export interface HttpResult {
  /** 0 when no HTTP answer arrived (timeout, refused, reset, unusable auth profile) */
  status: number;
  /** response headers with lower-case names */
  headers: { [name: string]: string };
  body: string;
  /** set when status is 0: why there is no answer */
  errorMessage?: string;
  durationMs: number;
  /** with saveResponseAs: the sys_attachment the body was saved to ('' when none was: a failed call); body is '' then */
  attachmentSysId?: string;
  /** set when the request was NOT sent because the connection is paused (status 0): for how long, in ms */
  pausedMs?: number;
}

interface RESTResponseV2 {
  getStatusCode(): number;
  getBody(): string;
  getHeaders(): { [name: string]: string };
  haveError(): boolean;
  getErrorMessage(): string;
  waitForResponse(timeoutSecs: number): void;
  getResponseAttachmentSysid(): string;
}

interface RESTMessageV2 {
  setEndpoint(url: string): void;
  setHttpMethod(method: string): void;
  setRequestHeader(name: string, value: string): void;
  setRequestBody(body: string): void;
  setRequestBodyFromAttachment(attachmentSysId: string): void;
  setAuthenticationProfile(type: string, profileSysId: string): void;
  setHttpTimeout(timeoutMs: number): void;
  setMIDServer(name: string): void;
  saveResponseBodyAsAttachment(tableName: string, recordSysId: string, fileName: string): void;
  execute(): RESTResponseV2;
  executeAsync(): RESTResponseV2;
}

declare var sn_ws: { RESTMessageV2: { new (): RESTMessageV2 } };

function lowerCaseHeaders(headers: { [name: string]: string } | null | undefined): { [name: string]: string } {
  var out: { [name: string]: string } = {};
  if (!headers) return out;
  for (var name in headers) {
    if (Object.prototype.hasOwnProperty.call(headers, name)) out[name.toLowerCase()] = String(headers[name]);
  }
  return out;
}

/** The auth profile type RESTMessageV2 takes for a connection's auth type ('' = send no credentials). */
function profileType(auth: ConnectionAuth): string {
  if (auth.type === 'basic' || auth.type === 'pat') return 'basic';
  if (auth.type === 'oauth2') return 'oauth2';
  return '';
}

export function sendRequest(spec: HttpRequestSpec): HttpResult {
  var started = new Date().getTime();
  try {
    var message = new sn_ws.RESTMessageV2();
    message.setEndpoint(spec.url);
    message.setHttpMethod(spec.method);
    for (var name in spec.headers) {
      if (Object.prototype.hasOwnProperty.call(spec.headers, name)) message.setRequestHeader(name, spec.headers[name]);
    }
    if (spec.bodyAttachmentSysId) message.setRequestBodyFromAttachment(spec.bodyAttachmentSysId);
    else if (spec.body !== undefined) message.setRequestBody(spec.body);
    var type = profileType(spec.auth);
    if (type && spec.auth.profileSysId) message.setAuthenticationProfile(type, spec.auth.profileSysId);
    message.setHttpTimeout(spec.timeoutMs);
    if (spec.saveResponseAs) message.saveResponseBodyAsAttachment(spec.saveResponseAs.table, spec.saveResponseAs.sysId, spec.saveResponseAs.fileName);
    var response: RESTResponseV2;
    if (spec.midServer) {
      // Through a MID server every REST message is asynchronous (ECC queue): wait for it, bounded by our timeout.
      message.setMIDServer(spec.midServer);
      response = message.executeAsync();
      response.waitForResponse(Math.max(1, Math.ceil(spec.timeoutMs / 1000)));
    } else {
      response = message.execute();
    }
    var status = Number(response.getStatusCode()) || 0;
    // A body saved as an attachment is no longer readable as text (getBody() fails on an instance).
    var attachmentSysId = spec.saveResponseAs && status !== 0 ? String(response.getResponseAttachmentSysid() || '') : '';
    var result: HttpResult = {
      status: status,
      headers: lowerCaseHeaders(response.getHeaders()),
      body: status === 0 || attachmentSysId ? '' : String(response.getBody() || ''),
      durationMs: new Date().getTime() - started,
    };
    if (status === 0) result.errorMessage = String(response.getErrorMessage() || 'no HTTP response');
    if (spec.saveResponseAs) result.attachmentSysId = attachmentSysId;
    return result;
  } catch (e) {
    // execute()/waitForResponse() throw for timeouts and connection failures on an instance.
    return { status: 0, headers: {}, body: '', errorMessage: String(e), durationMs: new Date().getTime() - started };
  }
}
