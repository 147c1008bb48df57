// The fake project's work items: create/update through JSON Patch with the process's rules, revisions and updates
// (what hooks and GET .../updates carry), comments, and the recycle bin. Every committed change is reported to the
// listener synchronously (hooks snapshot it at once and deliver later).
import { adoErrors } from './ado-errors';
import { AdoFieldRegistry } from './ado-fields';
import { AdoIdentity } from './ado-identities';
import { AdoProcessDefinition, AdoWorkItemTypeDefinition, findWorkItemType, typeHasField } from './ado-processes';
import { AdoClock } from './ado-timestamps';
import { AttachmentStore } from './attachment-store';
import { applyPatch, Draft } from './work-item-patch';
import {
  AdoRelation,
  FieldChange,
  FieldValue,
  Fields,
  isIdentity,
  PatchOperation,
  snapshotOf,
  StoredComment,
  StoredWorkItem,
  WorkItemSnapshot,
  WorkItemUpdate,
} from './work-item-model';

export type WorkItemEvent =
  | { eventType: 'workitem.created'; item: StoredWorkItem; actor: AdoIdentity }
  | { eventType: 'workitem.updated'; item: StoredWorkItem; update: WorkItemUpdate; actor: AdoIdentity }
  | { eventType: 'workitem.commented'; item: StoredWorkItem; comment: string; actor: AdoIdentity }
  | { eventType: 'workitem.deleted'; item: StoredWorkItem; actor: AdoIdentity }
  | { eventType: 'workitem.restored'; item: StoredWorkItem; actor: AdoIdentity };

export interface WorkItemStoreContext {
  projectName: string;
  process: AdoProcessDefinition;
  fields: AdoFieldRegistry;
  attachments: AttachmentStore;
  clock: AdoClock;
  listener: (event: WorkItemEvent) => void;
}

const DEFAULT_PRIORITY = 2;
const PRIORITY_VALUES = [1, 2, 3, 4];
const OPEN_ENDED = '9999-01-01T00:00:00Z';

export class WorkItemStore {
  private readonly items = new Map<number, StoredWorkItem>();
  private nextId = 1;
  private nextCommentId = 1;
  private nextRelationId = 1;
  private watermark = 0;

  constructor(private readonly ctx: WorkItemStoreContext) {}

  /** POST .../workitems/$Type. With validateOnly the rules run and nothing is stored (the result has no id). */
  create(type: string, operations: PatchOperation[], actor: AdoIdentity, validateOnly: boolean): WorkItemSnapshot {
    const found = findWorkItemType(this.ctx.process, type);
    if (!found) throw adoErrors.workItemTypeNotFound(type, this.ctx.projectName);
    const now = this.ctx.clock.next();
    const draft = newDraft({}, []);
    applyPatch(draft, operations, this.patchContext(found.definition, undefined, now));
    const f = draft.fields;
    const initialState = found.definition.states[0];
    const defaults: Fields = {
      'System.AreaPath': this.ctx.projectName,
      'System.TeamProject': this.ctx.projectName,
      'System.IterationPath': this.ctx.projectName,
      'System.WorkItemType': found.name,
      'System.State': initialState,
      'System.Reason': found.definition.initialReason || 'New',
      'System.CreatedDate': now,
      'System.CreatedBy': actor,
      'System.ChangedDate': now,
      'System.ChangedBy': actor,
      'System.CommentCount': 0,
      'Microsoft.VSTS.Common.StateChangeDate': now,
      'Microsoft.VSTS.Common.Priority': DEFAULT_PRIORITY,
    };
    for (const ref of Object.keys(defaults)) if (f[ref] === undefined && !draft.written.has(ref)) f[ref] = defaults[ref];
    this.enforceRules(draft, found.name);
    if (f['System.State'] !== initialState && !draft.written.has('System.Reason')) f['System.Reason'] = `Moved to state ${f['System.State']}`;
    if (validateOnly) return { id: undefined, rev: 1, fields: f, relations: draft.relations };

    const id = this.nextId++;
    const fields: Fields = { 'System.Id': id, 'System.Rev': 1, ...f };
    const item: StoredWorkItem = { id, rev: 1, fields, relations: draft.relations, revisions: [], updates: [], comments: [] };
    const changes = this.bookkeepingChanges(undefined, now);
    for (const ref of Object.keys(fields)) changes[ref] = { newValue: fields[ref] };
    this.commit(item, { id: 1, workItemId: id, rev: 1, revisedBy: actor, revisedDate: OPEN_ENDED, fields: changes, ...relationChanges(draft) });
    this.items.set(id, item);
    this.ctx.listener({ eventType: 'workitem.created', item, actor });
    if (f['System.History'] !== undefined) this.ctx.listener({ eventType: 'workitem.commented', item, comment: String(f['System.History']), actor });
    return item;
  }

