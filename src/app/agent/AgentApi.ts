// Script include behind the agent API (/api/x_incb_bridge/v1/agent/...): one method per route, called by the tiny
// route scripts in entry/rest/agent_*.ts. Each method validates first, answers an ApiError (400, 404, 409) in the
// platform's error JSON without writing anything, and otherwise answers {"result": ...} (the attachment download
// answers the file's bytes instead). Authentication and the role check (x_incb_bridge.agent or x_incb_bridge.admin) are the platform's, by each route's REST endpoint ACL.
import { sendError, sendResult } from './apiError';
import { ActionResult, acknowledge, addNote, resolve, setPriority } from './incidentActions';
import { findIncidentAttachment, invalidAttachmentId, sendAttachment } from './incidentAttachment';
import { incidentDetail } from './incidentDetail';
import { listIncidents } from './incidentList';
import { findIncident, invalidIncidentId } from './incidentLookup';
import { agentHealth } from './agentHealth';
import { parseListParams } from './listParams';
import { jsonObjectBody } from './requestBody';
import { isoUtc } from './utcTime';

type Action = (record: GlideRecord, body: any) => ActionResult;

export default class AgentApi {
  /** GET /incidents */
  listIncidents(request: RESTAPIRequest, response: RESTAPIResponse): void {
    var parsed = parseListParams(request.queryParams || {});
    if (parsed.error) return sendError(response, parsed.error);
    var page = listIncidents(parsed.params!);
    if (page.error) return sendError(response, page.error);
    sendResult(response, 200, page.page);
  }

  /** GET /incidents/{id} */
  getIncident(request: RESTAPIRequest, response: RESTAPIResponse): void {
    var found = findIncident(request.pathParams.id);
    if (found.error) return sendError(response, found.error);
    sendResult(response, 200, incidentDetail(found.record!));
  }

  /** GET /incidents/{id}/attachments/{attachment_id}: both ids are checked (400) before the incident (404), then the
   * attachment among the incident's own (404). */
  getAttachment(request: RESTAPIRequest, response: RESTAPIResponse): void {
    var invalid = invalidIncidentId(request.pathParams.id) || invalidAttachmentId(request.pathParams.attachment_id);
    if (invalid) return sendError(response, invalid);
    var found = findIncident(request.pathParams.id);
    if (found.error) return sendError(response, found.error);
    var attachment = findIncidentAttachment(found.record!, request.pathParams.attachment_id);
    if (attachment.error) return sendError(response, attachment.error);
    var unreadable = sendAttachment(response, attachment.attachment!);
    if (unreadable) sendError(response, unreadable);
  }

  /** POST /incidents/{id}/work_notes */
  addWorkNote(request: RESTAPIRequest, response: RESTAPIResponse): void {
    this.act(request, response, false, addNote);
  }

  /** POST /incidents/{id}/acknowledge */
  acknowledge(request: RESTAPIRequest, response: RESTAPIResponse): void {
    this.act(request, response, true, acknowledge);
  }

  /** POST /incidents/{id}/priority */
  setPriority(request: RESTAPIRequest, response: RESTAPIResponse): void {
    this.act(request, response, false, setPriority);
  }

  /** POST /incidents/{id}/resolve */
  resolve(request: RESTAPIRequest, response: RESTAPIResponse): void {
    this.act(request, response, false, resolve);
  }

  /** GET /health */
  health(_request: RESTAPIRequest, response: RESTAPIResponse): void {
    sendResult(response, 200, agentHealth(isoUtc(new GlideDateTime().getValue())));
  }

  /** The incident, then the body, then the action: a 400 for the id comes before a 404, a 404 before a body error. */
  private act(request: RESTAPIRequest, response: RESTAPIResponse, emptyBodyAllowed: boolean, action: Action): void {
    var found = findIncident(request.pathParams.id);
    if (found.error) return sendError(response, found.error);
    var body = jsonObjectBody(request, emptyBodyAllowed);
    if (body.error) return sendError(response, body.error);
    var result = action(found.record!, body.body);
    if (result.error) return sendError(response, result.error);
    sendResult(response, result.status || 200, result.body);
  }
}
