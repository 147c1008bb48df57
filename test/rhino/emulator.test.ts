// The emulator bundle (dist/emulator/glide.js) works inside Rhino under the ServiceNow-ES5 profile: records,
// queries, business rules given as script text (as installed) and journal fields, through the Glide API.
import { describeInRhino, runInRhino } from './rhinoClient';

async function valueOf(job: Parameters<typeof runInRhino>[0]): Promise<any> {
  const result = await runInRhino(job);
  if (!result.ok) throw new Error(`${result.error!.name}: ${result.error!.message}\n${result.error!.stack ?? ''}`);
  return result.value;
}

describeInRhino('Glide emulator in Rhino', () => {
  test('GlideRecord inserts and queries; raw records from the job are visible', async () => {
    const value = await valueOf({
      records: [{ table: 'incident', values: { short_description: 'seeded', state: '2' } }],
      code: `
        var gr = new GlideRecord('incident');
        gr.initialize();
        gr.setValue('short_description', 'inserted by script');
        gr.setValue('state', '1');
        var id = gr.insert();
        var found = [];
        var q = new GlideRecord('incident');
        q.addQuery('state', 'IN', '1,2');
        q.orderBy('short_description');
        q.query();
        while (q.next()) found.push(q.getValue('short_description'));
        var byId = new GlideRecord('incident');
        return { idLooksLikeSysId: /^[0-9a-f]{32}$/.test(id), found: found, got: byId.get(id), raw: instance.db.get('incident', id).short_description };`,
    });
    expect(value).toEqual({ idLooksLikeSysId: true, found: ['inserted by script', 'seeded'], got: true, raw: 'inserted by script' });
  });

  test('a business rule given as script text runs on insert with current in scope', async () => {
    const value = await valueOf({
      code: `
        instance.addBusinessRule({
          name: 'prefix description', table: 'incident', when: 'before', insert: true, order: 100,
          script: "(function executeRule(current, previous) { current.setValue('short_description', 'BR: ' + current.getValue('short_description')); })(current, previous);"
        });
        var gr = new GlideRecord('incident');
        gr.initialize();
        gr.setValue('short_description', 'disk full');
        var id = gr.insert();
        return instance.db.get('incident', id).short_description;`,
    });
    expect(value).toBe('BR: disk full');
  });

  test('a work note becomes a sys_journal_field entry', async () => {
    const value = await valueOf({
      user: 'admin',
      code: `
        var gr = new GlideRecord('incident');
        gr.initialize();
        gr.setValue('short_description', 'journal');
        gr.work_notes = 'first note';
        var id = gr.insert();
        var rows = instance.db.rows('sys_journal_field', 'element_id=' + id);
        return rows.map(function (r) { return [r.name, r.element, r.value, r.sys_created_by]; });`,
    });
    expect(value).toEqual([['incident', 'work_notes', 'first note', 'admin']]);
  });

  test('gs logging reaches the result logs', async () => {
    const result = await runInRhino({ code: "gs.info('hello from Rhino'); return gs.getUserName();" });
    expect(result).toMatchObject({ ok: true, value: 'admin' });
    expect(result.logs).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'info', message: 'hello from Rhino' })]));
  });
});
