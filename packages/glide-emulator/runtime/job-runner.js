// Runs jobs inside a script engine (Rhino or a Node vm context): the one place that defines what a job does, so both
// engines behave alike. Plain ES5 that runs INSIDE the engine; the engines load this file as a function body and take
// `createJobRunner` from it, so nothing here becomes a global the scripts could see.
//
// createJobRunner(global, host, applyProfile, setupJson)
//   global        the engine's global object
//   host          engine-specific services, given and returning strings and engine functions only:
//                   readText(relPath) -> file text (relPath from the repository root, '/'-separated)
//                   compileFile(relPath, resultName) -> a function that runs the file as a function body and
//                     returns the value of `resultName` from it (each call runs the file afresh)
//                 appendSecretAudit(line), optional: only while `npm test` audits secrets (with secretAuditTables,
//                   the rows people read that it reports), where the emulator's
//                   audit lines go (packages/glide-emulator/glide/secret-audit.ts)
//   applyProfile  applyServiceNowEs5Profile from apply-servicenow-es5-profile.js
//   setupJson     JSON text of { profile: <servicenow-es5-profile.json>, includeNames: ['<Name>', ...] }
// Start-up order: the emulator bundle is loaded first, then the profile is applied (so it governs everything the
// scripts run), then the global object is snapshotted as the clean state every job starts from.
//
// run(jobJson) -> resultJson. A job: { app?, schema?, records?: [{table, values}], user?, code }. `code` is a function
// body run with `instance`, `runFile(relPath, vars)` and `print(...)` in scope; it may return a JSON-serializable
// value. The result: { ok, value?, error?: {name?, message, stack?}, logs: [{level, message, source?}],
// filesRun: [relPath] }. Nothing a job does (errors included) escapes run().
//
// session(requestJson) -> resultJson: persistent sessions (GlideEmulator.createSession, one long-lived instance)
// next to the jobs. Requests:
//   { action: 'open', spec: { app, options?: { platformRules?, maxDrainRounds?, accessTracking? } } }   value: { sessionId }
//   { action: 'call', sessionId, op, arg }   op: start | http | tick | drain | dump | runJob | info | stats | records | atfBegin | atfStep | atfBasicAuth | atfEnd; value: its return
//   { action: 'close', sessionId }
// Results have the job result's shape (filesRun empty); the result of a call, failed or not, also carries `changes`,
// what the session committed during it (the session's changes(), SessionChanges), when it committed anything: the
// sandbox keeps its copy of the committed database from these. Every call starts from the clean global object, installs
// the session instance's globals and lazy script includes (afresh, as each transaction resolves them), and restores
// the clean global object afterwards, so jobs and session calls can share an engine. Outbound HTTP of a session
// goes to host.httpSend(requestJson) -> answerJson when the host has it (see packages/glide-emulator/glide/session/engine-transport.ts).
function createJobRunner(global, host, applyProfile, setupJson) {
  var setup = JSON.parse(setupJson);
  var hasOwn = Object.prototype.hasOwnProperty;
  var GlideEmulator = host.compileFile('dist/emulator/glide.js', 'GlideEmulator')();
  if (typeof host.appendSecretAudit === 'function') {
    GlideEmulator.setSecretAuditSink(host.appendSecretAudit, host.secretAuditTables);
  }
  var startup = applyProfile(global, setup.profile);
  var cleanGlobals = ownNames(global);
  var compiled = {};
  var texts = {};

  function ownNames(object) {
    var names = {};
    var list = Object.getOwnPropertyNames(object);
    for (var i = 0; i < list.length; i++) {
      names[list[i]] = true;
    }
    return names;
  }

  // Each job starts from the clean global object: what the previous job installed or leaked is removed, and the
  // profile is applied again in case a job put a removed built-in back (a polyfill must not outlive its test).
  function restoreCleanGlobals() {
    var now = Object.getOwnPropertyNames(global);
    for (var i = 0; i < now.length; i++) {
      if (!hasOwn.call(cleanGlobals, now[i])) {
        delete global[now[i]];
      }
    }
    applyProfile(global, setup.profile);
  }

  function compiledFile(relPath, resultName) {
    if (!hasOwn.call(compiled, relPath)) {
      compiled[relPath] = host.compileFile(relPath, resultName);
    }
    return compiled[relPath];
  }

  function fileText(relPath) {
    if (!hasOwn.call(texts, relPath)) {
      texts[relPath] = host.readText(relPath);
    }
    return texts[relPath];
  }

  // Script includes are resolved the way an instance resolves them: on first reference by name. Every include name
  // is a global getter that runs the include's file (its IIFE takes other includes as arguments, which resolves
  // them in turn) and then becomes a plain global. Each job runs the includes afresh, so include state never
  // carries over from one job to the next.
  function defineLazyIncludes() {
    var loading = {};
    function defineValue(name, value) {
      Object.defineProperty(global, name, { value: value, writable: true, enumerable: true, configurable: true });
    }
    function lazy(name) {
      Object.defineProperty(global, name, {
        configurable: true,
        enumerable: false,
        get: function () {
          if (loading[name]) {
            throw new Error('Script include ' + name + ' refers to itself while it loads (circular include)');
          }
          loading[name] = true;
          try {
            var value = compiledFile('dist/es5/includes/' + name + '.js', name)();
            defineValue(name, value);
            return value;
          } finally {
            loading[name] = false;
          }
        },
        set: function (value) {
          defineValue(name, value);
        }
      });
    }
    for (var i = 0; i < setup.includeNames.length; i++) {
      lazy(setup.includeNames[i]);
    }
  }

  function checkedDistPath(relPath) {
    var path = String(relPath);
    if (path.indexOf('dist/') !== 0 || path.indexOf('..') !== -1 || path.indexOf('\\') !== -1) {
      throw new Error('runFile: expected a path under dist/ relative to the repository root, got ' + path);
    }
    return path;
  }

  function describeError(e) {
    if (e !== null && typeof e === 'object') {
      var described = { message: e.message !== undefined ? String(e.message) : String(e) };
      if (e.name !== undefined) {
        described.name = String(e.name);
      }
      if (e.stack) {
        described.stack = String(e.stack);
      }
      return described;
    }
    return { message: String(e) };
  }

  function runJob(job, logs, filesRun) {
    if (typeof job.code !== 'string') {
      throw new Error('job.code must be a string (a function body)');
    }
    var options = {
      schema: job.schema,
      scope: job.scope,
      userName: job.user,
      accessTracking: job.accessTracking,
      onLog: function (level, message, source) {
        var entry = { level: String(level), message: String(message) };
        if (source !== undefined && source !== null) {
          entry.source = String(source);
        }
        logs.push(entry);
      }
    };
    // With job.app (a LoadedApp read from dist/app) the instance has the package installed, as on an instance;
    // with job.withoutRules too, all of it but its business rules and script actions (the job wires the built entry
    // files itself, to run each by name).
    var app = job.app;
    if (app && job.withoutRules) {
      var copy = {};
      for (var key in app) {
        if (hasOwn.call(app, key)) copy[key] = app[key];
      }
      copy.businessRules = [];
      copy.scriptActions = [];
      app = copy;
    }
    var instance = app ? GlideEmulator.createAppInstance(app, options) : GlideEmulator.createInstance(options);
    // Entry scripts are the app's installed scripts: they run in its scope.
    var entryScope = app ? app.app.scope : undefined;
    instance.install(global);
    // Job code is test code run as a global function: it sees the includes as globals. Scripts the instance runs
    // (runFile, rules, actions) get the installed includes from the instance itself.
    defineLazyIncludes();
    var records = job.records || [];
    for (var i = 0; i < records.length; i++) {
      instance.db.insert(records[i].table, records[i].values);
    }
    // Runs a built file (an entry script: business rule, REST route, job...) the way the instance runs the
    // installed script text, with `vars` as its local variables.
    function runFile(relPath, vars) {
      var path = checkedDistPath(relPath);
      var text = fileText(path);
      filesRun.push(path);
      return instance.evaluate(text, vars || {}, entryScope);
    }
    // The scripts' own output channel: it never reaches the engine's protocol stream.
    function print() {
      var parts = [];
      for (var j = 0; j < arguments.length; j++) {
        parts.push(String(arguments[j]));
      }
      logs.push({ level: 'print', message: parts.join(' ') });
    }
    var body = new Function('instance', 'runFile', 'print', job.code);
    return body(instance, runFile, print);
  }

  function resultText(result, logs, filesRun) {
    result.logs = logs;
    result.filesRun = filesRun;
    try {
      return JSON.stringify(result);
    } catch (e) {
      return JSON.stringify({
        ok: false,
        error: { name: 'TypeError', message: 'The job returned a value that is not JSON-serializable: ' + describeError(e).message },
        logs: logs,
        filesRun: filesRun
      });
    }
  }

  function run(jobJson) {
    var logs = [];
    var filesRun = [];
    var result;
    try {
      result = { ok: true, value: runJob(JSON.parse(jobJson), logs, filesRun) };
    } catch (e) {
      result = { ok: false, error: describeError(e) };
    } finally {
      restoreCleanGlobals();
    }
    return resultText(result, logs, filesRun);
  }

  var sessions = {};
  var nextSessionId = 1;
  var SESSION_OPS = { start: true, http: true, tick: true, drain: true, dump: true, runJob: true, info: true, stats: true, records: true, atfBegin: true, atfStep: true, atfBasicAuth: true, atfEnd: true };
  /** where the log lines of the session call in progress go */
  var sessionLogs = [];

  function openSession(spec) {
    var options = spec.options || {};
    var sessionOptions = {
      platformRules: options.platformRules,
      maxDrainRounds: options.maxDrainRounds,
      accessTracking: options.accessTracking,
      onLog: function (level, message, source) {
        var entry = { level: String(level), message: String(message) };
        if (source !== undefined && source !== null) {
          entry.source = String(source);
        }
        sessionLogs.push(entry);
      }
    };
    if (typeof host.httpSend === 'function') {
      sessionOptions.hostHttp = function (requestJson) {
        return String(host.httpSend(String(requestJson)));
      };
    }
    var id = 's' + nextSessionId++;
    sessions[id] = GlideEmulator.createSession(spec.app, sessionOptions);
    return { sessionId: id };
  }

  function callSession(request) {
    var session = hasOwn.call(sessions, request.sessionId) ? sessions[request.sessionId] : null;
    if (!session) {
      throw new Error('No open session ' + request.sessionId);
    }
    if (!hasOwn.call(SESSION_OPS, request.op)) {
      throw new Error('Unknown session operation ' + request.op);
    }
    // A call interrupted by a time-out skipped its clean-up; this one starts clean whatever happened before.
    restoreCleanGlobals();
    session.instance.install(global);
    // Scripts the session runs (rules, actions, routes, jobs) get the installed includes from the instance itself.
    var value = session[request.op](request.arg);
    return value === undefined ? null : value;
  }

  /** What the call's session committed, or null: a failed call may have written before it failed. */
  function committedBy(request) {
    if (!request || request.action !== 'call' || !hasOwn.call(sessions, request.sessionId)) {
      return null;
    }
    return sessions[request.sessionId].changes();
  }

  function session(requestJson) {
    var logs = [];
    sessionLogs = logs;
    var result;
    var request = null;
    try {
      request = JSON.parse(requestJson);
      var value;
      if (request.action === 'open') {
        value = openSession(request.spec);
      } else if (request.action === 'call') {
        value = callSession(request);
      } else if (request.action === 'close') {
        delete sessions[request.sessionId];
        value = null;
      } else {
        throw new Error('Unknown session action ' + request.action);
      }
      result = { ok: true, value: value };
    } catch (e) {
      result = { ok: false, error: describeError(e) };
    } finally {
      restoreCleanGlobals();
    }
    try {
      var changes = committedBy(request);
      if (changes !== null) {
        result.changes = changes;
      }
    } catch (e) {
      // The answer still goes out; without its changes the sandbox's copy misses them, so it says so.
      logs.push({ level: 'error', message: 'session changes could not be read: ' + describeError(e).message });
    }
    return resultText(result, logs, []);
  }

  return { startup: startup, run: run, session: session };
}
