// Response plan: which incidents an AI SRE agent takes on. An incident that newly matches an active plan's condition is
// pushed to the plan's target webhook connection (incident.matched, then incident.updated / incident.resolved while it
// stays linked); agents list a plan's incidents with GET /api/x_incb_bridge/v1/agent/incidents?plan=<name>.
// Admins configure plans; agents never read the table directly (the agent API reads it as a script).
import {
    Acl,
    BooleanColumn,
    ChoiceColumn,
    ConditionsColumn,
    Form,
    List,
    Record,
    ReferenceColumn,
    StringColumn,
    Table,
    default_view,
} from '@servicenow/sdk/core'
import { incidentBridgeMenu } from '../menu.now'
import { adminRole } from '../roles.now'

export const x_incb_bridge_response_plan = Table({
    name: 'x_incb_bridge_response_plan',
    label: 'Response plan',
    display: 'name',
    audit: true,
    schema: {
        name: StringColumn({
            label: 'Name',
            mandatory: true,
            maxLength: 100,
            hint: 'Agents select the plan by this name: GET .../agent/incidents?plan=<name>',
        }),
        active: BooleanColumn({ label: 'Active', default: true }),
        condition: ConditionsColumn({
            label: 'Condition',
            // `reference` names the table the condition builder offers fields of.
            referenceTable: 'incident',
            maxLength: 4000,
            hint: 'Incidents matching this condition belong to the plan; an empty condition matches no incident',
        }),
        autonomy: ChoiceColumn({
            label: 'Autonomy',
            mandatory: true,
            dropdown: 'dropdown_without_none',
            default: 'review',
            choices: {
                autonomous: { label: 'Autonomous (the agent acts on its own)', sequence: 10 },
                review: { label: 'Review (a person approves what the agent proposes)', sequence: 20 },
            },
        }),
        target_connection: ReferenceColumn({
            label: 'Target connection',
            referenceTable: 'x_incb_bridge_connection',
            referenceQual: "javascript:'type=webhook'",
            cascadeRule: 'clear',
            hint: 'Webhook connection that receives the signed incident events; empty: the plan only filters the agent API',
        }),
        description: StringColumn({ label: 'Description', maxLength: 1000 }),
    },
})

export const responsePlanForm = Form({
    table: 'x_incb_bridge_response_plan',
    view: default_view,
    sections: [
        {
            caption: 'Response plan',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'autonomy', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'active', type: 'table_field' },
                        { field: 'target_connection', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'condition', type: 'table_field' },
                        { field: 'description', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const responsePlanList = List({
    table: 'x_incb_bridge_response_plan',
    view: default_view,
    columns: ['name', 'active', 'autonomy', 'target_connection', 'condition', 'sys_updated_on'],
})

Record({
    $id: Now.ID['module-response-plans'],
    table: 'sys_app_module',
    data: {
        title: 'Response Plans',
        application: incidentBridgeMenu,
        link_type: 'LIST',
        name: 'x_incb_bridge_response_plan',
        hint: 'Which incidents AI SRE agents take on, and the webhook they are pushed to',
        roles: ['x_incb_bridge.admin'],
        active: true,
        order: 350,
    },
})

// Shipped switched off: an admin points it at a webhook connection and activates it. Installed on the first install
// only ('unload'): an upgrade must not put back what the admin changed or deleted.
Record({
    $id: Now.ID['response-plan-quickstart'],
    $meta: { installMethod: 'first install' },
    table: 'x_incb_bridge_response_plan',
    data: {
        name: 'Quickstart',
        active: false,
        condition: 'priority=2^EQ',
        autonomy: 'autonomous',
        description:
            'High priority (2) incidents, handled autonomously by the agent. Set a target webhook connection and activate the plan to push them.',
    },
})

Acl({
    $id: Now.ID['response-plan-read'],
    type: 'record',
    table: 'x_incb_bridge_response_plan',
    operation: 'read',
    roles: [adminRole],
    description: 'Incident Bridge admins read response plans',
})
Acl({
    $id: Now.ID['response-plan-write'],
    type: 'record',
    table: 'x_incb_bridge_response_plan',
    operation: 'write',
    roles: [adminRole],
    description: 'Incident Bridge admins change response plans',
})
Acl({
    $id: Now.ID['response-plan-create'],
    type: 'record',
    table: 'x_incb_bridge_response_plan',
    operation: 'create',
    roles: [adminRole],
    description: 'Incident Bridge admins create response plans',
})
Acl({
    $id: Now.ID['response-plan-delete'],
    type: 'record',
    table: 'x_incb_bridge_response_plan',
    operation: 'delete',
    roles: [adminRole],
    description: 'Incident Bridge admins delete response plans',
})
