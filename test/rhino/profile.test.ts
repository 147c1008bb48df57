// The ServiceNow-ES5 profile is in force inside Rhino: what an instance lacks is gone, what it has is there, and a
// job cannot bring a removed built-in back for the jobs after it.
import fs from 'node:fs';
import path from 'node:path';
import { describeInRhino, runInRhino } from './rhinoClient';

const profile = JSON.parse(fs.readFileSync(path.join(__dirname, '../../packages/glide-emulator/runtime/servicenow-es5-profile.json'), 'utf8'));

async function valueOf(code: string): Promise<any> {
  const result = await runInRhino({ code });
  if (!result.ok) throw new Error(`${result.error!.name}: ${result.error!.message}`);
  return result.value;
}

describeInRhino('ServiceNow-ES5 profile in Rhino', () => {
  test('ES2015+ built-ins our code might reach for are absent', async () => {
    expect(
      await valueOf(`return [typeof [].find, typeof [].findIndex, typeof [].includes, typeof Object.assign,
        typeof Object.setPrototypeOf, typeof Array.from, typeof ''.padStart, typeof Math.trunc, typeof Number.isNaN,
        typeof Map, typeof Set, typeof WeakMap, typeof Promise, typeof Symbol, typeof globalThis];`)
    ).toEqual(Array(15).fill('undefined'));
  });

  test('every path the profile removes is absent, except the documented undeletable ones', async () => {
    const paths = (Object.values(profile.remove) as string[][]).flat();
    const present: string[] = await valueOf(`
      var paths = ${JSON.stringify(paths)}, present = [], global = (function () { return this; })();
      for (var i = 0; i < paths.length; i++) {
        var parts = paths[i].split('.'), owner = global;
        for (var j = 0; j < parts.length - 1 && owner != null; j++) owner = owner[parts[j]];
        if (owner != null && Object.prototype.hasOwnProperty.call(owner, parts[parts.length - 1])) present.push(paths[i]);
      }
      return present;`);
    expect(present.sort()).toEqual([...profile.knownUndeletable.both].sort());
  });

  test('scripts cannot reach Java or the Rhino shell', async () => {
    // Read off the global object: the job's own `print` parameter would shadow the shell's.
    expect(
      await valueOf(`var g = (function () { return this; })();
        return [typeof g.Packages, typeof g.java, typeof g.print, typeof g.load, typeof g.readFile, typeof g.quit, typeof g.runCommand];`)
    ).toEqual(Array(7).fill('undefined'));
  });

  test('Date.parse of a 7-digit fraction (as Azure DevOps sends) is NaN, as on the platform', async () => {
    expect(await valueOf("return [isNaN(Date.parse('2016-09-19T13:03:30.6438544Z')), Date.parse('2016-09-19T13:03:30.643Z')];")).toEqual([
      true,
      Date.UTC(2016, 8, 19, 13, 3, 30, 643),
    ]);
  });

  test('String.prototype.replaceAll is not polyfilled (see the profile: removedForEngineParity)', async () => {
    expect(await valueOf("return typeof 'a'.replaceAll;")).toBe('undefined');
  });

  test('what ServiceNow ES5 mode has stays available', async () => {
    expect(
      await valueOf(`return [Object.keys({ a: 1 }).join(), [1, 2].map(function (x) { return x * 2; }).join(), ' x '.trim(),
        'abc'.startsWith('a'), 'abc'.endsWith('c'), 'abc'.includes('b'), 'ab'.repeat(2), JSON.stringify({ a: [1] }),
        typeof Function.prototype.bind, typeof Date.now, new Date(0).toISOString()];`)
    ).toEqual(['a', '2,4', 'x', true, true, true, 'abab', '{"a":[1]}', 'function', 'function', '1970-01-01T00:00:00.000Z']);
  });

  test('a polyfill or global leaked by one job is gone in the next', async () => {
    expect(await valueOf("Array.prototype.find = function () { return 'polyfill'; }; leakedGlobal = 1; return typeof [].find;")).toBe('function');
    expect(await valueOf('return [typeof [].find, typeof leakedGlobal];')).toEqual(['undefined', 'undefined']);
  });
});
