// Script include behind POST /api/x_incb_bridge/v1/hooks/azure-devops/{connection} (callers with the integration
// or admin role, by the route's REST endpoint ACL): an Azure DevOps service hook delivers a work item event. The
// handler only checks and stores; the incident changes later, in the inbox processor, so Azure DevOps gets its
// answer fast and nothing accepted is lost if applying it fails.
//
// Checks, in this order; each refusal is a 4xx in ServiceNow's error JSON plus one integration log row (inbound,
// rejected), and nothing else is written:
//   415 the body is not JSON (Content-Type)          413 the body is larger than x_incb_bridge.inbound.max_body_bytes
//   404 no connection by that sys_id or name         409 the connection takes no inbound events (not Azure DevOps,
//   401 the shared secret header is missing or wrong     inactive, or outbound only): a state of the connection,
//       (when the connection has an inbound secret)      not of the caller's rights, hence 409 rather than 403
//   400 malformed JSON (JSON nested too deeply to parse safely included: core/jsonNesting), or an envelope that is
//       not a supported work item event (ids: positive integers)
// Accepted: a redelivery of an event already stored (same connection, event type and envelope id) answers
// {"status":"duplicate","inbox":...} and stores nothing; a new event is stored in the inbox FIRST, then the event that
// wakes the processor is queued, then {"status":"accepted","inbox":...} is answered.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { isJsonContentType } from '../core/jsonContentType';
import { readJson } from '../core/jsonNesting';
import { LogOutcome } from '../core/logEntry';
import { constantTimeEquals } from '../core/constantTimeEquals';
import { HookEnvelope, readEnvelope } from './hookEnvelope';
import { inboundRefusal } from './inboundConnection';
import { Connection, connectionOf, findConnectionRowByKey, inboundSecretOf } from '../model/connection';
import { dedupeKeyOf, findByDedupeKey, insertInboxRow } from '../queue/inboxRows';
import { oversizedBody } from '../platform/inboundBodyLimit';
import { recordExchangeHealth } from '../reliability/connectionHealth';

/** The header a web hook configured with the connection's inbound secret sends it in. */
var SECRET_HEADER = 'X-Incident-Bridge-Secret';
/** Characters of a body handed to the log writer. The log keeps far fewer (x_incb_bridge.log.max_body_length) and
 * the whole payload is in the inbox row; redacting a long body costs time the web hook's answer must not wait for
 * (the key=value pattern is quadratic on a long unbroken word: 70,000 letters take seconds). */
var LOGGED_BODY_MAX = 8192;

/** A refusal: the HTTP status and ServiceNow's error message and detail. */
interface Refusal {
  status: number;
  message: string;
  detail: string;
}

/** What became of one delivery. */
interface Delivery {
  refused: Refusal | null;
  envelope: HookEnvelope | null;
  /** the inbox row stored, or the one a duplicate repeats */
  inbox: string;
  duplicate: boolean;
}

/** The connection a delivery names, with the shared secret it must present ('' = none configured). */
interface Addressee {
  connection: Connection;
  secret: string;
}

function refusal(status: number, message: string, detail?: string): Refusal {
  return { status: status, message: message, detail: detail || '' };
}


export default class AzureDevOpsHookReceiver {
  post(request: RESTAPIRequest, response: RESTAPIResponse): void {
    var started = new Date().getTime();
    var body = '';
    var addressee: Addressee | null = null;
    var delivery: Delivery = { refused: null, envelope: null, inbox: '', duplicate: false };
    try {
      var contentType = request.getHeader('Content-Type') || '';
      if (!isJsonContentType(contentType)) {
        delivery.refused = refusal(415, 'Send the event as JSON (Content-Type: application/json)', 'Content-Type was ' + (contentType ? JSON.stringify(contentType) : 'missing'));
      } else {
        // Read once, as text: the size is checked before anything parses it.
        body = String(request.body.dataString || '');
        var oversized = oversizedBody(body);
        if (oversized) {
          delivery.refused = refusal(413, 'The event is larger than ' + oversized.limit + ' bytes (x_incb_bridge.inbound.max_body_bytes)', 'The body has ' + oversized.size + ' bytes');
        } else {
          var record = findConnectionRowByKey(request.pathParams.connection);
          if (!record) {
            delivery.refused = refusal(404, 'No connection ' + JSON.stringify(String(request.pathParams.connection || '')), 'Use the connection\'s name or sys_id in the URL');
          } else {
            addressee = { connection: connectionOf(record), secret: inboundSecretOf(record) };
            this.check(request, addressee, body, delivery);
          }
        }
      }
      if (!delivery.refused && addressee && delivery.envelope) this.store(addressee.connection, delivery.envelope, body, delivery);
    } catch (e) {
      // Not a refusal of the input: something on our side broke. Azure DevOps retries a failed delivery.
      delivery.refused = refusal(500, 'The event could not be stored', String(e));
    }
    this.answer(response, delivery);
    this.logExchange(request, body, addressee, delivery, new Date().getTime() - started);
    if (addressee && !delivery.refused) this.noteHealth(addressee.connection);
  }

