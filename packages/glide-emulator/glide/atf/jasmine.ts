// The Jasmine a Run Server Side Script step offers a script of the GLOBAL scope: describe/it suites with
// beforeEach/afterEach, expect() with the common matchers and .not, fail(), and jasmine.getEnv().execute(), which
// runs the specs the script registered (synchronously: server-side specs have no `done`). Our own small
// implementation of the Jasmine 3.1 API the step documents; a matcher it lacks is a TypeError, so a spec using one
// fails instead of passing.
// ServiceNowDocs application-development/automated-test-framework-atf/test-steps-server-category.md (Run Server Side
// Script: "Supports the Jasmine testing framework", versions 3.1 and 1.3; "describe is only supported in Global
// scope").

interface Spec {
  name: string;
  fn: (() => void) | null;
  suites: SuiteNode[];
}

interface SuiteNode {
  name: string;
  beforeEach: Array<() => void>;
  afterEach: Array<() => void>;
  skipped: boolean;
}

export interface JasmineRun {
  /** the globals a script sees: describe, it, xit, xdescribe, beforeEach, afterEach, expect, fail, jasmine */
  globals: { [name: string]: any };
  /** specs registered */
  specCount(): number;
  /** whether jasmine.getEnv().execute() ran */
  executed(): boolean;
  /** one line per failed spec (its full name and the failed expectations) */
  failures(): string[];
  /** specs passed, failed, pending */
  counts(): { passed: number; failed: number; pending: number };
}

function describeValue(value: any): string {
  if (typeof value === 'string') return "'" + value + "'";
  if (value === undefined) return 'undefined';
  try {
    var text = JSON.stringify(value);
    return text === undefined ? String(value) : text;
  } catch (e) {
    return String(value);
  }
}

export function deepEqual(a: any, b: any): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number' && a !== a && b !== b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  var aArray = Object.prototype.toString.call(a) === '[object Array]';
  if (aArray !== (Object.prototype.toString.call(b) === '[object Array]')) return false;
  if (aArray) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  var keys: { [k: string]: boolean } = {};
  var k: string;
  for (k in a) if (Object.prototype.hasOwnProperty.call(a, k)) keys[k] = true;
  for (k in b) if (Object.prototype.hasOwnProperty.call(b, k)) keys[k] = true;
  for (k in keys) {
    if (!Object.prototype.hasOwnProperty.call(keys, k)) continue;
    if (!Object.prototype.hasOwnProperty.call(a, k) || !Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEqual(a[k], b[k])) return false;
  }
  return true;
}

function threw(fn: any): { threw: boolean; error: any } {
  if (typeof fn !== 'function') throw new TypeError('toThrow expects a function');
  try {
    fn();
  } catch (e) {
    return { threw: true, error: e };
  }
  return { threw: false, error: undefined };
}

