// Data: who may do what on the emulator's platform tables through the Table and Attachment APIs. A real instance
// ships hundreds of ACLs for these tables; the emulator keeps a small documented stand-in:
// - task and incident: the itil role reads, writes and creates; deleting needs admin (base-system ITSM practice);
// - sys_user: every authenticated user reads (an empty role list); changes need admin;
// - every other table: admin only. This is the wild-card (`*`) table rule with the security manager's default mode
//   "deny" (ServiceNowDocs platform-security/access-control/exploring-access-control-list.md: "only administrators
//   can access objects that match the wild-card table ACL rules"). The app's own ACLs replace it for its tables.
// The admin role passes every role check, so "admin" lists are effectively "nobody but admins".
export interface TablePolicy {
  read: string[];
  write: string[];
  create: string[];
  delete: string[];
}

var ITSM: TablePolicy = { read: ['itil'], write: ['itil'], create: ['itil'], delete: ['admin'] };

export var PLATFORM_TABLE_POLICY: { [table: string]: TablePolicy } = {
  task: ITSM,
  incident: ITSM,
  sys_user: { read: [], write: ['admin'], create: ['admin'], delete: ['admin'] },
  '*': { read: ['admin'], write: ['admin'], create: ['admin'], delete: ['admin'] },
};
