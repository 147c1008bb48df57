// Restoring a saved database into a freshly installed instance (packages/glide-emulator/glide/session/database-restore.ts): data
// from the snapshot, what the installer derives from the build from the build, the package's records that the
// snapshot lacks added back, sys_number counters continued.
import type { DatabaseDump, Instance } from '@incb/glide-emulator';
import { TABLES_FROM_BUILD, restoreDatabase } from '@incb/glide-emulator';
import { appInstance, builtApp } from '../../support/appInstance';

declare const GlideRecord: any;

function newIncident(shortDescription: string): { sys_id: string; number: string } {
  const gr = new GlideRecord('incident');
  gr.initialize();
  gr.setValue('short_description', shortDescription);
  gr.insert();
  return { sys_id: gr.getUniqueValue(), number: gr.getValue('number') };
}

describe('restoreDatabase', () => {
  let saved: DatabaseDump;
  let savedIncidents: Array<{ sys_id: string; number: string }>;
  const property = builtApp().properties[0];

  beforeAll(() => {
    appInstance();
    savedIncidents = [newIncident('one'), newIncident('two')];
    // an admin changes the property (a form save, not a script of the app)
    appInstance.current!.runInScope('global', () => {
      const row = new GlideRecord('sys_properties');
      row.get(property.sysId);
      row.setValue('value', 'changed in the sandbox');
      row.update();
    });
    saved = JSON.parse(JSON.stringify(appInstance.current!.db.dump()));
  });

  function restoredInstance(edit: (dump: DatabaseDump) => void = () => undefined): Instance {
    const dump: DatabaseDump = JSON.parse(JSON.stringify(saved));
    edit(dump);
    const instance = appInstance();
    restoreDatabase(instance, builtApp(), dump);
    return instance;
  }

  test('the data is the snapshot\'s and numbering continues after it', () => {
    const instance = restoredInstance();
    expect(instance.db.rows('incident').map((r) => r.sys_id)).toEqual(savedIncidents.map((i) => i.sys_id));
    expect(newIncident('three').number).toBe(`INC${String(Number(savedIncidents[1].number.slice(3)) + 1).padStart(7, '0')}`);
  });

  test('a property keeps its saved value; one the snapshot lacks comes back from the package', () => {
    expect(restoredInstance().db.get('sys_properties', property.sysId)!.value).toBe('changed in the sandbox');
    const instance = restoredInstance((dump) => {
      dump.tables.sys_properties = dump.tables.sys_properties.filter((r) => r.sys_id !== property.sysId);
    });
    expect(instance.db.get('sys_properties', property.sysId)!.value).toBe(property.value);
  });

  test('a first-install record (the Quickstart plan) is installed once: an admin\'s deletion or change survives a restore', () => {
    const plans = builtApp().records.x_incb_bridge_response_plan;
    expect(plans).toHaveLength(1);
    // the Quickstart plan, and the ATF suites' basic auth profiles (whose passwords an admin sets)
    const profiles = (builtApp().records.sys_auth_profile_basic ?? []).map((p) => p.sys_id);
    expect(profiles).toHaveLength(2);
    expect([...builtApp().firstInstallIds].sort()).toEqual([plans[0].sys_id, ...profiles].sort());
    expect(appInstance().db.get('x_incb_bridge_response_plan', plans[0].sys_id)).not.toBeNull();
    const deleted = restoredInstance((dump) => {
      dump.tables.x_incb_bridge_response_plan = [];
    });
    expect(deleted.db.rows('x_incb_bridge_response_plan')).toEqual([]);
    const changed = restoredInstance((dump) => {
      dump.tables.x_incb_bridge_response_plan[0].condition = 'priority=1^EQ';
    });
    expect(changed.db.get('x_incb_bridge_response_plan', plans[0].sys_id)!.condition).toBe('priority=1^EQ');
  });

  test('what the installer derives from the build comes from the build, not from the snapshot', () => {
    const installed = appInstance();
    const fromBuild = TABLES_FROM_BUILD.map((table) => installed.db.rows(table).length);
    const instance = restoredInstance((dump) => {
      for (const table of TABLES_FROM_BUILD) dump.tables[table] = [{ sys_id: 'f'.repeat(32), name: 'stale' }];
    });
    expect(TABLES_FROM_BUILD.map((table) => instance.db.get(table, 'f'.repeat(32)))).toEqual(TABLES_FROM_BUILD.map(() => null));
    expect(TABLES_FROM_BUILD.map((table) => instance.db.rows(table).length)).toEqual(fromBuild);
  });
});
