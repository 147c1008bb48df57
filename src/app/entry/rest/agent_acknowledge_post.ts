// Route script of POST /api/x_incb_bridge/v1/agent/incidents/{id}/acknowledge.
import AgentApi from '../../agent/AgentApi';

declare var request: RESTAPIRequest;
declare var response: RESTAPIResponse;

new AgentApi().acknowledge(request, response);
