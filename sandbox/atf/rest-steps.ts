// The REST category of ATF: "Send REST Request - Inbound" sends a request to the instance itself, and the assert
// steps check its response. Sources, ServiceNowDocs application-development/automated-test-framework-atf/:
// - test-steps-rest-category.md: the request's fields (Authentication Type: None, basic with a basic auth profile,
//   mutual; Method; Path "accepts only the portion of the URI after the instance name"; Query Parameters and Headers
//   "Do not encode"; Body); "No HTTP response validation is performed as part of this step. The step fails if the
//   response payload size is too big, the request parameters are invalid, or the request could not be sent"; each
//   assert's operations (is, is not, contains, does not contain, is not empty; less than, greater than...); the JSON
//   element is named by an SNC path such as /result/short_description; an Assert Response Payload value "must not
//   contain any curly braces";
// - rest-test-steps.md: "Assert steps must immediately follow a Send REST Request - Inbound step ... the assert steps
//   cannot be separated from the Send REST Request - Inbound step by steps from other test categories";
// - atf-step-result-record.md: the step result's Summary for a sent request ("The HTTP request has been sent to the
//   endpoint '...'"), its Output (request and response, response body included, truncated at 4096 characters,
//   credential headers "Header redacted for security.");
// - atf-filter-rest-headers.md: the headers filtered out of step results.
// Stricter where the documentation is silent: a JSON path that runs into an array fails (the import-set path syntax
// it refers to has no [index]); "basic" without a profile fails instead of borrowing someone's session.

export interface RestResponse {
  url: string;
  method: string;
  status: number;
  statusText: string;
  headers: { [lowerCaseName: string]: string };
  body: string;
  durationMs: number;
}

export interface RestOutcome {
  status: 'success' | 'failure';
  summary: string;
  output: string;
}

const OUTPUT_LIMIT = 4096;
const REDACTED = 'Header redacted for security.';
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-incident-bridge-secret'];

const ok = (summary: string, output?: string): RestOutcome => ({ status: 'success', summary, output: output ?? summary });
const fail = (summary: string, output?: string): RestOutcome => ({ status: 'failure', summary, output: output ?? summary });

function nameValues(text: string, what: string): { [name: string]: string } {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${what} are not name-value pairs: ${text}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${what} are not name-value pairs: ${text}`);
  const out: { [name: string]: string } = {};
  for (const [name, value] of Object.entries(parsed as object)) out[name] = String(value);
  return out;
}

export interface SendInputs {
  http_method: string;
  end_point: string;
  query_params: string;
  headers: string;
  request_body: string;
  auth_type: string;
  basic_auth: string;
  mutual_auth: string;
}

export interface SendRequest {
  method: string;
  url: string;
  headers: { [name: string]: string };
  body: string | undefined;
}

/** The request a Send REST Request - Inbound step sends, or why it cannot be sent. `credentials` resolves a basic
 * auth profile (the instance's sys_auth_profile_basic). */
export async function buildRequest(
  instanceUrl: string,
  inputs: SendInputs,
  credentials: (profileSysId: string) => Promise<{ username: string; password: string } | null>
): Promise<SendRequest> {
  const method = (inputs.http_method || 'get').toUpperCase();
  if (!['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].includes(method)) throw new Error(`Method ${inputs.http_method} is not one the step offers`);
  const path = inputs.end_point || '';
  if (!path.startsWith('/')) throw new Error(`The path must be the portion of the URI after the instance name, starting with /: ${path}`);
  const query = nameValues(inputs.query_params, 'Query parameters');
  const headers = nameValues(inputs.headers, 'Headers');
  const auth = inputs.auth_type ?? 'basic';
  if (auth === 'mutual') throw new Error('Mutual authentication (a client certificate) is not implemented by the sandbox ATF runner');
  if (auth === 'basic') {
    if (!inputs.basic_auth) throw new Error('Authentication Type is basic but no basic authentication profile is selected');
    const found = await credentials(inputs.basic_auth);
    if (!found) throw new Error(`The basic authentication profile ${inputs.basic_auth} does not exist on this instance`);
    headers.Authorization = 'Basic ' + Buffer.from(`${found.username}:${found.password}`, 'utf8').toString('base64');
  } else if (auth !== '') {
    throw new Error(`Authentication Type ${auth} is not one the step offers`);
  }
  const search = new URLSearchParams(query).toString();
  return { method, url: instanceUrl + path + (search ? (path.includes('?') ? '&' : '?') + search : ''), headers, body: method === 'GET' || method === 'DELETE' ? undefined : inputs.request_body || '' };
}

function headerLines(headers: { [name: string]: string }): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${CREDENTIAL_HEADERS.includes(name.toLowerCase()) ? REDACTED : value}`)
    .join('\n');
}

function truncate(text: string): string {
  return text.length > OUTPUT_LIMIT ? text.slice(0, OUTPUT_LIMIT) : text;
}

/** Sends the request; the outcome fails only when it could not be sent (no HTTP answer). */
export async function send(request: SendRequest): Promise<{ outcome: RestOutcome; response?: RestResponse }> {
  const started = Date.now();
  let answer: Response;
  try {
    answer = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual' });
  } catch (error) {
    return { outcome: fail(`The HTTP request could not be sent to the endpoint '${request.url}': ${(error as Error).message}`) };
  }
  const body = await answer.text();
  const headers: { [name: string]: string } = {};
  answer.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  const response: RestResponse = { url: request.url, method: request.method, status: answer.status, statusText: answer.statusText, headers, body, durationMs: Date.now() - started };
  const output = [
    `Request: ${request.method} ${request.url}`,
    headerLines(request.headers),
    request.body ? `\n${request.body}` : '',
    `\nResponse: ${answer.status} ${answer.statusText}`,
    headerLines(headers),
    `\n${body}`,
  ].join('\n');
  return { outcome: ok(`The HTTP request has been sent to the endpoint '${request.url}', response code ${answer.status}`, truncate(output)), response };
}

