// The response shapes every REST API of the instance shares: JSON bodies with `Content-Type:
// application/json;charset=UTF-8`, results wrapped in {"result": ...}, and failures as
// {"error":{"message","detail"},"status":"failure"} (ServiceNowDocs api-reference/rest-api-explorer/c_RESTAPI.md and
// r_RESTAPIHTTPResponseCodes.md). `detail` is null where the platform sends null.
import type { InstanceHttpResponse } from './types';

export var JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

/** the challenge the platform sends with a 401 */
export var BASIC_CHALLENGE = 'Basic realm="Service-now"';

export function jsonResponse(status: number, body: any, headers?: { [name: string]: string }): InstanceHttpResponse {
  var out: { [name: string]: string } = { 'Content-Type': JSON_CONTENT_TYPE };
  if (headers) for (var name in headers) if (Object.prototype.hasOwnProperty.call(headers, name)) out[name] = headers[name];
  return { status: status, headers: out, body: JSON.stringify(body) };
}

export function resultResponse(status: number, result: any, headers?: { [name: string]: string }): InstanceHttpResponse {
  return jsonResponse(status, { result: result }, headers);
}

export function errorResponse(status: number, message: string, detail: string | null, headers?: { [name: string]: string }): InstanceHttpResponse {
  return jsonResponse(status, { error: { message: message, detail: detail }, status: 'failure' }, headers);
}

export function noContent(): InstanceHttpResponse {
  return { status: 204, headers: {}, body: '' };
}

/** 401 as the platform answers a request without (valid) credentials, challenge included */
export function notAuthenticated(): InstanceHttpResponse {
  return errorResponse(401, 'User Not Authenticated', 'Required to provide Auth information', { 'WWW-Authenticate': BASIC_CHALLENGE });
}

/** 400 for a path no API answers (r_RESTAPIHTTPResponseCodes.md: "The request URI does not match the APIs in the
 * system"); the platform sends a null detail */
export function unknownResource(): InstanceHttpResponse {
  return errorResponse(400, 'Requested URI does not represent any resource', null);
}

export function methodNotAllowed(method: string): InstanceHttpResponse {
  return errorResponse(405, 'Method not Supported', method + ' method not supported for API');
}

/** 400 for a body that is not the JSON object the API expects */
export function unreadableBody(): InstanceHttpResponse {
  return errorResponse(400, 'Exception while reading request', 'The payload is not valid JSON.');
}

/** 404 for a record that does not exist or that the caller may not read: the platform does not tell them apart */
export function recordNotFound(): InstanceHttpResponse {
  return errorResponse(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval");
}

/** 403 for a write refused by an ACL or aborted by a business rule (r_RESTAPIHTTPResponseCodes.md: "This error can
 * also be caused by ACL failures, or business rule or data policy constraints") */
export function operationFailed(detail: string): InstanceHttpResponse {
  return errorResponse(403, 'Operation Failed', detail);
}
