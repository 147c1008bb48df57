// The engine-side scripts of packages/glide-emulator/runtime run inside Rhino and the vm context next to the built files, so they
// pass the same syntax and built-in checks.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, lintAsEs5, parseAsEs5 } from './es5Gate';

const engineScripts = fs
  .readdirSync(path.join(ROOT, 'packages', 'glide-emulator', 'runtime'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => `packages/glide-emulator/runtime/${file}`);

describe('ES5 gate: engine-side scripts', () => {
  test('the driver, job runner and profile applier are all covered', () => {
    expect(engineScripts).toEqual(
      expect.arrayContaining(['packages/glide-emulator/runtime/rhino-driver.js', 'packages/glide-emulator/runtime/job-runner.js', 'packages/glide-emulator/runtime/apply-servicenow-es5-profile.js'])
    );
  });

  test.each(engineScripts)('%s is ES5', async (file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    expect(parseAsEs5(text, file)).toEqual([]);
    expect(await lintAsEs5(text, file)).toEqual([]);
  });
});
