// Work item types and their states per process (Microsoft's Basic/Agile/Scrum/CMMI defaults). Organisations
// customise processes, so a project can pass its own definition; the sync must map states by configuration.

export interface AdoWorkItemTypeDefinition {
  states: string[];
  /** System.Reason of a new work item; later state changes get "Moved to state <State>" (the inherited-process default) */
  initialReason?: string;
}

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
      Bug: { states: ['New', 'Active', 'Resolved', 'Closed'], initialReason: 'New defect reported' },
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
      Bug: { states: SCRUM_BACKLOG, initialReason: 'New defect reported' },
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
      Bug: { states: CMMI_STATES, initialReason: 'New defect reported' },
      Task: { states: CMMI_STATES, initialReason: 'New task' },
      Issue: { states: CMMI_STATES },
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

/** The type's canonical name and definition, matched case-insensitively as Azure DevOps does. */
export function findWorkItemType(process: AdoProcessDefinition, type: string): { name: string; definition: AdoWorkItemTypeDefinition } | undefined {
  const name = Object.keys(process.workItemTypes).find((t) => t.toLowerCase() === type.toLowerCase());
  return name === undefined ? undefined : { name, definition: process.workItemTypes[name] };
}
