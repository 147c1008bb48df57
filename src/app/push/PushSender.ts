// Script include: delivers the push entries the outbox dispatcher claimed for one (webhook connection, incident).
// They go out as ONE signed POST (see coalescePush): the event, the plan and the incident as it is now, with
// X-Incident-Bridge-Event, -Timestamp (Unix seconds), -Signature (v1=<hex HMAC-SHA256 of "<timestamp>.<body>">) and
// -Delivery (the newest claimed entry's sys_id: a retry of the same entries repeats it, so a receiver can drop a
// delivery it already processed; a delivery that also carries newer entries gets the newer id). Every attempt is
// logged (the signing key redacted). The answer is a SyncResult, so the dispatcher settles the entries as it does
// Azure DevOps syncs: sent, retry with backoff (timeouts, 408, 425, 429, 5xx), failed, or skipped.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { incidentSummary, IncidentSummary } from '../agent/incidentSummary';
import { SyncResult } from '../sync/deliveryResult';
import { LogOutcome } from '../core/logEntry';
import { INCIDENT_TABLE } from '../core/tables';
import { classifyStatus, parseRetryAfter } from '../core/delivery';
import { HttpRequestSpec, HttpResult, sendRequest } from '../platform/http';
import { ClaimedEntry } from '../queue/outboxClaims';
import { coalescePush, parsePushPayload, PushEntryPayload, PushEvent } from './pushPayload';
import { pushSignature } from './pushSignature';
import { recordExchangeHealth } from '../reliability/connectionHealth';
import { loadWebhookConnection, WEBHOOK_TYPE, WebhookConnection } from './webhookConnection';

/** The JSON body a receiver gets. */
export interface PushBody {
  event: PushEvent;
  occurred_at: string;
  plan: { name: string; autonomy: string };
  incident: IncidentSummary;
}

function outcomeOf(status: number): LogOutcome {
  var kind = classifyStatus(status);
  if (kind === 'ok') return 'success';
  return kind === 'retry' ? 'retry' : 'failure';
}

export default class PushSender {
  private log = new IntegrationLogWriter();

  send(connectionSysId: string, entries: ClaimedEntry[], attempt: number): SyncResult {
    var payloads: PushEntryPayload[] = [];
    for (var i = 0; i < entries.length; i++) {
      var payload = parsePushPayload(entries[i].payload);
      if (payload) payloads.push(payload);
    }
    if (payloads.length === 0) return { outcome: 'failed', error: 'No claimed entry holds a readable push payload' };
    var push = coalescePush(payloads);
    var connection = loadWebhookConnection(connectionSysId);
    if (!connection || connection.type !== WEBHOOK_TYPE) return { outcome: 'failed', error: 'The connection is not a webhook connection' };
    if (!connection.active) return { outcome: 'skipped', error: 'The webhook connection ' + connection.name + ' is inactive' };
    if (!/^https?:\/\/\S+$/i.test(connection.url)) return { outcome: 'failed', error: 'The webhook connection ' + connection.name + ' has no http(s) Base URL to push to' };
    // Never unsigned: a receiver that verifies would reject it, and one that does not should not be trained to accept it.
    if (!connection.signingKey) return { outcome: 'failed', error: 'The webhook connection ' + connection.name + ' has no signing key; pushes are only sent signed' };
    var incident = new GlideRecord(INCIDENT_TABLE);
    if (!incident.get(push.incident)) return { outcome: 'skipped', error: 'Incident ' + (push.number || push.incident) + ' no longer exists' };
    var body: PushBody = { event: push.event, occurred_at: push.occurred_at, plan: { name: push.plan.name, autonomy: push.plan.autonomy }, incident: incidentSummary(incident) };
    return this.post(connection, JSON.stringify(body), push, entries[entries.length - 1].sysId, attempt);
  }

  private post(connection: WebhookConnection, text: string, push: PushEntryPayload, deliveryId: string, attempt: number): SyncResult {
    var timestamp = String(Math.floor(new GlideDateTime().getNumericValue() / 1000));
    var headers: { [name: string]: string } = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-Incident-Bridge-Event': push.event,
      'X-Incident-Bridge-Timestamp': timestamp,
      'X-Incident-Bridge-Signature': pushSignature(connection.signingKey, timestamp, text),
      'X-Incident-Bridge-Delivery': deliveryId,
    };
    // The signature authenticates the push; the connection's outbound auth profiles are for Azure DevOps.
    var spec: HttpRequestSpec = { method: 'POST', url: connection.url, headers: headers, body: text, timeoutMs: connection.timeoutMs, auth: { type: 'none' } };
    if (connection.midServer) spec.midServer = connection.midServer;
    var result: HttpResult = sendRequest(spec);
    this.log.write({
      direction: 'outbound',
      outcome: outcomeOf(result.status),
      connection: connection.sysId,
      incident: push.incident,
      outbox: deliveryId,
      attempt: attempt,
      operation: 'push',
      method: 'POST',
      endpoint: connection.url,
      httpStatus: result.status,
      durationMs: result.durationMs,
      requestHeaders: headers,
      requestBody: text,
      requestContentType: 'application/json',
      responseHeaders: result.headers,
      responseBody: result.body,
      error: result.errorMessage,
      secrets: [connection.signingKey],
    });
    var kind = classifyStatus(result.status);
    if (kind === 'ok') {
      // Only an accepted push tells the connection's health: the words for a refusal (exchangeHealth.ts) are about
      // Azure DevOps credentials, which a webhook connection does not use.
      recordExchangeHealth(connection.sysId, connection.health, { direction: 'outbound', delivered: true, httpStatus: result.status, authType: 'none', circuitClosed: false });
      return { outcome: 'sent', httpStatus: result.status };
    }
    var error = result.status === 0 ? 'No answer from the webhook: ' + (result.errorMessage || '') : 'The webhook answered HTTP ' + result.status;
    if (kind === 'retry') {
      var retry: SyncResult = { outcome: 'retry', httpStatus: result.status, error: error };
      var after = parseRetryAfter(result.headers['retry-after'], new GlideDateTime().getNumericValue());
      if (after !== null) retry.retryAfterMs = after;
      return retry;
    }
    return { outcome: 'failed', httpStatus: result.status, error: error };
  }
}
