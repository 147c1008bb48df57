// The platform rules (packages/glide-emulator/glide/session/platform-rules.ts) on the built app's instance, in Jest: what every
// instance does to incidents whatever app is installed.
import type { Instance } from '@incb/glide-emulator';
import { addPlatformRules } from '@incb/glide-emulator';
import { appInstance } from '../../support/appInstance';

declare const GlideRecord: any;

// The base system's priority lookup rules (ServiceNowDocs problem-management/prioritise-problems.md):
// [impact, urgency, priority]
const LOOKUP: Array<[string, string, string]> = [
  ['1', '1', '1'], ['1', '2', '2'], ['1', '3', '3'],
  ['2', '1', '2'], ['2', '2', '3'], ['2', '3', '4'],
  ['3', '1', '3'], ['3', '2', '4'], ['3', '3', '5'],
];

let instance: Instance;

function insertIncident(values: { [field: string]: string }): any {
  const gr = new GlideRecord('incident');
  gr.initialize();
  for (const [field, value] of Object.entries(values)) gr.setValue(field, value);
  gr.insert();
  return gr;
}

function reload(gr: any): any {
  const fresh = new GlideRecord('incident');
  fresh.get(gr.getUniqueValue());
  return fresh;
}

beforeEach(() => {
  instance = appInstance({ clock: () => Date.UTC(2026, 0, 15, 9, 30, 0) });
  addPlatformRules(instance);
  instance.addUser({ user_name: 'beth', first_name: 'Beth', last_name: 'Writer', roles: ['itil'] });
});

describe('calculatePriority', () => {
  test.each(LOOKUP)('impact %s and urgency %s give priority %s, on insert and on update', (impact, urgency, priority) => {
    const other = LOOKUP.find(([i, u]) => i !== impact || u !== urgency)!;
    const gr = insertIncident({ impact: other[0], urgency: other[1], priority: '1' });
    expect(reload(gr).getValue('priority')).toBe(other[2]);
    gr.setValue('impact', impact);
    gr.setValue('urgency', urgency);
    gr.update();
    expect(reload(gr).getValue('priority')).toBe(priority);
  });

  test('a priority set by a script is overruled by the lookup', () => {
    const gr = insertIncident({ impact: '3', urgency: '3' });
    gr.setValue('priority', '1');
    gr.update();
    expect(reload(gr).getValue('priority')).toBe('5');
  });
});

describe('state stamps and the active flag', () => {
  test('an insert gets opened_at and opened_by even when a script cleared them', () => {
    const gr = instance.runAs('beth', () => insertIncident({ short_description: 'x', opened_at: '', opened_by: '' }));
    const row = reload(gr);
    expect(row.getValue('opened_at')).toBe('2026-01-15 09:30:00');
    expect(row.opened_by.getRefRecord().getValue('user_name')).toBe('beth');
  });

  test('Resolved stamps resolved_at/by and stays active; Closed stamps closed_at/by and is inactive', () => {
    const gr = insertIncident({ short_description: 'x' });
    expect(reload(gr).getValue('active')).toBe('1');
    instance.clock.set(Date.UTC(2026, 0, 16, 8, 0, 0));
    instance.runAs('beth', () => {
      gr.setValue('state', '6');
      gr.update();
    });
    let row = reload(gr);
    expect([row.getValue('resolved_at'), row.resolved_by.getRefRecord().getValue('user_name'), row.getValue('active')]).toEqual(['2026-01-16 08:00:00', 'beth', '1']);
    expect(row.getValue('closed_at')).toBeNull();
    instance.clock.set(Date.UTC(2026, 0, 17, 8, 0, 0));
    gr.setValue('state', '7');
    gr.update();
    row = reload(gr);
    expect([row.getValue('closed_at'), row.closed_by.getRefRecord().getValue('user_name'), row.getValue('active')]).toEqual(['2026-01-17 08:00:00', 'admin', '0']);
    expect(row.getValue('resolved_at')).toBe('2026-01-16 08:00:00');
  });

  test('Canceled closes too; going back to In Progress makes the incident active again', () => {
    const gr = insertIncident({ short_description: 'x', state: '8' });
    expect(reload(gr).getValue('active')).toBe('0');
    expect(reload(gr).getValue('closed_at')).toBe('2026-01-15 09:30:00');
    gr.setValue('state', '2');
    gr.update();
    expect(reload(gr).getValue('active')).toBe('1');
  });

  test('a resolution time the same write sets explicitly is kept (an import carrying its own history)', () => {
    const gr = insertIncident({ short_description: 'x', state: '6', resolved_at: '2025-12-31 23:00:00' });
    expect(reload(gr).getValue('resolved_at')).toBe('2025-12-31 23:00:00');
  });

  test('a write that does not change the state leaves the stamps alone', () => {
    const gr = insertIncident({ short_description: 'x', state: '6' });
    instance.clock.set(Date.UTC(2026, 0, 20, 0, 0, 0));
    gr.setValue('short_description', 'y');
    gr.update();
    expect(reload(gr).getValue('resolved_at')).toBe('2026-01-15 09:30:00');
  });
});
