// Delivery runs on the platform's async machinery, never in the user's transaction: each outbox entry queues the
// event below, whose script action dispatches that incident's entries on whichever node's event processor picks it
// up; the scheduled sweep catches retries that came due, abandoned claims and anything an event missed.
import { Record, ScheduledScript, ScriptAction } from '@servicenow/sdk/core'

export const outboxQueuedEvent = Record({
    $id: Now.ID['event-outbox-queued'],
    table: 'sysevent_register',
    data: {
        suffix: 'outbox.queued',
        event_name: 'x_incb_bridge.outbox.queued',
        table: 'x_incb_bridge_outbox',
        description: 'An outbox entry was written: dispatch the entries of its incident (parm1 connection, parm2 incident)',
        fired_by: 'Script include OutboxCapture (business rules Incident Bridge: capture ...)',
        priority: 100,
    },
})

ScriptAction({
    $id: Now.ID['script-action-outbox-dispatch'],
    name: 'Incident Bridge: dispatch outbox',
    eventName: 'x_incb_bridge.outbox.queued',
    active: true,
    order: 100,
    description: 'Claims, coalesces and sends the queued outbox entries of the incident named by the event (OutboxDispatcher.dispatch).',
    script: Now.include('../../../dist/es5/entry/action/outbox_queued.js'),
})

ScheduledScript({
    $id: Now.ID['job-outbox-sweep'],
    name: 'Incident Bridge: outbox sweep',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    // Fixed, so every build writes the same record.
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: Now.include('../../../dist/es5/entry/job/outbox_sweep.js'),
})
