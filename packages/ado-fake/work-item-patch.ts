// Applies a JSON Patch document to a draft work item as Azure DevOps does: `/fields/<name>` (reference or display
// name) of a field the work item's type has, `/relations/-` and `/relations/<index>`, and `test` operations (a stale
// `test /rev` is 412 VS403351).
// Values are coerced to the field's type; rules that need the whole item (State, Title...) run afterwards.
import { adoErrors, AdoHttpError } from './ado-errors';
import { AdoFieldDefinition, AdoFieldRegistry, MAX_STRING_FIELD_LENGTH } from './ado-fields';
import { identityString, parseIdentity } from './ado-identities';
import { AttachmentStore } from './attachment-store';
import { AdoRelation, FieldValue, Fields, isIdentity, PatchOperation } from './work-item-model';

export interface Draft {
  fields: Fields;
  relations: AdoRelation[];
  /** reference names the patch wrote (History only survives in the revision that wrote it) */
  written: Set<string>;
  addedRelations: AdoRelation[];
  removedRelations: AdoRelation[];
}

export interface PatchContext {
  fields: AdoFieldRegistry;
  attachments: AttachmentStore;
  /** the stored rev, for `test /rev`; undefined while creating */
  currentRev: number | undefined;
  /** whether the work item's type has the field (reference name): another type's field is TF51535 too */
  typeHasField: (referenceName: string) => boolean;
  timestamp: string;
  nextRelationId: () => number;
}

/** Link types a relation may use (work item links, hyperlinks, attachments, artifact links). */
const RELATION_TYPES = [
  'Hyperlink',
  'AttachedFile',
  'ArtifactLink',
  'System.LinkTypes.Hierarchy-Forward',
  'System.LinkTypes.Hierarchy-Reverse',
  'System.LinkTypes.Related',
  'System.LinkTypes.Dependency-Forward',
  'System.LinkTypes.Dependency-Reverse',
  'System.LinkTypes.Duplicate-Forward',
  'System.LinkTypes.Duplicate-Reverse',
];

const OPEN_ENDED = '9999-01-01T00:00:00Z';

export function applyPatch(draft: Draft, operations: PatchOperation[], ctx: PatchContext): void {
  for (const operation of operations) {
    if (operation.op === 'move' || operation.op === 'copy') throw adoErrors.notSupportedByFake(`JSON Patch "${operation.op}"`);
    const segments = operation.path.split('/').slice(1);
    if (operation.path === '/rev') {
      if (operation.op !== 'test') throw adoErrors.patchFailed(`The operation ${operation.op} is not valid for path /rev; only test is.`);
      testRev(operation, ctx.currentRev);
    } else if (segments[0] === 'fields' && segments.length === 2) {
      applyFieldOperation(draft, operation, requireField(ctx, segments[1]));
    } else if (segments[0] === 'relations') {
      applyRelationOperation(draft, operation, segments.slice(1), ctx);
    } else {
      throw adoErrors.patchFailed(`The path ${operation.path} is not a valid work item patch path.`);
    }
  }
}

function testRev(operation: PatchOperation, currentRev: number | undefined): void {
  const expected = operation.value;
  if (currentRev === undefined || String(expected) !== String(currentRev)) throw adoErrors.testFailed('/rev', currentRev, expected);
}

function requireField(ctx: PatchContext, name: string): AdoFieldDefinition {
  const field = ctx.fields.find(decodeURIComponent(name));
  if (!field || !ctx.typeHasField(field.referenceName)) throw adoErrors.unknownField(name);
  return field;
}

