// Integration log: one row per exchange with a remote system (outbound call, inbound webhook) or internal event,
// written only by the IntegrationLogWriter script include. Read-only for everyone through the UI and APIs: the
// write/create/delete ACLs below match every user and grant nobody, so not even the platform admin can edit history
// (scripts write through GlideRecord, which does not evaluate ACLs).
import {
    Acl,
    BooleanColumn,
    ChoiceColumn,
    Form,
    IntegerColumn,
    List,
    ReferenceColumn,
    StringColumn,
    Table,
    default_view,
} from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

export const x_incb_bridge_log = Table({
    name: 'x_incb_bridge_log',
    label: 'Integration log',
    display: 'endpoint',
    schema: {
        direction: ChoiceColumn({
            label: 'Direction',
            choices: {
                outbound: { label: 'Outbound', sequence: 10 },
                inbound: { label: 'Inbound', sequence: 20 },
                internal: { label: 'Internal', sequence: 30 },
            },
        }),
        connection: ReferenceColumn({ label: 'Connection', referenceTable: 'x_incb_bridge_connection' }),
        method: StringColumn({ label: 'Method', maxLength: 10 }),
        endpoint: StringColumn({ label: 'Endpoint', maxLength: 1000 }),
        http_status: IntegerColumn({ label: 'HTTP status' }),
        duration_ms: IntegerColumn({ label: 'Duration (ms)' }),
        request_headers: StringColumn({ label: 'Request headers', maxLength: 4000 }),
        request_body: StringColumn({ label: 'Request body', maxLength: 65000 }),
        response_headers: StringColumn({ label: 'Response headers', maxLength: 4000 }),
        response_body: StringColumn({ label: 'Response body', maxLength: 65000 }),
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident' }),
        remote_id: StringColumn({ label: 'Remote ID', maxLength: 40 }),
        // What the exchange did, in the app's words: create, update, comment... for a request to Azure DevOps, the
        // service hook's event type for a delivery, dead_letter for a delivery given up. Kept apart from the endpoint
        // so a list can be filtered by it and nobody has to read it out of a URL.
        operation: StringColumn({ label: 'Operation', maxLength: 40 }),
        outcome: ChoiceColumn({
            label: 'Outcome',
            choices: {
                success: { label: 'Success', sequence: 10 },
                failure: { label: 'Failure', sequence: 20 },
                retry: { label: 'Retry scheduled', sequence: 30 },
                skipped: { label: 'Skipped', sequence: 40 },
                dry_run: { label: 'Dry run', sequence: 50 },
                rejected: { label: 'Rejected', sequence: 60 },
            },
        }),
        error: StringColumn({ label: 'Error', maxLength: 4000 }),
        attempt: IntegerColumn({ label: 'Attempt' }),
        outbox: ReferenceColumn({ label: 'Outbox entry', referenceTable: 'x_incb_bridge_outbox' }),
        inbox: ReferenceColumn({ label: 'Inbox event', referenceTable: 'x_incb_bridge_inbox' }),
        dry_run: BooleanColumn({ label: 'Dry run' }),
    },
    index: [
        { name: 'x_incb_bridge_log_incident', unique: false, element: 'incident' },
        { name: 'x_incb_bridge_log_connection', unique: false, element: 'connection' },
    ],
})

export const logForm = Form({
    table: 'x_incb_bridge_log',
    view: default_view,
    sections: [
        {
            caption: 'Exchange',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'direction', type: 'table_field' },
                        { field: 'connection', type: 'table_field' },
                        { field: 'outcome', type: 'table_field' },
                        { field: 'dry_run', type: 'table_field' },
                        { field: 'attempt', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'incident', type: 'table_field' },
                        { field: 'remote_id', type: 'table_field' },
                        { field: 'outbox', type: 'table_field' },
                        { field: 'inbox', type: 'table_field' },
                        { field: 'duration_ms', type: 'table_field' },
                    ],
                },
                {
                    layout: 'two-column',
                    leftElements: [{ field: 'method', type: 'table_field' }],
                    rightElements: [{ field: 'http_status', type: 'table_field' }],
                },
                {
                    layout: 'one-column',
                    // Last in the section: form elements are keyed by position, so one placed earlier would re-key
                    // every element after it.
                    elements: [
                        { field: 'endpoint', type: 'table_field' },
                        { field: 'error', type: 'table_field' },
                        { field: 'operation', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Request',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'request_headers', type: 'table_field' },
                        { field: 'request_body', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Response',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'response_headers', type: 'table_field' },
                        { field: 'response_body', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const logList = List({
    table: 'x_incb_bridge_log',
    view: default_view,
    columns: [
        'sys_created_on',
        'direction',
        'connection',
        'method',
        'endpoint',
        'http_status',
        'outcome',
        'duration_ms',
        'incident',
        'remote_id',
        'attempt',
        'dry_run',
        'operation',
    ],
})

Acl({
    $id: Now.ID['log-read'],
    type: 'record',
    table: 'x_incb_bridge_log',
    operation: 'read',
    roles: [adminRole],
    description: 'Incident Bridge admins read the integration log',
})
Acl({
    $id: Now.ID['log-write-nobody'],
    type: 'record',
    table: 'x_incb_bridge_log',
    operation: 'write',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'Nobody edits integration log entries through the UI or APIs; only Incident Bridge scripts write them',
})
Acl({
    $id: Now.ID['log-create-nobody'],
    type: 'record',
    table: 'x_incb_bridge_log',
    operation: 'create',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'Nobody creates integration log entries through the UI or APIs; only Incident Bridge scripts write them',
})
Acl({
    $id: Now.ID['log-delete-nobody'],
    type: 'record',
    table: 'x_incb_bridge_log',
    operation: 'delete',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'Nobody deletes integration log entries through the UI or APIs; the retention job purges old rows',
})