  /** PATCH .../workitems/{id}. A patch that changes nothing (e.g. only `test` ops) makes no revision. */
  update(id: number, operations: PatchOperation[], actor: AdoIdentity, validateOnly: boolean): WorkItemSnapshot {
    const item = this.get(id);
    const now = this.ctx.clock.next();
    const draft = newDraft(item.fields, item.relations);
    delete draft.fields['System.History'];
    const type = findWorkItemType(this.ctx.process, String(item.fields['System.WorkItemType']))!;
    applyPatch(draft, operations, this.patchContext(type.definition, item.rev, now));
    const f = draft.fields;
    const oldState = item.fields['System.State'];
    this.enforceRules(draft, String(item.fields['System.WorkItemType']));
    if (f['System.State'] !== oldState) {
      if (!draft.written.has('System.Reason')) f['System.Reason'] = `Moved to state ${f['System.State']}`;
      f['Microsoft.VSTS.Common.StateChangeDate'] = now;
    }
    const changes = diffFields(item.fields, f);
    if (Object.keys(changes).length === 0 && draft.addedRelations.length === 0 && draft.removedRelations.length === 0) return item;
    const rev = item.rev + 1;
    f['System.Rev'] = rev;
    f['System.ChangedDate'] = now;
    f['System.ChangedBy'] = actor;
    if (validateOnly) return { id, rev, fields: f, relations: draft.relations };
    return this.commitUpdate(item, draft, actor, now);
  }

  /** POST .../workItems/{id}/comments: exactly one new revision whose System.History is the comment, CommentCount + 1.
   * Microsoft's WIT 7.1 spec ties every comment to one work item revision (WorkItemCommentVersionRef.createdInRevision:
   * "the work item revision where this comment was originally added"; WorkItem.commentVersionRef: "the comment
   * added/edited/deleted in this revision"), and the answer is a Comment, which carries no rev (as in Microsoft's
   * example `comments_POST__wit_workitems__taskId__comments_create.json`): a client that tests /rev must count it. */
  addComment(id: number, text: string, actor: AdoIdentity): StoredComment {
    const item = this.get(id);
    const now = this.ctx.clock.next();
    const draft = newDraft(item.fields, item.relations);
    const count = Number(item.fields['System.CommentCount'] || 0) + 1;
    Object.assign(draft.fields, {
      'System.History': text,
      'System.CommentCount': count,
      'System.Rev': item.rev + 1,
      'System.ChangedDate': now,
      'System.ChangedBy': actor,
    });
    draft.written.add('System.History');
    const comment: StoredComment = {
      id: this.nextCommentId++,
      workItemId: id,
      version: 1,
      text,
      createdBy: actor,
      createdDate: now,
      modifiedBy: actor,
      modifiedDate: now,
      isDeleted: false,
    };
    item.comments.push(comment);
    this.commitUpdate(item, draft, actor, now);
    return comment;
  }

  /** Live (not deleted) work item, or 404 TF401232. */
  get(id: number): StoredWorkItem {
    const item = this.items.get(id);
    if (!item || item.deleted) throw adoErrors.workItemNotFound(id);
    return item;
  }

