// Route script of GET /api/x_incb_bridge/v1/agent/incidents/{id}/attachments/{attachment_id}.
import AgentApi from '../../agent/AgentApi';

declare var request: RESTAPIRequest;
declare var response: RESTAPIResponse;

new AgentApi().getAttachment(request, response);
