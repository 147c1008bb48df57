// GET /agent/health: "is this agent connected?" answered for the caller. The route already proved authentication and
// the REST endpoint ACL; this adds what an agent's operator needs to fix a broken set-up, each problem with a code
// and a specific message: the caller lacks the agent role (it came in through another role the ACL admits), the
// application is inactive, or incidents cannot be read by the app in this instance.
// Incident access is probed the way the API reads incidents (GlideRecord as the app, one row): the agent role is
// the gate to incident data, not the caller's own incident ACLs (agents have no table access by design).
import { currentApp } from '../platform/appInfo';
import { INCIDENT_TABLE } from '../core/tables';

export var AGENT_ROLE = 'x_incb_bridge.agent';
export var ADMIN_ROLE = 'x_incb_bridge.admin';

export interface HealthProblem {
  code: 'missing_agent_role' | 'app_inactive' | 'incident_read_failed';
  message: string;
}

export interface AgentHealth {
  status: 'ok' | 'problem';
  authenticated: boolean;
  user: { sys_id: string; user_name: string; name: string };
  roles: { agent: boolean; admin: boolean };
  can_read_incidents: boolean;
  app: { name: string; scope: string; version: string; active: boolean };
  problems: HealthProblem[];
  checked_at: string;
}

/** Whether the app's scripts can query incidents: the table exists for the app and a one-row query runs. */
function incidentsReadable(): boolean {
  try {
    var gr = new GlideRecord(INCIDENT_TABLE);
    if (!gr.isValid()) return false;
    gr.setLimit(1);
    gr.query();
    return true;
  } catch (e) {
    return false;
  }
}

export function agentHealth(checkedAt: string): AgentHealth {
  var problems: HealthProblem[] = [];
  var roles = { agent: gs.hasRole(AGENT_ROLE), admin: gs.hasRole(ADMIN_ROLE) };
  if (!roles.agent) {
    problems.push({ code: 'missing_agent_role', message: 'User ' + gs.getUserName() + ' does not have the ' + AGENT_ROLE + ' role that AI SRE agents need; grant it to the agent\'s user.' });
  }
  var info = currentApp();
  var active = info.active;
  if (!active) problems.push({ code: 'app_inactive', message: 'The Incident Bridge application (' + info.scope + ') is inactive on this instance; an admin must activate it.' });
  var readable = incidentsReadable();
  if (!readable) {
    problems.push({ code: 'incident_read_failed', message: 'Incident Bridge cannot read the incident table on this instance; check the table\'s application access for the ' + info.scope + ' scope.' });
  }
  return {
    status: problems.length ? 'problem' : 'ok',
    authenticated: true,
    user: { sys_id: gs.getUserID(), user_name: gs.getUserName(), name: gs.getUserDisplayName() },
    roles: roles,
    can_read_incidents: readable,
    app: { name: info.name, scope: info.scope, version: info.version, active: active },
    problems: problems,
    checked_at: checkedAt,
  };
}
