// Faults for the next N matching requests, so clients can be tested against what networks and Azure DevOps do:
// - status: answer 500/502/503 (optionally with Retry-After) without processing the request
// - delay: hold the request for delayMs, then process it, unless the client gave up meanwhile
// - reset: destroy the connection without an answer (nothing processed)
// - malformed: process the request, answer 200 with a body that is not JSON
// - deeplyNested: process the request, answer 200 with valid JSON nested DEEPLY_NESTED_LEVELS deep: what a broken or
//   hostile server can send, and what a Rhino-based engine's JSON.parse dies on (a StackOverflowError no catch sees)
// - createThenTimeout: process the request (e.g. create the work item, fire hooks), never complete the response:
//   the ambiguous case where the client cannot know whether its create happened

export type FaultMode = 'status' | 'delay' | 'reset' | 'malformed' | 'deeplyNested' | 'createThenTimeout';
export const FAULT_MODES: FaultMode[] = ['status', 'delay', 'reset', 'malformed', 'deeplyNested', 'createThenTimeout'];

/** Levels of the "deeplyNested" answer: a hundred times what kills Rhino's JSON.parse, under 1 MiB. */
export const DEEPLY_NESTED_LEVELS = 200000;

export interface FaultRule {
  mode: FaultMode;
  /** how many matching requests it affects (default 1) */
  count?: number;
  /** only requests with this method */
  method?: string;
  /** only requests whose path contains this text (case-insensitive), e.g. "/_apis/wit/workitems/$" */
  pathContains?: string;
  /** for mode "status" */
  status?: number;
  retryAfterSeconds?: number;
  /** for mode "delay" */
  delayMs?: number;
}

export interface ActiveFault extends FaultRule {
  id: number;
  remaining: number;
}

export class FaultInjector {
  private readonly rules: ActiveFault[] = [];
  private nextId = 1;

  add(rule: FaultRule): ActiveFault {
    if (FAULT_MODES.indexOf(rule.mode) < 0) throw new Error(`Unknown fault mode ${rule.mode}: use ${FAULT_MODES.join(', ')}`);
    if (rule.mode === 'status' && !(typeof rule.status === 'number' && rule.status >= 400 && rule.status <= 599)) {
      throw new Error('A status fault needs a status between 400 and 599 (e.g. 500, 502, 503)');
    }
    if (rule.mode === 'delay' && !(typeof rule.delayMs === 'number' && rule.delayMs >= 0)) throw new Error('A delay fault needs delayMs >= 0');
    const count = rule.count ?? 1;
    if (!(Number.isInteger(count) && count > 0)) throw new Error('A fault count must be a positive integer');
    const active: ActiveFault = { ...rule, id: this.nextId++, remaining: count };
    this.rules.push(active);
    return active;
  }

  /** The first rule matching the request, with one use consumed; rules are dropped when used up. */
  take(method: string, path: string): ActiveFault | undefined {
    const rule = this.rules.find(
      (r) => (!r.method || r.method.toUpperCase() === method.toUpperCase()) && (!r.pathContains || path.toLowerCase().indexOf(r.pathContains.toLowerCase()) >= 0),
    );
    if (!rule) return undefined;
    rule.remaining--;
    if (rule.remaining === 0) this.rules.splice(this.rules.indexOf(rule), 1);
    return { ...rule };
  }

  list(): ActiveFault[] {
    return this.rules.map((r) => ({ ...r }));
  }

  clear(): void {
    this.rules.length = 0;
  }
}
