// Outbox: every change waiting to be delivered to a remote system, written in the same transaction as the incident
// change and delivered later by the dispatcher (claim, send, mark). Admins read it and may change State or Next
// attempt to retry or discard an entry; nobody creates or deletes entries through the UI (history stays complete).
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

export const x_incb_bridge_outbox = Table({
    name: 'x_incb_bridge_outbox',
    label: 'Outbox entry',
    display: 'sequence',
    schema: {
        connection: ReferenceColumn({ label: 'Connection', referenceTable: 'x_incb_bridge_connection', readOnly: true }),
        source_table: StringColumn({ label: 'Source table', maxLength: 80, readOnly: true }),
        source_id: StringColumn({ label: 'Source record', maxLength: 32, readOnly: true }),
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident', readOnly: true }),
        operation: ChoiceColumn({
            label: 'Operation',
            readOnly: true,
            choices: {
                sync: { label: 'Sync', sequence: 10 },
                create: { label: 'Create', sequence: 20 },
                update: { label: 'Update', sequence: 30 },
                comment: { label: 'Comment', sequence: 40 },
                attachment: { label: 'Attachment', sequence: 50 },
                push: { label: 'Push', sequence: 60 },
            },
        }),
        payload: StringColumn({ label: 'Payload (JSON)', maxLength: 65000, readOnly: true }),
        state: ChoiceColumn({
            label: 'State',
            dropdown: 'dropdown_without_none',
            default: 'queued',
            hint: 'Set to Queued to retry, or to Skipped to discard the entry',
            choices: {
                queued: { label: 'Queued', sequence: 10 },
                sending: { label: 'Sending', sequence: 20 },
                sent: { label: 'Sent', sequence: 30 },
                failed: { label: 'Failed', sequence: 40 },
                dead: { label: 'Dead', sequence: 50 },
                skipped: { label: 'Skipped', sequence: 60 },
            },
        }),
        attempts: IntegerColumn({ label: 'Attempts', default: 0, readOnly: true }),
        next_attempt_at: DateTimeColumn({ label: 'Next attempt' }),
        claim_token: StringColumn({ label: 'Claim token', maxLength: 40, readOnly: true }),
        claimed_at: DateTimeColumn({ label: 'Claimed', readOnly: true }),
        last_error: StringColumn({ label: 'Last error', maxLength: 4000, readOnly: true }),
        sequence: IntegerColumn({ label: 'Sequence', readOnly: true }),
        sent_at: DateTimeColumn({ label: 'Sent', readOnly: true }),
    },
    index: [
        { name: 'x_incb_bridge_outbox_due', unique: false, element: ['state', 'next_attempt_at'] },
        { name: 'x_incb_bridge_outbox_incident', unique: false, element: 'incident' },
    ],
})

export const outboxForm = Form({
    table: 'x_incb_bridge_outbox',
    view: default_view,
    sections: [
        {
            caption: 'Outbox entry',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'connection', type: 'table_field' },
                        { field: 'incident', type: 'table_field' },
                        { field: 'operation', type: 'table_field' },
                        { field: 'sequence', type: 'table_field' },
                        { field: 'source_table', type: 'table_field' },
                        { field: 'source_id', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'state', type: 'table_field' },
                        { field: 'attempts', type: 'table_field' },
                        { field: 'next_attempt_at', type: 'table_field' },
                        { field: 'sent_at', type: 'table_field' },
                        { field: 'claimed_at', type: 'table_field' },
                        { field: 'claim_token', type: 'table_field' },
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

export const outboxList = List({
    table: 'x_incb_bridge_outbox',
    view: default_view,
    columns: [
        'sys_created_on',
        'sequence',
        'connection',
        'incident',
        'operation',
        'state',
        'attempts',
        'next_attempt_at',
        'sent_at',
        'last_error',
    ],
})

Acl({
    $id: Now.ID['outbox-read'],
    type: 'record',
    table: 'x_incb_bridge_outbox',
    operation: 'read',
    roles: [adminRole],
    description: 'Incident Bridge admins read outbox entries',
})
Acl({
    $id: Now.ID['outbox-write'],
    type: 'record',
    table: 'x_incb_bridge_outbox',
    operation: 'write',
    roles: [adminRole],
    description: 'Incident Bridge admins retry (State Queued) or discard (State Skipped) outbox entries',
})
Acl({
    $id: Now.ID['outbox-create-nobody'],
    type: 'record',
    table: 'x_incb_bridge_outbox',
    operation: 'create',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'Nobody creates outbox entries through the UI or APIs; Incident Bridge scripts enqueue them',
})
Acl({
    $id: Now.ID['outbox-delete-nobody'],
    type: 'record',
    table: 'x_incb_bridge_outbox',
    operation: 'delete',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'Nobody deletes outbox entries through the UI or APIs; discard an entry by setting State to Skipped',
})
