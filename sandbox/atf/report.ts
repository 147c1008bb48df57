// Results of an ATF run as text, laid out like the instance's Test Suite Results, Test Results and Step Results:
// a suite with its status and rolled up counts, each test with its status, each step with its execution order,
// step configuration, status and summary; a failed step's Output below it.
import type { AtfRun, AtfStepResult, AtfSuiteResult, AtfTestResult } from './runner';

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

function stepLine(step: AtfStepResult): string {
  const tries = step.attempts > 1 ? ` (after ${step.attempts} tries)` : '';
  return `    ${String(step.order).padStart(3)}  ${step.step.padEnd(38)} ${step.status.padEnd(8)} ${step.summary.split('\n')[0]}${tries}`;
}

export function testLines(test: AtfTestResult): string[] {
  const lines = [`  Test: ${test.name}  ${test.status}  ${seconds(test.durationMs)}`];
  for (const step of test.steps) {
    lines.push(stepLine(step));
    if (step.status === 'Success') continue;
    const more = step.summary.split('\n').slice(1).join('\n');
    if (more) lines.push(indent(more, '           | '));
    if (step.output && step.output !== step.summary) lines.push(indent(step.output.slice(0, 2000), '           | '));
  }
  if (test.notRun > 0) lines.push(`         ${test.notRun} step${test.notRun === 1 ? '' : 's'} not run after the failure`);
  return lines;
}

function suiteLines(suite: AtfSuiteResult, depth: number): string[] {
  const c = suite.counts;
  const pad = '  '.repeat(depth);
  const lines = [`${pad}Test suite: ${suite.name}  ${suite.status}  (success ${c.success}, failure ${c.failure}, error ${c.error}, skipped ${c.skipped})  ${seconds(suite.durationMs)}`];
  for (const test of suite.tests) lines.push(...testLines(test).map((l) => pad + l));
  for (const child of suite.children) lines.push(...suiteLines(child, depth + 1));
  return lines;
}

export function runLines(run: AtfRun): string[] {
  const lines: string[] = [];
  for (const suite of run.suites) lines.push(...suiteLines(suite, 0));
  if (run.tests.length) {
    lines.push('Tests in no suite:');
    for (const test of run.tests) lines.push(...testLines(test));
  }
  return lines;
}

/** every test of the run, suites flattened */
export function allTests(run: AtfRun): AtfTestResult[] {
  const out: AtfTestResult[] = [];
  const walk = (suite: AtfSuiteResult) => {
    out.push(...suite.tests);
    suite.children.forEach(walk);
  };
  run.suites.forEach(walk);
  return out.concat(run.tests);
}
