// What reached the incidents from Azure DevOps, judged from both ends after an inbound fault run: every change the
// remote user made to a work item (each field it set, each comment) counts as delivered when the incident ends up
// showing it (the incident's mapped field holds what the value maps give for the work item's final value, the
// comment is among the incident's journal entries), lost when it does not; every extra copy of a comment in the
// journal is a duplicate. (A field set twice to the same value is not a duplicate: the incident's audit history may
// show it twice, its data is the same.)
import type { Instance } from '@incb/glide-emulator';
import type { AdoFake } from '@incb/ado-fake';
import { defaultDescriptionField, fieldMapFor, FieldMapping } from '../../src/app/core/fieldMap';
import { htmlToText } from '../../src/app/core/html';
import { ValueMap } from '../../src/app/core/valueMap';
import { presetRows } from '../../src/app/core/valueMapPresets';

/** The harness's record of what the remote user did to each work item. */
export class RemoteChangeLog {
  private readonly items: { [id: number]: { fields: { [remoteField: string]: number }; comments: string[] } } = {};

  private item(id: number) {
    return this.items[id] || (this.items[id] = { fields: {}, comments: [] });
  }
  changed(id: number, remoteField: string): void {
    const item = this.item(id);
    item.fields[remoteField] = (item.fields[remoteField] || 0) + 1;
  }
  /** `marker`: text unique to this comment, found in its journal entry */
  commented(id: number, marker: string): void {
    this.item(id).comments.push(marker);
  }
  all() {
    return Object.keys(this.items).map((id) => ({ id: Number(id), ...this.items[Number(id)] }));
  }
}

export interface InboundAudit {
  workItems: number;
  changesMade: number;
  changesDelivered: number;
  lost: number;
  /** comments in an incident's journal more than once (extra copies) */
  duplicates: number;
  /** the first few losses and duplicates, for whoever has to find out why */
  detail: string[];
}

/** What the incident's field should hold for the work item's value: the inbound value map, or, when the incident's
 * value is one that goes out as this remote value (Basic sends On Hold as Doing), that value unchanged. */
function matches(valueMap: ValueMap, mapping: FieldMapping, remote: any, incident: { [field: string]: string }, number: string): boolean {
  const actual = incident[mapping.sn] || '';
  const text = remote === undefined || remote === null ? '' : String(remote);
  if (mapping.valueMap) return valueMap.toLocal(mapping.valueMap, text) === actual || valueMap.toRemote(mapping.valueMap, actual) === text;
  if (mapping.format === 'html') return htmlToText(text) === actual;
  if (mapping.format === 'title') return (text.indexOf(number + ': ') === 0 ? text.slice(number.length + 2) : text) === actual;
  return text === actual;
}

export function auditInbound(instance: Instance, fake: AdoFake, connection: string, changes: RemoteChangeLog): InboundAudit {
  const valueMap = new ValueMap(presetRows('basic'));
  // The connection's field map, as the app builds it (its description field, else its work item type's default).
  const settings = instance.db.get('x_incb_bridge_connection', connection)!;
  const fieldMap = fieldMapFor(settings.ado_description_field || defaultDescriptionField(settings.ado_work_item_type || 'Task'));
  const audit: InboundAudit = { workItems: 0, changesMade: 0, changesDelivered: 0, lost: 0, duplicates: 0, detail: [] };
  const note = (why: string) => audit.detail.length < 10 && audit.detail.push(why);
  for (const item of changes.all()) {
    audit.workItems++;
    const fieldChanges = Object.keys(item.fields).reduce((n, f) => n + item.fields[f], 0);
    audit.changesMade += fieldChanges + item.comments.length;
    const link = instance.db.rows('x_incb_bridge_link', `connection=${connection}^remote_id=${item.id}`)[0];
    const incident = link && instance.db.get('incident', link.incident);
    if (!incident) {
      audit.lost += fieldChanges + item.comments.length;
      note(`work item ${item.id}: no linked incident`);
      continue;
    }
    const workItem = fake.workItem(item.id) as any;
    for (const remoteField of Object.keys(item.fields)) {
      const mapping = fieldMap.filter((m) => m.remote === remoteField)[0];
      if (matches(valueMap, mapping, workItem.fields[remoteField], incident, incident.number)) audit.changesDelivered += item.fields[remoteField];
      else {
        audit.lost += item.fields[remoteField];
        note(`${incident.number}: ${mapping.sn} is ${JSON.stringify(incident[mapping.sn])}, work item ${item.id} has ${remoteField} ${JSON.stringify(workItem.fields[remoteField])}`);
      }
    }
    const journal = instance.db.rows('sys_journal_field', `element_id=${incident.sys_id}`).map((j) => j.value);
    for (const marker of item.comments) {
      const copies = journal.filter((value) => value.indexOf(marker) >= 0).length;
      if (copies > 0) audit.changesDelivered++;
      else {
        audit.lost++;
        note(`${incident.number}: comment ${JSON.stringify(marker)} is not in the journal`);
      }
      if (copies > 1) {
        audit.duplicates += copies - 1;
        note(`${incident.number}: comment ${JSON.stringify(marker)} is in the journal ${copies} times`);
      }
    }
  }
  return audit;
}
