// Applies `spec-overrides.json` (edits kept as DATA beside Microsoft's spec) to the raw WIT swagger text. Each step
// is one small, explicit action; an unknown action or a pointer that does not resolve is an error, so a changed
// overrides file can never be half-applied silently.
import { createHash } from 'crypto';

export interface SpecOverrideStep {
  action: 'stripLeadingUtf8Bom' | 'deleteKeyEverywhere' | 'replace' | 'set' | 'deleteKey' | 'appendToEveryOperationSecurity';
  key?: string;
  pointer?: string;
  value?: unknown;
  reason?: string;
}

export interface SpecOverrides {
  appliesTo: { repository: string; path: string; commit: string; sha256: string };
  steps: SpecOverrideStep[];
}

/**
 * Known mistakes in the `appliesTo.sha256` of shipped overrides files: named hash -> the hash actually meant.
 * The copy in ../shared/ado-spec names 8addab0c..., which is the sha256 of specification/hooks/7.1/serviceHooks.json
 * at the same commit. Checked against MicrosoftDocs/vsts-rest-api-specs@adb28786 with git: the path it names,
 * specification/wit/7.1/workItemTracking.json, hashes to 08e2a20f... and is byte-identical to our file. Only this
 * exact substitution is accepted, so the check still pins the spec to one known byte sequence.
 */
const KNOWN_SHA256_ERRATA: { [named: string]: string } = {
  '8addab0cd9aa299a5430849cc5e0ac897e3306e2abc8775d5266c8aefc318982':
    '08e2a20ff9337f06a714066be91e12fccf68ee0ee6e2ae917ee2cae08cd18025',
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

export interface AppliedSpec {
  document: SwaggerDocument;
  sha256: string;
  /** true when the file matched through KNOWN_SHA256_ERRATA rather than the hash the overrides name */
  sha256Erratum: boolean;
}

// Swagger is untyped JSON here; the loader only walks it generically.
export type SwaggerDocument = { [key: string]: any };

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Verifies the spec bytes against the hash the overrides name, then applies every step in order. */
export function applySpecOverrides(specBytes: Buffer, overrides: SpecOverrides): AppliedSpec {
  const actual = sha256Hex(specBytes);
  const named = overrides.appliesTo.sha256;
  const sha256Erratum = actual !== named && KNOWN_SHA256_ERRATA[named] === actual;
  if (actual !== named && !sha256Erratum) {
    throw new Error(
      `The WIT spec's sha256 is ${actual}, but spec-overrides.json was written for ${named} ` +
        `(${overrides.appliesTo.repository}@${overrides.appliesTo.commit}:${overrides.appliesTo.path}). ` +
        `Refusing to apply the overrides to a different file.`,
    );
  }
  let text = specBytes.toString('utf8');
  let document: SwaggerDocument | undefined;
  const parsed = (): SwaggerDocument => (document = document || JSON.parse(text));
  for (const step of overrides.steps) {
    if (step.action === 'stripLeadingUtf8Bom') {
      if (document) throw new Error('stripLeadingUtf8Bom must come before any step that edits the parsed document');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    } else if (step.action === 'deleteKeyEverywhere') {
      deleteKeyEverywhere(parsed(), required(step, 'key'));
    } else if (step.action === 'replace') {
      const { parent, key } = resolveParent(parsed(), required(step, 'pointer'));
      if (!(key in parent)) throw new Error(`replace: ${step.pointer} does not exist`);
      parent[key] = clone(step.value);
    } else if (step.action === 'set') {
      const { parent, key } = resolveParent(parsed(), required(step, 'pointer'));
      parent[key] = clone(step.value);
    } else if (step.action === 'deleteKey') {
      const { parent, key } = resolveParent(parsed(), required(step, 'pointer'));
      if (!(key in parent)) throw new Error(`deleteKey: ${step.pointer} does not exist`);
      delete parent[key];
    } else if (step.action === 'appendToEveryOperationSecurity') {
      appendToEveryOperationSecurity(parsed(), step.value);
    } else {
      throw new Error(`Unknown spec override action: ${JSON.stringify((step as { action: unknown }).action)}`);
    }
  }
  return { document: parsed(), sha256: actual, sha256Erratum };
}

function required(step: SpecOverrideStep, field: 'key' | 'pointer'): string {
  const value = step[field];
  if (typeof value !== 'string') throw new Error(`${step.action} needs a string "${field}"`);
  return value;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

function deleteKeyEverywhere(node: unknown, key: string): void {
  if (Array.isArray(node)) {
    node.forEach((item) => deleteKeyEverywhere(item, key));
  } else if (node !== null && typeof node === 'object') {
    const record = node as { [k: string]: unknown };
    delete record[key];
    Object.keys(record).forEach((k) => deleteKeyEverywhere(record[k], key));
  }
}

/** RFC 6901: the object holding the pointer's last token, which must exist. */
function resolveParent(document: SwaggerDocument, pointer: string): { parent: SwaggerDocument; key: string } {
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON pointer: ${pointer}`);
  const tokens = pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let parent: SwaggerDocument = document;
  for (const token of tokens.slice(0, -1)) {
    const next = parent[token];
    if (next === null || typeof next !== 'object') throw new Error(`JSON pointer ${pointer} does not resolve at "${token}"`);
    parent = next;
  }
  return { parent, key: tokens[tokens.length - 1] };
}

function appendToEveryOperationSecurity(document: SwaggerDocument, requirement: unknown): void {
  for (const pathsKey of ['paths', 'x-ms-paths']) {
    const paths = document[pathsKey] || {};
    for (const template of Object.keys(paths)) {
      for (const method of HTTP_METHODS) {
        const operation = paths[template][method];
        if (operation && Array.isArray(operation.security)) operation.security.push(clone(requirement));
      }
    }
  }
}
