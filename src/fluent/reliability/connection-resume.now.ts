// Delivery resumes the moment a connection's pause ends: a rate-limit window (429/503 with Retry-After), the spacing
// of a slow-down near the limit, or a circuit breaker cool-down. The connection gate queues this event for that
// time (gs.eventQueueScheduled); its script action delivers the connection's due entries until it pauses again.
// The every-minute sweep would get there too, only later.
import { Record, ScriptAction } from '@servicenow/sdk/core'

export const connectionResumeEvent = Record({
    $id: Now.ID['event-connection-resume'],
    table: 'sysevent_register',
    data: {
        suffix: 'connection.resume',
        event_name: 'x_incb_bridge.connection.resume',
        table: 'x_incb_bridge_connection',
        description: 'A pause of the connection (rate limit, slow-down, circuit breaker) ends: deliver its due outbox entries (parm1 connection)',
        fired_by: 'Incident Bridge connection gate (scheduled for the end of the pause)',
        priority: 100,
    },
})

ScriptAction({
    $id: Now.ID['script-action-connection-resume'],
    name: 'Incident Bridge: resume connection',
    eventName: 'x_incb_bridge.connection.resume',
    active: true,
    order: 100,
    description: 'Delivers the due outbox entries of the connection named by the event, longest waiting first, until it pauses again (OutboxDispatcher.resume).',
    script: Now.include('../../../dist/es5/entry/action/connection_resume.js'),
})
