// The app's own writes to an incident: the write-back after a work item is created (correlation_id and a "Linked to"
// note) and every change applied from a tracker (fields, comments, files, a new incident). A scoped app may not
// turn business rules off on incident (setWorkflow "can't be set for cross-scoped applications",
// c_GlideRecordScopedAPI.md), and should not: the instance's own rules, audit and notifications must see these
// changes like any other. Only the app's own capture rules must not turn them into outbound work, or a change that
// came from a tracker would be sent back to it (an echo, a loop).
//
// So the writer marks the incident in the session for the length of the save (GlideSession - Scoped
// putClientData/getClientData, c_GlideSessionScopedAPI.md): business rules run inside the save, in the same
// transaction, and the capture rules ask whether the incident they are looking at is being written by the app.
// A person's save in another session is never marked; the mark is put back as it was when the save returns, so a
// later save in the same session is captured as usual.
var OWN_WRITE = 'x_incb_bridge.own_write';

function mark(incidentSysId: string): void {
  gs.getSession().putClientData(OWN_WRITE, incidentSysId);
}

/** Runs `write` (which saves the incident, or attaches a file to it) as the app's own write of that incident. */
export function asOwnWrite<T>(incidentSysId: string, write: () => T): T {
  var outer = gs.getSession().getClientData(OWN_WRITE) || '';
  mark(incidentSysId);
  try {
    return write();
  } finally {
    mark(outer);
  }
}

/** Whether the incident is being written by the app itself right now (see above). */
export function isOwnWrite(incidentSysId: string): boolean {
  return !!incidentSysId && gs.getSession().getClientData(OWN_WRITE) === incidentSysId;
}
