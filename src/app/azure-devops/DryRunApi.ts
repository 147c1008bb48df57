// Script include behind POST /api/x_incb_bridge/v1/admin/dry-run (admins only, by the route's REST endpoint ACL):
// body {"incident": sys_id, "connection": sys_id, "validateOnly": boolean}; answers the DryRunResult, or a
// ServiceNow-format error: 400 for a malformed request or a connection that cannot send, 404 for an unknown record.
import AzureDevOpsSync from './AzureDevOpsSync';
import { CONNECTION_TABLE } from '../core/tables';
import { INCIDENT_TABLE } from './incidentSource';

interface ServiceErrorLike {
  status: number;
  message: string;
}
declare var sn_ws_err: {
  BadRequestError: { new (message: string): ServiceErrorLike };
  NotFoundError: { new (message: string): ServiceErrorLike };
};

var SYS_ID = /^[0-9a-f]{32}$/;

function exists(table: string, sysId: string): boolean {
  var gr = new GlideRecord(table);
  return gr.get(sysId);
}

/** The JSON body, or null when there is none or it is not an object. */
function bodyOf(request: RESTAPIRequest): any {
  try {
    var data = request.body ? request.body.data : null;
    return data && typeof data === 'object' ? data : null;
  } catch (e) {
    // The platform throws when the body is not the declared JSON.
    return null;
  }
}

export default class DryRunApi {
  post(request: RESTAPIRequest, response: RESTAPIResponse): void {
    var body = bodyOf(request);
    if (!body) return response.setError(new sn_ws_err.BadRequestError('Send a JSON object: {"incident": sys_id, "connection": sys_id, "validateOnly": false}'));
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
