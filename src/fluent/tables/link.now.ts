// Link: which remote work item an incident is synchronized with, per connection, and what the app last saw of it
// (revisions, fingerprint, journal entries and attachments already synced) so no change is sent or applied twice.
import {
    Acl,
    ChoiceColumn,
    Form,
    IntegerColumn,
    List,
    ReferenceColumn,
    StringColumn,
    Table,
    UrlColumn,
    default_view,
} from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

export const x_incb_bridge_link = Table({
    name: 'x_incb_bridge_link',
    label: 'Link',
    display: 'remote_id',
    schema: {
        incident: ReferenceColumn({
            label: 'Incident',
            referenceTable: 'incident',
            mandatory: true,
            cascadeRule: 'delete',
        }),
        connection: ReferenceColumn({
            label: 'Connection',
            referenceTable: 'x_incb_bridge_connection',
            mandatory: true,
            cascadeRule: 'delete',
        }),
        remote_id: StringColumn({ label: 'Remote ID', maxLength: 40, hint: 'Work item ID in the remote system' }),
        remote_url: UrlColumn({ label: 'Remote URL', maxLength: 1024 }),
        remote_rev: IntegerColumn({ label: 'Remote revision', readOnly: true }),
        last_fingerprint: StringColumn({ label: 'Last fingerprint', maxLength: 64, readOnly: true }),
        last_inbound_rev: IntegerColumn({ label: 'Last inbound revision', readOnly: true }),
        synced_journal_ids: StringColumn({ label: 'Synced journal entries', maxLength: 4000, readOnly: true }),
        synced_attachment_ids: StringColumn({ label: 'Synced attachments', maxLength: 4000, readOnly: true }),
        state: ChoiceColumn({
            label: 'State',
            dropdown: 'dropdown_without_none',
            default: 'linked',
            hint: 'Unlinked stops synchronization for this incident and work item',
            choices: {
                linked: { label: 'Linked', sequence: 10 },
                unlinked: { label: 'Unlinked', sequence: 20 },
            },
        }),
    },
    index: [
        { name: 'x_incb_bridge_link_incident', unique: false, element: ['incident', 'connection'] },
        { name: 'x_incb_bridge_link_remote', unique: false, element: ['connection', 'remote_id'] },
    ],
})

export const linkForm = Form({
    table: 'x_incb_bridge_link',
    view: default_view,
    sections: [
        {
            caption: 'Link',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'incident', type: 'table_field' },
                        { field: 'connection', type: 'table_field' },
                        { field: 'state', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'remote_id', type: 'table_field' },
                        { field: 'remote_rev', type: 'table_field' },
                        { field: 'last_inbound_rev', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [{ field: 'remote_url', type: 'table_field' }],
                },
            ],
        },
        {
            caption: 'Sync state',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'last_fingerprint', type: 'table_field' },
                        { field: 'synced_journal_ids', type: 'table_field' },
                        { field: 'synced_attachment_ids', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const linkList = List({
    table: 'x_incb_bridge_link',
    view: default_view,
    columns: ['incident', 'connection', 'remote_id', 'state', 'remote_rev', 'last_inbound_rev', 'sys_updated_on'],
})

Acl({
    $id: Now.ID['link-read'],
    type: 'record',
    table: 'x_incb_bridge_link',
    operation: 'read',
    roles: [adminRole],
    description: 'Incident Bridge admins read links',
})
Acl({
    $id: Now.ID['link-write'],
    type: 'record',
    table: 'x_incb_bridge_link',
    operation: 'write',
    roles: [adminRole],
    description: 'Incident Bridge admins change links (e.g. unlink an incident)',
})
Acl({
    $id: Now.ID['link-create'],
    type: 'record',
    table: 'x_incb_bridge_link',
    operation: 'create',
    roles: [adminRole],
    description: 'Incident Bridge admins link an incident to an existing work item',
})
Acl({
    $id: Now.ID['link-delete'],
    type: 'record',
    table: 'x_incb_bridge_link',
    operation: 'delete',
    roles: [adminRole],
    description: 'Incident Bridge admins delete links',
})
