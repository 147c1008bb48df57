// The counts `npm test` prints for one Jest run ("N passed, N failed"), true also when the run crashed: from Jest's
// JSON report when it wrote one, else from the lines scripts/count-reporter.cjs wrote per test file as it finished
// (a tier that crashes in its global set-up or tear-down ends Jest before the report); and a run that failed on its
// own without a failed test counts one failure, so a failed run never reads "0 failed".

/** `report`: Jest's --json output (or null); `reporterText`: the count reporter's lines; `exitStatus`: Jest's. */
function runCounts(report, reporterText, exitStatus) {
  let counts;
  let source;
  if (report) {
    // A suite that fails to load (syntax error, failing globalSetup) has no failed tests but must still fail the run.
    const unloaded = report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed')).length;
    counts = { passed: report.numPassedTests, failed: report.numFailedTests + unloaded, skipped: report.numPendingTests + report.numTodoTests };
    source = 'report';
  } else {
    counts = { passed: 0, failed: 0, skipped: 0 };
    for (const line of (reporterText || '').split('\n')) {
      if (!line.trim()) continue;
      const file = JSON.parse(line);
      counts.passed += file.passed;
      counts.failed += file.failed;
      counts.skipped += file.skipped;
    }
    source = 'files';
  }
  const crashed = exitStatus !== 0 && counts.failed === 0;
  if (crashed) counts.failed = 1;
  return { ...counts, ok: exitStatus === 0 && counts.failed === 0, source, crashed };
}

module.exports = { runCounts };
