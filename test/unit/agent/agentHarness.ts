// The built app installed in an emulated instance (see test/support/instance-http-harness.ts) plus the
// platform's own incident rules (priority lookup, resolution stamps, active flag) that every instance has, so the
// agent API's writes meet what they meet on an instance. Requests go through the instance's HTTP surface: the
// installed route scripts, the built AgentApi include, authentication and each route's REST endpoint ACL.
import { addPlatformRules } from '@incb/glide-emulator';
import { CallOptions, CallResult, Sandbox, call, sandbox } from '../../support/instance-http-harness';

export const AGENT = '/api/x_incb_bridge/v1/agent';
export type { Sandbox, CallResult };

export function agentBox(): Sandbox {
  const box = sandbox();
  addPlatformRules(box.instance);
  return box;
}

/** A request as the agent user (unless options.user says otherwise). */
export function agentCall(box: Sandbox, method: string, path: string, options: CallOptions = {}): CallResult {
  return call(box, method, AGENT + path, { user: 'agent', ...options });
}

export interface IncidentRef {
  sys_id: string;
  number: string;
}

/** Inserts an incident through GlideRecord (business rules run) as the given user (default admin). */
export function addIncident(box: Sandbox, values: { [field: string]: string } = {}, user = 'admin'): IncidentRef {
  return box.instance.runAs(user, () => {
    const gr = new box.glide.GlideRecord('incident');
    gr.initialize();
    gr.setValue('short_description', 'Checkout API returns 502');
    for (const [name, value] of Object.entries(values)) gr.setValue(name, value);
    const sysId = gr.insert();
    return { sys_id: sysId, number: box.instance.db.get('incident', sysId)!.number };
  });
}

/** Updates an incident through GlideRecord as `user` (journal fields included). */
export function updateIncident(box: Sandbox, sysId: string, values: { [field: string]: string }, user = 'admin'): void {
  box.instance.runAs(user, () => {
    const gr = new box.glide.GlideRecord('incident');
    if (!gr.get(sysId)) throw new Error('no incident ' + sysId);
    for (const [name, value] of Object.entries(values)) gr.setValue(name, value);
    gr.update();
  });
}

/** The stored incident row and its journal rows: what must not change when a request fails. */
export function incidentState(box: Sandbox, sysId: string): { row: { [field: string]: string }; journal: number } {
  return { row: box.instance.db.get('incident', sysId)!, journal: box.instance.db.rows('sys_journal_field', `element_id=${sysId}`).length };
}

export function addPlan(box: Sandbox, values: { [field: string]: string }): string {
  return box.instance.db.insert('x_incb_bridge_response_plan', { active: 'true', autonomy: 'autonomous', ...values });
}
