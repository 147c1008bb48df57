// JSON Patch (RFC 6902) operations as Azure DevOps' work item API takes them. Azure DevOps rejects a `from` member
// on ops other than move/copy when it is present but null, so an op is built without keys it does not need.

export type JsonPatchOpName = 'add' | 'remove' | 'replace' | 'test' | 'move' | 'copy';

export interface JsonPatchOp {
  op: JsonPatchOpName;
  path: string;
  value?: any;
  from?: string;
}

/** One op; `value` is left out entirely when undefined (remove), and `from` is never set. */
export function patchOp(op: JsonPatchOpName, path: string, value?: any): JsonPatchOp {
  var built: JsonPatchOp = { op: op, path: path };
  if (value !== undefined) built.value = value;
  return built;
}

/** JSON Pointer path of a work item field, e.g. `System.Title` -> `/fields/System.Title` (RFC 6901 escaping). */
export function fieldPath(refName: string): string {
  return '/fields/' + String(refName).replace(/~/g, '~0').replace(/\//g, '~1');
}
