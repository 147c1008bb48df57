// Where an encoded query is built, a caller's value must never be part of it: "^ORactive=true" in an id would widen
// the query. Values from callers go through addQuery(field, value) / get(field, value). This test finds every call
// that takes an encoded query (addEncodedQuery(q), addQuery(q) with one argument, and the *Multiple/delete forms
// reached through them) in the app's source and compares them with the list below, each reviewed: what the query is
// made of and why no caller's value can be in it. A new call fails the test until someone reviews it and lists it.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const APP = path.resolve(__dirname, '../../../src/app');

/** file (relative to src/app) -> the argument texts reviewed there, with what they are made of */
const REVIEWED: { [file: string]: { [argument: string]: string } } = {
  'agent/incidentList.ts': { 'plan.condition': "an admin's stored response plan condition, validated by conditionProblem() first" },
  'reliability/RetentionPurge.ts': { 'retained.finished': 'a constant of the retained-table list (finished states)' },
  'reliability/connectionGate.ts': {
    "'circuit_open_untilISEMPTY^ORcircuit_open_until<=' + nowValue()": "the instance's own clock",
    "'rate_limited_untilISEMPTY^ORrate_limited_until<' + until": 'a time the app computed from its clock and a Retry-After number it parsed',
  },
  'queue/inboxRows.ts': {
    "pair + '^stateINreceived,processing^NQ' + pair + '^state=failed^attempts<' + MAX_ATTEMPTS": 'pair: connection sys_id and a work item id the envelope parser accepted only as a positive integer; the rest constants',
    "'state=received^NQstate=failed^attempts<' + MAX_ATTEMPTS + '^NQstate=processing^sys_updated_on<' + stuckBefore": 'constants and a time computed from the clock',
  },
  'outbox/triggerCondition.ts': { 'restrictedToRecord(sysId, text)': "an admin's stored connection condition (checked with isValidEncodedQuery) AND the saved record's own sys_id" },
  'queue/outboxClaims.ts': {
    "'claimed_at<' + claimExpiry + '^ORclaimed_atISEMPTY'": 'a time computed from the clock and the claim time-out property',
    "'next_attempt_at<=' + now + '^ORnext_attempt_atISEMPTY'": "the instance's own clock",
  },
  'model/connection.ts': { directions: 'directionQuery(): one of two constants, chosen by the ConnectionUse the caller names' },
};

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(full);
  }
  return files;
}

/** Every encoded-query argument in one file, as its source text. */
function encodedQueryArguments(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES5, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const takesEncodedQuery = method === 'addEncodedQuery' || (method === 'addQuery' && node.arguments.length === 1);
      if (takesEncodedQuery) found.push(node.arguments.length ? node.arguments[0].getText(source) : '');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function allCalls(): { [file: string]: string[] } {
  const calls: { [file: string]: string[] } = {};
  for (const file of sourceFiles(APP)) {
    const args = encodedQueryArguments(file);
    if (args.length) calls[path.relative(APP, file).split(path.sep).join('/')] = args;
  }
  return calls;
}

describe('encoded queries in the app', () => {
  const calls = allCalls();

  test('the scan finds the calls it is meant to find (a scan that finds nothing proves nothing)', () => {
    expect(Object.keys(calls).length).toBeGreaterThanOrEqual(5);
  });

  test('every call is one that was reviewed: none takes a value from a caller', () => {
    const unreviewed: string[] = [];
    for (const file of Object.keys(calls)) {
      for (const argument of calls[file]) {
        if (!REVIEWED[file] || !REVIEWED[file][argument]) unreviewed.push(file + ': ' + argument);
      }
    }
    expect(unreviewed).toEqual([]);
  });

  test('the reviewed list names no call that is gone (it must stay the list of what exists)', () => {
    const stale: string[] = [];
    for (const file of Object.keys(REVIEWED)) {
      for (const argument of Object.keys(REVIEWED[file])) {
        if (!calls[file] || calls[file].indexOf(argument) < 0) stale.push(file + ': ' + argument);
      }
    }
    expect(stale).toEqual([]);
  });

  test('a one-argument addQuery counts as an encoded query too', () => {
    const file = path.join(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'eq-')), 'probe.ts');
    fs.writeFileSync(file, "var gr = new GlideRecord('incident'); gr.addQuery('number=' + id); gr.addQuery('number', id);");
    expect(encodedQueryArguments(file)).toEqual(["'number=' + id"]);
  });
});
