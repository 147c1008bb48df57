// Checks Prism cannot make from Microsoft's spec but real Azure DevOps (or our own client contract) enforces:
// the exact request media type (ADO answers 415 to application/json on json-patch endpoints), the api-version each
// operation documents, and well-formed JSON Patch operations (RFC 6902; `from` only on move/copy).
import type { IHttpOperation } from '@stoplight/types';

export interface CheckedRequest {
  contentType: string | undefined;
  query: { [name: string]: string | string[] };
  body: unknown;
}

export interface CheckFailure {
  message: string;
  /** the status real Azure DevOps answers with */
  status: 400 | 415;
}

const JSON_PATCH = 'application/json-patch+json';
const PATCH_OPS = ['add', 'remove', 'replace', 'move', 'copy', 'test'];

/** The media type without parameters, lower-cased: `application/json-patch+json; charset=utf-8` -> `application/json-patch+json`. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType ? contentType.split(';')[0].trim().toLowerCase() : undefined;
}

/** The api-version an operation documents ("This should be set to '7.1' ..."), if it says. */
export function documentedApiVersion(operation: IHttpOperation): string | undefined {
  const param = (operation.request?.query || []).find((q) => 'name' in q && q.name === 'api-version');
  const description = param && 'description' in param ? param.description : undefined;
  const match = description ? /set to '([^']+)'/.exec(description) : null;
  return match ? match[1] : undefined;
}

export function checkRequest(operation: IHttpOperation, request: CheckedRequest): CheckFailure[] {
  const failures: CheckFailure[] = [];
  const declared = (operation.request?.body?.contents || []).map((c) => c.mediaType.toLowerCase());
  const mediaType = mediaTypeOf(request.contentType);
  if (declared.length > 0 && request.body !== undefined && (!mediaType || declared.indexOf(mediaType) < 0)) {
    failures.push({
      status: 415,
      message: `Content-Type must be ${declared.join(' or ')} for ${operation.method.toUpperCase()} ${operation.path} (got ${request.contentType || 'none'})`,
    });
  }
  const expectedVersion = documentedApiVersion(operation);
  const version = request.query['api-version'];
  if (expectedVersion && version === undefined) {
    failures.push({ status: 400, message: `api-version query parameter is required (this operation documents ${expectedVersion})` });
  } else if (expectedVersion && version !== expectedVersion) {
    failures.push({ status: 400, message: `api-version must be ${expectedVersion} for ${operation.path} (got ${JSON.stringify(version)})` });
  }
  if (declared.indexOf(JSON_PATCH) >= 0 && request.body !== undefined) {
    failures.push(...checkJsonPatch(request.body).map((message) => ({ status: 400 as const, message })));
  }
  return failures;
}

export function checkJsonPatch(body: unknown): string[] {
  if (!Array.isArray(body)) return ['JSON Patch document must be an array of operations'];
  if (body.length === 0) return ['JSON Patch document must contain at least one operation'];
  const errors: string[] = [];
  body.forEach((entry: unknown, i: number) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      errors.push(`operation ${i} must be an object`);
      return;
    }
    const op = entry as { [key: string]: unknown };
    if (typeof op.op !== 'string' || PATCH_OPS.indexOf(op.op) < 0) errors.push(`operation ${i}: op must be one of ${PATCH_OPS.join(', ')}`);
    if (typeof op.path !== 'string' || !op.path.startsWith('/')) errors.push(`operation ${i}: path must be a string starting with "/"`);
    const movesOrCopies = op.op === 'move' || op.op === 'copy';
    if (movesOrCopies && typeof op.from !== 'string') errors.push(`operation ${i}: ${op.op} needs a string "from"`);
    if (!movesOrCopies && 'from' in op) errors.push(`operation ${i}: "from" is only allowed on move/copy (omit it, do not send null)`);
    if ((op.op === 'add' || op.op === 'replace' || op.op === 'test') && !('value' in op)) errors.push(`operation ${i}: ${op.op} needs a "value"`);
  });
  return errors;
}
