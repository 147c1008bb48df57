// Script include behind GET /api/x_incb_bridge/v1/health: the app's version and each connection's last known health.
// Only the health columns are read out: a connection's URL, credentials and secrets never leave through this route.
import { ConnectionHealth, HealthStatus, overallStatus } from '../core/health';
import { redactText } from '../core/redact';
import { currentApp } from '../platform/appInfo';
import { isTrue } from '../platform/booleanField';
import { CONNECTION_TABLE } from '../core/tables';

export default class HealthApi {
  /** Route handler: request is unused (no parameters), but the signature is the route script's. */
  get(_request: RESTAPIRequest, response: RESTAPIResponse): void {
    var connections = this.connections();
    var app = currentApp();
    response.setStatus(200);
    response.setContentType('application/json');
    response.setBody({
      status: overallStatus(connections),
      app: { name: app.name, scope: app.scope, version: app.version },
      checked_at: new GlideDateTime().getValue(),
      connections: connections,
    });
  }

  connections(): ConnectionHealth[] {
    var out: ConnectionHealth[] = [];
    var gr = new GlideRecord(CONNECTION_TABLE);
    gr.orderBy('name');
    gr.query();
    while (gr.next()) {
      out.push({
        sys_id: gr.getUniqueValue(),
        name: gr.getValue('name') || '',
        type: gr.getValue('type') || '',
        active: isTrue(gr.getValue('active')),
        health: {
          status: ((gr.getValue('health_status') || 'unknown') as HealthStatus),
          checked_at: gr.getValue('health_checked_at') || '',
          // Written redacted, redacted again on the way out: an error text is the likeliest carrier of a secret.
          error: redactText(gr.getValue('health_error') || ''),
        },
      });
    }
    return out;
  }
}
