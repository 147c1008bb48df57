// The webhook connector behind the port (sync/connectorPort.ts): the push of an incident event as one signed POST,
// delegating to the push code of today (push/pushSignature.ts, push/webhookConnection.ts). Nothing calls it yet: the
// dispatcher still calls PushSender, which the engine plan drops at step 9 when push delivery goes through this.
import { classifyStatus } from '../../core/delivery';
import { WEBHOOK_TYPE } from '../../push/webhookConnection';
import { pushSignature } from '../../push/pushSignature';
import { Connector, ConnectorContext, PushDelivery, Vocabulary, WriteAck, Outcome } from '../../sync/connectorPort';
import { failureOf } from '../../sync/remoteOutcome';

/** The webhook's own column: the signing key (password2, decrypted). Its URL is the connection's base URL. */
export interface WebhookSettings {
  signingKey: string;
}

/** The JSON body a receiver gets (PushSender's PushBody). */
export function pushBody(delivery: PushDelivery): string {
  return JSON.stringify({ event: delivery.event, occurred_at: delivery.occurredAt, plan: { name: delivery.plan.name, autonomy: delivery.plan.autonomy }, incident: delivery.incident });
}

var NO_VOCABULARY: Vocabulary = {
  fields: [],
  eventTypes: { created: '', updated: '', commented: '', deleted: '', restored: '' },
  defaultCloseNotes: '',
  presetRows: function () {
    return [];
  },
};

export var WebhookConnector: Connector<WebhookSettings> = {
  type: WEBHOOK_TYPE,
  labels: { system: 'Webhook', record: 'event' },

  readSettings: function (row) {
    return { signingKey: row.decrypted('signing_key') || '' };
  },

  // PushSender.send's checks, in its words.
  configurationProblem: function (connection, settings) {
    if (!/^https?:\/\/\S+$/i.test(connection.baseUrl)) return 'The webhook connection ' + connection.name + ' has no http(s) Base URL to push to';
    // Never unsigned: a receiver that verifies would reject it, and one that does not should not be trained to accept it.
    if (!settings.signingKey) return 'The webhook connection ' + connection.name + ' has no signing key; pushes are only sent signed';
    return '';
  },

  vocabulary: function () {
    return NO_VOCABULARY;
  },

  errorMessage: function (status: number) {
    return 'The webhook answered HTTP ' + status;
  },

  push: {
    send: function (ctx: ConnectorContext<WebhookSettings>, delivery: PushDelivery): Outcome<WriteAck> {
      var text = pushBody(delivery);
      var timestamp = String(Math.floor(new GlideDateTime().getNumericValue() / 1000));
      var headers: { [name: string]: string } = {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'X-Incident-Bridge-Event': delivery.event,
        'X-Incident-Bridge-Timestamp': timestamp,
        'X-Incident-Bridge-Signature': pushSignature(ctx.settings.signingKey, timestamp, text),
        'X-Incident-Bridge-Delivery': delivery.deliveryId,
      };
      // The signature authenticates the push: no auth profile, and the key is redacted from the log.
      var result = ctx.transport.send(
        { operation: 'push', method: 'POST', url: ctx.connection.baseUrl, headers: headers, body: text, auth: 'none', secrets: [ctx.settings.signingKey] },
        ''
      );
      if (classifyStatus(result.status) === 'ok') return { ok: true, value: {} };
      var failure = failureOf(result, 'The webhook answered HTTP ' + result.status);
      if (result.status === 0 && !result.pausedMs) failure.message = 'No answer from the webhook: ' + (result.errorMessage || '');
      // A webhook has no revisions: PushSender fails a 412 like any other 4xx.
      if (failure.kind === 'conflict') failure.kind = 'failed';
      return { ok: false, failure: failure };
    },
  },
};
