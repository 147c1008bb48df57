// Connection: one remote system Incident Bridge talks to (an Azure DevOps project or a generic webhook), with its
// sync settings and the health the app measures. Credentials are NOT stored here: a connection references a platform
// basic auth profile or OAuth profile. The two secrets the app owns (inbound secret, signing key) are password2
// columns guarded by field ACLs (see docs/data-model.md).
import {
    Acl,
    BooleanColumn,
    ChoiceColumn,
    ConditionsColumn,
    DateTimeColumn,
    Form,
    IntegerColumn,
    List,
    Password2Column,
    Record,
    ReferenceColumn,
    StringColumn,
    Table,
    UrlColumn,
    default_view,
} from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

export const x_incb_bridge_connection = Table({
    name: 'x_incb_bridge_connection',
    label: 'Connection',
    display: 'name',
    audit: true,
    schema: {
        name: StringColumn({ label: 'Name', mandatory: true, maxLength: 100 }),
        label: StringColumn({
            label: 'System label',
            maxLength: 100,
            hint: 'Written to the incident Correlation display field, e.g. "Azure DevOps"',
        }),
        type: ChoiceColumn({
            label: 'Type',
            mandatory: true,
            dropdown: 'dropdown_with_none',
            choices: {
                azure_devops: { label: 'Azure DevOps', sequence: 10 },
                webhook: { label: 'Webhook', sequence: 20 },
            },
        }),
        active: BooleanColumn({ label: 'Active', default: true }),
        base_url: UrlColumn({
            label: 'Base URL',
            maxLength: 1024,
            hint: 'https://dev.azure.com for Azure DevOps Services, your collection URL for Azure DevOps Server, or the webhook URL',
        }),
        ado_organization: StringColumn({ label: 'Azure DevOps organization', maxLength: 100 }),
        ado_project: StringColumn({ label: 'Azure DevOps project', maxLength: 100 }),
        ado_work_item_type: StringColumn({
            label: 'Work item type',
            maxLength: 100,
            default: 'Task',
            hint: 'Type of the work items created for incidents, e.g. Task, Bug, Issue',
        }),
        // No dictionary default: empty means the default of whatever the work item type is now, so changing the type
        // to Bug moves the description to the field a Bug shows (see src/app/core/fieldMap.ts).
        ado_description_field: StringColumn({
            label: 'Description field',
            maxLength: 100,
            hint: 'Work item field (reference name) the incident description goes to and comes back from. Empty: Microsoft.VSTS.TCM.ReproSteps (Repro Steps) for Bug, System.Description for other types',
        }),
        auth_type: ChoiceColumn({
            label: 'Authentication',
            dropdown: 'dropdown_without_none',
            default: 'none',
            choices: {
                none: { label: 'None', sequence: 10 },
                basic: { label: 'Basic (user and password)', sequence: 20 },
                pat: { label: 'Personal access token', sequence: 30 },
                oauth2: { label: 'OAuth 2.0', sequence: 40 },
            },
        }),
        basic_auth_profile: ReferenceColumn({
            label: 'Basic auth profile',
            referenceTable: 'sys_auth_profile_basic',
            hint: 'Holds the user and password; for a personal access token leave the user name empty and put the token in the password',
        }),
        oauth_profile: ReferenceColumn({
            label: 'OAuth profile',
            referenceTable: 'oauth_entity_profile',
            hint: 'OAuth 2.0 profile (for Azure DevOps: a Microsoft Entra ID client credentials application)',
        }),
        inbound_secret: Password2Column({
            label: 'Inbound secret',
            maxLength: 255,
            hint: 'Shared secret the remote system presents when it calls the Incident Bridge webhook',
        }),
        signing_key: Password2Column({
            label: 'Signing key',
            maxLength: 255,
            hint: 'Key for the HMAC signature of payloads sent to a webhook connection',
        }),
        mid_server: ReferenceColumn({
            label: 'MID Server',
            referenceTable: 'ecc_agent',
            hint: 'Send requests through this MID Server; leave empty to call directly from the instance',
        }),
        sync_direction: ChoiceColumn({
            label: 'Sync direction',
            dropdown: 'dropdown_without_none',
            default: 'both',
            choices: {
                both: { label: 'Both directions', sequence: 10 },
                outbound: { label: 'Outbound only (ServiceNow to remote)', sequence: 20 },
                inbound: { label: 'Inbound only (remote to ServiceNow)', sequence: 30 },
            },
        }),
        sync_work_notes: BooleanColumn({ label: 'Sync work notes' }),
        sync_comments: BooleanColumn({ label: 'Sync additional comments' }),
        inbound_journal: ChoiceColumn({
            label: 'Remote comments go to',
            dropdown: 'dropdown_without_none',
            default: 'work_notes',
            choices: {
                work_notes: { label: 'Work notes', sequence: 10 },
                comments: { label: 'Additional comments (customer visible)', sequence: 20 },
            },
        }),
        trigger_condition: ConditionsColumn({
            label: 'Trigger condition',
            // `reference` names the table the condition builder offers fields of (there is no table column to depend on).
            referenceTable: 'incident',
            maxLength: 4000,
            hint: 'Incidents that match this condition are synchronized through this connection',
        }),
        value_map_preset: ChoiceColumn({
            label: 'Value map preset',
            dropdown: 'dropdown_with_none',
            hint: 'State and priority value maps a new connection starts with, for its process and work item type (an Agile Task has no Resolved state, a Scrum Task goes To Do, In Progress, Done)',
            choices: {
                basic: { label: 'Basic process (To Do, Doing, Done)', sequence: 10 },
                agile: { label: 'Agile process (New, Active, Resolved, Closed)', sequence: 20 },
                custom: { label: 'Custom (value map records)', sequence: 30 },
                scrum: { label: 'Scrum process (New, Committed, Done)', sequence: 40 },
                cmmi: { label: 'CMMI process (Proposed, Active, Resolved, Closed)', sequence: 50 },
            },
        }),
        close_code: StringColumn({
            label: 'Close code',
            maxLength: 40,
            hint: 'Resolution code set on incidents resolved from the remote side; must be a close code choice of this instance',
        }),
        close_notes: StringColumn({ label: 'Close notes', maxLength: 1000, default: 'Closed by Azure DevOps' }),
        create_incidents_from_remote: BooleanColumn({
            label: 'Create incidents from remote',
            hint: 'Create an incident when the remote system reports a work item that is not linked yet',
        }),
        support_group: ReferenceColumn({
            label: 'Support group',
            referenceTable: 'sys_user_group',
            hint: 'Assignment group of incidents created from the remote side',
        }),
        request_timeout_ms: IntegerColumn({
            label: 'Request timeout (ms)',
            min: 0,
            hint: 'HTTP timeout per request; empty uses the built-in default',
        }),
        max_attempts: IntegerColumn({
            label: 'Maximum attempts',
            min: 0,
            hint: 'Deliveries of one outbox entry before it is marked dead; empty uses the built-in default',
        }),
        health_status: ChoiceColumn({
            label: 'Health',
            readOnly: true,
            dropdown: 'dropdown_without_none',
            default: 'unknown',
            choices: {
                unknown: { label: 'Unknown', sequence: 10 },
                healthy: { label: 'Healthy', sequence: 20 },
                degraded: { label: 'Degraded', sequence: 30 },
                down: { label: 'Down', sequence: 40 },
            },
        }),
        health_checked_at: DateTimeColumn({ label: 'Health checked', readOnly: true }),
        health_error: StringColumn({ label: 'Last health error', maxLength: 1000, readOnly: true }),
        rate_limited_until: DateTimeColumn({ label: 'Rate limited until', readOnly: true }),
        rate_limit_remaining: IntegerColumn({ label: 'Rate limit remaining', readOnly: true }),
        consecutive_failures: IntegerColumn({ label: 'Consecutive failures', readOnly: true }),
        circuit_open_until: DateTimeColumn({
            label: 'Circuit open until',
            hint: 'Deliveries pause until this time after repeated failures; clear it to resume now',
        }),
        circuit_probe_token: StringColumn({ label: 'Circuit probe', maxLength: 40, readOnly: true }),
        catchup_watermark: DateTimeColumn({
            label: 'Catch-up watermark',
            hint: 'Remote changes after this time are fetched by the catch-up poll; move it back to fetch again',
        }),
        remote_identity: StringColumn({
            label: 'Remote identity',
            maxLength: 255,
            readOnly: true,
            hint: 'The Azure DevOps identity the credentials act as, learned from our own changes; changes it makes are not applied back',
        }),
    },
})

