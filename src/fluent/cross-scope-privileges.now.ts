// What the app's scripts do to tables outside its scope, declared as cross-scope privileges (sys_scope_privilege).
// On an instance the app is installed on, "the system only allows runtime requests to run that have a valid
// cross-scope privilege record" (ServiceNowDocs application-development/c_CrossScopePrivilegeRecord.md), so every
// operation below must be here, allowed, or the flow that needs it is refused without an admin's action; and nothing
// else is, so the app asks for no more than it uses (test/es5/cross-scope-privileges.test.ts compares this list with
// the operations found in the built scripts). Table privileges grant at most what the table's Application Access
// allows (same page); see docs/platform-fidelity.md for each table's settings.
// Not needed: the app's own tables, the GlideSysAttachment API (it writes sys_attachment for the script), the
// journal entries a journal field writes, events (gs.eventQueue) and properties (gs.getProperty).
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// incident: capture reads the saved incident; inbound hooks update it and create incidents from new work items; the
// outbound sync writes back correlation_id; the agent API reads, lists and updates incidents.
CrossScopePrivilege({
    $id: Now.ID['privilege-incident-read'],
    targetScope: 'global',
    targetName: 'incident',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-incident-create'],
    targetScope: 'global',
    targetName: 'incident',
    targetType: 'sys_db_object',
    operation: 'create',
    status: 'allowed',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-incident-write'],
    targetScope: 'global',
    targetName: 'incident',
    targetType: 'sys_db_object',
    operation: 'write',
    status: 'allowed',
})

// Related records the agent API's incident detail returns (caller, assignment group, CI, problem, changes).
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-user-read'],
    targetScope: 'global',
    targetName: 'sys_user',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-sys-user-group-read'],
    targetScope: 'global',
    targetName: 'sys_user_group',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-cmdb-ci-read'],
    targetScope: 'global',
    targetName: 'cmdb_ci',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-problem-read'],
    targetScope: 'global',
    targetName: 'problem',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-change-request-read'],
    targetScope: 'global',
    targetName: 'change_request',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

// Journal entries: which work notes and comments are new (outbound), the agent API's journal history, and finding
// the entry a write just made (to record it as synced).
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-journal-field-read'],
    targetScope: 'global',
    targetName: 'sys_journal_field',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

// Attachments of incidents (to upload; to list for agents and find the one an agent downloads) and of inbox rows
// (payloads and downloads).
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-attachment-read'],
    targetScope: 'global',
    targetName: 'sys_attachment',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

// The instance's incident close codes, to resolve an incident only with one it offers.
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-choice-read'],
    targetScope: 'global',
    targetName: 'sys_choice',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

// The app's own application record (version and active flag for the health routes).
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-app-read'],
    targetScope: 'global',
    targetName: 'sys_app',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

// OAuth 2.0 connections: the profile's provider, its requestor profiles and stored tokens' expiry, for the health
// check (never a token's value).
CrossScopePrivilege({
    $id: Now.ID['privilege-oauth-entity-profile-read'],
    targetScope: 'global',
    targetName: 'oauth_entity_profile',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-oauth-requestor-profile-read'],
    targetScope: 'global',
    targetName: 'oauth_requestor_profile',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-oauth-credential-read'],
    targetScope: 'global',
    targetName: 'oauth_credential',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