export function createJasmine(): JasmineRun {
  var specs: Spec[] = [];
  var stack: SuiteNode[] = [];
  var skipDepth = 0;
  var ran = false;
  var failed: string[] = [];
  var passed = 0;
  var pending = 0;
  /** expectations failed by the spec running now */
  var current: string[] | null = null;

  function record(pass: boolean, message: string): void {
    if (pass) return;
    if (!current) throw new Error('expect() was called outside a spec: ' + message);
    current.push(message);
  }

  function matchers(actual: any, negate: boolean): { [name: string]: any } {
    function check(pass: boolean, what: string, expected?: any, withExpected?: boolean): void {
      var ok = negate ? !pass : pass;
      record(ok, 'Expected ' + describeValue(actual) + (negate ? ' not ' : ' ') + what + (withExpected ? ' ' + describeValue(expected) : '') + '.');
    }
    return {
      toBe: function (expected: any) { check(actual === expected, 'to be', expected, true); },
      toEqual: function (expected: any) { check(deepEqual(actual, expected), 'to equal', expected, true); },
      toBeTruthy: function () { check(!!actual, 'to be truthy'); },
      toBeFalsy: function () { check(!actual, 'to be falsy'); },
      toBeDefined: function () { check(actual !== undefined, 'to be defined'); },
      toBeUndefined: function () { check(actual === undefined, 'to be undefined'); },
      toBeNull: function () { check(actual === null, 'to be null'); },
      toBeNaN: function () { check(actual !== actual, 'to be NaN'); },
      toContain: function (expected: any) {
        var has = false;
        if (typeof actual === 'string') has = actual.indexOf(expected) >= 0;
        else if (actual && typeof actual.length === 'number') for (var i = 0; i < actual.length; i++) if (deepEqual(actual[i], expected)) has = true;
        check(has, 'to contain', expected, true);
      },
      toMatch: function (expected: any) {
        var re = typeof expected === 'string' ? new RegExp(expected) : expected;
        check(re.test(String(actual)), 'to match', expected, true);
      },
      toBeGreaterThan: function (expected: number) { check(actual > expected, 'to be greater than', expected, true); },
      toBeGreaterThanOrEqual: function (expected: number) { check(actual >= expected, 'to be greater than or equal to', expected, true); },
      toBeLessThan: function (expected: number) { check(actual < expected, 'to be less than', expected, true); },
      toBeLessThanOrEqual: function (expected: number) { check(actual <= expected, 'to be less than or equal to', expected, true); },
      toBeCloseTo: function (expected: number, precision?: number) {
        var digits = precision === undefined ? 2 : precision;
        check(Math.abs(expected - actual) < Math.pow(10, -digits) / 2, 'to be close to', expected, true);
      },
      toThrow: function () { check(threw(actual).threw, 'to throw'); },
      toThrowError: function (message?: any) {
        var outcome = threw(actual);
        var text = outcome.threw && outcome.error ? String(outcome.error.message !== undefined ? outcome.error.message : outcome.error) : '';
        var pass = outcome.threw && (message === undefined || (typeof message === 'string' ? text === message : message.test(text)));
        check(pass, 'to throw an error', message, message !== undefined);
      },
    };
  }

  function expect(actual: any): { [name: string]: any } {
    var positive = matchers(actual, false);
    positive.not = matchers(actual, true);
    return positive;
  }

  function describe(name: string, fn: () => void, skipped?: boolean): void {
    if (typeof fn !== 'function') throw new TypeError('describe("' + name + '") needs a function');
    stack.push({ name: String(name), beforeEach: [], afterEach: [], skipped: skipped === true });
    if (skipped) skipDepth++;
    try {
      fn();
    } finally {
      if (skipped) skipDepth--;
      stack.pop();
    }
  }

  function it(name: string, fn: any, skipped?: boolean): void {
    if (typeof fn === 'function' && fn.length > 0) throw new Error('it("' + name + '"): asynchronous specs (done) do not run in a server-side script');
    specs.push({ name: String(name), fn: skipped || skipDepth > 0 || typeof fn !== 'function' ? null : fn, suites: stack.slice(0) });
  }

  function fullName(spec: Spec): string {
    var names: string[] = [];
    for (var i = 0; i < spec.suites.length; i++) names.push(spec.suites[i].name);
    names.push(spec.name);
    return names.join(' ');
  }

  function runSpec(spec: Spec): void {
    if (!spec.fn) {
      pending++;
      return;
    }
    current = [];
    try {
      for (var b = 0; b < spec.suites.length; b++) for (var x = 0; x < spec.suites[b].beforeEach.length; x++) spec.suites[b].beforeEach[x]();
      spec.fn();
    } catch (e) {
      current.push('Failed: ' + (e && (e as any).message !== undefined ? (e as any).message : String(e)));
    }
    try {
      for (var a = spec.suites.length - 1; a >= 0; a--) for (var y = 0; y < spec.suites[a].afterEach.length; y++) spec.suites[a].afterEach[y]();
    } catch (e2) {
      current.push('afterEach failed: ' + (e2 && (e2 as any).message !== undefined ? (e2 as any).message : String(e2)));
    }
    if (current.length === 0) passed++;
    else failed.push(fullName(spec) + ': ' + current.join(' '));
    current = null;
  }

  var env = {
    execute: function () {
      ran = true;
      for (var i = 0; i < specs.length; i++) runSpec(specs[i]);
    },
  };

  var globals: { [name: string]: any } = {
    describe: function (name: string, fn: () => void) { describe(name, fn, false); },
    xdescribe: function (name: string, fn: () => void) { describe(name, fn, true); },
    it: function (name: string, fn: any) { it(name, fn, false); },
    xit: function (name: string, fn: any) { it(name, fn, true); },
    beforeEach: function (fn: () => void) {
      if (stack.length === 0) throw new Error('beforeEach outside describe');
      stack[stack.length - 1].beforeEach.push(fn);
    },
    afterEach: function (fn: () => void) {
      if (stack.length === 0) throw new Error('afterEach outside describe');
      stack[stack.length - 1].afterEach.push(fn);
    },
    expect: expect,
    fail: function (message?: string) { record(false, 'Failed: ' + (message === undefined ? '' : message)); },
    jasmine: { getEnv: function () { return env; } },
  };

  return {
    globals: globals,
    specCount: function () { return specs.length; },
    executed: function () { return ran; },
    failures: function () { return failed.slice(0); },
    counts: function () { return { passed: passed, failed: failed.length, pending: pending }; },
  };
}
