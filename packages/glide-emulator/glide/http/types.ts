// The instance's HTTP surface as the sandbox's Node process hands it over: the socket side (parsing, basic auth)
// stays in Node, and each request, with the authenticated user name, is answered here, inside the script engine next
// to the emulated instance. Plain data both ways, so it crosses the Rhino and Node vm boundaries as JSON.

export interface InstanceHttpRequest {
  method: string;
  /** path without the query string, e.g. /api/now/table/incident */
  path: string;
  /** every query parameter name maps to all its values, in order */
  query: { [name: string]: string[] };
  headers: { [lowerCaseName: string]: string };
  body: string;
  /** the body as base64 when it is binary (attachment uploads); `body` is then ignored */
  bodyBase64?: string;
  /** authenticated user_name; null when the request carried no (valid) credentials */
  user: string | null;
}

export interface InstanceHttpResponse {
  status: number;
  headers: { [name: string]: string };
  body: string;
  /** set instead of `body` for binary content (attachment downloads) */
  bodyBase64?: string;
}

export interface InstanceHttp {
  /** The record ACLs as the web services evaluate them, for the user running now (call inside instance.runAs): what a
   * server-side step that enforces security (ATF's Record Insert, Update, Delete, Query, Validation) checks. */
  recordAccess(): import('./record-access').RecordAccess;
  /** Answers one request as req.user; never throws (an unexpected failure is a 500 in the platform's error JSON). */
  handle(req: InstanceHttpRequest): InstanceHttpResponse;
}
