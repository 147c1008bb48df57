// A webhook connection (x_incb_bridge_connection, type webhook): the shared columns (model/connection.ts) plus where
// to POST and the signing key (password2, read decrypted the platform way). Read at each delivery, never cached, so
// an admin's change applies to the next push.
import { Connection, connectionOf, findConnectionRow, midServerOf } from '../model/connection';

export var WEBHOOK_TYPE = 'webhook';

export interface WebhookConnection extends Connection {
  /** base_url as stored: the receiver's URL, used as it is */
  url: string;
  signingKey: string;
  /** MID server name ('' = call from the instance) */
  midServer: string;
}

export function loadWebhookConnection(connectionSysId: string): WebhookConnection | null {
  var gr = findConnectionRow(connectionSysId);
  if (!gr) return null;
  var connection = connectionOf(gr) as WebhookConnection;
  connection.url = connection.baseUrl;
  connection.signingKey = String(gr.signing_key.getDecryptedValue() || '');
  connection.midServer = midServerOf(gr);
  return connection;
}
