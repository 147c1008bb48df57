// Turns a Swagger 2 document into Prism's operation list, synchronously. This is what prism-http's own
// getHttpOperationsFromSpec does (transform, then bundle each operation's $refs into it) minus the asynchronous
// $ref dereferencing step, which only matters for refs to other files; we refuse documents that have any.
import { bundleTarget } from '@stoplight/json';
import { transformOas2Operations } from '@stoplight/http-spec/oas2/operation';
import type { IHttpOperation } from '@stoplight/types';
import { SwaggerDocument } from './spec-overrides';

export function toPrismOperations(document: SwaggerDocument): IHttpOperation[] {
  const external = findExternalRef(document);
  if (external) throw new Error(`The spec refers to another file (${external}); only local "#/..." refs are supported`);
  // http-spec's Swagger 2 typings are stricter than a parsed JSON file; the document was shape-checked by Microsoft.
  return transformOas2Operations(document as Parameters<typeof transformOas2Operations>[0]).map((operation) =>
    bundleTarget({ document: { ...document, __target__: operation }, path: '#/__target__', cloneDocument: false }) as IHttpOperation,
  );
}

function findExternalRef(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findExternalRef(item);
      if (found) return found;
    }
  } else if (node !== null && typeof node === 'object') {
    const record = node as { [key: string]: unknown };
    if (typeof record.$ref === 'string' && !record.$ref.startsWith('#')) return record.$ref;
    for (const key of Object.keys(record)) {
      const found = findExternalRef(record[key]);
      if (found) return found;
    }
  }
  return undefined;
}
