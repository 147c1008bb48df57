// Route script of POST /api/x_incb_bridge/v1/hooks/azure-devops/{connection}.
import AzureDevOpsHookReceiver from '../../inbound/AzureDevOpsHookReceiver';

declare var request: RESTAPIRequest;
declare var response: RESTAPIResponse;

new AzureDevOpsHookReceiver().post(request, response);
