// Validates real responses of the app's inbound routes against docs/openapi.yaml, with openapi-backend (a maintained
// OpenAPI 3 router and Ajv-based validator; it also checks the document itself against the OpenAPI 3 schema when it
// loads, strict: an invalid document fails the test that loads it).
// openapi-backend accepts a status the operation does not document (it then has nothing to validate against), so
// this helper first requires the exact status, and a documented media type when the response has a body; then the
// body (parsed JSON) and the documented response headers are validated. A media type documented as bytes (schema
// `type: string, format: binary`, e.g. a file download under `*/*`) takes the body as it is, an empty one included (a
// zero-byte file); bytes answered where the document says JSON are a problem. Media ranges (`image/*`, `*/*`) match
// as OpenAPI says: the most specific documented key wins.
// A path called with a method it does not document is answered 405 by the platform (not by an operation): such an
// answer is checked against the 405 that every operation of the path must document; any other status, or a path
// the document does not have, is a problem.
import path from 'node:path';
import OpenAPIBackend from 'openapi-backend';

export var OPENAPI_FILE = path.resolve(__dirname, '../../docs/openapi.yaml');

export interface ResponseToCheck {
  status: number;
  /** header names in any case */
  headers: { [name: string]: string };
  /** the raw body text ('' for none) */
  body: string;
  /** the body as bytes (base64), for answers that carry bytes (a file download); then `body` is not read */
  bodyBase64?: string;
}

export interface OpenApiChecker {
  /** Problems with the response of `method path` (path as requested, query allowed); [] when it conforms. */
  problems(method: string, requestPath: string, response: ResponseToCheck): string[];
  /** operationIds of every operation in the document */
  operationIds(): string[];
  /** The operations whose documented responses `method path` is checked against: the operation itself, or, for a
   * method the path does not take, every operation of the path ([] when the document lacks the path). */
  operationsFor(method: string, requestPath: string): string[];
}

let loading: Promise<OpenApiChecker> | undefined;

function lowerCaseHeaders(headers: { [name: string]: string }): { [name: string]: string } {
  const out: { [name: string]: string } = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

function mediaType(contentType: string | undefined): string {
  return String(contentType || '').split(';')[0].trim().toLowerCase();
}

/** The documented key for the answer's media type: exact, then type/*, then * / *; undefined when none admits it
 * (always for an answer without a type/subtype). */
function documentedMediaType(documented: string[], type: string): string | undefined {
  const slash = type.indexOf('/');
  if (slash <= 0) return undefined;
  for (const candidate of [type, type.substring(0, slash) + '/*', '*/*']) {
    const found = documented.find((key) => mediaType(key) === candidate);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isBinary(schema: any): boolean {
  return !!schema && schema.type === 'string' && schema.format === 'binary';
}

var METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

async function load(): Promise<OpenApiChecker> {
  const api = new OpenAPIBackend({ definition: OPENAPI_FILE, strict: true, quick: false, validate: true });
  await api.init();
  const match = (method: string, requestPath: string) => {
    const url = new URL(requestPath, 'https://example.service-now.com');
    const query: { [name: string]: string } = {};
    url.searchParams.forEach((value, name) => (query[name] = value));
    const request = (m: string) => ({ method: m, path: url.pathname, headers: {}, query });
    const operation = api.matchOperation(request(method.toLowerCase()));
    const ofPath = operation ? [] : METHODS.map((m) => api.matchOperation(request(m))).filter((o): o is NonNullable<typeof o> => !!o);
    return { url, operation, ofPath };
  };
  const operationProblems = (operation: any, response: ResponseToCheck): string[] => {
    const where = `${operation.operationId} ${response.status}`;
    const documented = (operation.responses || {}) as { [status: string]: any };
    const spec = documented[String(response.status)];
    if (!spec) return [`${where}: status not documented (documented: ${Object.keys(documented).join(', ')})`];
    const headers = lowerCaseHeaders(response.headers);
    const headerProblems = (): string[] => {
      if (!spec.headers) return [];
      const result = api.validateResponseHeaders(headers, operation, { statusCode: response.status, setMatchType: 'superset' as any });
      return (result.errors || []).map((error) => `${where}: headers${error.instancePath} ${error.message}`);
    };
    const problems: string[] = [];
    const bytes = response.bodyBase64 !== undefined;
    if (response.body !== '' || bytes) {
      const types = Object.keys(spec.content || {});
      const key = documentedMediaType(types, mediaType(headers['content-type']));
      if (key === undefined) return [`${where}: content type ${JSON.stringify(headers['content-type'])} not documented (${types.join(', ') || 'no body'})`];
      if (isBinary(spec.content[key].schema)) return headerProblems();
      if (bytes) return [`${where}: answered bytes where the document says ${key} (${JSON.stringify(spec.content[key].schema)})`];
      let parsed: unknown;
      try {
        parsed = JSON.parse(response.body);
      } catch (e) {
        return [`${where}: body is not JSON: ${response.body.substring(0, 200)}`];
      }
      const result = api.validateResponse(parsed, operation, response.status);
      for (const error of result.errors || []) problems.push(`${where}: body${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
    } else if (spec.content && Object.keys(spec.content).length > 0) {
      problems.push(`${where}: documented with a body, answered none`);
    }
    return problems.concat(headerProblems());
  };
  return {
    operationIds: () => api.getOperations().map((operation) => String(operation.operationId)),
    operationsFor(method, requestPath) {
      const found = match(method, requestPath);
      return (found.operation ? [found.operation] : found.ofPath).map((operation) => String(operation.operationId));
    },
    problems(method, requestPath, response) {
      const found = match(method, requestPath);
      if (found.operation) return operationProblems(found.operation, response);
      if (found.ofPath.length === 0) return [`${method} ${found.url.pathname} is not in ${path.basename(OPENAPI_FILE)}`];
      const taken = found.ofPath.map((operation) => operation.method.toUpperCase()).join(', ');
      if (response.status !== 405) return [`${method} ${found.url.pathname}: the path takes ${taken} only; a ${response.status} to ${method} is not documented`];
      const problems: string[] = [];
      for (const operation of found.ofPath) problems.push(...operationProblems(operation, response).map((problem) => `${problem} (${method} to a path that takes ${taken})`));
      return problems;
    },
  };
}

/** The checker for docs/openapi.yaml, loaded once per test file. */
export function openApiChecker(): Promise<OpenApiChecker> {
  if (!loading) loading = load();
  return loading;
}
