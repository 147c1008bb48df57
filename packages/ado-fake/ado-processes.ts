// Work item types, their states and their fields per process (Microsoft's Basic/Agile/Scrum/CMMI defaults).
// Organisations customise processes, so a project can pass its own definition; the sync must map states by
// configuration.
//
// Fields, from Microsoft's field reference (MicrosoftDocs/azure-devops-docs, docs/boards/queries and
// docs/boards/work-items/guidance): the System.* fields are "core system field[s] assigned to all work item types for
// all processes" (work-item-field.md), Description included ("Work item type: All", titles-ids-descriptions.md);
// Priority is on every type the processes define (planning-ranking-priorities.md, basic-field-reference.md);
// Severity on Bug and, in CMMI, Issue (planning-ranking-priorities.md); Repro Steps (Microsoft.VSTS.TCM.ReproSteps,
// "Steps to reproduce") on Bug only (titles-ids-descriptions.md), which is also the field the Bug form shows for
// what went wrong (manage-bugs.md: "you capture the code defect in the Title, Steps to Reproduce, and other
// fields"). Writing a field the type does not have is refused like an unknown one (TF51535).

import { AdoFieldRegistry } from './ado-fields';

export interface AdoWorkItemTypeDefinition {
  states: string[];
  /** System.Reason of a new work item; later state changes get "Moved to state <State>" (the inherited-process default) */
  initialReason?: string;
  /** reference names of the type's fields beyond the System.* ones (which every type has) and the project's custom
   * fields (which the fake puts on every type); absent: COMMON_FIELDS */
  fields?: string[];
}

/** The non-System fields every type of the four processes has. */
export const COMMON_FIELDS = ['Microsoft.VSTS.Common.Priority', 'Microsoft.VSTS.Common.StateChangeDate'];
const BUG_FIELDS = COMMON_FIELDS.concat(['Microsoft.VSTS.Common.Severity', 'Microsoft.VSTS.TCM.ReproSteps']);
const CMMI_ISSUE_FIELDS = COMMON_FIELDS.concat(['Microsoft.VSTS.Common.Severity']);

export interface AdoProcessDefinition {
  name: string;
  workItemTypes: { [type: string]: AdoWorkItemTypeDefinition };
}

export type AdoProcessName = 'Basic' | 'Agile' | 'Scrum' | 'CMMI';

const AGILE_STATES = ['New', 'Active', 'Resolved', 'Closed', 'Removed'];
const SCRUM_BACKLOG = ['New', 'Approved', 'Committed', 'Done', 'Removed'];
const CMMI_STATES = ['Proposed', 'Active', 'Resolved', 'Closed'];

export const ADO_PROCESSES: { [name in AdoProcessName]: AdoProcessDefinition } = {
  Basic: {
    name: 'Basic',
    workItemTypes: {
      Epic: { states: ['To Do', 'Doing', 'Done'] },
      Issue: { states: ['To Do', 'Doing', 'Done'] },
      Task: { states: ['To Do', 'Doing', 'Done'], initialReason: 'New task' },
    },
  },
  Agile: {
    name: 'Agile',
    workItemTypes: {
      Epic: { states: AGILE_STATES },
      Feature: { states: AGILE_STATES },
      'User Story': { states: AGILE_STATES },
      Bug: { states: ['New', 'Active', 'Resolved', 'Closed'], initialReason: 'New defect reported', fields: BUG_FIELDS },
      Task: { states: ['New', 'Active', 'Closed', 'Removed'], initialReason: 'New task' },
      Issue: { states: ['Active', 'Closed'] },
    },
  },
  Scrum: {
    name: 'Scrum',
    workItemTypes: {
      Epic: { states: ['New', 'In Progress', 'Done', 'Removed'] },
      Feature: { states: ['New', 'In Progress', 'Done', 'Removed'] },
      'Product Backlog Item': { states: SCRUM_BACKLOG },
      Bug: { states: SCRUM_BACKLOG, initialReason: 'New defect reported', fields: BUG_FIELDS },
      Task: { states: ['To Do', 'In Progress', 'Done', 'Removed'], initialReason: 'New task' },
      Impediment: { states: ['Open', 'Closed'] },
    },
  },
  CMMI: {
    name: 'CMMI',
    workItemTypes: {
      Epic: { states: CMMI_STATES },
      Feature: { states: CMMI_STATES },
      Requirement: { states: CMMI_STATES },
      Bug: { states: CMMI_STATES, initialReason: 'New defect reported', fields: BUG_FIELDS },
      Task: { states: CMMI_STATES, initialReason: 'New task' },
      Issue: { states: CMMI_STATES, fields: CMMI_ISSUE_FIELDS },
    },
  },
};

export function resolveProcess(process: AdoProcessName | AdoProcessDefinition | undefined): AdoProcessDefinition {
  if (process === undefined) return ADO_PROCESSES.Basic;
  if (typeof process === 'string') {
    const found = ADO_PROCESSES[process];
    if (!found) throw new Error(`Unknown process ${process}: use ${Object.keys(ADO_PROCESSES).join(', ')} or a definition`);
    return found;
  }
  return process;
}

/** Whether work items of the type have the field (by its canonical reference name). */
export function typeHasField(definition: AdoWorkItemTypeDefinition, referenceName: string, registry: AdoFieldRegistry): boolean {
  if (referenceName.indexOf('System.') === 0 || registry.isCustom(referenceName)) return true;
  return (definition.fields || COMMON_FIELDS).indexOf(referenceName) >= 0;
}

/** The type's canonical name and definition, matched case-insensitively as Azure DevOps does. */
export function findWorkItemType(process: AdoProcessDefinition, type: string): { name: string; definition: AdoWorkItemTypeDefinition } | undefined {
  const name = Object.keys(process.workItemTypes).find((t) => t.toLowerCase() === type.toLowerCase());
  return name === undefined ? undefined : { name, definition: process.workItemTypes[name] };
}
