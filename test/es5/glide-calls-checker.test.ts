// The Glide checker (glideCalls.ts) on small ES5 scripts: each check reports what it must, through the ways a value
// travels in rollup's output (variables, `this.x`, returns, parameters, script includes called from entry scripts),
// and stays quiet on the scoped calls and checked results next to them.
import { analyzeSources, Source } from './glideCalls';
import { platformVariables } from './glide-calls/platformContext';

const include = (name: string, text: string): Source => ({ path: `dist/es5/includes/${name}.js`, text });
const script = (text: string): Source[] => [include('Snippet', text)];
const check = (sources: Source[], currentTable: string | null = null) => analyzeSources(sources, { platform: platformVariables(() => currentTable) });
const violations = (sources: Source[]) => check(sources).violations.map((v) => `${v.check} ${v.message.replace(/ \(documented only.*\)$/, '')} @${v.site}`);
const unchecked = (sources: Source[]) => check(sources).uncheckedResults.map((u) => `${u.class}.${u.method} @${u.site}`);
const SITE = 'dist/es5/includes/Snippet.js';

describe('(a) calls outside the scoped allowlist', () => {
  test('a global-only GlideDateTime method through a variable; the scoped ones beside it pass', () => {
    const code = ['var t = new GlideDateTime();', 't.setValue("2024-01-01 00:00:00");', 't.setNumericValue(0);', 'var n = t.getNumericValue();'].join('\n');
    expect(violations(script(code))).toEqual([`outside-allowlist Glide call outside the scoped API allowlist: GlideDateTime.setNumericValue @${SITE}:3`]);
  });

  test('through this.time of an ES5 class (constructor function and prototype method, as rollup writes them)', () => {
    const code = [
      'var Clock = (function () {',
      '  function Clock() { this.time = new GlideDateTime(); }',
      '  Clock.prototype.reset = function () { this.time.setNumericValue(0); };',
      '  return Clock;',
      '}());',
      'new Clock().reset();',
    ].join('\n');
    expect(violations(script(code))).toEqual([`outside-allowlist Glide call outside the scoped API allowlist: GlideDateTime.setNumericValue @${SITE}:3`]);
  });

  test("through a function's return value", () => {
    const code = ['function now() { var t = new GlideDateTime(); return t; }', 'var later = now();', 'later.setNumericValue(5);', 'now().setNumericValue(6);'].join('\n');
    expect(violations(script(code))).toEqual([
      `outside-allowlist Glide call outside the scoped API allowlist: GlideDateTime.setNumericValue @${SITE}:3`,
      `outside-allowlist Glide call outside the scoped API allowlist: GlideDateTime.setNumericValue @${SITE}:4`,
    ]);
  });

  test('across a parameter, and through a property of an object literal', () => {
    const code = ['function set(when, ms) { when.setNumericValue(ms); }', 'var box = { at: new GlideDateTime() };', 'set(box.at, 1);'].join('\n');
    expect(violations(script(code))).toEqual([`outside-allowlist Glide call outside the scoped API allowlist: GlideDateTime.setNumericValue @${SITE}:1`]);
  });

  test('through a prototype literal, a method called with .call(), an array and its forEach callback', () => {
    const code = [
      'function Timer() { this.at = new GlideDateTime(); }',
      'Timer.prototype = { reset: function () { this.at.setNumericValue(0); } };',
      'new Timer().reset();',
      'function shift(ms) { this.setNumericValue(ms); }',
      'shift.call(new GlideDateTime(), 1);',
      'var times = [];',
      'times.push(new GlideDateTime());',
      'times.forEach(function (t) { t.setNumericValue(2); });',
    ].join('\n');
    expect(violations(script(code))).toEqual([2, 4, 8].map((line) => `outside-allowlist Glide call outside the scoped API allowlist: GlideDateTime.setNumericValue @${SITE}:${line}`));
  });

  test('GlideRecord.autoSysFields, and a call on a GlideElement reached by a field or getElement()', () => {
    const code = [
      "var gr = new GlideRecord('incident');",
      'gr.autoSysFields(false);',
      'gr.setWorkflow(false);',
      'gr.short_description.setJournalEntry("x");',
      "gr.getElement('state').getDecryptedValue();",
      "gr['priority'].debug('x');",
    ].join('\n');
    expect(violations(script(code))).toEqual([
      `outside-allowlist Glide call outside the scoped API allowlist: GlideRecord.autoSysFields @${SITE}:2`,
      `outside-allowlist Glide call outside the scoped API allowlist: GlideElement.setJournalEntry @${SITE}:4`,
      `outside-allowlist Glide call outside the scoped API allowlist: GlideElement.debug @${SITE}:6`,
    ]);
  });

  test('gs.log and gs.print, also through an alias of gs; gs.info passes', () => {
    const code = ["gs.log('a');", 'var g = gs;', "g.print('b');", "gs.info('c');"].join('\n');
    expect(violations(script(code))).toEqual([
      `outside-allowlist Glide call outside the scoped API allowlist: GlideSystem.log @${SITE}:1`,
      `outside-allowlist Glide call outside the scoped API allowlist: GlideSystem.print @${SITE}:3`,
    ]);
  });

  test('results typed by the docs: execute() is a RESTResponseV2, gs.getSession() a GlideSession', () => {
    const code = [
      'var rm = new sn_ws.RESTMessageV2();',
      'var res = rm.execute();',
      'res.getStatusCode();',
      'res.getStatus();',
      "gs.getSession().putClientData('a', 'b');",
      'gs.getSession().getRoles();',
    ].join('\n');
    expect(violations(script(code))).toEqual([
      `outside-allowlist Glide call outside the scoped API allowlist: RESTResponseV2.getStatus @${SITE}:4`,
      `outside-allowlist Glide call outside the scoped API allowlist: GlideSession.getRoles @${SITE}:6`,
    ]);
  });
});

