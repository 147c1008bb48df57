// Business rules run as on an instance: before/after/async, order, filter and script conditions, `previous`,
// abort, setWorkflow(false), inheritance from task, script text as installed, and a bounded recursion.
import { emulate, newIncident } from './emulated-instance';

describe('before and after rules', () => {
  test('changes to current in a before rule are saved; in an after rule they are not', () => {
    const { instance, glide } = emulate();
    instance.addBusinessRule({ name: 'before', table: 'incident', when: 'before', insert: true, script: (current) => { current.description = 'set before'; } });
    instance.addBusinessRule({ name: 'after', table: 'incident', when: 'after', insert: true, script: (current) => { current.close_notes = 'set after'; } });
    const id = newIncident(glide);
    expect(instance.db.get('incident', id)).toMatchObject({ description: 'set before', close_notes: '' });
  });

  test('rules run by order, rules of task run for incidents, inactive rules and other operations do not run', () => {
    const { instance, glide } = emulate();
    const ran: string[] = [];
    const rule = (name: string, order: number, extra: object = {}) =>
      instance.addBusinessRule({ name, table: 'incident', when: 'before', insert: true, order, script: () => { ran.push(name); }, ...extra });
    rule('third', 300);
    rule('first', 50);
    rule('inactive', 10, { active: false });
    rule('update only', 1, { insert: false, update: true });
    instance.addBusinessRule({ name: 'task rule', table: 'task', when: 'before', insert: true, order: 100, script: () => { ran.push('task rule'); } });
    instance.addBusinessRule({ name: 'problem rule', table: 'problem', when: 'before', insert: true, script: () => { ran.push('problem rule'); } });
    newIncident(glide);
    expect(ran).toEqual(['first', 'task rule', 'third']);
  });

  test('previous is null on insert and the record before the change on update; operation() tells which', () => {
    const { instance, glide } = emulate();
    const seen: any[] = [];
    instance.addBusinessRule({
      name: 'spy', table: 'incident', when: 'after', insert: true, update: true,
      script: (current, previous) => {
        seen.push([current.operation(), previous === null ? null : previous.getValue('state'), current.getValue('state'), current.state.changes()]);
      },
    });
    const id = newIncident(glide, { state: 1 });
    const gr = new glide.GlideRecord('incident');
    gr.get(id);
    gr.state = 2;
    gr.update();
    expect(seen).toEqual([['insert', null, '1', true], ['update', '1', '2', true]]);
    expect(gr.state.changes()).toBe(false);
  });

  test('filter conditions (with VALCHANGES / CHANGESTO) and condition scripts select the rules that run', () => {
    const { instance, glide } = emulate();
    const ran: string[] = [];
    instance.addBusinessRule({ name: 'state changes', table: 'incident', when: 'before', update: true, filterCondition: 'stateVALCHANGES', script: () => { ran.push('valchanges'); } });
    instance.addBusinessRule({ name: 'resolved', table: 'incident', when: 'before', update: true, filterCondition: 'stateCHANGESTO6', script: () => { ran.push('resolved'); } });
    instance.addBusinessRule({ name: 'p1', table: 'incident', when: 'before', update: true, filterCondition: 'priority=1', script: () => { ran.push('p1'); } });
    instance.addBusinessRule({ name: 'scripted', table: 'incident', when: 'before', update: true, condition: "current.short_description.toString().indexOf('db') > -1", script: () => { ran.push('condition'); } });
    const gr = new glide.GlideRecord('incident');
    gr.get(newIncident(glide, { state: 1, priority: 3, short_description: 'db down' }));
    gr.state = 2;
    gr.update();
    gr.state = 6;
    gr.priority = 1;
    gr.short_description = 'web down';
    gr.update();
    expect(ran).toEqual(['valchanges', 'condition', 'valchanges', 'resolved', 'p1']);
  });

  test('a rule given as installed script text runs with current and previous in scope', () => {
    const { instance, glide } = emulate();
    instance.addBusinessRule({
      name: 'text', table: 'incident', when: 'before', update: true,
      script: "(function executeRule(current, previous) { current.description = previous.state + '->' + current.state + ' by ' + gs.getUserName(); })(current, previous);",
    });
    const gr = new glide.GlideRecord('incident');
    gr.get(newIncident(glide, { state: 1 }));
    gr.state = 3;
    gr.update();
    expect(gr.getValue('description')).toBe('1->3 by admin');
  });

  test('a rule that throws is logged and the operation continues', () => {
    const { instance, glide } = emulate();
    instance.addBusinessRule({ name: 'broken', table: 'incident', when: 'before', insert: true, script: 'current.nope.getValue();' });
    const id = newIncident(glide, { short_description: 'still saved' });
    expect(instance.db.get('incident', id)!.short_description).toBe('still saved');
    expect(instance.logs).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'error', message: expect.stringContaining('Business rule "broken"') })]));
  });
});

