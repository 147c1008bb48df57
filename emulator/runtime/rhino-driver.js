// The Rhino side of RhinoEngine (rhino-engine.ts): started once as
//   java -cp rhino.jar org.mozilla.javascript.tools.shell.Main -version 180 -opt -1 rhino-driver.js <repoRoot>
// It loads the emulator and the ServiceNow-ES5 profile through job-runner.js, then answers JSON lines:
//   in : {"id": <number>, "job": <job>}                  one per line on stdin
//   out: {"type": "ready", "startupMs", "includes", "removed", "undeletable"}   once, after start-up
//        {"id": <number>, "result": <job result>}        one per job, in order
//        {"type": "fatal", "message"}                    a line that is not a request (the driver carries on)
// Protocol lines go to the process's real stdout only. Java's System.out is pointed at stderr before any script
// runs, and the shell's print() is removed by the profile, so nothing a script does can corrupt the protocol; the
// scripts' own output travels inside each result's `logs`.
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

  var createJobRunner = compileFile('emulator/runtime/job-runner.js', 'createJobRunner')();
  var applyProfile = compileFile('emulator/runtime/apply-servicenow-es5-profile.js', 'applyServiceNowEs5Profile')();
  var includeNames = listIncludeNames();
  var setup = { profile: JSON.parse(readText('emulator/runtime/servicenow-es5-profile.json')), includeNames: includeNames };
  var runner = createJobRunner(global, { readText: readText, compileFile: compileFile }, applyProfile, JSON.stringify(setup));

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
    // runner.run already returns JSON text: splice it in rather than parse and serialize it again.
    protocolOut.println('{"id":' + JSON.stringify(request.id) + ',"result":' + runner.run(JSON.stringify(request.job)) + '}');
  }
  protocolOut.flush();
  System.exit(0);
})(this, arguments);
