// A new Azure DevOps connection starts with value maps from the preset its admin picked (Basic, Agile or a custom
// process with Blocked), which the admin then edits. After insert, so the connection's sys_id exists; a connection
// created with value maps already (an import) keeps them.
import { BusinessRule } from '@servicenow/sdk/core'

BusinessRule({
    $id: Now.ID['br-connection-seed-value-maps'],
    name: 'Incident Bridge: seed value maps',
    table: 'x_incb_bridge_connection',
    when: 'after',
    action: ['insert'],
    filterCondition: 'type=azure_devops^value_map_presetISNOTEMPTY',
    order: 100,
    active: true,
    description: 'Inserts the state and priority value maps of the connection\'s value map preset when the new connection has none.',
    script: Now.include('../../../dist/es5/entry/br/connection_seed_value_maps.js'),
})
