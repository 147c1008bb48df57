// GlideRecord and GlideElement behaving as on an instance: elements are objects, values are strings, unknown
// fields and tables fail quietly, unchanged updates are no-ops, sys_ fields and numbers are maintained.
import { emulate, newIncident } from './emulated-instance';

describe('field access returns GlideElements, not primitives', () => {
  test('strict equality with a string fails, loose equality and concatenation use the value', () => {
    const { glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    gr.get(newIncident(glide, { state: 2, short_description: 'Disk full' }));
    expect(gr.state === '2').toBe(false);
    expect(gr.state == '2').toBe(true);
    expect(typeof gr.state).toBe('object');
    expect('' + gr.short_description).toBe('Disk full');
    expect(gr.priority < 5).toBe(true);
  });

  test('assigning a field sets its value; unknown fields are ignored', () => {
    const { instance, glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    gr.initialize();
    gr.short_description = 'Printer on fire';
    gr.u_not_a_field = 'ignored';
    gr.setValue('also_not_a_field', 'ignored');
    const id = gr.insert();
    const row = instance.db.get('incident', id)!;
    expect(row.short_description).toBe('Printer on fire');
    expect(row).not.toHaveProperty('u_not_a_field');
    expect(row).not.toHaveProperty('also_not_a_field');
  });

  test('getValue returns null for empty or unknown fields and booleans as "1"/"0"; toString gives true/false', () => {
    const { glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    gr.get(newIncident(glide));
    expect(gr.getValue('description')).toBeNull();
    expect(gr.getValue('no_such_field')).toBeNull();
    expect(gr.getValue('active')).toBe('1');
    expect(gr.active.toString()).toBe('true');
    gr.active = false;
    expect(gr.getValue('active')).toBe('0');
    expect(gr.description.nil()).toBe(true);
    expect(gr.short_description.getValue()).toBeNull();
  });

  test('values are normalized by type: integers, booleans, references from GlideRecords, NULL clears', () => {
    const { instance, glide } = emulate();
    const user = new glide.GlideRecord('sys_user');
    user.get('user_name', 'admin');
    const gr = new glide.GlideRecord('incident');
    gr.initialize();
    gr.priority = 2.7;
    gr.impact = '02';
    gr.knowledge = 1;
    gr.assigned_to = user;
    gr.description = 'to be cleared';
    const id = gr.insert();
    expect(instance.db.get('incident', id)).toMatchObject({ priority: '2', impact: '2', knowledge: 'true', assigned_to: user.getUniqueValue() });
    gr.description = 'NULL';
    gr.update();
    expect(instance.db.get('incident', id)!.description).toBe('');
  });

  test('strings longer than the column are truncated on write', () => {
    const { instance, glide } = emulate();
    const id = newIncident(glide, { short_description: 'x'.repeat(200) });
    expect(instance.db.get('incident', id)!.short_description).toHaveLength(160);
  });
});

describe('an unknown table', () => {
  test('gives an invalid GlideRecord whose operations fail quietly, with an error logged', () => {
    const { instance, glide } = emulate();
    const gr = new glide.GlideRecord('u_no_such_table');
    expect(gr.isValid()).toBe(false);
    gr.addQuery('name', 'x');
    gr.query();
    expect(gr.next()).toBe(false);
    gr.initialize();
    gr.setValue('name', 'x');
    expect(gr.insert()).toBeNull();
    expect(gr.get('anything')).toBe(false);
    expect(instance.logs.some((l) => l.level === 'error' && l.message.indexOf('u_no_such_table') >= 0)).toBe(true);
  });
});

describe('insert', () => {
  test('assigns sys_id, sys_ fields, dictionary defaults and the next number', () => {
    const { instance, glide } = emulate();
    const first = newIncident(glide);
    const second = newIncident(glide);
    const row = instance.db.get('incident', first)!;
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(row).toMatchObject({
      number: 'INC0010001',
      sys_class_name: 'incident',
      sys_created_on: '2024-05-17 09:30:00',
      sys_created_by: 'admin',
      sys_updated_by: 'admin',
      sys_mod_count: '0',
      state: '1',
      active: 'true',
      opened_at: '2024-05-17 09:30:00',
      opened_by: '6816f79cc0a8016401c5a33be04be441',
    });
    expect(instance.db.get('incident', second)!.number).toBe('INC0010002');
    const problem = new glide.GlideRecord('problem');
    problem.initialize();
    expect(instance.db.get('problem', problem.insert())!.number).toBe('PRB0010001');
  });

  test('a value set by the script wins over the default; newRecord applies defaults before insert', () => {
    const { glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    gr.newRecord();
    expect(gr.isNewRecord()).toBe(true);
    expect(gr.getUniqueValue()).toMatch(/^[0-9a-f]{32}$/);
    expect(gr.getValue('state')).toBe('1');
    expect(gr.getValue('number')).toBe('INC0010001');
    const plain = new glide.GlideRecord('incident');
    plain.initialize();
    expect(plain.getValue('state')).toBeNull();
    plain.state = 2;
    plain.insert();
    expect(plain.getValue('state')).toBe('2');
  });

  test('autoSysFields(false) leaves the sys_ audit fields alone', () => {
    const { instance, glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    gr.initialize();
    gr.autoSysFields(false);
    gr.setValue('sys_created_on', '2020-01-01 00:00:00');
    const id = gr.insert();
    expect(instance.db.get('incident', id)).toMatchObject({ sys_created_on: '2020-01-01 00:00:00', sys_created_by: '', sys_mod_count: '' });
  });
});

describe('update', () => {
  test('writes changes, bumps sys_mod_count and sys_updated_on', () => {
    const { instance, glide } = emulate();
    const id = newIncident(glide, { short_description: 'before' });
    instance.clock.advance(60000);
    const gr = new glide.GlideRecord('incident');
    gr.get(id);
    gr.short_description = 'after';
    expect(gr.update()).toBe(id);
    expect(instance.db.get('incident', id)).toMatchObject({ short_description: 'after', sys_mod_count: '1', sys_updated_on: '2024-05-17 09:31:00', sys_created_on: '2024-05-17 09:30:00' });
  });

  test('an update that changes nothing is a no-op: no rules, no sys_mod_count', () => {
    const { instance, glide } = emulate();
    const id = newIncident(glide, { short_description: 'same' });
    let ran = 0;
    instance.addBusinessRule({ name: 'count', table: 'incident', when: 'before', update: true, script: () => { ran++; } });
    const gr = new glide.GlideRecord('incident');
    gr.get(id);
    gr.short_description = 'same';
    instance.db.resetStats();
    expect(gr.update()).toBe(id);
    expect(ran).toBe(0);
    expect(instance.db.get('incident', id)!.sys_mod_count).toBe('0');
    expect(instance.db.stats().updates).toBe(0);
    gr.setForceUpdate(true);
    gr.update();
    expect(ran).toBe(1);
    expect(instance.db.get('incident', id)!.sys_mod_count).toBe('1');
  });

  test('update() on a record that was never inserted inserts it', () => {
    const { instance, glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    gr.initialize();
    gr.short_description = 'via update';
    const id = gr.update();
    expect(instance.db.get('incident', id)!.short_description).toBe('via update');
  });
});

describe('get, query and navigation', () => {
  test('get by sys_id, by field, by display value; a miss returns false', () => {
    const { glide } = emulate();
    const id = newIncident(glide, { short_description: 'findable' });
    const gr = new glide.GlideRecord('incident');
    expect(gr.get(id)).toBe(true);
    expect(gr.isValidRecord()).toBe(true);
    expect(gr.get('short_description', 'findable')).toBe(true);
    expect(gr.getUniqueValue()).toBe(id);
    expect(gr.get('INC0010001')).toBe(true);
    expect(gr.get('0123456789abcdef0123456789abcdef')).toBe(false);
    expect(gr.isValidRecord()).toBe(false);
    expect(gr.get('')).toBe(false);
  });

  test('setLimit, chooseWindow, getRowCount, hasNext and orderByDesc', () => {
    const { glide } = emulate();
    for (let i = 1; i <= 5; i++) newIncident(glide, { short_description: 'n' + i });
    const gr = new glide.GlideRecord('incident');
    gr.orderByDesc('number');
    gr.setLimit(2);
    gr.query();
    expect(gr.getRowCount()).toBe(2);
    const seen: string[] = [];
    while (gr.next()) seen.push(gr.getValue('number'));
    expect(seen).toEqual(['INC0010005', 'INC0010004']);
    expect(gr.hasNext()).toBe(false);
    const window = new glide.GlideRecord('incident');
    window.orderBy('number');
    window.chooseWindow(2, 4);
    window.query();
    window.next();
    expect(window.getValue('number')).toBe('INC0010003');
    expect(window.getRowCount()).toBe(2);
  });

  test('a query on task returns incidents with their class; the task GlideRecord only has task fields', () => {
    const { glide } = emulate();
    newIncident(glide, { short_description: 'an incident' });
    const task = new glide.GlideRecord('task');
    task.query();
    expect(task.next()).toBe(true);
    expect(task.getRecordClassName()).toBe('incident');
    expect(task.getTableName()).toBe('task');
    expect(task.caller_id).toBeUndefined();
    const change = new glide.GlideRecord('change_request');
    change.query();
    expect(change.next()).toBe(false);
  });
});

describe('display values and references', () => {
  test('choice labels, reference display values, record display value and dot-walking', () => {
    const { instance, glide } = emulate();
    const caller = instance.addUser({ user_name: 'abel.tuter', first_name: 'Abel', last_name: 'Tuter', email: 'abel@example.com' });
    const id = newIncident(glide, { caller_id: caller, state: 6, priority: 1 });
    const gr = new glide.GlideRecord('incident');
    gr.get(id);
    expect(gr.state.getDisplayValue()).toBe('Resolved');
    expect(gr.getDisplayValue('priority')).toBe('1 - Critical');
    expect(gr.caller_id.getDisplayValue()).toBe('Abel Tuter');
    expect(gr.getDisplayValue()).toBe('INC0010001');
    expect(gr.caller_id.email.toString()).toBe('abel@example.com');
    expect(gr.getElement('caller_id.first_name').toString()).toBe('Abel');
    expect(gr.caller_id.getRefRecord().getValue('user_name')).toBe('abel.tuter');
    gr.caller_id = '';
    expect(gr.caller_id.name.toString()).toBe('');
    expect(gr.caller_id.getRefRecord().isValidRecord()).toBe(false);
  });

  test('setDisplayValue resolves a reference by its display value and a choice by its label', () => {
    const { glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    gr.initialize();
    gr.caller_id.setDisplayValue('System Administrator');
    gr.state.setDisplayValue('On Hold');
    expect(gr.getValue('caller_id')).toBe('6816f79cc0a8016401c5a33be04be441');
    expect(gr.getValue('state')).toBe('3');
    // a plain assignment stores the text as is: a display value is not a sys_id, so the reference displays nothing
    gr.caller_id = 'System Administrator';
    expect(gr.getValue('caller_id')).toBe('System Administrator');
    expect(gr.caller_id.getDisplayValue()).toBe('');
  });

  test('element metadata: label, name, reference table, internal type', () => {
    const { glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    expect(gr.caller_id.getLabel()).toBe('Caller');
    expect(gr.close_code.getLabel()).toBe('Resolution code');
    expect(gr.caller_id.getReferenceTable()).toBe('sys_user');
    expect(gr.getElement('work_notes').getED().getInternalType()).toBe('journal_input');
    expect(gr.isValidField('correlation_id')).toBe(true);
    expect(gr.isValidField('nope')).toBe(false);
  });
});

describe('changes', () => {
  test('changes, changesFrom and changesTo compare with the value as loaded', () => {
    const { glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    gr.get(newIncident(glide, { state: 1 }));
    expect(gr.changes()).toBe(false);
    gr.state = 2;
    expect(gr.state.changes()).toBe(true);
    expect(gr.state.changesFrom(1)).toBe(true);
    expect(gr.state.changesTo('2')).toBe(true);
    expect(gr.state.changesTo('3')).toBe(false);
    expect(gr.priority.changes()).toBe(false);
    expect(gr.changes()).toBe(true);
  });
});

describe('updateMultiple and deleteMultiple', () => {
  test('updateMultiple sets the assigned fields on every matching row, running rules per row', () => {
    const { instance, glide } = emulate();
    newIncident(glide, { state: 1 });
    newIncident(glide, { state: 1 });
    const other = newIncident(glide, { state: 2 });
    let ran = 0;
    instance.addBusinessRule({ name: 'count', table: 'incident', when: 'after', update: true, script: () => { ran++; } });
    const gr = new glide.GlideRecord('incident');
    gr.addQuery('state', 1);
    gr.setValue('state', 3);
    gr.updateMultiple();
    expect(instance.db.rows('incident', 'state=3')).toHaveLength(2);
    expect(instance.db.get('incident', other)!.state).toBe('2');
    expect(ran).toBe(2);
  });

  test('deleteMultiple deletes every match regardless of setLimit; deleteRecord deletes one', () => {
    const { instance, glide } = emulate();
    for (let i = 0; i < 3; i++) newIncident(glide, { short_description: 'junk' });
    const keep = newIncident(glide, { short_description: 'keep' });
    const gr = new glide.GlideRecord('incident');
    gr.addQuery('short_description', 'junk');
    gr.setLimit(1);
    gr.deleteMultiple();
    expect(instance.db.rows('incident')).toHaveLength(1);
    const one = new glide.GlideRecord('incident');
    one.get(keep);
    expect(one.deleteRecord()).toBe(true);
    expect(instance.db.get('incident', keep)).toBeNull();
    expect(one.deleteRecord()).toBe(false);
  });
});

test('operations are counted for db.stats()', () => {
  const { instance, glide } = emulate();
  instance.db.resetStats();
  const id = newIncident(glide);
  const gr = new glide.GlideRecord('incident');
  gr.get(id);
  gr.short_description = 'changed';
  gr.update();
  gr.deleteRecord();
  expect(instance.db.stats()).toEqual({ queries: 1, inserts: 1, updates: 1, deletes: 1 });
});
