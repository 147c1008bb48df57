// Log hygiene: every hour the retention job deletes integration log rows and finished outbox/inbox entries older
// than x_incb_bridge.log.retention_days, at most x_incb_bridge.retention.batch_size rows per table and run.
import { Property, ScheduledScript } from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

ScheduledScript({
    $id: Now.ID['job-retention'],
    name: 'Incident Bridge: retention',
    active: true,
    frequency: 'periodically',
    executionInterval: { hours: 1 },
    // Fixed, so every build writes the same record.
    executionStart: '2026-01-01 00:23:00',
    timeZone: 'UTC',
    script: Now.include('../../../dist/es5/entry/job/retention_purge.js'),
})

Property({
    $id: Now.ID['property-retention-batch-size'],
    name: 'x_incb_bridge.retention.batch_size',
    type: 'integer',
    value: 1000,
    description:
        'Rows the hourly retention job deletes per table (integration log, outbox, inbox) and run at most, oldest first; a larger backlog is worked off over the following runs.',
    roles: { read: [adminRole], write: [adminRole] },
})
