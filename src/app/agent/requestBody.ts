// The JSON object a POST route takes. The body is read once as text (request.body.dataString) and parsed here, so
// a body over x_incb_bridge.inbound.max_body_bytes is a 413 before anything parses it, and an empty body, invalid
// JSON, JSON nested too deeply to parse safely and a JSON value that is not an object are each a clear 400, never a
// script error. A body declared as another content type (text/plain, a form...) is a 415 and is
// never acted on, even when its text happens to be JSON: the route only takes JSON, and the platform's own gate on
// supported request formats is configuration an admin can widen. No Content-Type at all reads as JSON, as on the
// platform.
import { isJsonContentType } from '../core/jsonContentType';
import { MAX_JSON_NESTING, readJson } from '../core/jsonNesting';
import { oversizedBody } from '../platform/inboundBodyLimit';
import { ApiError, apiError, badRequest } from './apiError';

export interface BodyResult {
  body?: { [name: string]: any };
  error?: ApiError;
}

/** `emptyAllowed`: an absent or blank body reads as {} (routes whose fields are all optional). */
export function jsonObjectBody(request: RESTAPIRequest, emptyAllowed: boolean): BodyResult {
  var contentType = request.getHeader('Content-Type');
  if (contentType && !isJsonContentType(contentType)) {
    return { error: apiError(415, 'Send the body as JSON (Content-Type: application/json)', 'Content-Type was ' + JSON.stringify(String(contentType))) };
  }
  var text: string;
  try {
    text = String(request.body ? request.body.dataString : '');
  } catch (e) {
    return { error: badRequest('The request body could not be read') };
  }
  var oversized = oversizedBody(text);
  if (oversized) {
    return { error: apiError(413, 'The request body is larger than ' + oversized.limit + ' bytes (x_incb_bridge.inbound.max_body_bytes)', 'The body has ' + oversized.size + ' bytes') };
  }
  if (/^\s*$/.test(text)) return emptyAllowed ? { body: {} } : { error: badRequest('Send a JSON object as the request body') };
  var json = readJson(text);
  if (json.problem === 'too_deep') return { error: badRequest('The request body nests deeper than ' + MAX_JSON_NESTING + ' levels') };
  if (json.problem) return { error: badRequest('The request body is not valid JSON') };
  var value = json.value;
  if (value === null || typeof value !== 'object' || Object.prototype.toString.call(value) === '[object Array]') {
    return { error: badRequest('The request body must be a JSON object') };
  }
  return { body: value };
}

/** Names in `body` that `allowed` does not list: a misspelt field must not be silently ignored. */
export function unknownFields(body: { [name: string]: any }, allowed: string[]): string[] {
  var unknown: string[] = [];
  for (var name in body) {
    if (Object.prototype.hasOwnProperty.call(body, name) && allowed.indexOf(name) < 0) unknown.push(name);
  }
  return unknown;
}
