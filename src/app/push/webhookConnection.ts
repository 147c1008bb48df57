// A webhook connection (x_incb_bridge_connection, type webhook) as the push sender needs it: where to POST, the
// signing key (password2, read decrypted the platform way), how long to wait and through which MID server.
// Read at each delivery, never cached, so an admin's change applies to the next push.
import { CONNECTION_TABLE } from '../core/tables';
import { isTrue } from '../platform/booleanField';
import { StoredHealth } from '../core/exchangeHealth';
import { storedHealthOf } from '../reliability/connectionHealth';

export var WEBHOOK_TYPE = 'webhook';
/** request_timeout_ms when the connection leaves it empty */
export var DEFAULT_PUSH_TIMEOUT_MS = 30000;

export interface WebhookConnection {
  sysId: string;
  name: string;
  type: string;
  active: boolean;
  url: string;
  signingKey: string;
  timeoutMs: number;
  midServer: string;
  /** health_status and health_error as read, so a delivery can tell whether it changes them */
  health: StoredHealth;
}

export function loadWebhookConnection(connectionSysId: string): WebhookConnection | null {
  var gr = new GlideRecord(CONNECTION_TABLE);
  if (!connectionSysId || !gr.get(connectionSysId)) return null;
  var timeout = parseInt(gr.getValue('request_timeout_ms') || '', 10);
  return {
    sysId: gr.getUniqueValue(),
    name: gr.getValue('name') || '',
    type: gr.getValue('type') || '',
    active: isTrue(gr.getValue('active')),
    url: gr.getValue('base_url') || '',
    signingKey: String(gr.signing_key.getDecryptedValue() || ''),
    timeoutMs: timeout > 0 ? timeout : DEFAULT_PUSH_TIMEOUT_MS,
    // the MID server's display value is its name, which setMIDServer takes
    midServer: gr.getValue('mid_server') ? gr.getDisplayValue('mid_server') : '',
    health: storedHealthOf(gr),
  };
}
