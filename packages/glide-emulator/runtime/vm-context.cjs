// Node side (CommonJS, run by Node itself, not inside an engine, hence .cjs and outside the engine scripts' ES5
// gate): builds the Node vm context both VmEngine (jobs, in the calling thread) and vm-session-worker.cjs (a
// session, in its own thread) run job-runner.js in. Same emulator bundle, same ServiceNow-ES5 profile as Rhino.
//
// createEngineContext(root, httpSend?) -> { info, run(kind, inputText, timeoutMs) }
//   kind 'job'      runner.run(inputText)       (a job, JSON)
//   kind 'session'  runner.session(inputText)   (a session request, JSON)
//   run() returns the runner's JSON text, or throws what vm throws (ERR_SCRIPT_EXECUTION_TIMEOUT on a time-out).
// Objects created outside a context keep the outer realm's prototypes (an outer array would bring `.find` back),
// so only strings cross the boundary, both ways. The global object carries one engine slot, `__scriptEngineJob`,
// because vm can only enforce a time-out on code it starts itself.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { openSecretAuditSpool } = require('./secret-audit-spool.cjs');

const JOB_SLOT = '__scriptEngineJob';

function createEngineContext(root, httpSend) {
  const started = Date.now();
  const context = vm.createContext({});
  const global = vm.runInContext('this', context);
  const readText = (relPath) => fs.readFileSync(path.join(root, relPath), 'utf8');
  // As in rhino-driver.js: the file is the body of a function compiled in the context, so its top-level
  // declarations stay local, only `resultName` comes out, and stack traces show the file's own lines.
  const compileFile = (relPath, resultName) =>
    vm.compileFunction(`${readText(relPath)}\nreturn ${resultName};`, [], { parsingContext: context, filename: relPath });
  // the engine scripts beside this file, by their path from root as rhino-driver.js names them
  const runtimeFile = (name) => path.relative(root, path.join(__dirname, name)).split(path.sep).join('/');
  const includesDir = path.join(root, 'dist', 'es5', 'includes');
  const includes = fs.existsSync(includesDir)
    ? fs.readdirSync(includesDir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort()
    : [];
  const slot = vm.runInContext('({})', context);
  // Defined before the runner snapshots the clean global object, so the per-job clean-up leaves it alone.
  Object.defineProperty(global, JOB_SLOT, { value: slot, enumerable: false, writable: false, configurable: false });
  const createJobRunner = compileFile(runtimeFile('job-runner.js'), 'createJobRunner')();
  const applyProfile = compileFile(runtimeFile('apply-servicenow-es5-profile.js'), 'applyServiceNowEs5Profile')();
  const setup = JSON.stringify({ profile: JSON.parse(readText(runtimeFile('servicenow-es5-profile.json'))), includeNames: includes });
  const host = { readText, compileFile };
  if (httpSend) host.httpSend = httpSend;
  const spool = openSecretAuditSpool('vm');
  if (spool) {
    host.appendSecretAudit = spool.append;
    host.secretAuditTables = spool.tables;
  }
  const runner = createJobRunner(global, host, applyProfile, setup);
  slot.job = runner.run;
  slot.session = runner.session;
  const scripts = {
    job: new vm.Script(`${JOB_SLOT}.job(${JOB_SLOT}.input)`, { filename: 'vm-engine' }),
    session: new vm.Script(`${JOB_SLOT}.session(${JOB_SLOT}.input)`, { filename: 'vm-engine' }),
  };
  return {
    info: {
      engine: 'node',
      startupMs: Date.now() - started,
      includes,
      removed: Array.from(runner.startup.removed),
      undeletable: Array.from(runner.startup.undeletable),
    },
    run(kind, inputText, timeoutMs) {
      slot.input = inputText;
      return scripts[kind].runInContext(context, { timeout: timeoutMs });
    },
  };
}

module.exports = { createEngineContext };
