// Events: gs.eventQueue() writes a sysevent row; processEvents() runs the script actions registered for it with
// `event` (the sysevent GlideRecord) and `current` (the record), then marks it processed.
import { START, emulate, newIncident } from './emulated-instance';

test('eventQueue inserts a ready sysevent row for the record', () => {
  const { instance, glide } = emulate();
  const id = newIncident(glide);
  const gr = new glide.GlideRecord('incident');
  gr.get(id);
  glide.gs.eventQueue('x_incb_bridge.incident.sync', gr, 'p1', 2);
  expect(instance.db.rows('sysevent')).toEqual([
    expect.objectContaining({
      name: 'x_incb_bridge.incident.sync', table: 'incident', instance: id, parm1: 'p1', parm2: '2', state: 'ready',
      process_on: '2024-05-17 09:30:00', user_name: 'admin',
    }),
  ]);
});

test('processEvents runs matching script actions in order with event and current, and marks events processed', () => {
  const { instance, glide } = emulate();
  const seen: string[] = [];
  instance.addScriptAction({ name: 'second', eventName: 'demo.event', order: 200, script: (event) => { seen.push('second:' + event.parm1); } });
  instance.addScriptAction({
    name: 'first', eventName: 'demo.event', order: 100,
    script: "gs.info('action ' + event.name + ' ' + event.parm2 + ' for ' + current.getValue('number'));",
  });
  instance.addScriptAction({ name: 'inactive', eventName: 'demo.event', active: false, script: () => { seen.push('inactive'); } });
  instance.addScriptAction({ name: 'other', eventName: 'other.event', script: () => { seen.push('other'); } });
  const gr = new glide.GlideRecord('incident');
  gr.get(newIncident(glide));
  glide.gs.eventQueue('demo.event', gr, 'a', 'b');
  expect(instance.processEvents()).toBe(1);
  expect(seen).toEqual(['second:a']);
  expect(instance.logs).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'info', message: 'action demo.event b for INC0010001' })]));
  expect(instance.db.rows('sysevent')[0]).toMatchObject({ state: 'processed', processed: '2024-05-17 09:30:00' });
  expect(instance.processEvents()).toBe(0);
});

test('a condition script filters an action; events queued by actions are processed in the same run', () => {
  const { instance, glide } = emulate();
  const seen: string[] = [];
  instance.addScriptAction({ name: 'chain', eventName: 'step.one', script: "gs.eventQueue('step.two', current, event.parm1 + '!', '');" });
  instance.addScriptAction({ name: 'filtered', eventName: 'step.two', conditionScript: "event.parm1 == 'go!'", script: (event) => { seen.push(String(event.parm1)); } });
  glide.gs.eventQueue('step.one', null, 'go', '');
  glide.gs.eventQueue('step.one', null, 'stop', '');
  expect(instance.processEvents()).toBe(4);
  expect(seen).toEqual(['go!']);
});

test('eventQueueScheduled events wait for their time; actions run as the user who queued the event', () => {
  const { instance, glide } = emulate();
  instance.addUser({ user_name: 'svc.bridge', first_name: 'Bridge', last_name: 'Service' });
  const seen: string[] = [];
  instance.addScriptAction({ name: 'who', eventName: 'later', script: () => { seen.push(glide.gs.getUserName()); } });
  instance.runAs('svc.bridge', () => glide.gs.eventQueueScheduled('later', null, '', '', '2024-05-17 10:00:00'));
  expect(instance.processEvents()).toBe(0);
  instance.clock.set(START + 30 * 60000);
  expect(instance.processEvents()).toBe(1);
  expect(seen).toEqual(['svc.bridge']);
});

test('a failing script action is logged and the event still counts as processed', () => {
  const { instance, glide } = emulate();
  instance.addScriptAction({ name: 'boom', eventName: 'bad', script: 'throw new Error("kaput");' });
  glide.gs.eventQueue('bad', null, '', '');
  expect(instance.processEvents()).toBe(1);
  expect(instance.db.rows('sysevent')[0].state).toBe('processed');
  expect(instance.logs).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'error', message: expect.stringContaining('kaput') })]));
});
