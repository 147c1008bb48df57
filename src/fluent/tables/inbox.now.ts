// Inbox: every webhook event received, stored before it is processed so a receiver answers fast and no event is
// lost or applied twice (dedupe key). Admins read it and may change State to reprocess or ignore an event; nobody
// creates or deletes events through the UI.
import {
    Acl,
    ChoiceColumn,
    DateTimeColumn,
    Form,
    IntegerColumn,
    List,
    ReferenceColumn,
    StringColumn,
    Table,
    default_view,
} from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

export const x_incb_bridge_inbox = Table({
    name: 'x_incb_bridge_inbox',
    label: 'Inbox event',
    display: 'event_id',
    schema: {
        connection: ReferenceColumn({ label: 'Connection', referenceTable: 'x_incb_bridge_connection', readOnly: true }),
        event_type: StringColumn({ label: 'Event type', maxLength: 80, readOnly: true }),
        event_id: StringColumn({ label: 'Event ID', maxLength: 80, readOnly: true }),
        dedupe_key: StringColumn({ label: 'Dedupe key', maxLength: 128, readOnly: true }),
        payload: StringColumn({ label: 'Payload (JSON)', maxLength: 65000, readOnly: true }),
        state: ChoiceColumn({
            label: 'State',
            dropdown: 'dropdown_without_none',
            default: 'received',
            hint: 'Set to Received to process the event again, or to Ignored to drop it',
            choices: {
                received: { label: 'Received', sequence: 10 },
                processing: { label: 'Processing', sequence: 20 },
                processed: { label: 'Processed', sequence: 30 },
                ignored: { label: 'Ignored', sequence: 40 },
                failed: { label: 'Failed', sequence: 50 },
            },
        }),
        attempts: IntegerColumn({ label: 'Attempts', readOnly: true }),
        last_error: StringColumn({ label: 'Last error', maxLength: 4000, readOnly: true }),
        remote_id: StringColumn({ label: 'Remote ID', maxLength: 40, readOnly: true }),
        remote_rev: IntegerColumn({ label: 'Remote revision', readOnly: true }),
        processed_at: DateTimeColumn({ label: 'Processed', readOnly: true }),
    },
    index: [
        { name: 'x_incb_bridge_inbox_dedupe', unique: false, element: 'dedupe_key' },
        { name: 'x_incb_bridge_inbox_state', unique: false, element: 'state' },
    ],
})

export const inboxForm = Form({
    table: 'x_incb_bridge_inbox',
    view: default_view,
    sections: [
        {
            caption: 'Inbox event',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'connection', type: 'table_field' },
                        { field: 'event_type', type: 'table_field' },
                        { field: 'event_id', type: 'table_field' },
                        { field: 'remote_id', type: 'table_field' },
                        { field: 'remote_rev', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'state', type: 'table_field' },
                        { field: 'attempts', type: 'table_field' },
                        { field: 'processed_at', type: 'table_field' },
                        { field: 'dedupe_key', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'last_error', type: 'table_field' },
                        { field: 'payload', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const inboxList = List({
    table: 'x_incb_bridge_inbox',
    view: default_view,
    columns: [
        'sys_created_on',
        'connection',
        'event_type',
        'remote_id',
        'remote_rev',
        'state',
        'attempts',
        'processed_at',
        'last_error',
    ],
})

Acl({
    $id: Now.ID['inbox-read'],
    type: 'record',
    table: 'x_incb_bridge_inbox',
    operation: 'read',
    roles: [adminRole],
    description: 'Incident Bridge admins read inbox events',
})
Acl({
    $id: Now.ID['inbox-write'],
    type: 'record',
    table: 'x_incb_bridge_inbox',
    operation: 'write',
    roles: [adminRole],
    description: 'Incident Bridge admins reprocess (State Received) or ignore (State Ignored) inbox events',
})
Acl({
    $id: Now.ID['inbox-create-nobody'],
    type: 'record',
    table: 'x_incb_bridge_inbox',
    operation: 'create',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'Nobody creates inbox events through the UI or APIs; only the Incident Bridge webhook receives them',
})
Acl({
    $id: Now.ID['inbox-delete-nobody'],
    type: 'record',
    table: 'x_incb_bridge_inbox',
    operation: 'delete',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'Nobody deletes inbox events through the UI or APIs; ignore an event by setting State to Ignored',
})
