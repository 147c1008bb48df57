// Route script of POST /api/x_incb_bridge/v1/admin/dry-run.
import DryRunApi from '../../azure-devops/DryRunApi';

declare var request: RESTAPIRequest;
declare var response: RESTAPIResponse;

new DryRunApi().post(request, response);
