// Route script of GET /api/x_incb_bridge/v1/health.
import HealthApi from '../../health/HealthApi';

declare var request: RESTAPIRequest;
declare var response: RESTAPIResponse;

new HealthApi().get(request, response);
