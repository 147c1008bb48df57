// Validates real responses of the app's inbound routes against docs/openapi.yaml, with openapi-backend (a maintained
// OpenAPI 3 router and Ajv-based validator; it also checks the document itself against the OpenAPI 3 schema when it
// loads, strict: an invalid document fails the test that loads it).
// openapi-backend accepts a status the operation does not document (it then has nothing to validate against), so
// this helper first requires the exact status, and a documented media type when the response has a body; then the
// body (parsed JSON) and the documented response headers are validated.
import path from 'node:path';
import OpenAPIBackend from 'openapi-backend';

export var OPENAPI_FILE = path.resolve(__dirname, '../../docs/openapi.yaml');

export interface ResponseToCheck {
  status: number;
  /** header names in any case */
  headers: { [name: string]: string };
  /** the raw body text ('' for none) */
  body: string;
}

export interface OpenApiChecker {
  /** Problems with the response of `method path` (path as requested, query allowed); [] when it conforms. */
  problems(method: string, requestPath: string, response: ResponseToCheck): string[];
  /** operationIds of every operation in the document */
  operationIds(): string[];
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

async function load(): Promise<OpenApiChecker> {
  const api = new OpenAPIBackend({ definition: OPENAPI_FILE, strict: true, quick: false, validate: true });
  await api.init();
  return {
    operationIds: () => api.getOperations().map((operation) => String(operation.operationId)),
    problems(method, requestPath, response) {
      const url = new URL(requestPath, 'https://example.service-now.com');
      const query: { [name: string]: string } = {};
      url.searchParams.forEach((value, name) => (query[name] = value));
      const operation = api.matchOperation({ method: method.toLowerCase(), path: url.pathname, headers: {}, query });
      if (!operation) return [`${method} ${url.pathname} is not in ${path.basename(OPENAPI_FILE)}`];
      const where = `${operation.operationId} ${response.status}`;
      const documented = (operation.responses || {}) as { [status: string]: any };
      const spec = documented[String(response.status)];
      if (!spec) return [`${where}: status not documented (documented: ${Object.keys(documented).join(', ')})`];
      const headers = lowerCaseHeaders(response.headers);
      const problems: string[] = [];
      if (response.body !== '') {
        const types = Object.keys(spec.content || {});
        const type = mediaType(headers['content-type']);
        if (types.indexOf(type) < 0) return [`${where}: content type ${JSON.stringify(headers['content-type'])} not documented (${types.join(', ') || 'no body'})`];
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
      if (spec.headers) {
        const result = api.validateResponseHeaders(headers, operation, { statusCode: response.status, setMatchType: 'superset' as any });
        for (const error of result.errors || []) problems.push(`${where}: headers${error.instancePath} ${error.message}`);
      }
      return problems;
    },
  };
}

/** The checker for docs/openapi.yaml, loaded once per test file. */
export function openApiChecker(): Promise<OpenApiChecker> {
  if (!loading) loading = load();
  return loading;
}
