// The value map rows a new Azure DevOps connection is seeded with, by the process its project uses. The admin edits
// them afterwards; these are only starting points. ServiceNow incident states: 1 New, 2 In Progress, 3 On Hold,
// 6 Resolved, 7 Closed (8 Canceled is left unmapped: each process treats cancelling differently).
import { SyncDirection, ValueMapRow } from './valueMap';

export type ValueMapPreset = 'basic' | 'agile' | 'custom';

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
  agile: [
    ['1', 'New', 'both'],
    ['2', 'Active', 'both'],
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

/** Fresh rows (the caller may change them) for a preset; an unknown preset throws. */
export function presetRows(preset: ValueMapPreset): ValueMapRow[] {
  if (!isValueMapPreset(preset)) throw new Error('Unknown value map preset: ' + preset);
  return rowsOf('state', STATE_PAIRS[preset]).concat(rowsOf('priority', PRIORITY_PAIRS));
}
