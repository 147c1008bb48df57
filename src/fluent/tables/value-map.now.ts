// Value map: how one field value translates between ServiceNow and the remote system, per connection (used when the
// connection's preset is Custom, or to override a preset). Lower Order wins when several rows match.
import { Acl, ChoiceColumn, Form, IntegerColumn, List, ReferenceColumn, StringColumn, Table, default_view } from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

export const x_incb_bridge_value_map = Table({
    name: 'x_incb_bridge_value_map',
    label: 'Value map',
    display: 'sn_value',
    audit: true,
    schema: {
        connection: ReferenceColumn({
            label: 'Connection',
            referenceTable: 'x_incb_bridge_connection',
            mandatory: true,
            cascadeRule: 'delete',
        }),
        field: ChoiceColumn({
            label: 'Field',
            mandatory: true,
            dropdown: 'dropdown_with_none',
            choices: {
                state: { label: 'State', sequence: 10 },
                priority: { label: 'Priority', sequence: 20 },
                close_code: { label: 'Resolution code', sequence: 30 },
                impact: { label: 'Impact', sequence: 40 },
                urgency: { label: 'Urgency', sequence: 50 },
            },
        }),
        direction: ChoiceColumn({
            label: 'Direction',
            mandatory: true,
            dropdown: 'dropdown_without_none',
            default: 'both',
            choices: {
                outbound: { label: 'Outbound (ServiceNow to remote)', sequence: 10 },
                inbound: { label: 'Inbound (remote to ServiceNow)', sequence: 20 },
                both: { label: 'Both directions', sequence: 30 },
            },
        }),
        sn_value: StringColumn({ label: 'ServiceNow value', maxLength: 100, hint: 'Stored value, e.g. 6 for Resolved' }),
        remote_value: StringColumn({ label: 'Remote value', maxLength: 255, hint: 'Value in the remote system, e.g. Resolved' }),
        order: IntegerColumn({ label: 'Order' }),
    },
})

export const valueMapForm = Form({
    table: 'x_incb_bridge_value_map',
    view: default_view,
    sections: [
        {
            caption: 'Value map',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'connection', type: 'table_field' },
                        { field: 'field', type: 'table_field' },
                        { field: 'direction', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'sn_value', type: 'table_field' },
                        { field: 'remote_value', type: 'table_field' },
                        { field: 'order', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const valueMapList = List({
    table: 'x_incb_bridge_value_map',
    view: default_view,
    columns: ['connection', 'field', 'direction', 'sn_value', 'remote_value', 'order'],
})

Acl({
    $id: Now.ID['value-map-read'],
    type: 'record',
    table: 'x_incb_bridge_value_map',
    operation: 'read',
    roles: [adminRole],
    description: 'Incident Bridge admins read value maps',
})
Acl({
    $id: Now.ID['value-map-write'],
    type: 'record',
    table: 'x_incb_bridge_value_map',
    operation: 'write',
    roles: [adminRole],
    description: 'Incident Bridge admins change value maps',
})
Acl({
    $id: Now.ID['value-map-create'],
    type: 'record',
    table: 'x_incb_bridge_value_map',
    operation: 'create',
    roles: [adminRole],
    description: 'Incident Bridge admins create value maps',
})
Acl({
    $id: Now.ID['value-map-delete'],
    type: 'record',
    table: 'x_incb_bridge_value_map',
    operation: 'delete',
    roles: [adminRole],
    description: 'Incident Bridge admins delete value maps',
})
