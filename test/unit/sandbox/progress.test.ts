// Progress lines of the long local runs: a line when a phase starts, at each tenth of its total, every few seconds
// while no tenth passes (and only then without a total), and when it ends; into the writer given (stderr by default,
// so a --json report on stdout stays parseable).
import { Progress } from '../../../sandbox/progress';
import { runInboundFuzz } from '../../../sandbox/faults/inbound-fuzz';
import { loadBuiltApp } from '../../support/builtApp';

function progressWithClock(everyMs = 5000) {
  const lines: string[] = [];
  let now = 0;
  const progress = new Progress({ label: 'faults', write: (line) => lines.push(line), everyMs, now: () => now });
  return { lines, progress, advance: (ms: number) => (now += ms) };
}

test('a phase with a total: a line per tenth passed, never two for one tenth, and the end with the time taken', () => {
  const { lines, progress, advance } = progressWithClock();
  progress.start('fault run', 60, 'simulated minutes', '300 incidents');
  for (let minute = 1; minute <= 60; minute++) {
    advance(100);
    progress.update(minute);
    progress.update(minute);
  }
  progress.end('1622 requests');
  expect(lines).toEqual([
    'faults: fault run: started (60 simulated minutes, 300 incidents)',
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((tenth) => `faults: fault run: ${tenth * 10}% (${tenth * 6} of 60 simulated minutes), ${(tenth * 0.6).toFixed(1)} s`),
    'faults: fault run: done, 1622 requests, 6.0 s',
  ]);
});

test('a slow stretch still says something every few seconds; without a total only then, the note computed only for a line', () => {
  const { lines, progress, advance } = progressWithClock(5000);
  progress.start('drain until settled', undefined, 'simulated minutes');
  let notes = 0;
  const note = () => `${++notes} inbox events open`;
  for (let minute = 1; minute <= 12; minute++) {
    advance(1000);
    progress.update(minute, note);
  }
  expect(lines).toEqual([
    'faults: drain until settled: started',
    'faults: drain until settled: 5 simulated minutes, 1 inbox events open, 5.0 s',
    'faults: drain until settled: 10 simulated minutes, 2 inbox events open, 10.0 s',
  ]);
  expect(notes).toBe(2);

  progress.start('inbound fuzz over HTTP', 1000, 'inputs');
  advance(6000);
  progress.update(3);
  expect(lines[lines.length - 1]).toBe('faults: inbound fuzz over HTTP: 0% (3 of 1000 inputs), 6.0 s');
});

test('a fault run phase reports through the Progress it is given', () => {
  const lines: string[] = [];
  const report = runInboundFuzz({ app: loadBuiltApp(), seed: 7, scale: 0.05, progress: new Progress({ label: 'faults', write: (line) => lines.push(line) }) });
  expect(lines[0]).toBe(`faults: inbound fuzz: started (${report.inputs} inputs)`);
  expect(lines[lines.length - 1]).toMatch(/^faults: inbound fuzz: done, \d+\.\d s$/);
});
