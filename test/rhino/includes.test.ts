// Script includes in Rhino resolve like on an instance: by global name on first use, in whatever order they are
// referenced (an include's IIFE receives the includes it imports at load time), and afresh in every job.
import fs from 'node:fs';
import path from 'node:path';
import { describeInRhino, runInRhino } from './rhinoClient';

const includes = fs
  .readdirSync(path.join(__dirname, '../../dist/es5/includes'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => file.slice(0, -3));

function typesInOrder(names: string[]): string {
  return `return [${names.map((name) => `typeof ${name}`).join(', ')}];`;
}

describeInRhino('script includes in Rhino', () => {
  test('there are includes to load', () => {
    expect(includes.length).toBeGreaterThan(0);
  });

  test.each([
    ['name order', [...includes].sort()],
    ['reverse name order', [...includes].sort().reverse()],
  ])('every include resolves when referenced in %s', async (_order, names) => {
    const result = await runInRhino({ code: typesInOrder(names) });
    expect(result).toMatchObject({ ok: true, value: names.map(() => 'function') });
  });

  test('each job evaluates the includes afresh: state set on one in a job is gone in the next', async () => {
    const name = includes[0];
    expect(await runInRhino({ code: `${name}.prototype.markedByJob = 1; return ${name}.prototype.markedByJob;` })).toMatchObject({ ok: true, value: 1 });
    expect(await runInRhino({ code: `return typeof ${name}.prototype.markedByJob;` })).toMatchObject({ ok: true, value: 'undefined' });
  });
});
