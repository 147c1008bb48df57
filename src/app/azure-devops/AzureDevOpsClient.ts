// The Azure DevOps work item REST API (7.1) as Incident Bridge calls it. Each method builds the request, sends it
// through the platform's HTTP client and writes the exchange to the integration log (request and response, status,
// timing, ADO's own error message), then hands the HttpResult back: deciding what a status means is the caller's.
// Building and sending are separate so a dry run can log and return the exact requests without sending them.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { adoErrorMessage } from '../core/adoError';
import { classifyStatus } from '../core/delivery';
import { parseJsonOrNull } from '../core/jsonNesting';
import { JsonPatchOp } from '../core/jsonPatch';
import { LogOutcome } from '../core/logEntry';
import { HttpResult, sendRequest } from '../platform/http';
import { RequestGate } from '../reliability/connectionGate';
import { RemoteRequest } from '../sync/connectorPort';
import { attachmentUploadUrl, AzureDevOpsConnection, commentsUrl, createWorkItemUrl, WitLocation, workItemUrl } from './AzureDevOpsConnection';
import { OwnIdentityRecorder } from './inboundIdentity';

export var JSON_PATCH_CONTENT_TYPE = 'application/json-patch+json';
export var JSON_CONTENT_TYPE = 'application/json';
export var OCTET_STREAM_CONTENT_TYPE = 'application/octet-stream';

/** One request to Azure DevOps: the port's RemoteRequest (sync/connectorPort.ts), which this client's send() honours
 * except `auth` and `secrets` (every Azure DevOps request uses the connection's auth profile and has no secret of
 * its own to redact). */
export type AdoRequest = RemoteRequest;

/** Whatever sends a request and hands the answer back: this client, or the engine's transport (sync/connectorPort.ts). */
export interface RequestSender {
  send(request: AdoRequest, remoteId: string): HttpResult;
}

/** Which incident and delivery the requests belong to, for the log rows. */
export interface ClientLogContext {
  incident?: string;
  outbox?: string;
  attempt?: number;
}

function headersFor(contentType: string | null): { [name: string]: string } {
  var headers: { [name: string]: string } = { Accept: JSON_CONTENT_TYPE };
  if (contentType) headers['Content-Type'] = contentType;
  return headers;
}

// The requests, built from where the work items are; the client's methods and the connector
// (connectors/azure-devops) both use them.

export function createRequest(location: WitLocation, ops: JsonPatchOp[], validateOnly?: boolean): AdoRequest {
  return { operation: 'create', method: 'POST', url: createWorkItemUrl(location, validateOnly), headers: headersFor(JSON_PATCH_CONTENT_TYPE), body: JSON.stringify(ops) };
}

export function updateRequest(location: WitLocation, id: string, ops: JsonPatchOp[], validateOnly?: boolean): AdoRequest {
  return { operation: 'update', method: 'PATCH', url: workItemUrl(location, id, validateOnly), headers: headersFor(JSON_PATCH_CONTENT_TYPE), body: JSON.stringify(ops) };
}

export function getRequest(location: WitLocation, id: string): AdoRequest {
  return { operation: 'read', method: 'GET', url: workItemUrl(location, id), headers: headersFor(null) };
}

export function commentRequest(location: WitLocation, id: string, html: string): AdoRequest {
  return { operation: 'comment', method: 'POST', url: commentsUrl(location, id), headers: headersFor(JSON_CONTENT_TYPE), body: JSON.stringify({ text: html }) };
}

export function uploadRequest(location: WitLocation, fileName: string, attachmentSysId: string): AdoRequest {
  return {
    operation: 'upload',
    method: 'POST',
    url: attachmentUploadUrl(location, fileName),
    headers: headersFor(OCTET_STREAM_CONTENT_TYPE),
    bodyAttachmentSysId: attachmentSysId,
    bodyDescription: '(bytes of sys_attachment ' + attachmentSysId + ': ' + fileName + ')',
  };
}

/** The log outcome of a response: a 412 is re-read and retried at once, like any retryable answer. */
function outcomeOf(status: number): LogOutcome {
  var kind = classifyStatus(status);
  if (kind === 'ok') return 'success';
  return kind === 'fail' ? 'failure' : 'retry';
}

export class AzureDevOpsClient {
  private connection: AzureDevOpsConnection;
  private context: ClientLogContext;
  private log: IntegrationLogWriter;
  private ownIdentity: OwnIdentityRecorder;
  private gate: RequestGate | null;

  /** `gate`: the connection's pause and rate-limit bookkeeping; without one every request is sent. */
  constructor(connection: AzureDevOpsConnection, context: ClientLogContext, log: IntegrationLogWriter, gate?: RequestGate) {
    this.connection = connection;
    this.context = context;
    this.log = log;
    this.ownIdentity = new OwnIdentityRecorder(connection.sysId);
    this.gate = gate || null;
  }

