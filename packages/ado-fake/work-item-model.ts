// The fake's stored shape of a work item, its revisions, updates and comments (serialised by work-item-json.ts).
import { AdoIdentity } from './ado-identities';

export type FieldValue = string | number | boolean | AdoIdentity;
export type Fields = { [referenceName: string]: FieldValue };

export interface AdoRelation {
  rel: string;
  url: string;
  attributes: { [name: string]: unknown };
}

export interface FieldChange {
  oldValue?: FieldValue;
  newValue?: FieldValue;
}

/** One revision's delta, as GET .../updates and the workitem.updated hook carry it. */
export interface WorkItemUpdate {
  id: number;
  workItemId: number;
  rev: number;
  revisedBy: AdoIdentity;
  revisedDate: string;
  fields: { [referenceName: string]: FieldChange };
  relations?: { added?: AdoRelation[]; removed?: AdoRelation[] };
}

export interface WorkItemSnapshot {
  /** undefined for a validateOnly create, which assigns no id */
  id: number | undefined;
  rev: number;
  fields: Fields;
  relations: AdoRelation[];
}

export interface StoredComment {
  id: number;
  workItemId: number;
  version: number;
  text: string;
  createdBy: AdoIdentity;
  createdDate: string;
  modifiedBy: AdoIdentity;
  modifiedDate: string;
  isDeleted: boolean;
}

export interface StoredWorkItem extends WorkItemSnapshot {
  id: number;
  revisions: WorkItemSnapshot[];
  updates: WorkItemUpdate[];
  comments: StoredComment[];
  deleted?: { date: string; by: AdoIdentity };
}

export interface PatchOperation {
  op: string;
  path: string;
  value?: unknown;
  from?: string;
}

export function isIdentity(value: FieldValue | undefined): value is AdoIdentity {
  return value !== null && typeof value === 'object';
}

/** Deep copy of a snapshot, so later changes cannot alter what was already returned or queued for delivery. */
export function snapshotOf(item: WorkItemSnapshot): WorkItemSnapshot {
  return JSON.parse(JSON.stringify({ id: item.id, rev: item.rev, fields: item.fields, relations: item.relations }));
}
