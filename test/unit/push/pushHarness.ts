// An emulated instance with the built package installed (its incident push rule, outbox event and dispatch action
// are the installed ones), the platform's incident rules, and the app's push and outbox includes resolved to their
// TypeScript sources. Outbound HTTP goes to a recording transport whose answers the test chooses.
import OutboxDispatcher from '../../../src/app/outbox/OutboxDispatcher';
import PushCapture from '../../../src/app/push/PushCapture';
import PushSender from '../../../src/app/push/PushSender';
import { CONNECTION_TABLE } from '../../../src/app/core/tables';
import { HttpRequest, HttpResponse, Instance } from '@incb/glide-emulator';
import { addPlatformRules } from '@incb/glide-emulator';
import { appInstance } from '../../support/appInstance';

declare const GlideRecord: any;

/** 2026-11-22 10:00:00 UTC */
export const START = Date.UTC(2026, 10, 22, 10, 0, 0);
export const SIGNING_KEY = 'whsec_9f2c4e7a1b3d5f60';
export const HOOK_URL = 'https://agent.example.test/hooks/servicenow';

export interface Recorder {
  requests: HttpRequest[];
  /** answers by call; the last one repeats */
  answers: HttpResponse[];
}

export function pushInstance(): { instance: Instance; http: Recorder } {
  const instance = appInstance();
  instance.clock.set(START);
  addPlatformRules(instance);
  Object.assign(global as any, { OutboxDispatcher, PushCapture, PushSender });
  const http: Recorder = { requests: [], answers: [{ status: 202, headers: {}, body: '' }] };
  instance.http.setTransport({
    send(request: HttpRequest): HttpResponse {
      http.requests.push(request);
      return http.answers.length > 1 ? http.answers.shift()! : http.answers[0];
    },
  });
  return { instance, http };
}

export function addWebhook(instance: Instance, values: { [field: string]: string } = {}): string {
  return instance.db.insert(CONNECTION_TABLE, { name: 'SRE agent', type: 'webhook', active: 'true', base_url: HOOK_URL, signing_key: SIGNING_KEY, ...values });
}

export function addPlan(instance: Instance, values: { [field: string]: string }): string {
  return instance.db.insert('x_incb_bridge_response_plan', { name: 'Critical', active: 'true', autonomy: 'autonomous', condition: 'priority=1^EQ', ...values });
}

/** Inserts an incident through GlideRecord (business rules run); returns its sys_id. */
export function createIncident(values: { [field: string]: string } = {}): string {
  const gr = new GlideRecord('incident');
  gr.initialize();
  gr.setValue('short_description', 'Checkout API returns 502');
  for (const [field, value] of Object.entries(values)) gr.setValue(field, value);
  return gr.insert();
}

export function updateIncident(sysId: string, values: { [field: string]: string }): void {
  const gr = new GlideRecord('incident');
  if (!gr.get(sysId)) throw new Error('no incident ' + sysId);
  for (const [field, value] of Object.entries(values)) gr.setValue(field, value);
  gr.update();
}

export function pushEntries(instance: Instance): Array<{ [field: string]: string }> {
  return instance.db.rows('x_incb_bridge_outbox', 'operation=push^ORDERBYsequence');
}
