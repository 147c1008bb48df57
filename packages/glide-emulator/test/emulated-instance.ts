// One emulated instance per test, on a fixed clock, with its script globals (GlideRecord, gs...) installed on a
// plain object so tests can call them like a script would.
import GlideEmulator from '../glide/index';
import { Instance, InstanceOptions } from '../glide/contract';

/** the scope of the app these tests stand for (an instance is created for one application's scripts) */
export const APP_SCOPE = 'x_incb_bridge';

/** 2024-05-17 09:30:00 UTC */
export const START = Date.UTC(2024, 4, 17, 9, 30, 0);

export function emulate(options: InstanceOptions = {}): { instance: Instance; glide: any } {
  const instance = GlideEmulator.createInstance({ clock: () => START, scope: APP_SCOPE, ...options });
  const glide: any = {};
  instance.install(glide);
  return { instance, glide };
}

/** inserts an incident through GlideRecord and returns its sys_id */
export function newIncident(glide: any, values: { [field: string]: any } = {}): string {
  const gr = new glide.GlideRecord('incident');
  gr.initialize();
  for (const name of Object.keys(values)) gr.setValue(name, values[name]);
  return gr.insert();
}
