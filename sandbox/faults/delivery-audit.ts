// What reached Azure DevOps, judged from both ends after a fault run: every change the harness made to an incident
// (its creation, each field change, each work note) counts as delivered when Azure DevOps ends up showing it (the
// work item's field holds the incident's final value, the note is among its comments), lost when it does not, and
// every extra copy (a second work item for one incident, a note posted twice) is a duplicate.
import type { Instance } from '@incb/glide-emulator';
import type { AdoFake } from '@incb/ado-fake';
import { ValueMap } from '../../src/app/core/valueMap';
import { presetRows } from '../../src/app/core/valueMapPresets';

/** An incident's mapped fields as one save left them (what Azure DevOps should show, in that order). */
export type IncidentValues = { [snField: string]: string };

/** The harness's record of what it did to each incident. */
export class ChangeLog {
  private readonly incidents: { [key: string]: { sysId: string; fields: { [field: string]: number }; notes: string[]; history: IncidentValues[] } } = {};

  created(key: string, sysId: string): void {
    this.incidents[key] = { sysId, fields: {}, notes: [], history: [] };
  }
  /** The incident's fields after a save (in the order of the saves): the order its changes must reach Azure DevOps. */
  saw(key: string, row: { [field: string]: string }): void {
    this.incidents[key].history.push({ short_description: `${row.number}: ${row.short_description}`, state: row.state, priority: row.priority });
  }
  changed(key: string, field: string): void {
    const incident = this.incidents[key];
    incident.fields[field] = (incident.fields[field] || 0) + 1;
  }
  noted(key: string, text: string): void {
    this.incidents[key].notes.push(text);
  }
  sysIdOf(key: string): string {
    return this.incidents[key].sysId;
  }
  all() {
    return Object.keys(this.incidents).map((key) => ({ key, ...this.incidents[key] }));
  }
}

export interface DeliveryAudit {
  incidents: number;
  changesMade: number;
  changesDelivered: number;
  lost: number;
  duplicates: number;
  duplicateWorkItems: number;
  duplicateComments: number;
  /** outbox entries an admin would have to retry (not lost: recorded, and notified) */
  deadEntries: number;
  /** the first few losses, for whoever has to find out why */
  lostDetail: string[];
  /** incidents whose changes reached Azure DevOps out of order: a field's values over the work item's revisions are
   * not in the order the incident took them, or its notes are not in the order they were written */
  orderBroken: number;
  /** incidents whose order could be checked (a history of saves was kept) */
  orderChecked: number;
  orderDetail: string[];
}

/** Whether `seen` (consecutive repeats dropped) is a subsequence of `made` (a value sent again after a failure, or a
 * later change coalesced away, keeps the order; an older value after a newer one does not). Greedy: the earliest
 * match is always as good as any. */
function inOrder(made: string[], seen: string[]): boolean {
  let at = 0;
  let last: string | undefined;
  for (const value of seen) {
    if (value === last) continue;
    last = value;
    while (at < made.length && made[at] !== value) at++;
    if (at === made.length) return false;
  }
  return true;
}

function revisionsOf(fake: AdoFake, id: number, pat: string): Array<{ [field: string]: unknown }> {
  const answer = fake.handleSync({
    method: 'GET',
    url: `${fake.organizationUrl}/${fake.project}/_apis/wit/workItems/${id}/revisions?api-version=7.1`,
    headers: { Authorization: 'Basic ' + Buffer.from(':' + pat).toString('base64') },
  });
  return answer.status === 200 ? JSON.parse(answer.body).value.map((r: any) => r.fields) : [];
}

const FIELDS: { [snField: string]: string } = { short_description: 'System.Title', state: 'System.State', priority: 'Microsoft.VSTS.Common.Priority' };

function allWorkItems(fake: AdoFake): any[] {
  const items: any[] = [];
  for (let id = 1; id <= fake.state().workItems + fake.state().recycleBin; id++) {
    const item = fake.workItem(id);
    if (item) items.push(item);
  }
  return items;
}

function commentTexts(fake: AdoFake, id: number, pat: string): string[] {
  const answer = fake.handleSync({
    method: 'GET',
    url: `${fake.organizationUrl}/${fake.project}/_apis/wit/workItems/${id}/comments?api-version=7.1-preview.4&$top=200`,
    headers: { Authorization: 'Basic ' + Buffer.from(':' + pat).toString('base64') },
  });
  // oldest first (the API's default order is newest first)
  return answer.status === 200 ? JSON.parse(answer.body).comments.map((c: any) => String(c.text)).reverse() : [];
}