describe('abort and workflow', () => {
  test('setAbortAction(true) in a before rule cancels an insert: null returned, nothing written, later rules still run', () => {
    const { instance, glide } = emulate();
    const ran: string[] = [];
    instance.addBusinessRule({ name: 'guard', table: 'incident', when: 'before', insert: true, order: 10, script: (current) => { if (current.short_description.nil()) current.setAbortAction(true); } });
    instance.addBusinessRule({ name: 'later', table: 'incident', when: 'before', insert: true, order: 20, script: () => { ran.push('later'); } });
    instance.addBusinessRule({ name: 'after', table: 'incident', when: 'after', insert: true, script: () => { ran.push('after'); } });
    const gr = new glide.GlideRecord('incident');
    gr.initialize();
    gr.work_notes = 'not written either';
    expect(gr.insert()).toBeNull();
    expect(gr.isActionAborted()).toBe(true);
    expect(instance.db.rows('incident')).toHaveLength(0);
    expect(instance.db.rows('sys_journal_field')).toHaveLength(0);
    expect(ran).toEqual(['later']);
  });

  test('an aborted update leaves the row as it was', () => {
    const { instance, glide } = emulate();
    instance.addBusinessRule({ name: 'freeze', table: 'incident', when: 'before', update: true, filterCondition: 'stateCHANGESTO7', script: (current) => current.setAbortAction(true) });
    const id = newIncident(glide, { state: 6 });
    const gr = new glide.GlideRecord('incident');
    gr.get(id);
    gr.state = 7;
    expect(gr.update()).toBeNull();
    expect(instance.db.get('incident', id)).toMatchObject({ state: '6', sys_mod_count: '0' });
  });

  test('an aborted delete keeps the record', () => {
    const { instance, glide } = emulate();
    instance.addBusinessRule({ name: 'keep', table: 'incident', when: 'before', delete: true, script: (current) => current.setAbortAction(true) });
    const id = newIncident(glide);
    const gr = new glide.GlideRecord('incident');
    gr.get(id);
    expect(gr.deleteRecord()).toBe(false);
    expect(instance.db.get('incident', id)).not.toBeNull();
  });

  test('setWorkflow(false) skips rules but the journal entry is still written', () => {
    const { instance, glide } = emulate();
    let ran = 0;
    instance.addBusinessRule({ name: 'count', table: 'incident', when: 'before', insert: true, update: true, script: () => { ran++; } });
    const gr = new glide.GlideRecord('incident');
    gr.initialize();
    gr.setWorkflow(false);
    gr.work_notes = 'quiet';
    const id = gr.insert();
    expect(ran).toBe(0);
    expect(instance.db.rows('sys_journal_field', 'element_id=' + id)).toHaveLength(1);
  });
});

describe('delete and query rules', () => {
  test('delete rules see the record being deleted', () => {
    const { instance, glide } = emulate();
    const seen: string[] = [];
    instance.addBusinessRule({ name: 'after delete', table: 'incident', when: 'after', delete: true, script: (current, previous) => { seen.push(current.getValue('number') + '/' + previous.getValue('number') + '/' + current.operation()); } });
    const gr = new glide.GlideRecord('incident');
    gr.get(newIncident(glide));
    gr.deleteRecord();
    expect(seen).toEqual(['INC0010001/INC0010001/delete']);
  });

  test('a before query rule narrows every query unless setWorkflow(false)', () => {
    const { instance, glide } = emulate();
    newIncident(glide, { active: true });
    newIncident(glide, { active: false });
    instance.addBusinessRule({ name: 'only active', table: 'incident', when: 'before', query: true, script: 'current.addActiveQuery();' });
    const gr = new glide.GlideRecord('incident');
    gr.query();
    expect(gr.getRowCount()).toBe(1);
    const all = new glide.GlideRecord('incident');
    all.setWorkflow(false);
    all.query();
    expect(all.getRowCount()).toBe(2);
  });
});

describe('async rules', () => {
  test('run later, with a fresh current from the database and no previous, as the user who caused them', () => {
    const { instance, glide } = emulate();
    instance.addUser({ user_name: 'beth', first_name: 'Beth', last_name: 'Anglin' });
    const seen: any[] = [];
    instance.addBusinessRule({
      name: 'async', table: 'incident', when: 'async', update: true, filterCondition: 'stateCHANGESTO2',
      script: (current, previous) => { seen.push([previous, current.getValue('short_description'), current.state.changes(), glide.gs.getUserName()]); },
    });
    const id = newIncident(glide, { state: 1 });
    instance.runAs('beth', () => {
      const gr = new glide.GlideRecord('incident');
      gr.get(id);
      gr.state = 2;
      gr.update();
      gr.short_description = 'edited before the async rule ran';
      gr.update();
    });
    expect(seen).toEqual([]);
    expect(instance.runAsyncRules()).toBe(1);
    expect(seen).toEqual([[null, 'edited before the async rule ran', false, 'beth']]);
    expect(instance.runAsyncRules()).toBe(0);
  });
});

test('an after rule that updates current recurses until the emulator cuts it off, with an error logged', () => {
  const { instance, glide } = emulate();
  let runs = 0;
  instance.addBusinessRule({
    name: 'recursive', table: 'incident', when: 'after', update: true,
    script: (current) => { runs++; current.description = 'run ' + runs; current.update(); },
  });
  const gr = new glide.GlideRecord('incident');
  gr.get(newIncident(glide));
  gr.short_description = 'go';
  gr.update();
  expect(runs).toBe(10);
  expect(instance.logs.filter((l) => l.message.indexOf('Recursive update') >= 0)).toHaveLength(1);
  expect(Number(instance.db.get('incident', gr.getUniqueValue())!.sys_mod_count)).toBeGreaterThan(10);
});
