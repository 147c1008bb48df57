// A Jest reporter that writes each test file's counts as it finishes (one JSON line per file to $INCB_COUNT_FILE), so
// `npm test` can still report the true counts of a run whose JSON report never got written (a tier that crashed in
// its global set-up or tear-down ends Jest before --outputFile is written).
const fs = require('fs');

class CountReporter {
  onTestResult(_test, result) {
    const file = process.env.INCB_COUNT_FILE;
    if (!file) return;
    // A file that could not run (a syntax error, a failing import) has no failed test but must count as a failure.
    const unloaded = result.testExecError && result.numFailingTests === 0 ? 1 : 0;
    const line = { file: result.testFilePath, passed: result.numPassingTests, failed: result.numFailingTests + unloaded, skipped: result.numPendingTests + result.numTodoTests };
    fs.appendFileSync(file, JSON.stringify(line) + '\n');
  }
}

module.exports = CountReporter;
