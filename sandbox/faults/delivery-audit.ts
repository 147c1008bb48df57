// What reached Azure DevOps, judged from both ends after a fault run: every change the harness made to an incident
// (its creation, each field change, each work note) counts as delivered when Azure DevOps ends up showing it (the
// work item's field holds the incident's final value, the note is among its comments), lost when it does not, and
// every extra copy (a second work item for one incident, a note posted twice) is a duplicate.
import type { Instance } from '@incb/glide-emulator';
import type { AdoFake } from '@incb/ado-fake';
import { ValueMap } from '../../src/app/core/valueMap';
import { presetRows } from '../../src/app/core/valueMapPresets';

/** The harness's record of what it did to each incident. */
export class ChangeLog {
  private readonly incidents: { [key: string]: { sysId: string; fields: { [field: string]: number }; notes: string[] } } = {};

  created(key: string, sysId: string): void {
    this.incidents[key] = { sysId, fields: {}, notes: [] };
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
  return answer.status === 200 ? JSON.parse(answer.body).comments.map((c: any) => String(c.text)) : [];
}

export function auditDelivery(instance: Instance, fake: AdoFake, changes: ChangeLog, pat: string): DeliveryAudit {
  const valueMap = new ValueMap(presetRows('basic'));
  const items = allWorkItems(fake);
  const audit: DeliveryAudit = { incidents: 0, changesMade: 0, changesDelivered: 0, lost: 0, duplicates: 0, duplicateWorkItems: 0, duplicateComments: 0, deadEntries: 0, lostDetail: [] };
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
  }
  audit.duplicates = audit.duplicateWorkItems + audit.duplicateComments;
  audit.deadEntries = instance.db.rows('x_incb_bridge_outbox', 'state=dead').length;
  return audit;
}
