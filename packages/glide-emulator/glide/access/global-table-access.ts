// Application Access of the platform's own (global) tables, as the sys_db_object rows of an instance carry it: what
// scripts of an application scope may do to their rows. ServiceNow publishes the defaults of a NEW table (ServiceNowDocs
// application-development/c_DefaultRuntimeAccessPermissions.md: accessible from all application scopes, can read,
// cannot create, update or delete), not the settings of each base-system table. So every platform table of the
// emulator gets those documented defaults, except where the documentation itself shows scoped scripts doing more:
//
// - task tables (task, incident, problem, change_request): the scoped GlideRecord reference
//   (api-reference/server-api-reference/c_GlideRecordScopedAPI.md) inserts, updates and deletes incident records in
//   its scoped examples (insert(), update(), deleteRecord(), updateMultiple()), so create, update and delete are open.
//
// Everything else stays read-only for other scopes: sys_attachment in particular, whose rows scoped scripts change
// through GlideSysAttachment (c_GlideSysAttachmentScopedAPI.md) rather than through GlideRecord writes, and
// sys_journal_field, written by the platform when a journal field is set. Reads still need the calling app's
// cross-scope privilege (runtime access tracking); these settings only bound what a privilege can grant
// (c_CrossScopePrivilegeRecord.md: "Table privilege granting is limited to, at most, the permissions set on the
// table object (sys_db_object) record").

export interface TableAccessOverride {
  create: boolean;
  update: boolean;
  delete: boolean;
  /** where the documentation shows it */
  source: string;
}

var TASK_SOURCE = 'api-reference/server-api-reference/c_GlideRecordScopedAPI.md (scoped examples insert, update and delete incidents)';

export var GLOBAL_TABLE_ACCESS: { [table: string]: TableAccessOverride } = {
  task: { create: true, update: true, delete: true, source: TASK_SOURCE },
  incident: { create: true, update: true, delete: true, source: TASK_SOURCE },
  problem: { create: true, update: true, delete: true, source: TASK_SOURCE },
  change_request: { create: true, update: true, delete: true, source: TASK_SOURCE },
};
