// The JSON Patch documents that create and update an Azure DevOps work item from an incident. Values come from the
// snapshot (read at send time) and go to the fields of the connection's field map (the description's field depends
// on its work item type); state and priority go through the connection's value map, and a value without a mapping
// is reported in `skipped` and left out: sending ServiceNow's raw '6' as a state would be rejected or wrong.
import { FieldMapping, outboundFields } from './fieldMap';
import { textToHtml } from './html';
import { IncidentSnapshot, snapshotValue } from './incidentSnapshot';
import { fieldPath, JsonPatchOp, patchOp } from './jsonPatch';
import { ValueMap } from './valueMap';

export interface SkippedField {
  /** incident field name */
  field: string;
  /** the incident's stored value that could not be sent */
  value: string;
  reason: string;
}

export interface PatchBuild {
  ops: JsonPatchOp[];
  skipped: SkippedField[];
}

/** System.Title is a 255-character single-line field. */
export var TITLE_MAX_LENGTH = 255;
var ELLIPSIS = '...';

/** `INC0010001: short description`, on one line, cut to TITLE_MAX_LENGTH with an ellipsis (never inside a
 * surrogate pair, which would leave half a character). */
export function workItemTitle(number: string, shortDescription: string): string {
  var text = String(shortDescription || '').replace(/[\r\n\t]+/g, ' ').trim();
  var title = text === '' ? number : number + ': ' + text;
  if (title.length <= TITLE_MAX_LENGTH) return title;
  var cut = TITLE_MAX_LENGTH - ELLIPSIS.length;
  var code = title.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return title.substring(0, cut) + ELLIPSIS;
}

/** The op that sets one mapped field, or a skipped entry when its value has no mapping. */
function fieldOp(mapping: FieldMapping, snapshot: IncidentSnapshot, valueMap: ValueMap, build: PatchBuild) {
  var value = snapshotValue(snapshot, mapping.sn);
  var remote: any;
  if (mapping.format === 'title') {
    remote = workItemTitle(snapshot.number, value);
  } else if (mapping.format === 'html') {
    remote = textToHtml(value);
  } else if (mapping.valueMap) {
    remote = valueMap.toRemote(mapping.valueMap, value);
    if (remote === null) {
      build.skipped.push({ field: mapping.sn, value: value, reason: 'no outbound ' + mapping.valueMap + ' value map entry for ' + JSON.stringify(value) });
      return;
    }
  } else {
    remote = value;
  }
  // Azure DevOps treats `add` on a field as set-or-replace, so it is right for both new and existing values.
  build.ops.push(patchOp('add', fieldPath(mapping.remote), remote));
}

/** Everything the work item starts with: the fields of `fieldMap` that have a value, the tags that mark it as ours
 * and a Hyperlink back to the incident. */
export function buildCreatePatch(snapshot: IncidentSnapshot, valueMap: ValueMap, fieldMap: FieldMapping[]): PatchBuild {
  var build: PatchBuild = { ops: [], skipped: [] };
  var mappings = outboundFields(fieldMap);
  for (var i = 0; i < mappings.length; i++) {
    // The title is always sent (a work item needs one); other empty fields are simply not set.
    if (mappings[i].format !== 'title' && snapshotValue(snapshot, mappings[i].sn) === '') continue;
    fieldOp(mappings[i], snapshot, valueMap, build);
  }
  build.ops = build.ops.concat(ownershipOps(snapshot));
  return build;
}

/** What marks a work item as the incident's (findCreatedWorkItem looks for both): the tags and the Hyperlink back. */
export function ownershipOps(snapshot: IncidentSnapshot): JsonPatchOp[] {
  return [patchOp('add', fieldPath('System.Tags'), 'ServiceNow; ' + snapshot.number), patchOp('add', '/relations/-', { rel: 'Hyperlink', url: snapshot.url })];
}

/** Ops setting remote fields to values the engine already converted (the connector's create and update). */
export function fieldValueOps(values: Array<{ field: string; value: any }>): JsonPatchOp[] {
  var ops: JsonPatchOp[] = [];
  for (var i = 0; i < values.length; i++) ops.push(patchOp('add', fieldPath(values[i].field), values[i].value));
  return ops;
}

/** `test /rev` (optimistic concurrency: a stale rev gets 412) then the changed mapped fields, in `fieldMap` order.
 * An emptied field is sent as empty so the work item follows. No field to send -> no ops at all. */
export function buildUpdatePatch(snapshot: IncidentSnapshot, changedFields: string[], rev: number, valueMap: ValueMap, fieldMap: FieldMapping[]): PatchBuild {
  var build: PatchBuild = { ops: [], skipped: [] };
  var mappings = outboundFields(fieldMap);
  for (var i = 0; i < mappings.length; i++) {
    if (changedFields.indexOf(mappings[i].sn) >= 0) fieldOp(mappings[i], snapshot, valueMap, build);
  }
  if (build.ops.length > 0) build.ops.unshift(patchOp('test', '/rev', rev));
  return build;
}