export const connectionForm = Form({
    table: 'x_incb_bridge_connection',
    view: default_view,
    sections: [
        {
            caption: 'Connection',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'type', type: 'table_field' },
                        { field: 'label', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'active', type: 'table_field' },
                        { field: 'sync_direction', type: 'table_field' },
                        { field: 'health_status', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Endpoint',
            content: [
                {
                    layout: 'one-column',
                    elements: [{ field: 'base_url', type: 'table_field' }],
                },
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'ado_organization', type: 'table_field' },
                        { field: 'ado_project', type: 'table_field' },
                        { field: 'ado_work_item_type', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'mid_server', type: 'table_field' },
                        { field: 'request_timeout_ms', type: 'table_field' },
                        { field: 'max_attempts', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [{ field: 'ado_description_field', type: 'table_field' }],
                },
            ],
        },
        {
            caption: 'Authentication',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['connection-form-credentials-note'],
                            text: 'Outbound credentials live in platform authentication profiles, never on this record. For an Azure DevOps personal access token, use a basic auth profile with an empty user name and the token as password. The inbound secret and signing key are stored encrypted and only ever shown masked.',
                        },
                    ],
                },
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'auth_type', type: 'table_field' },
                        { field: 'basic_auth_profile', type: 'table_field' },
                        { field: 'oauth_profile', type: 'table_field' },
                        { field: 'remote_identity', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'inbound_secret', type: 'table_field' },
                        { field: 'signing_key', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Synchronization',
            content: [
                {
                    layout: 'one-column',
                    elements: [{ field: 'trigger_condition', type: 'table_field' }],
                },
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'sync_work_notes', type: 'table_field' },
                        { field: 'sync_comments', type: 'table_field' },
                        { field: 'inbound_journal', type: 'table_field' },
                        { field: 'value_map_preset', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'create_incidents_from_remote', type: 'table_field' },
                        { field: 'support_group', type: 'table_field' },
                        { field: 'close_code', type: 'table_field' },
                        { field: 'close_notes', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Health',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'health_checked_at', type: 'table_field' },
                        { field: 'consecutive_failures', type: 'table_field' },
                        { field: 'circuit_open_until', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'rate_limited_until', type: 'table_field' },
                        { field: 'rate_limit_remaining', type: 'table_field' },
                        { field: 'catchup_watermark', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'health_error', type: 'table_field' },
                        { field: 'circuit_probe_token', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const connectionList = List({
    table: 'x_incb_bridge_connection',
    view: default_view,
    columns: [
        'name',
        'type',
        'active',
        'sync_direction',
        'base_url',
        'health_status',
        'health_checked_at',
        'consecutive_failures',
        'circuit_open_until',
    ],
})

// Related lists at the bottom of the connection form: everything that belongs to or flowed through the connection.
const connectionRelatedLists = Record({
    $id: Now.ID['connection-related-lists'],
    table: 'sys_ui_related_list',
    data: { name: 'x_incb_bridge_connection', view: default_view },
})
Record({
    $id: Now.ID['connection-related-value-maps'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: connectionRelatedLists, position: 0, related_list: 'x_incb_bridge_value_map.connection' },
})
Record({
    $id: Now.ID['connection-related-links'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: connectionRelatedLists, position: 1, related_list: 'x_incb_bridge_link.connection' },
})
Record({
    $id: Now.ID['connection-related-outbox'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: connectionRelatedLists, position: 2, related_list: 'x_incb_bridge_outbox.connection' },
})
Record({
    $id: Now.ID['connection-related-inbox'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: connectionRelatedLists, position: 3, related_list: 'x_incb_bridge_inbox.connection' },
})
Record({
    $id: Now.ID['connection-related-log'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: connectionRelatedLists, position: 4, related_list: 'x_incb_bridge_log.connection' },
})

// Configuration: only Incident Bridge admins (and platform admins) read or change connections.
Acl({
    $id: Now.ID['connection-read'],
    type: 'record',
    table: 'x_incb_bridge_connection',
    operation: 'read',
    roles: [adminRole],
    description: 'Incident Bridge admins read connections',
})
Acl({
    $id: Now.ID['connection-write'],
    type: 'record',
    table: 'x_incb_bridge_connection',
    operation: 'write',
    roles: [adminRole],
    description: 'Incident Bridge admins change connections',
})
Acl({
    $id: Now.ID['connection-create'],
    type: 'record',
    table: 'x_incb_bridge_connection',
    operation: 'create',
    roles: [adminRole],
    description: 'Incident Bridge admins create connections',
})
Acl({
    $id: Now.ID['connection-delete'],
    type: 'record',
    table: 'x_incb_bridge_connection',
    operation: 'delete',
    roles: [adminRole],
    description: 'Incident Bridge admins delete connections',
})

// The app's own secrets: only Incident Bridge admins see the (always masked) fields at all, even if the table read
// ACL is widened later. Scripts read them with getDecryptedValue(), which ACLs do not govern.
Acl({
    $id: Now.ID['connection-inbound-secret-read'],
    type: 'record',
    table: 'x_incb_bridge_connection',
    field: 'inbound_secret',
    operation: 'read',
    roles: [adminRole],
    description: 'Only Incident Bridge admins see the inbound secret field (its value is masked)',
})
Acl({
    $id: Now.ID['connection-inbound-secret-write'],
    type: 'record',
    table: 'x_incb_bridge_connection',
    field: 'inbound_secret',
    operation: 'write',
    roles: [adminRole],
    description: 'Only Incident Bridge admins set the inbound secret',
})
Acl({
    $id: Now.ID['connection-signing-key-read'],
    type: 'record',
    table: 'x_incb_bridge_connection',
    field: 'signing_key',
    operation: 'read',
    roles: [adminRole],
    description: 'Only Incident Bridge admins see the signing key field (its value is masked)',
})
Acl({
    $id: Now.ID['connection-signing-key-write'],
    type: 'record',
    table: 'x_incb_bridge_connection',
    field: 'signing_key',
    operation: 'write',
    roles: [adminRole],
    description: 'Only Incident Bridge admins set the signing key',
})
