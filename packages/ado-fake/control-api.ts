// HTTP control endpoints under /_fake/ so the sandbox's users (scripts, a ServiceNow instance's tests, humans with
// curl) can drive the fake at run time exactly as tests do through its methods. Unauthenticated: the fake only
// listens on 127.0.0.1. Not recorded in fake.requests (they are not Azure DevOps traffic).
import { FaultRule } from './fault-injector';
import { RateLimitConfig } from './rate-limiter';
import { HookSubscriptionInput } from './service-hooks';

export interface ControlTarget {
  state(): unknown;
  addFault(rule: FaultRule): unknown;
  clearFaults(): void;
  setRateLimit(config: RateLimitConfig | null): void;
  subscribe(input: HookSubscriptionInput): unknown;
  unsubscribe(id: string): void;
  pauseHooks(): void;
  resumeHooks(): void;
  redeliver(deliveryId: string): unknown;
  deliveries: unknown[];
}

export const CONTROL_PREFIX = '/_fake/';

/** Answers a control request: [status, JSON body or undefined]. Bad input is 400 with {message}. */
export function handleControl(target: ControlTarget, method: string, path: string, body: unknown): [number, unknown] {
  const route = `${method.toUpperCase()} ${path.slice(CONTROL_PREFIX.length - 1)}`;
  try {
    let m: RegExpExecArray | null;
    if (route === 'GET /state') return [200, target.state()];
    if (route === 'POST /faults') return [201, target.addFault(body as FaultRule)];
    if (route === 'DELETE /faults') return [204, target.clearFaults()];
    if (route === 'PUT /rate-limit') return [200, target.setRateLimit(body as RateLimitConfig)];
    if (route === 'DELETE /rate-limit') return [204, target.setRateLimit(null)];
    if (route === 'POST /subscriptions') return [201, target.subscribe(body as HookSubscriptionInput)];
    if ((m = /^DELETE \/subscriptions\/([^/]+)$/.exec(route))) return [204, target.unsubscribe(m[1])];
    if (route === 'POST /hooks/pause') return [204, target.pauseHooks()];
    if (route === 'POST /hooks/resume') return [204, target.resumeHooks()];
    if (route === 'GET /deliveries') return [200, target.deliveries];
    if ((m = /^POST \/deliveries\/([^/]+)\/redeliver$/.exec(route))) return [201, target.redeliver(m[1])];
    return [404, { message: `No control endpoint ${route}` }];
  } catch (e) {
    return [400, { message: (e as Error).message }];
  }
}
