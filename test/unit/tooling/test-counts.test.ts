// The closing line of `npm test` ("N passed, N failed") tells the truth also when a tier crashes
// (scripts/test-counts.cjs).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { runCounts } = require('../../../scripts/test-counts.cjs');

const report = (passed: number, failed: number, suites: Array<{ status: string; assertions: string[] }> = []) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: 1,
  numTodoTests: 0,
  testResults: suites.map((s) => ({ status: s.status, assertionResults: s.assertions.map((status) => ({ status })) })),
});

test('from the JSON report: its counts, a suite that could not load counted as a failure', () => {
  expect(runCounts(report(10, 0), '', 0)).toMatchObject({ passed: 10, failed: 0, skipped: 1, ok: true, source: 'report', crashed: false });
  expect(runCounts(report(10, 0, [{ status: 'failed', assertions: [] }]), '', 1)).toMatchObject({ failed: 1, ok: false, crashed: false });
});

test('without a report (a tier crashed), the counts of the files that finished', () => {
  const lines = ['{"file":"a","passed":5,"failed":2,"skipped":0}', '{"file":"b","passed":7,"failed":0,"skipped":1}', ''].join('\n');
  expect(runCounts(null, lines, 1)).toMatchObject({ passed: 12, failed: 2, skipped: 1, ok: false, source: 'files', crashed: false });
});

test('a failed run without a failed test is one failure, never "0 failed"', () => {
  expect(runCounts(report(1679, 0), '', 1)).toMatchObject({ passed: 1679, failed: 1, ok: false, crashed: true });
  expect(runCounts(null, '', 1)).toMatchObject({ passed: 0, failed: 1, ok: false, crashed: true });
});
