// The work item fields the fake knows. Writing an unknown field is TF51535 on Azure DevOps; read-only system fields
// are maintained by the server. Projects add custom fields (e.g. Custom.ServiceNowNumber) through options. Which
// work item types have which of these fields is the process's (ado-processes.ts).
export type AdoFieldType = 'string' | 'plainText' | 'html' | 'history' | 'integer' | 'double' | 'boolean' | 'dateTime' | 'identity' | 'treePath';

export interface AdoFieldDefinition {
  referenceName: string;
  name: string;
  type: AdoFieldType;
  readOnly?: boolean;
}

export const CORE_FIELDS: AdoFieldDefinition[] = [
  { referenceName: 'System.Id', name: 'ID', type: 'integer', readOnly: true },
  { referenceName: 'System.Rev', name: 'Rev', type: 'integer', readOnly: true },
  { referenceName: 'System.AreaPath', name: 'Area Path', type: 'treePath' },
  { referenceName: 'System.TeamProject', name: 'Team Project', type: 'string', readOnly: true },
  { referenceName: 'System.IterationPath', name: 'Iteration Path', type: 'treePath' },
  { referenceName: 'System.WorkItemType', name: 'Work Item Type', type: 'string', readOnly: true },
  { referenceName: 'System.State', name: 'State', type: 'string' },
  { referenceName: 'System.Reason', name: 'Reason', type: 'string' },
  { referenceName: 'System.AssignedTo', name: 'Assigned To', type: 'identity' },
  { referenceName: 'System.CreatedDate', name: 'Created Date', type: 'dateTime', readOnly: true },
  { referenceName: 'System.CreatedBy', name: 'Created By', type: 'identity', readOnly: true },
  { referenceName: 'System.ChangedDate', name: 'Changed Date', type: 'dateTime', readOnly: true },
  { referenceName: 'System.ChangedBy', name: 'Changed By', type: 'identity', readOnly: true },
  { referenceName: 'System.CommentCount', name: 'Comment Count', type: 'integer', readOnly: true },
  { referenceName: 'System.Title', name: 'Title', type: 'string' },
  { referenceName: 'System.Description', name: 'Description', type: 'html' },
  { referenceName: 'System.History', name: 'History', type: 'history' },
  { referenceName: 'System.Tags', name: 'Tags', type: 'plainText' },
  { referenceName: 'Microsoft.VSTS.Common.StateChangeDate', name: 'State Change Date', type: 'dateTime', readOnly: true },
  { referenceName: 'Microsoft.VSTS.Common.Priority', name: 'Priority', type: 'integer' },
  { referenceName: 'Microsoft.VSTS.Common.Severity', name: 'Severity', type: 'string' },
  { referenceName: 'Microsoft.VSTS.TCM.ReproSteps', name: 'Repro Steps', type: 'html' },
];

/** Longest value of a `string` field (Title included): Azure DevOps rejects longer ones. */
export const MAX_STRING_FIELD_LENGTH = 255;

export interface AdoFieldRegistry {
  /** by reference name or display name, case-insensitively */
  find(name: string): AdoFieldDefinition | undefined;
  all(): AdoFieldDefinition[];
  /** one of the project's custom fields (options.extraFields), which the fake puts on every work item type */
  isCustom(referenceName: string): boolean;
}

export function createFieldRegistry(extra: AdoFieldDefinition[] = []): AdoFieldRegistry {
  const fields = CORE_FIELDS.concat(extra);
  const byName: { [key: string]: AdoFieldDefinition } = {};
  for (const f of fields) {
    byName[f.referenceName.toLowerCase()] = f;
    byName[f.name.toLowerCase()] = byName[f.name.toLowerCase()] || f;
  }
  const custom = new Set(extra.map((f) => f.referenceName));
  return { find: (name) => byName[name.toLowerCase()], all: () => fields.slice(), isCustom: (ref) => custom.has(ref) };
}
