// The ES5 gate on what the build produced (runs after `npm run build`): every file under dist/es5 and dist/emulator
// parses as ES5 and uses no post-ES5 built-in, and the app type-checks against lib ES5.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, builtFiles, lintAsEs5, parseAsEs5, typecheck } from './es5Gate';

const files = builtFiles();

describe('ES5 gate: built files', () => {
  test('the build produced script includes, entry scripts and the emulator bundle', () => {
    // An empty or missing dist would make every other check here pass vacuously.
    expect(files.filter((f) => f.startsWith('dist/es5/includes/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('dist/es5/entry/')).length).toBeGreaterThan(0);
    expect(files).toContain('dist/emulator/glide.js');
  });

  // No files: the test above fails and says why; Jest's .each would only complain about an empty table.
  if (files.length > 0) describe.each(files)('%s', (file) => {
    const text = () => fs.readFileSync(path.join(ROOT, file), 'utf8');

    test('parses as ECMAScript 5 (acorn)', () => {
      expect(parseAsEs5(text(), file)).toEqual([]);
    });

    test('uses no post-ES5 syntax or built-in (eslint-plugin-es-x, restrict-to-es5, aggressive)', async () => {
      expect(await lintAsEs5(text(), file)).toEqual([]);
    });
  });

  test('tsc -p tsconfig.json --noEmit passes (src/app and packages/glide-emulator/glide against lib ES5)', () => {
    const result = typecheck(path.join(ROOT, 'tsconfig.json'));
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 180000);
});
