// Queries: addQuery operators, addOrCondition, encoded queries (^, ^OR, ^NQ, ORDERBY...), type-aware comparison,
// and the emulator's strictness where an instance would silently ignore a bad term.
import { emulate, newIncident } from './emulated-instance';

function numbers(glide: any, build: (gr: any) => void): string[] {
  const gr = new glide.GlideRecord('incident');
  build(gr);
  gr.query();
  const out: string[] = [];
  while (gr.next()) out.push(gr.getValue('number'));
  return out;
}

/** INC0010001..5 with priorities 1..5, descriptions alpha..echo; #3 has no description */
function seed() {
  const env = emulate();
  const descriptions = ['Alpha outage', 'beta SLOW', '', 'Delta outage', 'echo'];
  for (let i = 0; i < 5; i++) newIncident(env.glide, { priority: i + 1, short_description: descriptions[i], state: i < 2 ? 1 : 2 });
  return env;
}

describe('addQuery', () => {
  test('two arguments mean equality, case-insensitively for text', () => {
    const { glide } = seed();
    expect(numbers(glide, (gr) => gr.addQuery('short_description', 'ALPHA OUTAGE'))).toEqual(['INC0010001']);
    expect(numbers(glide, (gr) => gr.addQuery('priority', 2))).toEqual(['INC0010002']);
  });

  test('numeric fields compare numerically', () => {
    const { glide } = seed();
    expect(numbers(glide, (gr) => gr.addQuery('priority', '<=', 2))).toEqual(['INC0010001', 'INC0010002']);
    expect(numbers(glide, (gr) => gr.addQuery('priority', '>', '3'))).toEqual(['INC0010004', 'INC0010005']);
  });

  test('IN, NOT IN, STARTSWITH, ENDSWITH, CONTAINS, DOES NOT CONTAIN', () => {
    const { glide } = seed();
    expect(numbers(glide, (gr) => gr.addQuery('priority', 'IN', [1, 5]))).toEqual(['INC0010001', 'INC0010005']);
    expect(numbers(glide, (gr) => gr.addQuery('priority', 'NOT IN', '1,2,3'))).toEqual(['INC0010004', 'INC0010005']);
    expect(numbers(glide, (gr) => gr.addQuery('short_description', 'STARTSWITH', 'b'))).toEqual(['INC0010002']);
    expect(numbers(glide, (gr) => gr.addQuery('short_description', 'ENDSWITH', 'OUTAGE'))).toEqual(['INC0010001', 'INC0010004']);
    expect(numbers(glide, (gr) => gr.addQuery('short_description', 'CONTAINS', 'slow'))).toEqual(['INC0010002']);
    expect(numbers(glide, (gr) => gr.addQuery('short_description', 'DOES NOT CONTAIN', 'outage'))).toEqual(['INC0010002', 'INC0010003', 'INC0010005']);
  });

  test('!= also matches empty values (the platform adds OR field IS NULL)', () => {
    const { glide } = seed();
    expect(numbers(glide, (gr) => gr.addQuery('short_description', '!=', 'echo'))).toEqual(['INC0010001', 'INC0010002', 'INC0010003', 'INC0010004']);
  });

  test('addNullQuery, addNotNullQuery, addActiveQuery', () => {
    const { glide } = seed();
    expect(numbers(glide, (gr) => gr.addNullQuery('short_description'))).toEqual(['INC0010003']);
    expect(numbers(glide, (gr) => gr.addNotNullQuery('short_description'))).toHaveLength(4);
    expect(numbers(glide, (gr) => gr.addActiveQuery())).toHaveLength(5);
  });

  test('addOrCondition ORs into its own term, which is ANDed with the other terms', () => {
    const { glide } = seed();
    const found = numbers(glide, (gr) => {
      const qc = gr.addQuery('priority', 1);
      qc.addOrCondition('priority', 4);
      gr.addQuery('short_description', 'CONTAINS', 'outage');
      gr.addQuery('state', '!=', 9);
    });
    expect(found).toEqual(['INC0010001', 'INC0010004']);
    expect(numbers(glide, (gr) => gr.addQuery('priority', 1).addOrCondition('priority', 2).addOrCondition('priority', 5))).toEqual(['INC0010001', 'INC0010002', 'INC0010005']);
  });

  test('an unsupported or lower-case operator and an unknown field throw', () => {
    const { glide } = seed();
    const gr = new glide.GlideRecord('incident');
    expect(() => gr.addQuery('priority', 'in', '1,2')).toThrow(/unsupported operator/);
    expect(() => gr.addQuery('priority', 'SAMEAS', 'x')).toThrow(/unsupported operator/);
    expect(() => gr.addQuery('u_missing', 'x')).toThrow(/u_missing/);
  });

  test('javascript: values are evaluated', () => {
    const { glide } = seed();
    expect(numbers(glide, (gr) => gr.addQuery('opened_by', 'javascript:gs.getUserID()'))).toHaveLength(5);
  });
});

