// The ATF runner of the sandbox: runs the Automated Test Framework tests a built app ships (sys_atf_test with its
// steps, grouped by sys_atf_test_suite) against an emulated instance, step by step as the platform runs them, and
// reports results the way the instance's Test Results and Step Results do. Sources, ServiceNowDocs
// application-development/automated-test-framework-atf/:
// - atf-admin-properties.md: tests run only while sn_atf.runner.enabled is true ("unchecked by default to prevent
//   users from unintentionally running tests on production instances");
// - test-steps-server-category.md: steps run in execution order, each in its Application scope; Impersonate "stays in
//   effect until changed with another Impersonate step or until the test ends"; a step's outputs feed later steps
//   (atf-passing-data.md, atf-retrieve-value.md: data pills {{step['<sys_id>'].<output>}});
// - atf-excluded-from-rollback.md: "The Automated Test Framework tracks data created by running tests and rolls back
//   changes after testing", except in the tables listed there;
// - atf-test-results-record.md, atf-step-result-record.md, atf-test-suite-results-record.md: statuses Success,
//   Failure, Skipped ("if an earlier test in the suite failed and Abort on failure is set"), Error; a suite's rolled
//   up success, failure, error and skip counts over its child suites.
// A step the runner does not implement fails, with its name: a test never passes over a step nobody ran. A failed
// step ends its test; the steps after it are not run.
import type { AtfRollbackReport, AtfServerStepRequest, AtfStepOutcome } from '@incb/glide-emulator';
import type { SessionReply } from '@incb/glide-emulator/runtime';
import type { AtfStepDefinition, AtfSuiteDefinition, AtfTestDefinition, LoadedApp } from '@incb/glide-emulator/loader';
import { RestResponse, SendInputs, assertResponse, buildRequest, send } from './rest-steps';
import { SERVER_STEPS, StepConfig, WAITING_STEPS, implemented, stepCatalogue } from './step-catalogue';

/** What the runner needs of a running instance: its URL (REST steps go there over HTTP) and its session. */
export interface AtfTarget {
  url: string;
  session: {
    atfBegin(): Promise<SessionReply<{ enabled: boolean }>>;
    atfStep(request: AtfServerStepRequest): Promise<SessionReply<AtfStepOutcome>>;
    atfBasicAuth(profileSysId: string): Promise<SessionReply<{ found: boolean; username: string; password: string }>>;
    atfEnd(): Promise<SessionReply<AtfRollbackReport>>;
    drain(): Promise<SessionReply<unknown>>;
    /** the instance's clock (info().value.now) and moving it forward (tick(nowMs) runs what came due) */
    info(): Promise<SessionReply<{ now: number }>>;
    tick(nowMs?: number): Promise<SessionReply<unknown>>;
  };
}

export type AtfStatus = 'Success' | 'Failure' | 'Skipped' | 'Error';

export interface AtfStepResult {
  order: number;
  sysId: string;
  /** the step configuration's name ('Record Insert') */
  step: string;
  call: string;
  status: AtfStatus;
  summary: string;
  output: string;
  durationMs: number;
  /** how many times a waiting step ran before it passed or timed out */
  attempts: number;
}

export interface AtfTestResult {
  sysId: string;
  name: string;
  status: AtfStatus;
  steps: AtfStepResult[];
  /** active steps that did not run because an earlier one failed */
  notRun: number;
  /** rows that existed before the test and that it changed or deleted (rolled back afterwards) */
  touched: AtfRollbackReport['touched'];
  /** rows the test created and did not delete itself (the rollback removed them) */
  left: AtfRollbackReport['left'];
  durationMs: number;
}

export interface AtfSuiteResult {
  sysId: string;
  name: string;
  status: AtfStatus;
  tests: AtfTestResult[];
  children: AtfSuiteResult[];
  /** rolled up over this suite and its descendants */
  counts: { success: number; failure: number; error: number; skipped: number };
  durationMs: number;
}

