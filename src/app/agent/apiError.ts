// Errors of the agent API, as values: handlers validate everything first and return an ApiError instead of writing,
// so nothing changes on an error. sendError() answers it in the platform's error JSON
// ({"error": {"message", "detail"}, "status": "failure"}) through sn_ws_err.ServiceError, which carries any status.

export interface ApiError {
  status: number;
  message: string;
  detail: string;
}

export function apiError(status: number, message: string, detail?: string): ApiError {
  return { status: status, message: message, detail: detail || '' };
}

/** 400: the request itself is wrong */
export function badRequest(message: string, detail?: string): ApiError {
  return apiError(400, message, detail);
}

/** 404: no such incident (or other record named by the path) */
export function notFound(message: string, detail?: string): ApiError {
  return apiError(404, message, detail);
}

/** 409: the record's state (or stored configuration) does not allow the action */
export function conflict(message: string, detail?: string): ApiError {
  return apiError(409, message, detail);
}

export function sendError(response: RESTAPIResponse, error: ApiError): void {
  var serviceError = new sn_ws_err.ServiceError();
  serviceError.setStatus(error.status);
  serviceError.setMessage(error.message);
  serviceError.setDetail(error.detail);
  response.setError(serviceError);
}

export function sendResult(response: RESTAPIResponse, status: number, body: any): void {
  response.setStatus(status);
  response.setContentType('application/json');
  response.setBody(body);
}
