#!/usr/bin/env node
// Runs the community ServiceNow ESLint plugin (@admc.com/eslint-plugin-sn, ESLint 8: hence its own install in this
// folder, `npm ci --prefix tools/sn-lint`) over the built app, each file as the record type that installs it with
// the plugin's `scoped-es5` alt, and prints its findings as JSON: [{ file, line, rule, message }].
//   node tools/sn-lint/lint.cjs <repository root>
// The plugin reads its lists of globals from a `snglobals` folder above the working directory, which its own
// `snLint -g` would write into ours; a copy in a temporary folder keeps the repository untouched.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const PLUGIN = path.dirname(require.resolve('@admc.com/eslint-plugin-sn/package.json'));

// The record type (the plugin's "table") that runs each kind of built script.
const TABLES = {
  includes: 'sys_script_include',
  br: 'sys_script',
  rest: 'sys_ws_operation',
  action: 'sysevent_script_action',
  ui: 'sys_ui_action.script',
  mail: 'sys_script_email',
  job: 'sysauto_script',
  // an ATF Run Server Side Script step: the plugin has no record type for it; a fix script is the server script it
  // lints the same way (no free variables of its own)
  atf: 'sys_script_fix',
  // the route scripts of the Azure DevOps test double (demo data)
  demo: 'sys_ws_operation',
};

function tableOf(file) {
  const m = /^dist\/es5\/(?:entry\/([^/]+)|(includes|atf|demo))\//.exec(file);
  const table = m && TABLES[m[1] || m[2]];
  if (!table) throw new Error(`${file}: no ServiceNow record type known for it`);
  return table;
}

function listJs(root, dir) {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = `${dir}/${d.name}`;
    if (d.isDirectory()) return listJs(root, rel);
    return d.name.endsWith('.js') ? [rel] : [];
  });
}

async function main() {
  const root = path.resolve(process.argv[2] || '.');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sn-lint-'));
  try {
    fs.cpSync(path.join(PLUGIN, 'resources', 'snglobals'), path.join(work, 'snglobals'), { recursive: true });
    process.chdir(work);
    const { ESLint } = require('eslint');
    const eslint = new ESLint({
      cwd: work,
      useEslintrc: false,
      resolvePluginsRelativeTo: __dirname,
      overrideConfig: { plugins: ['@admc.com/sn'], extends: ['plugin:@admc.com/sn/servicenow'] },
    });
    const out = [];
    for (const file of listJs(root, 'dist/es5').sort()) {
      const pseudo = path.join(work, tableOf(file), 'scoped-es5', path.basename(file));
      const [result] = await eslint.lintText(fs.readFileSync(path.join(root, file), 'utf8'), { filePath: pseudo });
      for (const m of result.messages) out.push({ file, line: m.line, rule: m.ruleId, message: m.message });
    }
    process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
