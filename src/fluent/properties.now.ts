// System properties an admin tunes without a code change. Scripts read them with gs.getProperty (roles below only
// govern who sees and edits them in the UI); a missing or malformed value falls back to the same default in code.
import { Property } from '@servicenow/sdk/core'
import { adminRole } from './roles.now'

Property({
    $id: Now.ID['property-log-max-body-length'],
    name: 'x_incb_bridge.log.max_body_length',
    type: 'integer',
    value: 4000,
    description:
        'Maximum characters of a request or response body kept in the integration log; longer bodies are truncated (after credentials are redacted).',
    roles: { read: [adminRole], write: [adminRole] },
})

Property({
    $id: Now.ID['property-log-retention-days'],
    name: 'x_incb_bridge.log.retention_days',
    type: 'integer',
    value: 30,
    description:
        'Days an integration log entry, and a finished outbox entry (sent, skipped) or inbox entry (processed, ignored), is kept before the retention job deletes it.',
    roles: { read: [adminRole], write: [adminRole] },
})

Property({
    $id: Now.ID['property-inbound-max-body-bytes'],
    name: 'x_incb_bridge.inbound.max_body_bytes',
    type: 'integer',
    value: 1048576,
    description: 'Largest request body, in bytes, the Incident Bridge web hooks and agent API accept; larger requests are rejected with HTTP 413.',
    roles: { read: [adminRole], write: [adminRole] },
})