function applyFieldOperation(draft: Draft, operation: PatchOperation, field: AdoFieldDefinition): void {
  const ref = field.referenceName;
  if (operation.op === 'test') {
    const current = draft.fields[ref];
    const shown = isIdentity(current) ? identityString(current) : current;
    const expected = operation.value;
    const same = isIdentity(current) ? parseIdentity(expected)?.uniqueName.toLowerCase() === current.uniqueName.toLowerCase() : String(shown) === String(expected);
    if (!same) throw adoErrors.testFailed(operation.path, shown, expected);
    return;
  }
  if (field.readOnly) throw adoErrors.readOnlyField(field.name);
  draft.written.add(ref);
  const clears = operation.op === 'remove' || operation.value === null || operation.value === '';
  if (clears) {
    delete draft.fields[ref];
  } else {
    draft.fields[ref] = coerce(field, operation.value);
  }
}

function coerce(field: AdoFieldDefinition, value: unknown): FieldValue {
  const invalid = (): AdoHttpError =>
    adoErrors.ruleViolation(field.referenceName, field.name, ['InvalidType'], `The value '${JSON.stringify(value)}' is not valid for field '${field.name}' (${field.type}).`);
  switch (field.type) {
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return parseInt(value, 10);
      throw invalid();
    case 'double':
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '' && !isNaN(Number(value))) return Number(value);
      throw invalid();
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw invalid();
    case 'identity': {
      const identity = parseIdentity(value);
      if (!identity) throw invalid();
      return identity;
    }
    default: {
      if (typeof value !== 'string' && typeof value !== 'number') throw invalid();
      const text = String(value);
      if (field.type === 'string' && text.length > MAX_STRING_FIELD_LENGTH) {
        throw adoErrors.ruleViolation(field.referenceName, field.name, ['InvalidTooLong'], `The field '${field.name}' is longer than ${MAX_STRING_FIELD_LENGTH} characters.`);
      }
      return text;
    }
  }
}

function applyRelationOperation(draft: Draft, operation: PatchOperation, rest: string[], ctx: PatchContext): void {
  if (operation.op === 'add' && rest.length === 1 && rest[0] === '-') {
    const relation = newRelation(operation.value, ctx);
    draft.relations.push(relation);
    draft.addedRelations.push(relation);
    return;
  }
  if (operation.op === 'remove' && rest.length === 1 && /^\d+$/.test(rest[0])) {
    const index = parseInt(rest[0], 10);
    if (index >= draft.relations.length) throw adoErrors.patchFailed(`Relation index ${index} is out of range (the work item has ${draft.relations.length}).`);
    draft.removedRelations.push(draft.relations.splice(index, 1)[0]);
    return;
  }
  throw adoErrors.notSupportedByFake(`JSON Patch "${operation.op}" on ${operation.path} (supported: add /relations/-, remove /relations/<index>)`);
}

function newRelation(value: unknown, ctx: PatchContext): AdoRelation {
  const v = (value || {}) as { rel?: unknown; url?: unknown; attributes?: unknown };
  if (typeof v.rel !== 'string' || RELATION_TYPES.indexOf(v.rel) < 0) {
    throw adoErrors.patchFailed(`Relation type ${JSON.stringify(v.rel)} is not a known link type (${RELATION_TYPES.join(', ')}).`);
  }
  if (typeof v.url !== 'string' || v.url === '') throw adoErrors.patchFailed('A relation needs a url.');
  const given = v.attributes !== null && typeof v.attributes === 'object' ? (v.attributes as { [name: string]: unknown }) : {};
  const attributes: { [name: string]: unknown } = {
    authorizedDate: ctx.timestamp,
    id: ctx.nextRelationId(),
    resourceCreatedDate: ctx.timestamp,
    resourceModifiedDate: ctx.timestamp,
    revisedDate: OPEN_ENDED,
  };
  if (v.rel === 'AttachedFile') {
    const attachment = ctx.attachments.fromUrl(v.url);
    if (!attachment) throw adoErrors.attachmentNotFound(v.url);
    attributes.resourceSize = attachment.bytes.length;
    attributes.name = attachment.fileName;
  }
  return { rel: v.rel, url: v.url, attributes: { ...attributes, ...given } };
}
