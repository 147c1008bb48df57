// Validates one HTTP request against Microsoft's Azure DevOps WIT 7.1 spec (with spec-overrides.json applied), in
// process: Prism's router, security and input validators on the spec's operations, plus request-checks.ts for what
// Prism cannot see. Synchronous (~2 ms a request once warm) so a fake server can validate every request it serves.
import route from '@stoplight/prism-http/dist/router';
import { validateInput, validateSecurity } from '@stoplight/prism-http/dist/validator';
import type { IHttpRequest } from '@stoplight/prism-http';
import type { IHttpOperation } from '@stoplight/types';
import { matchPathTemplate, PathParams } from './path-template';
import { toPrismOperations } from './prism-operations';
import { checkRequest } from './request-checks';
import { routeVariantsDocument } from './route-variants';
import { loadAdoWitSpec } from './wit-spec';

export interface AdoRequest {
  method: string;
  /** path and query (`/org/project/_apis/...?api-version=7.1`) or an absolute URL */
  url: string;
  headers: { [name: string]: string | string[] | undefined };
  /** parsed JSON, or the raw bytes/text of a non-JSON body; undefined when there is none */
  body?: unknown;
}

export interface AdoValidationResult {
  valid: boolean;
  errors: string[];
  /** for an invalid request, what real Azure DevOps answers: 415 for a wrong Content-Type, 400 otherwise */
  status?: 400 | 415;
  /** the spec operation the request routed to (also when invalid), with its path parameters */
  operationId?: string;
  pathTemplate?: string;
  pathParams?: PathParams;
}

export interface AdoRequestValidator {
  validate(request: AdoRequest): AdoValidationResult;
  /** which spec file was loaded (sha256 as verified against spec-overrides.json) */
  spec: { dir: string; sha256: string; sha256Erratum: boolean };
}

export function createAdoRequestValidator(options: { specDir?: string } = {}): AdoRequestValidator {
  const spec = loadAdoWitSpec(options.specDir);
  const primary = toPrismOperations(spec.document);
  const variants = toPrismOperations(routeVariantsDocument(spec.document));
  return {
    spec: { dir: spec.dir, sha256: spec.sha256, sha256Erratum: spec.sha256Erratum },
    validate: (request) => validateRequest(primary, variants, request),
  };
}

interface Attempt {
  operation: IHttpOperation;
  errors: string[];
  status: 400 | 415;
}

function validateRequest(primary: IHttpOperation[], variants: IHttpOperation[], request: AdoRequest): AdoValidationResult {
  const url = new URL(request.url, 'http://localhost');
  const query = queryOf(url.searchParams);
  const headers = headersOf(request);
  const prismRequest: IHttpRequest = {
    method: request.method.toLowerCase() as IHttpRequest['method'],
    url: { path: url.pathname, query },
    headers,
    body: Buffer.isBuffer(request.body) ? request.body.toString('latin1') : request.body,
  };
  const attempts: Attempt[] = [];
  for (const operations of [primary, variants]) {
    const routed = route({ resources: operations, input: prismRequest });
    if (routed._tag === 'Left') continue;
    const attempt = attemptOperation(routed.right, prismRequest, { contentType: headers['content-type'], query, body: request.body });
    if (attempt.errors.length === 0) return resultOf(attempt, url.pathname, true);
    attempts.push(attempt);
  }
  if (attempts.length > 0) return resultOf(attempts[0], url.pathname, false);
  return { valid: false, status: 400, errors: [noRouteMessage(primary, request.method, url.pathname)] };
}

function attemptOperation(operation: IHttpOperation, prismRequest: IHttpRequest, checked: Parameters<typeof checkRequest>[1]): Attempt {
  const errors: string[] = [];
  const security = validateSecurity({ resource: operation, element: prismRequest });
  if (security._tag === 'Left') errors.push('security: ' + security.left.map((d) => d.message).join('; ') + ' (send Basic with a PAT, or Bearer)');
  const input = validateInput({ resource: operation, element: prismRequest });
  if (input._tag === 'Left') errors.push(...input.left.map((d) => d.message));
  const failures = checkRequest(operation, checked);
  errors.push(...failures.map((f) => f.message));
  return { operation, errors, status: failures.some((f) => f.status === 415) ? 415 : 400 };
}

function resultOf(attempt: Attempt, path: string, valid: boolean): AdoValidationResult {
  return {
    valid,
    errors: valid ? [] : attempt.errors,
    status: valid ? undefined : attempt.status,
    operationId: attempt.operation.iid,
    pathTemplate: attempt.operation.path,
    pathParams: matchPathTemplate(attempt.operation.path, path) || {},
  };
}

/** No route: say whether it is only the casing (Prism matches case-sensitively; Azure DevOps does not, we keep the spec's). */
function noRouteMessage(operations: IHttpOperation[], method: string, path: string): string {
  const sameMethod = operations.filter((o) => o.method.toLowerCase() === method.toLowerCase());
  const caseless = sameMethod.find((o) => matchPathTemplate(o.path, path, true));
  if (caseless) return `Path casing differs from the spec: use ${caseless.path} (e.g. "workItems" for comments)`;
  return `No operation in the WIT 7.1 spec matches ${method.toUpperCase()} ${path}`;
}

function queryOf(params: URLSearchParams): { [name: string]: string | string[] } {
  const query: { [name: string]: string | string[] } = {};
  params.forEach((value, key) => {
    const existing = query[key];
    query[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
  });
  return query;
}

function headersOf(request: AdoRequest): { [name: string]: string } {
  const headers: { [name: string]: string } = {};
  for (const name of Object.keys(request.headers)) {
    const value = request.headers[name];
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  // Prism skips body media-type checks when content-length is 0 or absent; the fake and tests may omit it.
  if (request.body !== undefined && !headers['content-length']) {
    headers['content-length'] = String(
      Buffer.isBuffer(request.body) ? request.body.length : Buffer.byteLength(typeof request.body === 'string' ? request.body : JSON.stringify(request.body)),
    );
  }
  return headers;
}