describe('addEncodedQuery', () => {
  test('^ ANDs, ^OR binds the adjacent conditions, ^NQ starts an independent group', () => {
    const { glide } = seed();
    expect(numbers(glide, (gr) => gr.addEncodedQuery('priority=1^ORpriority=3^state=2'))).toEqual(['INC0010003']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('priority=1^state=1^NQpriority=5^EQ'))).toEqual(['INC0010001', 'INC0010005']);
  });

  test('comparison, list and text operators', () => {
    const { glide } = seed();
    expect(numbers(glide, (gr) => gr.addEncodedQuery('priority<=2'))).toEqual(['INC0010001', 'INC0010002']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('priority>=4'))).toEqual(['INC0010004', 'INC0010005']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('priority!=1^priority<3'))).toEqual(['INC0010002']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('priority>4'))).toEqual(['INC0010005']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('priorityIN2,4'))).toEqual(['INC0010002', 'INC0010004']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('priorityNOT IN1,2,3,4'))).toEqual(['INC0010005']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('short_descriptionLIKEoutage'))).toEqual(['INC0010001', 'INC0010004']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('short_descriptionNOTLIKEoutage^short_descriptionISNOTEMPTY'))).toEqual(['INC0010002', 'INC0010005']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('short_descriptionNOT LIKEbeta'))).toEqual(['INC0010001', 'INC0010003', 'INC0010004', 'INC0010005']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('short_descriptionSTARTSWITHdelta'))).toEqual(['INC0010004']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('short_descriptionENDSWITHslow'))).toEqual(['INC0010002']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('short_descriptionISEMPTY'))).toEqual(['INC0010003']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('short_description='))).toEqual(['INC0010003']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('priorityBETWEEN2@3'))).toEqual(['INC0010002', 'INC0010003']);
  });

  test('ORDERBY and ORDERBYDESC sort; combined with addQuery the conditions AND', () => {
    const { glide } = seed();
    expect(numbers(glide, (gr) => gr.addEncodedQuery('state=1^ORDERBYDESCpriority'))).toEqual(['INC0010002', 'INC0010001']);
    expect(numbers(glide, (gr) => gr.addEncodedQuery('ORDERBYshort_description'))).toEqual(['INC0010003', 'INC0010001', 'INC0010002', 'INC0010004', 'INC0010005']);
    expect(numbers(glide, (gr) => {
      gr.addQuery('state', 2);
      gr.addEncodedQuery('priority=3^NQpriority=4');
    })).toEqual(['INC0010003', 'INC0010004']);
  });

  test('an invalid operator or malformed term throws a clear error', () => {
    const { glide } = seed();
    const gr = new glide.GlideRecord('incident');
    expect(() => gr.addEncodedQuery('prioritySAMEAS2')).toThrow(/Invalid encoded query.*unsupported operator/);
    expect(() => gr.addEncodedQuery('priority')).toThrow(/Invalid encoded query/);
    expect(() => gr.addEncodedQuery('^ORpriority=1')).toThrow(/Invalid encoded query/);
    expect(() => gr.addEncodedQuery('u_missing=1')).toThrow(/u_missing/);
    expect(() => gr.addEncodedQuery('stateVALCHANGES')).not.toThrow();
    gr.addEncodedQuery('priority=1');
    expect(gr.isValidEncodedQuery('priorityFOO1')).toBe(false);
    expect(gr.isValidEncodedQuery('priority=1^ORpriority=2')).toBe(true);
  });

  test('VALCHANGES and friends only make sense in business-rule conditions', () => {
    const { glide } = seed();
    const gr = new glide.GlideRecord('incident');
    gr.addEncodedQuery('stateVALCHANGES');
    expect(() => gr.query()).toThrow(/business rule/);
  });

  test('getEncodedQuery returns the query in encoded form', () => {
    const { glide } = seed();
    const gr = new glide.GlideRecord('incident');
    gr.addQuery('priority', '<=', 2).addOrCondition('state', 1);
    gr.addEncodedQuery('short_descriptionLIKEx^NQactive=true');
    gr.orderByDesc('number');
    expect(gr.getEncodedQuery()).toBe('priority<=2^ORstate=1^short_descriptionLIKEx^NQpriority<=2^ORstate=1^active=true^ORDERBYDESCnumber');
  });
});

describe('dot-walked and hierarchy conditions', () => {
  test('a condition can walk through a reference', () => {
    const { instance, glide } = seed();
    const abel = instance.addUser({ user_name: 'abel.tuter', first_name: 'Abel', last_name: 'Tuter' });
    newIncident(glide, { caller_id: abel, short_description: 'from abel' });
    expect(numbers(glide, (gr) => gr.addEncodedQuery('caller_id.user_name=abel.tuter'))).toEqual(['INC0010006']);
    const gr = new glide.GlideRecord('incident');
    expect(gr.get('caller_id.name', 'Abel Tuter')).toBe(true);
    expect(() => new glide.GlideRecord('incident').addEncodedQuery('short_description.name=x')).toThrow(/not a reference/);
  });

  test('INSTANCEOF selects a class and its extensions', () => {
    const { glide } = seed();
    const task = new glide.GlideRecord('task');
    task.initialize();
    task.insert();
    const found: string[] = [];
    const gr = new glide.GlideRecord('task');
    gr.addQuery('sys_class_name', 'INSTANCEOF', 'incident');
    gr.query();
    while (gr.next()) found.push(gr.getRecordClassName());
    expect(found).toEqual(['incident', 'incident', 'incident', 'incident', 'incident']);
  });
});

test('queries by an indexed field stay correct after updates and deletes', () => {
  const { instance, glide } = emulate();
  const ids: string[] = [];
  for (let i = 0; i < 50; i++) ids.push(newIncident(glide, { correlation_id: 'ado-' + (i % 5) }));
  expect(numbers(glide, (gr) => gr.addQuery('correlation_id', 'ADO-3'))).toHaveLength(10);
  const gr = new glide.GlideRecord('incident');
  gr.get(ids[3]);
  gr.correlation_id = 'ado-99';
  gr.update();
  gr.get(ids[8]);
  gr.deleteRecord();
  expect(numbers(glide, (q) => q.addQuery('correlation_id', 'ado-3'))).toHaveLength(8);
  expect(numbers(glide, (q) => q.addQuery('correlation_id', 'ado-99'))).toEqual([instance.db.get('incident', ids[3])!.number]);
});