  find(id: number): StoredWorkItem | undefined {
    const item = this.items.get(id);
    return item && !item.deleted ? item : undefined;
  }

  live(): StoredWorkItem[] {
    return Array.from(this.items.values()).filter((i) => !i.deleted);
  }

  recycled(): StoredWorkItem[] {
    return Array.from(this.items.values()).filter((i) => i.deleted);
  }

  /** DELETE .../workitems/{id}: to the recycle bin, or gone for good with destroy=true. */
  delete(id: number, actor: AdoIdentity, destroy: boolean): StoredWorkItem {
    const item = this.items.get(id);
    if (!item || (item.deleted && !destroy)) throw adoErrors.workItemNotFound(id);
    if (destroy) {
      this.items.delete(id);
      return item;
    }
    item.deleted = { date: this.ctx.clock.next(), by: actor };
    this.ctx.listener({ eventType: 'workitem.deleted', item, actor });
    return item;
  }

  /** The recycle bin's entry, or 404. */
  recycledItem(id: number): StoredWorkItem {
    const item = this.items.get(id);
    if (!item || !item.deleted) throw adoErrors.workItemNotFound(id);
    return item;
  }

  /** PATCH .../recyclebin/{id} {"isDeleted": false}. */
  restore(id: number, actor: AdoIdentity): StoredWorkItem {
    const item = this.recycledItem(id);
    delete item.deleted;
    this.ctx.listener({ eventType: 'workitem.restored', item, actor });
    return item;
  }

  destroy(id: number): void {
    this.recycledItem(id);
    this.items.delete(id);
  }

  private patchContext(type: AdoWorkItemTypeDefinition, currentRev: number | undefined, timestamp: string) {
    const fields = this.ctx.fields;
    return {
      fields,
      attachments: this.ctx.attachments,
      currentRev,
      typeHasField: (referenceName: string) => typeHasField(type, referenceName, fields),
      timestamp,
      nextRelationId: () => this.nextRelationId++,
    };
  }

  /** Stores the draft (whose System.Rev/ChangedDate/ChangedBy are already set) as the next revision. */
  private commitUpdate(item: StoredWorkItem, draft: Draft, actor: AdoIdentity, now: string): StoredWorkItem {
    const rev = Number(draft.fields['System.Rev']);
    const changes = { ...this.bookkeepingChanges(item, now), ...diffFields(item.fields, draft.fields) };
    const update: WorkItemUpdate = { id: rev, workItemId: item.id, rev, revisedBy: actor, revisedDate: OPEN_ENDED, fields: changes, ...relationChanges(draft) };
    item.rev = rev;
    item.fields = draft.fields;
    item.relations = draft.relations;
    this.commit(item, update);
    this.ctx.listener({ eventType: 'workitem.updated', item, update, actor });
    const history = draft.fields['System.History'];
    if (history !== undefined) this.ctx.listener({ eventType: 'workitem.commented', item, comment: String(history), actor });
    return item;
  }

  private commit(item: StoredWorkItem, update: WorkItemUpdate): void {
    item.revisions.push(snapshotOf(item));
    item.updates.push(update);
  }

  /** System fields every update reports beside the item's own (as in Microsoft's workitem.updated sample). */
  private bookkeepingChanges(item: StoredWorkItem | undefined, now: string): WorkItemUpdate['fields'] {
    const previousDate = item ? String(item.fields['System.ChangedDate']) : undefined;
    const watermark = ++this.watermark;
    return {
      'System.AuthorizedDate': previousDate ? { oldValue: previousDate, newValue: now } : { newValue: now },
      'System.RevisedDate': previousDate ? { oldValue: now, newValue: OPEN_ENDED } : { newValue: OPEN_ENDED },
      'System.Watermark': previousDate ? { oldValue: watermark - 1, newValue: watermark } : { newValue: watermark },
    };
  }

