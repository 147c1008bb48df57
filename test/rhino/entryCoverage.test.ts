// The check globalTeardown runs on the whole tier (every dist/es5/entry file must be run by some Rhino test), proven
// able to fail. It is a pure function of the files that ran, so it needs no engine.
import { entryFilesNotRun, listEntryFiles } from './rhinoBridge';

describe('entry-script coverage check', () => {
  const entries = ['dist/es5/entry/a.js', 'dist/es5/entry/rest/b.js'];

  test('reports the entry files no job ran', () => {
    expect(entryFilesNotRun(['dist/es5/entry/a.js', 'dist/es5/includes/X.js'], entries)).toEqual(['dist/es5/entry/rest/b.js']);
  });

  test('passes when every entry file ran', () => {
    expect(entryFilesNotRun(['dist/es5/entry/rest/b.js', 'dist/es5/entry/a.js'], entries)).toEqual([]);
  });

  test('lists the built entry files as repository-relative paths', () => {
    const listed = listEntryFiles();
    expect(listed.length).toBeGreaterThan(0);
    for (const file of listed) expect(file).toMatch(/^dist\/es5\/entry\/.+\.js$/);
  });
});