export function auditDelivery(instance: Instance, fake: AdoFake, changes: ChangeLog, pat: string): DeliveryAudit {
  const valueMap = new ValueMap(presetRows('basic'));
  const items = allWorkItems(fake);
  const audit: DeliveryAudit = { incidents: 0, changesMade: 0, changesDelivered: 0, lost: 0, duplicates: 0, duplicateWorkItems: 0, duplicateComments: 0, deadEntries: 0, lostDetail: [], orderBroken: 0, orderChecked: 0, orderDetail: [] };
  const lose = (count: number, why: string) => {
    audit.lost += count;
    if (count > 0 && audit.lostDetail.length < 10) audit.lostDetail.push(why);
  };
  for (const incident of changes.all()) {
    audit.incidents++;
    const row = instance.db.get('incident', incident.sysId)!;
    const fieldChanges = Object.keys(incident.fields).reduce((n, f) => n + incident.fields[f], 0);
    const made = 1 + fieldChanges + incident.notes.length;
    audit.changesMade += made;
    const mine = items.filter((item) => String(item.fields['System.Tags'] || '').split(';').map((t: string) => t.trim()).indexOf(row.number) >= 0);
    audit.duplicateWorkItems += Math.max(0, mine.length - 1);
    if (mine.length === 0) {
      lose(made, `${row.number}: no work item`);
      continue;
    }
    const link = instance.db.rows('x_incb_bridge_link', `incident=${incident.sysId}^remote_idISNOTEMPTY`)[0];
    const item = (link && mine.find((i) => String(i.id) === link.remote_id)) || mine[0];
    let delivered = 1;
    const expected: { [snField: string]: string } = {
      short_description: `${row.number}: ${row.short_description}`,
      state: valueMap.toRemote('state', row.state) || '',
      priority: valueMap.toRemote('priority', row.priority) || '',
    };
    for (const field of Object.keys(incident.fields)) {
      const actual = String(item.fields[FIELDS[field]]);
      if (actual === expected[field]) delivered += incident.fields[field];
      else lose(incident.fields[field], `${row.number}: ${FIELDS[field]} is ${JSON.stringify(actual)}, the incident has ${JSON.stringify(expected[field])}`);
    }
    const texts = commentTexts(fake, item.id, pat);
    for (const note of incident.notes) {
      const copies = texts.filter((t) => t.indexOf(note) >= 0).length;
      if (copies > 0) delivered++;
      else lose(1, `${row.number}: note ${JSON.stringify(note)} is not among the comments`);
      audit.duplicateComments += Math.max(0, copies - 1);
    }
    audit.changesDelivered += delivered;
    if (incident.history.length) {
      audit.orderChecked++;
      const why = orderProblem(incident.history, revisionsOf(fake, item.id, pat), incident.notes, texts, valueMap);
      if (why) {
        audit.orderBroken++;
        if (audit.orderDetail.length < 10) audit.orderDetail.push(`${row.number}: ${why}`);
      }
    }
  }
  audit.duplicates = audit.duplicateWorkItems + audit.duplicateComments;
  audit.deadEntries = instance.db.rows('x_incb_bridge_outbox', 'state=dead').length;
  return audit;
}

/** Why the work item's revisions or comments are out of the incident's order ('' when they are not). */
function orderProblem(history: IncidentValues[], revisions: Array<{ [field: string]: unknown }>, notes: string[], comments: string[], valueMap: ValueMap): string {
  for (const field of Object.keys(FIELDS)) {
    const remote = (value: string) => (field === 'short_description' ? value : valueMap.toRemote(field, value) || '');
    const made = history.map((values) => remote(values[field]));
    const seen = revisions.map((fields) => (fields[FIELDS[field]] === undefined ? '' : String(fields[FIELDS[field]])));
    if (!inOrder(made, seen)) return `${FIELDS[field]} went ${JSON.stringify(seen)}, the incident ${JSON.stringify(made)}`;
  }
  // each note's first copy: its comment, and where in it (coalesced notes share one comment)
  let last = [-1, -1];
  for (const note of notes) {
    const at = comments.findIndex((text) => text.indexOf(note) >= 0);
    if (at < 0) continue;
    const place = [at, comments[at].indexOf(note)];
    if (place[0] < last[0] || (place[0] === last[0] && place[1] < last[1])) return `note ${JSON.stringify(note)} came before an older one`;
    last = place;
  }
  return '';
}