  /** Whole-item rules: Title required, State from the type's states, Priority 1-4, paths under the project, Tags. */
  private enforceRules(draft: Draft, type: string): void {
    const f = draft.fields;
    const title = f['System.Title'];
    if (title === undefined || String(title).trim() === '') {
      throw adoErrors.ruleViolation('System.Title', 'Title', ['Required', 'InvalidEmpty'], "The field 'Title' cannot be empty.");
    }
    const states = findWorkItemType(this.ctx.process, type)!.definition.states;
    const state = f['System.State'] === undefined ? '' : String(f['System.State']);
    const canonical = states.find((s) => s.toLowerCase() === state.toLowerCase());
    if (!canonical) {
      throw adoErrors.ruleViolation(
        'System.State',
        'State',
        ['Required', 'HasValues', 'LimitedToValues', 'InvalidListValue'],
        `The field 'State' contains the value '${state}' that is not in the list of supported values`,
      );
    }
    f['System.State'] = canonical;
    const priority = f['Microsoft.VSTS.Common.Priority'];
    if (priority !== undefined && PRIORITY_VALUES.indexOf(Number(priority)) < 0) {
      throw adoErrors.ruleViolation(
        'Microsoft.VSTS.Common.Priority',
        'Priority',
        ['HasValues', 'LimitedToValues', 'InvalidListValue'],
        `The field 'Priority' contains the value '${priority}' that is not in the list of supported values`,
      );
    }
    for (const ref of ['System.AreaPath', 'System.IterationPath']) {
      const path = f[ref] === undefined ? undefined : String(f[ref]).toLowerCase();
      const project = this.ctx.projectName.toLowerCase();
      if (path !== undefined && path !== project && !path.startsWith(project + '\\')) throw adoErrors.invalidTreePath(ref);
    }
    if (f['System.Tags'] !== undefined) {
      const tags = normalizeTags(String(f['System.Tags']));
      if (tags) f['System.Tags'] = tags;
      else delete f['System.Tags'];
    }
  }
}

function newDraft(fields: Fields, relations: AdoRelation[]): Draft {
  const copy = JSON.parse(JSON.stringify({ fields, relations }));
  return { fields: copy.fields, relations: copy.relations, written: new Set(), addedRelations: [], removedRelations: [] };
}

function relationChanges(draft: Draft): Pick<WorkItemUpdate, 'relations'> {
  const relations: NonNullable<WorkItemUpdate['relations']> = {};
  if (draft.addedRelations.length > 0) relations.added = draft.addedRelations;
  if (draft.removedRelations.length > 0) relations.removed = draft.removedRelations;
  return Object.keys(relations).length > 0 ? { relations } : {};
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  return isIdentity(a) && isIdentity(b) ? a.uniqueName === b.uniqueName : a === b;
}

/** Field deltas between two revisions. History belongs to one revision, so it only ever shows its new value. */
function diffFields(before: Fields, after: Fields): { [ref: string]: FieldChange } {
  const changes: { [ref: string]: FieldChange } = {};
  for (const ref of Object.keys(after)) {
    if (before[ref] === undefined || ref === 'System.History') changes[ref] = { newValue: after[ref] };
    else if (!sameValue(before[ref], after[ref])) changes[ref] = { oldValue: before[ref], newValue: after[ref] };
  }
  for (const ref of Object.keys(before)) {
    if (after[ref] === undefined && ref !== 'System.History') changes[ref] = { oldValue: before[ref] };
  }
  return changes;
}

/** Azure DevOps stores tags as "a; b": trimmed, de-duplicated case-insensitively, sorted. */
export function normalizeTags(tags: string): string {
  const seen: { [lower: string]: string } = {};
  for (const tag of tags.split(';').map((t) => t.trim()).filter((t) => t !== '')) {
    if (!(tag.toLowerCase() in seen)) seen[tag.toLowerCase()] = tag;
  }
  return Object.keys(seen)
    .sort()
    .map((k) => seen[k])
    .join('; ');
}
