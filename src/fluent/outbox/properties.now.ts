// Limits of outbox delivery an admin tunes without a code change (read by src/app/queue/outboxSettings.ts, which
// falls back to these same defaults when a value is missing, malformed or not positive).
import { Property } from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

Property({
    $id: Now.ID['property-outbox-claim-timeout-seconds'],
    name: 'x_incb_bridge.outbox.claim_timeout_seconds',
    type: 'integer',
    value: 300,
    description:
        'Seconds after which an outbox entry still in state Sending is considered abandoned by its dispatcher (for example a node restart) and queued again by the sweep. Keep it above the longest request timeout.',
    roles: { read: [adminRole], write: [adminRole] },
})

Property({
    $id: Now.ID['property-outbox-max-attempts'],
    name: 'x_incb_bridge.outbox.max_attempts',
    type: 'integer',
    value: 8,
    description:
        'Delivery attempts of an outbox entry before it is marked Dead. A connection with its own Max attempts overrides this.',
    roles: { read: [adminRole], write: [adminRole] },
})

Property({
    $id: Now.ID['property-outbox-backoff-base-seconds'],
    name: 'x_incb_bridge.outbox.backoff_base_seconds',
    type: 'integer',
    value: 30,
    description:
        'Retry delay ceiling after the first failed attempt, in seconds; it doubles with each further attempt and the actual delay is random below it. A Retry-After from Azure DevOps is honoured when longer.',
    roles: { read: [adminRole], write: [adminRole] },
})

Property({
    $id: Now.ID['property-outbox-backoff-max-seconds'],
    name: 'x_incb_bridge.outbox.backoff_max_seconds',
    type: 'integer',
    value: 3600,
    description: 'Largest retry delay ceiling, in seconds.',
    roles: { read: [adminRole], write: [adminRole] },
})
