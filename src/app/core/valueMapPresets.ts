// The value map rows a new Azure DevOps connection is seeded with, by the process its project uses and, where the
// process gives its types different states, by the connection's work item type: an Agile Task has no Resolved state,
// a Scrum Task's states are To Do, In Progress and Done (Microsoft's process workflows; the fake's ado-processes.ts
// has each type's states). The admin edits them afterwards; these are only starting points. ServiceNow incident
// states: 1 New, 2 In Progress, 3 On Hold, 6 Resolved, 7 Closed (8 Canceled is left unmapped: each process treats
// cancelling differently).
import { SyncDirection, ValueMapRow } from './valueMap';

export type ValueMapPreset = 'basic' | 'agile' | 'scrum' | 'cmmi' | 'custom';

/** [ServiceNow value, Azure DevOps value, direction]; a 'both' row also answers the inbound lookup. */
type Pair = [string, string, SyncDirection];

var STATE_PAIRS: { [preset: string]: Pair[] } = {
  // Basic has three states, so two ServiceNow states fold into Doing and two into Done: only one of each folds back.
  basic: [
    ['1', 'To Do', 'both'],
    ['2', 'Doing', 'both'],
    ['3', 'Doing', 'outbound'],
    ['6', 'Done', 'both'],
    ['7', 'Done', 'outbound'],
  ],
  // User Story, Bug, Epic, Feature.
  agile: [
    ['1', 'New', 'both'],
    ['2', 'Active', 'both'],
    ['6', 'Resolved', 'both'],
    ['7', 'Closed', 'both'],
  ],
  // Bug, Product Backlog Item (New, Approved, Committed, Done, Removed): work under way is Committed; Approved (still
  // to start) is left unmapped rather than turned back into New.
  scrum: [
    ['1', 'New', 'both'],
    ['2', 'Committed', 'both'],
    ['3', 'Committed', 'outbound'],
    ['6', 'Done', 'both'],
    ['7', 'Done', 'outbound'],
  ],
  // Every CMMI type (Proposed, Active, Resolved, Closed).
  cmmi: [
    ['1', 'Proposed', 'both'],
    ['2', 'Active', 'both'],
    ['3', 'Active', 'outbound'],
    ['6', 'Resolved', 'both'],
    ['7', 'Closed', 'both'],
  ],
  // An inherited process with a Blocked state added: every state has its own counterpart.
  custom: [
    ['1', 'To Do', 'both'],
    ['2', 'Doing', 'both'],
    ['3', 'Blocked', 'both'],
    ['6', 'Done', 'both'],
    ['7', 'Closed', 'both'],
  ],
};

/** Types of a preset's process whose states differ from the preset's (by lower-case type name). */
var TYPE_STATE_PAIRS: { [preset: string]: { [type: string]: Pair[] } } = {
  // New, Active, Closed, Removed: a resolved incident's task is Closed.
  agile: {
    task: [
      ['1', 'New', 'both'],
      ['2', 'Active', 'both'],
      ['6', 'Closed', 'outbound'],
      ['7', 'Closed', 'both'],
    ],
  },
  // To Do, In Progress, Done, Removed.
  scrum: {
    task: [
      ['1', 'To Do', 'both'],
      ['2', 'In Progress', 'both'],
      ['3', 'In Progress', 'outbound'],
      ['6', 'Done', 'both'],
      ['7', 'Done', 'outbound'],
    ],
  },
};

// Azure DevOps priorities run 1..4; ServiceNow's 5 (Planning) goes out as 4 and never comes back as 5.
var PRIORITY_PAIRS: Pair[] = [
  ['1', '1', 'both'],
  ['2', '2', 'both'],
  ['3', '3', 'both'],
  ['4', '4', 'both'],
  ['5', '4', 'outbound'],
];

function rowsOf(field: string, pairs: Pair[]): ValueMapRow[] {
  var rows: ValueMapRow[] = [];
  for (var i = 0; i < pairs.length; i++) {
    rows.push({ field: field, direction: pairs[i][2], sn_value: pairs[i][0], remote_value: pairs[i][1], order: (i + 1) * 100 });
  }
  return rows;
}

export function isValueMapPreset(value: string): boolean {
  return Object.prototype.hasOwnProperty.call(STATE_PAIRS, value);
}

/** Fresh rows (the caller may change them) for a preset and the connection's work item type (names are
 * case-insensitive, as in Azure DevOps; absent: the preset's main types); an unknown preset throws. */
export function presetRows(preset: ValueMapPreset, workItemType?: string): ValueMapRow[] {
  if (!isValueMapPreset(preset)) throw new Error('Unknown value map preset: ' + preset);
  var byType = Object.prototype.hasOwnProperty.call(TYPE_STATE_PAIRS, preset) ? TYPE_STATE_PAIRS[preset] : {};
  var type = String(workItemType || '').trim().toLowerCase();
  var states = Object.prototype.hasOwnProperty.call(byType, type) ? byType[type] : STATE_PAIRS[preset];
  return rowsOf('state', states).concat(rowsOf('priority', PRIORITY_PAIRS));
}