describe('(b) global-only method names on values of unknown type', () => {
  test('reported unless the scripts define a method of that name themselves', () => {
    const unknownReceiver = 'function later(x) { x.setNumericValue(1); }';
    expect(violations(script(unknownReceiver))).toEqual([
      `global-only-name Call of a method only global scripts have, on a value of unknown type: .setNumericValue() (global-only in GlideDateTime) @${SITE}:1`,
    ]);
    expect(violations(script(`${unknownReceiver}\nvar own = { setNumericValue: function (ms) { return ms; } };`))).toEqual([]);
  });
});

describe('(c) globals outside the allowlist', () => {
  test('Packages, GlideHTTPRequest and an unknown member of a Glide namespace; GlideAggregate is scoped', () => {
    const code = [
      "Packages.java.lang.System.getProperty('x');",
      "var h = new GlideHTTPRequest('https://example.com');",
      'var s = new sn_ws.SOAPMessage();',
      "var agg = new GlideAggregate('incident');",
      "agg.addAggregate('COUNT');",
      'var j = JSON.stringify({}) + Math.max(1, 2) + parseInt("1", 10);',
    ].join('\n');
    expect(violations(script(code))).toEqual([
      `unknown-global Global not in the scoped API allowlist: Packages @${SITE}:1`,
      `unknown-global Global not in the scoped API allowlist: GlideHTTPRequest @${SITE}:2`,
      `unknown-global Global not in the scoped API allowlist: sn_ws.SOAPMessage @${SITE}:3`,
    ]);
  });
});

describe('(d) unchecked write results', () => {
  test('a dropped update(), get(), deleteRecord() or next() is reported; a checked or kept one is not', () => {
    const code = [
      "var gr = new GlideRecord('x_incb_bridge_link');",
      'gr.update();',
      'if (!gr.update()) gs.error("refused");',
      'var id = gr.insert();',
      "gr.get('abc');",
      'ready && gr.deleteRecord();',
      'gr.next();',
      'while (gr.next()) {}',
      'gr.updateMultiple();',
    ].join('\n');
    expect(unchecked(script(code))).toEqual([
      `GlideRecord.update @${SITE}:2`,
      `GlideRecord.get @${SITE}:5`,
      `GlideRecord.deleteRecord @${SITE}:6`,
      `GlideRecord.next @${SITE}:7`,
    ]);
  });
});

