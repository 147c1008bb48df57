// The event that resumes delivery through a connection when a pause ends (a rate-limit window, a slow-down spacing,
// a circuit breaker cool-down): queued for that moment by the connection gate, handled by the script action
// "Incident Bridge: resume connection" (the outbox dispatcher's resume()). parm1 = connection sys_id.
export var CONNECTION_RESUME_EVENT = 'x_incb_bridge.connection.resume';