  /** An accepted delivery shows the remote side reaches us with the secret: a connection that never had its health
   * recorded stops reading `unknown` (exchangeHealth.ts). Written only then (once per connection), after the answer
   * is set and the log row written, and never failing the delivery. */
  private noteHealth(connection: Connection): void {
    recordExchangeHealth(connection.sysId, connection.health, { direction: 'inbound' });
  }

  /** The checks that need the connection: inbound allowed, secret, JSON, envelope. Sets refused or envelope. */
  private check(request: RESTAPIRequest, addressee: Addressee, body: string, delivery: Delivery): void {
    var problem = inboundRefusal(addressee.connection);
    if (problem) {
      delivery.refused = refusal(409, problem, 'Inbound events need an active Azure DevOps connection whose sync direction is Both or Inbound');
      return;
    }
    if (addressee.secret !== '' && !constantTimeEquals(request.getHeader(SECRET_HEADER) || '', addressee.secret)) {
      delivery.refused = refusal(401, 'Missing or wrong ' + SECRET_HEADER + ' header', 'Configure the web hook to send the connection\'s inbound secret in that header');
      return;
    }
    var json = readJson(body);
    if (json.problem === 'too_deep') {
      delivery.refused = refusal(400, 'The body is not a service hook event', json.detail);
      return;
    }
    if (json.problem) {
      delivery.refused = refusal(400, 'The body is not valid JSON', json.detail);
      return;
    }
    var reading = readEnvelope(json.value);
    if (reading.problem) delivery.refused = refusal(400, reading.problem.message, reading.problem.detail);
    delivery.envelope = reading.envelope;
  }

  /** The inbox row first, then the event (insertInboxRow queues it); a redelivery stores nothing. */
  private store(connection: Connection, envelope: HookEnvelope, body: string, delivery: Delivery): void {
    var existing = findByDedupeKey(dedupeKeyOf(connection.sysId, envelope.eventType, envelope.id));
    if (existing) {
      delivery.duplicate = true;
      delivery.inbox = existing;
      return;
    }
    delivery.inbox = insertInboxRow({
      connection: connection.sysId,
      eventType: envelope.eventType,
      eventId: envelope.id,
      remoteId: String(envelope.workItemId),
      remoteRev: envelope.rev,
      payload: body,
    });
    if (!delivery.inbox) throw new Error('the inbox refused the row');
  }

  private answer(response: RESTAPIResponse, delivery: Delivery): void {
    if (delivery.refused) {
      var error = new sn_ws_err.ServiceError();
      error.setStatus(delivery.refused.status);
      error.setMessage(delivery.refused.message);
      error.setDetail(delivery.refused.detail);
      response.setError(error);
      return;
    }
    response.setStatus(200);
    response.setContentType('application/json');
    response.setBody({ status: delivery.duplicate ? 'duplicate' : 'accepted', inbox: delivery.inbox });
  }

  /** One row per delivery: rejected ones with the reason, accepted and duplicate ones with their inbox row. The
   * shared secret (stored and presented) is redacted wherever it appears. */
  private logExchange(request: RESTAPIRequest, body: string, addressee: Addressee | null, delivery: Delivery, durationMs: number): void {
    var refused = delivery.refused;
    var secrets: string[] = [];
    if (addressee && addressee.secret) secrets.push(addressee.secret);
    var presented = request.getHeader(SECRET_HEADER);
    if (presented) secrets.push(String(presented));
    var outcome: LogOutcome = refused ? (refused.status >= 500 ? 'failure' : 'rejected') : delivery.duplicate ? 'skipped' : 'success';
    new IntegrationLogWriter().write({
      direction: 'inbound',
      outcome: outcome,
      connection: addressee ? addressee.connection.sysId : undefined,
      method: 'POST',
      endpoint: request.uri || request.url,
      httpStatus: refused ? refused.status : 200,
      durationMs: durationMs,
      requestHeaders: request.headers,
      requestBody: body.length > LOGGED_BODY_MAX ? body.substring(0, LOGGED_BODY_MAX) : body,
      requestContentType: request.getHeader('Content-Type') || '',
      remoteId: delivery.envelope ? String(delivery.envelope.workItemId) : undefined,
      operation: delivery.envelope ? delivery.envelope.eventType : undefined,
      inbox: delivery.inbox || undefined,
      error: refused ? refused.message + (refused.detail ? ' (' + refused.detail + ')' : '') : delivery.duplicate ? 'Duplicate delivery of an event already received' : undefined,
      secrets: secrets,
    });
  }
}
