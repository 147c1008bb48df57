// The connection health check: every 30 minutes each active Azure DevOps connection makes one cheap authenticated
// call (its work item type in its project) and records health_status / health_checked_at / health_error with the
// exact cause; admins can run it for one connection from its form.
import { Property, ScheduledScript, UiAction } from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

ScheduledScript({
    $id: Now.ID['job-connection-health-check'],
    name: 'Incident Bridge: connection health check',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 30 },
    // Fixed, so every build writes the same record.
    executionStart: '2026-01-01 00:07:00',
    timeZone: 'UTC',
    script: Now.include('../../../dist/es5/entry/job/connection_health_check.js'),
})

Property({
    $id: Now.ID['property-health-refresh-token-warning-days'],
    name: 'x_incb_bridge.health.refresh_token_warning_days',
    type: 'integer',
    value: 14,
    description:
        'The health check reports a connection as degraded when the refresh token of its OAuth profile expires within this many days (re-authorize the profile before then).',
    roles: { read: [adminRole], write: [adminRole] },
})

UiAction({
    $id: Now.ID['ui-action-connection-check'],
    table: 'x_incb_bridge_connection',
    name: 'Check connection',
    actionName: 'x_incb_bridge_connection_check',
    active: true,
    hint: 'Call Azure DevOps once with this connection\'s credential and record its health',
    comments: 'Runs ConnectionHealthCheck.check for this connection and shows the result.',
    condition: "current.type == 'azure_devops'",
    showUpdate: true,
    showInsert: false,
    form: { showButton: true, style: 'unstyled' },
    roles: [adminRole],
    order: 100,
    script: Now.include('../../../dist/es5/entry/ui/connection_check.js'),
})