export interface AtfRun {
  suites: AtfSuiteResult[];
  /** active tests no suite holds */
  tests: AtfTestResult[];
  ok: boolean;
}

export interface AtfRunOptions {
  app: LoadedApp;
  target: AtfTarget;
  /** user_name of who runs the tests (steps run as this user until an Impersonate step); default admin */
  runAs?: string;
  /** only these suites (names or sys_ids) and none of the tests outside suites; default: every top-level suite and
   * every test no suite holds */
  suites?: string[];
  /** instance time between attempts of a waiting step (default 1000 ms) */
  pollMs?: number;
  /** called as each test finishes */
  onTest?: (result: AtfTestResult, suite: string | null) => void;
}

const PILL = /\{\{step\[(?:'|"|&#39;|&apos;|&quot;)([0-9a-f]{32})(?:'|"|&#39;|&apos;|&quot;)\]\.([A-Za-z0-9_.]+)\}\}/g;

/** Replaces every data pill by the output it names; an unknown step or output fails the step. */
export function resolvePills(text: string, outputs: { [stepSysId: string]: { [name: string]: string } }): string {
  return text.replace(PILL, (_all, stepId: string, name: string) => {
    const step = outputs[stepId];
    if (!step) throw new Error(`The value refers to step ${stepId}, which has not run before this step`);
    if (!Object.prototype.hasOwnProperty.call(step, name)) throw new Error(`Step ${stepId} has no output "${name}" (it has ${Object.keys(step).join(', ') || 'none'})`);
    return step[name];
  });
}

/** The step's inputs by field name: stored values, the SDK's defaults for absent ones, data pills resolved. */
function inputsOf(step: AtfStepDefinition, config: StepConfig, outputs: { [stepSysId: string]: { [name: string]: string } }): { [field: string]: string } {
  const inputs: { [field: string]: string } = {};
  for (const [variable, input] of Object.entries(config.inputs)) {
    if (input.defaultValue !== undefined) inputs[input.field] = input.defaultValue;
    if (Object.prototype.hasOwnProperty.call(step.inputs, variable)) inputs[input.field] = step.inputs[variable];
  }
  for (const variable of Object.keys(step.inputs)) {
    if (!config.inputs[variable]) throw new Error(`Input variable ${variable} is not an input of ${config.name}`);
  }
  for (const [field, value] of Object.entries(step.mappings)) inputs[field] = value;
  for (const field of Object.keys(inputs)) inputs[field] = resolvePills(inputs[field], outputs);
  return inputs;
}

async function runTest(test: AtfTestDefinition, options: AtfRunOptions): Promise<AtfTestResult> {
  const started = Date.now();
  const catalogue = stepCatalogue();
  const { session } = options.target;
  const result: AtfTestResult = { sysId: test.sysId, name: test.name, status: 'Success', steps: [], notRun: 0, touched: [], left: [], durationMs: 0 };
  const begun = (await session.atfBegin()).value;
  if (!begun.enabled) {
    result.status = 'Error';
    result.steps.push({ order: 0, sysId: '', step: '(test)', call: '', status: 'Error', summary: 'Test execution is disabled on this instance: sn_atf.runner.enabled is false', output: '', durationMs: 0, attempts: 0 });
    result.durationMs = Date.now() - started;
    return result;
  }
  let user = options.runAs ?? 'admin';
  const outputs: { [stepSysId: string]: { [name: string]: string } } = {};
  let lastResponse: RestResponse | undefined;
  let previousCategory = '';
  const steps = test.steps.filter((s) => s.active);
  try {
    for (let index = 0; index < steps.length; index++) {
      const step = steps[index];
      const stepStarted = Date.now();
      const config = catalogue[step.stepConfig];
      const record = (status: AtfStatus, summary: string, output: string, attempts = 1): AtfStepResult => {
        const stepResult: AtfStepResult = {
          order: step.order,
          sysId: step.sysId,
          step: config ? config.name : step.displayName || step.stepConfig,
          call: config ? config.call : '',
          status,
          summary,
          output,
          durationMs: Date.now() - stepStarted,
          attempts,
        };
        result.steps.push(stepResult);
        return stepResult;
      };
      let failed = false;
      if (!config || !implemented(config.call)) {
        const what = config ? `'${config.name}' (atf.${config.call})` : `step configuration ${step.stepConfig} ('${step.displayName}')`;
        record('Failure', `${what} is not implemented by the sandbox ATF runner: the step fails rather than pass unrun`, '');
        failed = true;
      } else {
        let inputs: { [field: string]: string } | undefined;
        try {
          inputs = inputsOf(step, config, outputs);
        } catch (error) {
          record('Failure', (error as Error).message, '');
          failed = true;
        }
        if (inputs && config.category === 'rest') {
          if (config.call === 'rest.sendRestRequest') {
            try {
              const request = await buildRequest(options.target.url, inputs as unknown as SendInputs, async (profile) => {
                const found = (await session.atfBasicAuth(profile)).value;
                return found.found ? { username: found.username, password: found.password } : null;
              });
              const sent = await send(request);
              lastResponse = sent.response;
              record(sent.outcome.status === 'success' ? 'Success' : 'Failure', sent.outcome.summary, sent.outcome.output);
              failed = sent.outcome.status !== 'success';
            } catch (error) {
              lastResponse = undefined;
              record('Failure', (error as Error).message, '');
              failed = true;
            }
          } else if (previousCategory !== 'rest' || !lastResponse) {
            record('Failure', 'Assert steps must immediately follow a Send REST Request - Inbound step, with no step of another category between them', '');
            failed = true;
          } else {
            const outcome = assertResponse(config.call, inputs, lastResponse);
            record(outcome.status === 'success' ? 'Success' : 'Failure', outcome.summary, outcome.output);
            failed = outcome.status !== 'success';
          }
        } else if (inputs) {
          // A waiting step is repeated until it passes or its timeout has gone by in the INSTANCE's time: between
          // attempts the instance's clock moves on by the poll interval and the background work that comes due
          // meanwhile runs (events, async rules, scheduled jobs), as it would while the platform waits.
          const waits = WAITING_STEPS.includes(config.call) ? step.timeoutSeconds * 1000 : 0;
          const pollMs = options.pollMs ?? 1000;
          let waited = 0;
          let attempts = 0;
          let outcome: AtfStepOutcome;
          for (;;) {
            attempts++;
            outcome = (
              await session.atfStep({ kind: SERVER_STEPS[config.call] as AtfServerStepRequest['kind'], stepSysId: step.sysId, scope: step.scope, user, inputs, earlierOutputs: outputs })
            ).value;
            if (outcome.status === 'success' || waited >= waits) break;
            await session.drain();
            const now = (await session.info()).value.now;
            await session.tick(now + pollMs);
            await session.drain();
            waited += pollMs;
          }
          outputs[step.sysId] = outcome.outputs;
          if (outcome.impersonate && outcome.status === 'success') user = outcome.impersonate;
          record(outcome.status === 'success' ? 'Success' : 'Failure', outcome.summary, outcome.output, attempts);
          failed = outcome.status !== 'success';
        }
      }
      previousCategory = config ? config.category : '';
      if (failed) {
        result.status = 'Failure';
        result.notRun = steps.length - index - 1;
        break;
      }
    }
  } finally {
    // what the test set off finishes before its data is rolled back
    await session.drain();
    const undone = (await session.atfEnd()).value;
    result.touched = undone.touched;
    result.left = undone.left;
    result.durationMs = Date.now() - started;
  }
  return result;
}

function emptyCounts(): AtfSuiteResult['counts'] {
  return { success: 0, failure: 0, error: 0, skipped: 0 };
}

function count(counts: AtfSuiteResult['counts'], status: AtfStatus): void {
  if (status === 'Success') counts.success++;
  else if (status === 'Failure') counts.failure++;
  else if (status === 'Error') counts.error++;
  else counts.skipped++;
}

function skippedTest(test: AtfTestDefinition, why: string): AtfTestResult {
  return { sysId: test.sysId, name: test.name, status: 'Skipped', steps: [{ order: 0, sysId: '', step: '(test)', call: '', status: 'Skipped', summary: why, output: '', durationMs: 0, attempts: 0 }], notRun: test.steps.length, touched: [], left: [], durationMs: 0 };
}

async function runSuite(suite: AtfSuiteDefinition, options: AtfRunOptions, byId: Map<string, AtfTestDefinition>, all: AtfSuiteDefinition[]): Promise<AtfSuiteResult> {
  const started = Date.now();
  const result: AtfSuiteResult = { sysId: suite.sysId, name: suite.name, status: 'Success', tests: [], children: [], counts: emptyCounts(), durationMs: 0 };
  let abort = '';
  for (const member of suite.tests) {
    const test = byId.get(member.test);
    if (!test) {
      const missing: AtfTestResult = { sysId: member.test, name: `(test ${member.test} is not in the package)`, status: 'Error', steps: [], notRun: 0, touched: [], left: [], durationMs: 0 };
      result.tests.push(missing);
      count(result.counts, 'Error');
      continue;
    }
    if (!test.active) continue;
    const testResult = abort ? skippedTest(test, abort) : await runTest(test, options);
    if (member.abortOnFailure && testResult.status !== 'Success' && !abort) abort = `skipped: "${test.name}" failed and aborts the suite on failure`;
    result.tests.push(testResult);
    count(result.counts, testResult.status);
    options.onTest?.(testResult, suite.name);
  }
  for (const child of all.filter((s) => s.parent === suite.sysId && s.active)) {
    const childResult = await runSuite(child, options, byId, all);
    result.children.push(childResult);
    for (const key of Object.keys(result.counts) as Array<keyof AtfSuiteResult['counts']>) result.counts[key] += childResult.counts[key];
  }
  const { failure, error, success, skipped } = result.counts;
  result.status = error > 0 ? 'Error' : failure > 0 ? 'Failure' : success === 0 && skipped > 0 ? 'Skipped' : 'Success';
  result.durationMs = Date.now() - started;
  return result;
}

/** Runs the app's suites (and the tests no suite holds) against the target instance. */
export async function runAtf(options: AtfRunOptions): Promise<AtfRun> {
  const { tests, suites } = options.app.atf;
  const byId = new Map(tests.map((t) => [t.sysId, t]));
  let chosen: AtfSuiteDefinition[];
  if (options.suites) {
    chosen = options.suites.map((wanted) => {
      const found = suites.find((s) => s.name === wanted || s.sysId === wanted);
      if (!found) throw new Error(`no test suite "${wanted}" in the app (it has ${suites.map((s) => `"${s.name}"`).join(', ') || 'none'})`);
      return found;
    });
  } else {
    // the suites of the package's own install before those of its demo data
    chosen = suites.filter((s) => s.active && (!s.parent || !suites.some((p) => p.sysId === s.parent))).sort((a, b) => Number(a.demo) - Number(b.demo));
  }
  const run: AtfRun = { suites: [], tests: [], ok: true };
  for (const suite of chosen) run.suites.push(await runSuite(suite, options, byId, suites));
  if (!options.suites) {
    const inSuites = new Set(suites.flatMap((s) => s.tests.map((t) => t.test)));
    for (const test of tests.filter((t) => t.active && !inSuites.has(t.sysId))) {
      const result = await runTest(test, options);
      run.tests.push(result);
      options.onTest?.(result, null);
    }
  }
  run.ok = run.suites.every((s) => s.status === 'Success') && run.tests.every((t) => t.status === 'Success');
  return run;
}
