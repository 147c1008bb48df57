// Navigator entry "Incident Bridge": configuration first, then the operational tables an admin watches.
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { adminRole } from './roles.now'

export const incidentBridgeMenu = ApplicationMenu({
    $id: Now.ID['menu'],
    title: 'Incident Bridge',
    hint: 'Connections to Azure DevOps and webhooks, and what flowed through them',
    description: 'Configure Incident Bridge connections and value maps; watch the outbox, inbox and integration log.',
    roles: [adminRole],
    active: true,
})

Record({
    $id: Now.ID['module-connections'],
    table: 'sys_app_module',
    data: {
        title: 'Connections',
        application: incidentBridgeMenu,
        link_type: 'LIST',
        name: 'x_incb_bridge_connection',
        hint: 'Remote systems Incident Bridge synchronizes incidents with',
        roles: ['x_incb_bridge.admin'],
        active: true,
        order: 100,
    },
})
Record({
    $id: Now.ID['module-value-maps'],
    table: 'sys_app_module',
    data: {
        title: 'Value Maps',
        application: incidentBridgeMenu,
        link_type: 'LIST',
        name: 'x_incb_bridge_value_map',
        hint: 'Field value translations per connection',
        roles: ['x_incb_bridge.admin'],
        active: true,
        order: 200,
    },
})
Record({
    $id: Now.ID['module-links'],
    table: 'sys_app_module',
    data: {
        title: 'Links',
        application: incidentBridgeMenu,
        link_type: 'LIST',
        name: 'x_incb_bridge_link',
        hint: 'Incidents and the remote work items they are synchronized with',
        roles: ['x_incb_bridge.admin'],
        active: true,
        order: 300,
    },
})
Record({
    $id: Now.ID['module-operations-separator'],
    table: 'sys_app_module',
    data: {
        title: 'Operations',
        application: incidentBridgeMenu,
        link_type: 'SEPARATOR',
        roles: ['x_incb_bridge.admin'],
        active: true,
        order: 400,
    },
})
Record({
    $id: Now.ID['module-outbox'],
    table: 'sys_app_module',
    data: {
        title: 'Outbox',
        application: incidentBridgeMenu,
        link_type: 'LIST',
        name: 'x_incb_bridge_outbox',
        filter: 'ORDERBYDESCsys_created_on',
        hint: 'Changes waiting for, or done with, delivery to a remote system',
        roles: ['x_incb_bridge.admin'],
        active: true,
        order: 500,
    },
})
Record({
    $id: Now.ID['module-inbox'],
    table: 'sys_app_module',
    data: {
        title: 'Inbox',
        application: incidentBridgeMenu,
        link_type: 'LIST',
        name: 'x_incb_bridge_inbox',
        filter: 'ORDERBYDESCsys_created_on',
        hint: 'Webhook events received from remote systems',
        roles: ['x_incb_bridge.admin'],
        active: true,
        order: 600,
    },
})
Record({
    $id: Now.ID['module-log'],
    table: 'sys_app_module',
    data: {
        title: 'Integration Log',
        application: incidentBridgeMenu,
        link_type: 'LIST',
        name: 'x_incb_bridge_log',
        filter: 'ORDERBYDESCsys_created_on',
        hint: 'Every request sent and received, with redacted headers and bodies',
        roles: ['x_incb_bridge.admin'],
        active: true,
        order: 700,
    },
})
Record({
    $id: Now.ID['module-properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        application: incidentBridgeMenu,
        link_type: 'LIST',
        name: 'sys_properties',
        filter: 'nameSTARTSWITHx_incb_bridge.',
        hint: 'System properties of Incident Bridge',
        roles: ['x_incb_bridge.admin'],
        active: true,
        order: 800,
    },
})