  createRequest(ops: JsonPatchOp[], validateOnly?: boolean): AdoRequest {
    return createRequest(this.connection, ops, validateOnly);
  }

  updateRequest(id: string, ops: JsonPatchOp[], validateOnly?: boolean): AdoRequest {
    return updateRequest(this.connection, id, ops, validateOnly);
  }

  getRequest(id: string): AdoRequest {
    return getRequest(this.connection, id);
  }

  commentRequest(id: string, html: string): AdoRequest {
    return commentRequest(this.connection, id, html);
  }

  uploadRequest(fileName: string, attachmentSysId: string): AdoRequest {
    return uploadRequest(this.connection, fileName, attachmentSysId);
  }

  createWorkItem(ops: JsonPatchOp[], validateOnly?: boolean): HttpResult {
    return this.send(this.createRequest(ops, validateOnly), '', validateOnly);
  }

  updateWorkItem(id: string, ops: JsonPatchOp[], validateOnly?: boolean): HttpResult {
    return this.send(this.updateRequest(id, ops, validateOnly), id, validateOnly);
  }

  getWorkItem(id: string): HttpResult {
    return this.send(this.getRequest(id), id);
  }

  addComment(id: string, html: string): HttpResult {
    return this.send(this.commentRequest(id, html), id);
  }

  uploadAttachment(fileName: string, attachmentSysId: string): HttpResult {
    return this.send(this.uploadRequest(fileName, attachmentSysId), '');
  }

  /** Sends and logs one request. `dryRun`: a validateOnly request, logged as part of a dry run. While the connection
   * is paused nothing is sent (or logged): the answer is a status 0 result carrying `pausedMs`. */
  send(request: AdoRequest, remoteId: string, dryRun?: boolean): HttpResult {
    var wait = this.gate ? this.gate.waitMs() : 0;
    if (wait > 0) return { status: 0, headers: {}, body: '', errorMessage: 'Not sent: the connection is paused for ' + wait + ' ms', durationMs: 0, pausedMs: wait };
    var result = sendRequest({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body,
      bodyAttachmentSysId: request.bodyAttachmentSysId,
      timeoutMs: this.connection.timeoutMs,
      auth: this.connection.auth,
      midServer: this.connection.midServer || undefined,
      saveResponseAs: request.saveResponseAs,
    });
    if (this.gate) this.gate.observe(result);
    var ok = classifyStatus(result.status) === 'ok';
    // Our own create, update or comment names the identity our credential acts as: the inbound side recognises its
    // echoes by it.
    if (ok && !dryRun && this.isOwnWrite(request)) this.ownIdentity.learnFrom(result.body);
    this.log.write({
      direction: 'outbound',
      outcome: dryRun ? 'dry_run' : outcomeOf(result.status),
      dryRun: dryRun === true,
      connection: this.connection.sysId,
      incident: this.context.incident,
      outbox: this.context.outbox,
      attempt: this.context.attempt,
      remoteId: remoteId || this.createdId(request, result),
      operation: request.operation,
      method: request.method,
      endpoint: request.url,
      httpStatus: result.status,
      durationMs: result.durationMs,
      requestHeaders: request.headers,
      requestBody: request.body !== undefined ? request.body : request.bodyDescription,
      requestContentType: request.headers['Content-Type'],
      responseHeaders: result.headers,
      responseBody: result.body,
      responseContentType: result.headers['content-type'],
      error: ok ? undefined : result.status === 0 ? 'No response: ' + (result.errorMessage || 'transport error') : adoErrorMessage(result.status, result.body),
    });
    return result;
  }

  /** Logs a request a dry run built but did not send. */
  logUnsent(request: AdoRequest, remoteId: string): void {
    this.log.write({
      direction: 'outbound',
      outcome: 'dry_run',
      dryRun: true,
      connection: this.connection.sysId,
      incident: this.context.incident,
      remoteId: remoteId,
      operation: request.operation,
      method: request.method,
      endpoint: request.url,
      requestHeaders: request.headers,
      requestBody: request.body !== undefined ? request.body : request.bodyDescription,
      requestContentType: request.headers['Content-Type'],
    });
  }

  /** A create, update or comment: answered with the work item or comment we wrote, which names its author. */
  private isOwnWrite(request: AdoRequest): boolean {
    if (request.method === 'PATCH') return request.url.indexOf('/workitems/') >= 0;
    return request.method === 'POST' && (request.url.indexOf('/workitems/$') >= 0 || /\/workItems\/[^\/]+\/comments\?/.test(request.url));
  }

  /** A successful create's new work item id, so its log row names the work item too. */
  private createdId(request: AdoRequest, result: HttpResult): string {
    if (request.method !== 'POST' || classifyStatus(result.status) !== 'ok' || request.url.indexOf('/workitems/$') < 0) return '';
    var item = parseJsonOrNull(result.body);
    return item && item.id !== undefined && item.id !== null ? String(item.id) : '';
  }
}
