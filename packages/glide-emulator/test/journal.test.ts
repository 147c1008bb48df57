// Journal fields (work_notes, comments) are write-to-append: writing adds a sys_journal_field entry, reading the
// field gives '' and getJournalEntry() formats the stored entries, newest first.
import { emulate, newIncident } from './emulated-instance';

function setup() {
  const env = emulate();
  env.instance.addUser({ user_name: 'fred.luddy', first_name: 'Fred', last_name: 'Luddy' });
  return env;
}

test('writing a journal field appends a sys_journal_field entry; reading the field gives an empty string', () => {
  const { instance, glide } = setup();
  const gr = new glide.GlideRecord('incident');
  gr.initialize();
  gr.work_notes = 'first note';
  const id = gr.insert();
  expect(instance.db.rows('sys_journal_field', 'element_id=' + id)).toEqual([
    expect.objectContaining({ element: 'work_notes', element_id: id, name: 'incident', value: 'first note', sys_created_by: 'admin', sys_created_on: '2024-05-17 09:30:00' }),
  ]);
  expect(instance.db.get('incident', id)).not.toHaveProperty('work_notes');
  const read = new glide.GlideRecord('incident');
  read.get(id);
  expect(read.work_notes.toString()).toBe('');
  expect(read.getValue('work_notes')).toBeNull();
  expect(read.work_notes.changes()).toBe(false);
});

test('writing an empty string appends nothing and is not a change', () => {
  const { instance, glide } = setup();
  const id = newIncident(glide);
  const gr = new glide.GlideRecord('incident');
  gr.get(id);
  gr.comments = '';
  gr.update();
  expect(instance.db.rows('sys_journal_field')).toHaveLength(0);
  expect(instance.db.get('incident', id)!.sys_mod_count).toBe('0');
});

test('a journal entry alone is a change: the update runs and changes() is true for rules', () => {
  const { instance, glide } = setup();
  const seen: boolean[] = [];
  instance.addBusinessRule({ name: 'commented', table: 'incident', when: 'after', update: true, filterCondition: 'commentsVALCHANGES', script: (current) => { seen.push(current.comments.changes()); } });
  const gr = new glide.GlideRecord('incident');
  gr.get(newIncident(glide));
  gr.comments = 'customer visible';
  gr.update();
  expect(seen).toEqual([true]);
  expect(gr.comments.changes()).toBe(false);
  expect(instance.db.get('incident', gr.getUniqueValue())!.sys_mod_count).toBe('1');
});

test('getJournalEntry formats entries newest first: -1 all, 1 the latest', () => {
  const { instance, glide } = setup();
  const id = newIncident(glide);
  const gr = new glide.GlideRecord('incident');
  gr.get(id);
  gr.work_notes = 'older';
  gr.update();
  instance.clock.advance(61000);
  instance.runAs('fred.luddy', () => {
    gr.work_notes = 'newer';
    gr.comments = 'not a work note';
    gr.update();
  });
  const read = new glide.GlideRecord('incident');
  read.get(id);
  expect(read.work_notes.getJournalEntry(-1)).toBe(
    '2024-05-17 09:31:01 - Fred Luddy (Work notes)\nnewer\n\n2024-05-17 09:30:00 - System Administrator (Work notes)\nolder\n\n',
  );
  expect(read.work_notes.getJournalEntry(1)).toBe('2024-05-17 09:31:01 - Fred Luddy (Work notes)\nnewer\n\n');
  expect(read.comments.getJournalEntry(-1)).toBe('2024-05-17 09:31:01 - Fred Luddy (Additional comments)\nnot a work note\n\n');
  expect(read.short_description.getJournalEntry(-1)).toBe('');
});

test('entries written in the same second keep their order (newest first)', () => {
  const { glide } = setup();
  const gr = new glide.GlideRecord('incident');
  gr.get(newIncident(glide));
  for (const note of ['one', 'two', 'three']) {
    gr.work_notes = note;
    gr.update();
  }
  expect(gr.work_notes.getJournalEntry(-1).split('\n\n').filter(Boolean).map((e: string) => e.split('\n')[1])).toEqual(['three', 'two', 'one']);
});

test('updateMultiple does not write journal entries', () => {
  const { instance, glide } = setup();
  newIncident(glide);
  const gr = new glide.GlideRecord('incident');
  gr.work_notes = 'bulk';
  gr.setValue('urgency', 1);
  gr.updateMultiple();
  expect(instance.db.rows('incident', 'urgency=1')).toHaveLength(1);
  expect(instance.db.rows('sys_journal_field')).toHaveLength(0);
});
