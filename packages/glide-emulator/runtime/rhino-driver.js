// The Rhino side of RhinoEngine (rhino-engine.ts): started once as
//   java -cp rhino.jar org.mozilla.javascript.tools.shell.Main -version 180 -opt -1 rhino-driver.js <appRoot> <this folder, from appRoot>
// It loads the emulator and the ServiceNow-ES5 profile through job-runner.js, then answers JSON lines:
//   in : {"id": <number>, "job": <job>}                  one per line on stdin
//        {"id": <number>, "session": <session request>}  job-runner.js's session protocol
//   out: {"type": "ready", "startupMs", "includes", "removed", "undeletable"}   once, after start-up
//        {"id": <number>, "result": <result>}            one per request, in order
//        {"type": "fatal", "message"}                    a line that is not a request (the driver carries on)
// Protocol lines go to the process's real stdout only. Java's System.out is pointed at stderr before any script
// runs, and the shell's print() is removed by the profile, so nothing a script does can corrupt the protocol; the
// scripts' own output travels inside each result's `logs`. Sessions make real outbound HTTP requests through
// rhino-http.js, which gets the Java classes it needs here, before the profile removes Java access from scripts.
// Plain ES5 run by the Rhino shell. Everything is local to this function: scripts see no driver globals.
(function (global, args) {
  var System = java.lang.System;
  var Files = java.nio.file.Files;
  var Paths = java.nio.file.Paths;
  var JavaString = java.lang.String;
  var JavaFile = java.io.File;
  var Context = org.mozilla.javascript.Context;
  var startedNs = System.nanoTime();
  var root = String(args[0]);
  // this folder (the engine scripts), relative to root
  var runtimeDir = String(args[1]);
  var httpClasses = {
    HttpClient: java.net.http.HttpClient,
    HttpRequest: java.net.http.HttpRequest,
    BodyPublishers: java.net.http.HttpRequest.BodyPublishers,
    BodyHandlers: java.net.http.HttpResponse.BodyHandlers,
    HttpTimeoutException: java.net.http.HttpTimeoutException,
    URI: java.net.URI,
    ConnectException: java.net.ConnectException,
    UnresolvedAddressException: java.nio.channels.UnresolvedAddressException,
    IOException: java.io.IOException,
    ExecutionException: java.util.concurrent.ExecutionException,
    TimeoutException: java.util.concurrent.TimeoutException,
    TimeUnit: java.util.concurrent.TimeUnit,
    Base64: java.util.Base64,
    JavaString: JavaString,
    UTF_8: java.nio.charset.StandardCharsets.UTF_8
  };

  // While `npm test` audits secrets (packages/glide-emulator/glide/secret-audit.ts), the emulator's audit lines go to a spool file
  // named as secret-audit-spool.cjs names them. The Java classes are taken now: the profile removes `java` later.
  function openSecretAuditSpool() {
    var dir = System.getenv('INCB_SECRET_AUDIT_DIR');
    if (dir === null || String(dir) === '') {
      return null;
    }
    var origin = System.getenv('INCB_SECRET_AUDIT_ORIGIN');
    var name = (origin === null ? 'unknown' : String(origin)) + '-rhino-' + java.lang.ProcessHandle.current().pid() + '-' + Math.floor(Math.random() * 0x7fffffff).toString(16) + '.jsonl';
    var file = new JavaFile(String(dir), name);
    var FileOutputStream = java.io.FileOutputStream;
    var out = null;
    return function (line) {
      if (out === null) {
        file.getParentFile().mkdirs();
        out = new FileOutputStream(file, true);
      }
      out.write(new JavaString(line + '\n').getBytes('UTF-8'));
    };
  }

  var protocolOut = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, 'UTF-8');
  System.setOut(System.err);
  var input = new java.io.BufferedReader(new java.io.InputStreamReader(System['in'], 'UTF-8'));

  function send(message) {
    protocolOut.println(JSON.stringify(message));
  }

  function readText(relPath) {
    return String(new JavaString(Files.readAllBytes(Paths.get(root, relPath)), 'UTF-8'));
  }

  // The file becomes the body of a function compiled in the global scope, so its top-level declarations stay
  // local and only `resultName` comes out. The header sits on line 0 so the file's own line numbers appear in stack
  // traces under its repository path.
  function compileFile(relPath, resultName) {
    var source = 'function () {\n' + readText(relPath) + '\nreturn ' + resultName + ';\n}';
    return Context.getCurrentContext().compileFunction(global, source, relPath, 0, null);
  }

  function listIncludeNames() {
    var files = new JavaFile(root, 'dist/es5/includes').list();
    var names = [];
    for (var i = 0; files !== null && i < files.length; i++) {
      var file = String(files[i]);
      if (/\.js$/.test(file)) {
        names.push(file.slice(0, -3));
      }
    }
    return names.sort();
  }

  var createJobRunner = compileFile(runtimeDir + '/job-runner.js', 'createJobRunner')();
  var applyProfile = compileFile(runtimeDir + '/apply-servicenow-es5-profile.js', 'applyServiceNowEs5Profile')();
  var httpSend = compileFile(runtimeDir + '/rhino-http.js', 'createRhinoHttpSend')()(httpClasses);
  var includeNames = listIncludeNames();
  var setup = { profile: JSON.parse(readText(runtimeDir + '/servicenow-es5-profile.json')), includeNames: includeNames };
  var host = { readText: readText, compileFile: compileFile, httpSend: httpSend };
  var appendSecretAudit = openSecretAuditSpool();
  if (appendSecretAudit !== null) {
    var auditTables = System.getenv('INCB_SECRET_AUDIT_TABLES');
    if (auditTables === null || String(auditTables) === '') {
      throw new Error('INCB_SECRET_AUDIT_DIR is set without INCB_SECRET_AUDIT_TABLES (the rows people read, as JSON)');
    }
    host.appendSecretAudit = appendSecretAudit;
    host.secretAuditTables = JSON.parse(String(auditTables));
  }
  var runner = createJobRunner(global, host, applyProfile, JSON.stringify(setup));

  send({
    type: 'ready',
    startupMs: (System.nanoTime() - startedNs) / 1e6,
    includes: includeNames,
    removed: runner.startup.removed,
    undeletable: runner.startup.undeletable
  });

  for (;;) {
    var line = input.readLine();
    if (line === null) {
      break;
    }
    var request;
    try {
      request = JSON.parse(String(line));
    } catch (e) {
      send({ type: 'fatal', message: 'not a JSON request line: ' + e.message });
      continue;
    }
    // The runner already returns JSON text: splice it in rather than parse and serialize it again.
    var result = request.session !== undefined ? runner.session(JSON.stringify(request.session)) : runner.run(JSON.stringify(request.job));
    protocolOut.println('{"id":' + JSON.stringify(request.id) + ',"result":' + result + '}');
  }
  protocolOut.flush();
  System.exit(0);
})(this, arguments);
