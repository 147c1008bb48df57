// A new connection's value maps come from its preset through the installed after-insert rule; an admin can seed
// again. The seeded rows drive the real value map (state and priority translation) the sender uses.
import ValueMapSeeder from '../../../src/app/azure-devops/ValueMapSeeder';
import { loadConnection } from '../../../src/app/azure-devops/AzureDevOpsConnection';
import { CONNECTION_TABLE, VALUE_MAP_TABLE } from '../../../src/app/core/tables';
import { appInstance } from '../../support/appInstance';


function insertConnection(values: { [field: string]: string }): string {
  const GlideRecord = (global as any).GlideRecord;
  const gr = new GlideRecord(CONNECTION_TABLE);
  gr.initialize();
  gr.setValue('name', 'ADO');
  gr.setValue('type', 'azure_devops');
  for (const field of Object.keys(values)) gr.setValue(field, values[field]);
  return gr.insert();
}

const rowsOf = (instance: ReturnType<typeof appInstance>, connection: string) => instance.db.rows(VALUE_MAP_TABLE, `connection=${connection}`);

describe('the connection insert rule seeds value maps from the preset', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['basic', [['1', 'To Do'], ['2', 'Doing'], ['3', 'Doing'], ['6', 'Done'], ['7', 'Done']]],
    // the connection's type is the dictionary default, Task, which has no Resolved in Agile
    ['agile', [['1', 'New'], ['2', 'Active'], ['6', 'Closed'], ['7', 'Closed']]],
    ['custom', [['1', 'To Do'], ['2', 'Doing'], ['3', 'Blocked'], ['6', 'Done'], ['7', 'Closed']]],
  ];
  test.each(cases)('%s', (preset, states) => {
    const instance = appInstance();
    const connection = insertConnection({ value_map_preset: preset });
    const rows = rowsOf(instance, connection);
    expect(rows.filter((r) => r.field === 'state').map((r) => [r.sn_value, r.remote_value])).toEqual(states);
    expect(rows.filter((r) => r.field === 'priority').map((r) => [r.sn_value, r.remote_value])).toEqual([['1', '1'], ['2', '2'], ['3', '3'], ['4', '4'], ['5', '4']]);
    const valueMap = loadConnection(connection)!.valueMap;
    for (const [sn, remote] of states) expect(valueMap.toRemote('state', sn)).toBe(remote);
    expect(valueMap.toRemote('priority', '5')).toBe('4');
    expect(valueMap.toRemote('state', '8')).toBeNull();
  });

  test.each([
    ['agile', 'Bug', [['1', 'New'], ['2', 'Active'], ['6', 'Resolved'], ['7', 'Closed']]],
    ['scrum', 'Task', [['1', 'To Do'], ['2', 'In Progress'], ['3', 'In Progress'], ['6', 'Done'], ['7', 'Done']]],
    ['scrum', 'Bug', [['1', 'New'], ['2', 'Committed'], ['3', 'Committed'], ['6', 'Done'], ['7', 'Done']]],
    ['cmmi', 'Bug', [['1', 'Proposed'], ['2', 'Active'], ['3', 'Active'], ['6', 'Resolved'], ['7', 'Closed']]],
  ])('%s for work item type %s: the states that type has', (preset, type, states) => {
    const instance = appInstance();
    const connection = insertConnection({ value_map_preset: preset, ado_work_item_type: type });
    expect(rowsOf(instance, connection).filter((r) => r.field === 'state').map((r) => [r.sn_value, r.remote_value])).toEqual(states);
  });

  test('custom maps back both ways; basic folds On Hold into Doing one way only', () => {
    appInstance();
    const custom = loadConnection(insertConnection({ value_map_preset: 'custom' }))!.valueMap;
    expect(custom.toLocal('state', 'Blocked')).toBe('3');
    const basic = loadConnection(insertConnection({ value_map_preset: 'basic' }))!.valueMap;
    expect(basic.toLocal('state', 'Doing')).toBe('2');
  });

  test('no preset, or a webhook connection: nothing is seeded', () => {
    const instance = appInstance();
    expect(rowsOf(instance, insertConnection({}))).toEqual([]);
    expect(rowsOf(instance, insertConnection({ type: 'webhook', value_map_preset: 'basic' }))).toEqual([]);
  });
});

describe('seeding again', () => {
  test('keeps an admin\'s rows unless asked to replace them', () => {
    const instance = appInstance();
    const connection = insertConnection({ value_map_preset: 'basic' });
    const seeder = new ValueMapSeeder();
    expect(seeder.seed(connection, 'agile')).toBe(0);
    expect(rowsOf(instance, connection).some((r) => r.remote_value === 'Active')).toBe(false);
    expect(seeder.seed(connection, 'agile', true)).toBe(9);
    const rows = rowsOf(instance, connection);
    expect(rows).toHaveLength(9);
    expect(rows.some((r) => r.remote_value === 'To Do')).toBe(false);
    expect(seeder.seed(connection, 'waterfall', true)).toBe(0);
  });

  test('seeding again follows the connection\'s work item type as it is now', () => {
    const instance = appInstance();
    const connection = insertConnection({ value_map_preset: 'agile' });
    const gr = new (global as any).GlideRecord(CONNECTION_TABLE);
    gr.get(connection);
    gr.setValue('ado_work_item_type', 'User Story');
    gr.update();
    new ValueMapSeeder().seed(connection, 'agile', true);
    expect(rowsOf(instance, connection).filter((r) => r.field === 'state' && r.sn_value === '6').map((r) => r.remote_value)).toEqual(['Resolved']);
  });
});