describe('(e) table operations', () => {
  test('a table named by a variable bound to a literal', () => {
    const code = ["var LINK_TABLE = 'x_incb_bridge_link';", 'var gr = new GlideRecord(LINK_TABLE);', 'gr.query();', 'if (gr.next() && !gr.deleteRecord()) gs.error("x");'].join('\n');
    const report = check(script(code));
    expect(report.tableOperations).toEqual([
      { table: 'x_incb_bridge_link', operation: 'delete', sites: [`${SITE}:4`] },
      { table: 'x_incb_bridge_link', operation: 'read', sites: [`${SITE}:3`] },
    ]);
    expect(report.unresolvedTables).toEqual([]);
  });

  test('operations through a helper that returns a GlideRecord, one row per table it is called with', () => {
    const code = [
      'function rows(table) { var gr = new GlideRecord(table); gr.query(); return gr; }',
      "var incidents = rows('incident');",
      "var links = rows('x_incb_bridge_link');",
      'while (links.next()) { if (!links.update()) break; }',
    ].join('\n');
    expect(check(script(code)).tableOperations).toEqual([
      { table: 'incident', operation: 'read', sites: [`${SITE}:1`] },
      // The helper's row holds either table wherever it goes: the analysis does not tell callers apart.
      { table: 'incident', operation: 'write', sites: [`${SITE}:4`] },
      { table: 'x_incb_bridge_link', operation: 'read', sites: [`${SITE}:1`] },
      { table: 'x_incb_bridge_link', operation: 'write', sites: [`${SITE}:4`] },
    ]);
  });

  test('a table built at run time, or never given, is unresolved, with the operations on its rows', () => {
    const code = ["var gr = new GlideRecord('x_incb_bridge_' + kind());", 'gr.query();', 'function kind() { return "link"; }', 'function orphan(t) { return new GlideRecord(t); }'].join('\n');
    expect(check(script(code)).unresolvedTables).toEqual([
      { class: 'GlideRecord', site: `${SITE}:1`, operations: [{ operation: 'read', sites: [`${SITE}:2`] }] },
      { class: 'GlideRecord', site: `${SITE}:4`, operations: [] },
    ]);
  });
});

describe('script includes called from entry scripts', () => {
  const capture = include(
    'Capture',
    [
      'var Capture = (function () {',
      '  function Capture() {}',
      '  Capture.prototype.run = function (current, previous) {',
      "    current.setValue('state', 2);",
      '    current.update();',
      '    var at = new GlideDateTime();',
      '    at.setNumericValue(previous.sys_updated_on.getGlideObject().getNumericValue());',
      "    if (previous.state.changesTo('2')) previous.state.getXMLValue();",
      '  };',
      '  return Capture;',
      '}());',
    ].join('\n'),
  );
  const rule = { path: 'dist/es5/entry/br/capture.js', text: '(function (Capture) {\n  new Capture().run(current, previous);\n})(Capture);\n' };

  test("the entry's current and previous reach the include's method: its calls are typed and its operations counted", () => {
    const report = check([capture, rule], 'incident');
    expect(report.violations.map((v) => `${v.message.replace(/ \(documented only.*\)$/, '')} @${v.site}`)).toEqual([
      'Glide call outside the scoped API allowlist: GlideDateTime.setNumericValue @dist/es5/includes/Capture.js:7',
      'Glide call outside the scoped API allowlist: GlideElement.getXMLValue @dist/es5/includes/Capture.js:8',
    ]);
    expect(report.uncheckedResults.map((u) => u.site)).toEqual(['dist/es5/includes/Capture.js:5']);
    expect(report.tableOperations).toEqual([{ table: 'incident', operation: 'write', sites: ['dist/es5/includes/Capture.js:5'] }]);
  });

  test('without the entry script, the same include has no typed record: what typed it was the flow across bundles', () => {
    const report = check([capture], 'incident');
    expect(report.uncheckedResults).toEqual([]);
    expect(report.tableOperations).toEqual([]);
  });

  test("an entry's current of an unknown table is reported as unresolved where the platform hands it over", () => {
    expect(check([capture, rule], null).unresolvedTables).toEqual([
      { class: 'GlideRecord', site: 'current in dist/es5/entry/br/capture.js', operations: [{ operation: 'write', sites: ['dist/es5/includes/Capture.js:5'] }] },
    ]);
  });

  test('an entry script naming an include that is not there is naming an unknown global', () => {
    expect(check([rule], 'incident').violations.map((v) => v.message)).toEqual(['Global not in the scoped API allowlist: Capture']);
  });
});
