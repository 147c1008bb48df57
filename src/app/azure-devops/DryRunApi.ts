// Script include behind POST /api/x_incb_bridge/v1/admin/dry-run (admins only, by the route's REST endpoint ACL):
// body {"incident": sys_id, "connection": sys_id, "validateOnly": boolean}; answers the DryRunResult, or a
// ServiceNow-format error: 400 for a malformed request or a connection that cannot send, 404 for an unknown record.
// The body is read as text and parsed by the agent API's reader (jsonObjectBody), never through request.body.data:
// the platform's own parse of body.data has no nesting bound the app controls, and in a Rhino-based engine a body
// nested some thousands of levels deep kills it with a StackOverflowError no catch block sees. So a body over
// x_incb_bridge.inbound.max_body_bytes is a 413, a body declared as another content type a 415, and invalid or too
// deeply nested JSON a 400, as on the agent API.
import { jsonObjectBody } from '../agent/requestBody';
import { sendError } from '../agent/apiError';
import AzureDevOpsSync from './AzureDevOpsSync';
import { CONNECTION_TABLE, INCIDENT_TABLE } from '../core/tables';

var SYS_ID = /^[0-9a-f]{32}$/;

function exists(table: string, sysId: string): boolean {
  var gr = new GlideRecord(table);
  return gr.get(sysId);
}

export default class DryRunApi {
  post(request: RESTAPIRequest, response: RESTAPIResponse): void {
    var read = jsonObjectBody(request, false);
    if (read.error) return sendError(response, read.error);
    var body = read.body!;
    // strings only: String() would read ["<sys_id>"] as the sys_id, and throw (a 500) on {"toString": "..."}
    var incident = typeof body.incident === 'string' ? body.incident : '';
    var connection = typeof body.connection === 'string' ? body.connection : '';
    var validateOnly = body.validateOnly === true || body.validateOnly === 'true';
    if (!SYS_ID.test(incident) || !SYS_ID.test(connection)) return response.setError(new sn_ws_err.BadRequestError('"incident" and "connection" must be sys_ids'));
    if (body.validateOnly !== undefined && typeof body.validateOnly !== 'boolean' && body.validateOnly !== 'true' && body.validateOnly !== 'false') {
      return response.setError(new sn_ws_err.BadRequestError('"validateOnly" must be true or false'));
    }
    if (!exists(INCIDENT_TABLE, incident)) return response.setError(new sn_ws_err.NotFoundError('No incident ' + incident));
    if (!exists(CONNECTION_TABLE, connection)) return response.setError(new sn_ws_err.NotFoundError('No connection ' + connection));
    var result = new AzureDevOpsSync(connection).dryRun(incident, validateOnly);
    if (result.error) return response.setError(new sn_ws_err.BadRequestError(result.error));
    response.setStatus(200);
    response.setContentType('application/json');
    response.setBody(result);
  }
}