const LABELS: { [operation: string]: string } = {
  equals: 'is',
  not_equals: 'is not',
  contains: 'contains',
  does_not_contain: 'does not contain',
  exists: 'is not empty',
  less_than: 'less than',
  greater_than: 'greater than',
  less_than_equals: 'less than or is',
  greater_than_equals: 'greater than or is',
};

function compareText(operation: string, actual: string | undefined, expected: string): boolean {
  const value = actual ?? '';
  switch (operation) {
    case 'equals':
      return actual !== undefined && value === expected;
    case 'not_equals':
      return value !== expected;
    case 'contains':
      return actual !== undefined && value.includes(expected);
    case 'does_not_contain':
      return !value.includes(expected);
    case 'exists':
      return actual !== undefined && value !== '';
    default:
      throw new Error(`Operation ${operation} is not one this assert offers`);
  }
}

function compareNumber(operation: string, actual: number, expected: number): boolean {
  switch (operation) {
    case 'equals':
      return actual === expected;
    case 'not_equals':
      return actual !== expected;
    case 'less_than':
      return actual < expected;
    case 'greater_than':
      return actual > expected;
    case 'less_than_equals':
      return actual <= expected;
    case 'greater_than_equals':
      return actual >= expected;
    default:
      throw new Error(`Operation ${operation} is not one this assert offers`);
  }
}

function verdict(pass: boolean, what: string, operation: string, expected: string, actual: string | undefined): RestOutcome {
  const expectation = operation === 'exists' ? `${what} is not empty` : `${what} ${LABELS[operation] ?? operation} '${expected}'`;
  const found = actual === undefined ? `${what} is absent` : `${what} is '${actual.length > 500 ? actual.slice(0, 500) + '...' : actual}'`;
  return pass ? ok(`Assertion passed: ${expectation}`, found) : fail(`Assertion failed: ${expectation}; ${found}`);
}

/** The element an SNC path (/result/short_description) names, as text; undefined when absent. */
export function jsonElement(payload: unknown, path: string): string | undefined {
  if (!path.startsWith('/')) throw new Error(`An element path starts with /: ${path}`);
  let node: unknown = payload;
  const segments = path.split('/').slice(1);
  for (const segment of segments) {
    if (segment === '') throw new Error(`Empty segment in element path ${path}`);
    if (Array.isArray(node)) throw new Error(`The element path ${path} runs into an array at "${segment}": the SNC path names object members only`);
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as { [key: string]: unknown })[segment];
  }
  if (node === null) return '';
  if (typeof node === 'object') return JSON.stringify(node);
  return String(node);
}

/** One assert step against the response of the Send REST Request - Inbound step it follows. */
export function assertResponse(call: string, inputs: { [field: string]: string }, response: RestResponse): RestOutcome {
  try {
    switch (call) {
      case 'rest.assertStatusCode': {
        const expected = Number(inputs.status_code);
        if (!inputs.status_code || Number.isNaN(expected)) throw new Error('No status code to compare with');
        const operation = inputs.response_operation || 'equals';
        return verdict(compareNumber(operation, response.status, expected), 'Status code', operation, String(expected), String(response.status));
      }
      case 'rest.assertStatusCodeName': {
        const operation = inputs.response_operation || 'contains';
        return verdict(compareText(operation, response.statusText, inputs.code_name ?? ''), 'Status code name', operation, inputs.code_name ?? '', response.statusText);
      }
      case 'rest.assertResponseTime': {
        const expected = Number(inputs.response_time);
        const operation = inputs.response_operation || 'less_than';
        if (operation !== 'less_than' && operation !== 'greater_than') throw new Error(`Operation ${operation} is not one this assert offers`);
        return verdict(compareNumber(operation, response.durationMs, expected), 'Response time (ms)', operation, String(expected), String(response.durationMs));
      }
      case 'rest.assertResponseHeader': {
        const name = (inputs.header_name || '').toLowerCase();
        if (!name) throw new Error('No header name');
        const operation = inputs.response_operation || 'exists';
        return verdict(compareText(operation, response.headers[name], inputs.header_value ?? ''), `Header ${inputs.header_name}`, operation, inputs.header_value ?? '', response.headers[name]);
      }
      case 'rest.assertResponsePayload': {
        const operation = inputs.response_operation || 'contains';
        const expected = inputs.response_body ?? '';
        if (operation !== 'exists' && /[{}]/.test(expected)) throw new Error('The response body to compare with must not contain curly braces');
        return verdict(compareText(operation, response.body, expected), 'Response payload', operation, expected, response.body);
      }
      case 'rest.assertResponseJSONPayloadIsValid':
        try {
          JSON.parse(response.body);
          return ok('The response payload is valid JSON');
        } catch (error) {
          return fail(`The response payload is not valid JSON: ${(error as Error).message}`, response.body.slice(0, OUTPUT_LIMIT));
        }
      case 'rest.assertJsonResponsePayloadElement': {
        let payload: unknown;
        try {
          payload = JSON.parse(response.body);
        } catch {
          return fail('The response payload is not valid JSON', response.body.slice(0, OUTPUT_LIMIT));
        }
        const operation = inputs.response_operation || 'exists';
        const path = inputs.element_name || '';
        return verdict(compareText(operation, jsonElement(payload, path), inputs.element_value ?? ''), `Element ${path}`, operation, inputs.element_value ?? '', jsonElement(payload, path));
      }
      default:
        return fail(`The sandbox ATF runner does not implement ${call}`);
    }
  } catch (error) {
    return fail((error as Error).message);
  }
}
