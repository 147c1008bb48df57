// The retry policy's limits that apply to every connection (read by src/app/reliability/reliabilitySettings.ts,
// which falls back to these same defaults when a value is missing or malformed). Attempts and the request timeout
// are per connection (its Maximum attempts and Request timeout), with the outbox properties as defaults.
import { Property } from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

Property({
    $id: Now.ID['property-rate-limit-slow-down-below'],
    name: 'x_incb_bridge.rate_limit.slow_down_below',
    type: 'integer',
    value: 20,
    description:
        'When Azure DevOps reports fewer TSTUs left than this (X-RateLimit-Remaining), requests through the connection are spaced so the remaining budget is no longer drawn down. 0 turns the slow-down off.',
    roles: { read: [adminRole], write: [adminRole] },
})

Property({
    $id: Now.ID['property-rate-limit-default-pause-seconds'],
    name: 'x_incb_bridge.rate_limit.default_pause_seconds',
    type: 'integer',
    value: 60,
    description:
        'Seconds a connection pauses after an HTTP 429 that gives neither Retry-After nor X-RateLimit-Delay. A Retry-After (seconds or HTTP date) is always honoured as given.',
    roles: { read: [adminRole], write: [adminRole] },
})

Property({
    $id: Now.ID['property-circuit-failure-threshold'],
    name: 'x_incb_bridge.circuit.failure_threshold',
    type: 'integer',
    value: 5,
    description:
        'Deliveries through a connection that fail in a row because Azure DevOps is unavailable (no answer, timeout, 5xx) before the connection pauses for the cool-down (circuit breaker).',
    roles: { read: [adminRole], write: [adminRole] },
})

Property({
    $id: Now.ID['property-circuit-cooldown-seconds'],
    name: 'x_incb_bridge.circuit.cooldown_seconds',
    type: 'integer',
    value: 300,
    description:
        'Seconds an open circuit pauses a connection; then one delivery goes out as a probe: success closes the circuit, failure opens it for another cool-down.',
    roles: { read: [adminRole], write: [adminRole] },
})
