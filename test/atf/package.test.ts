// The suites are in the package an admin installs: target/<app>_<version>.zip (now-sdk pack of dist/app) holds every
// ATF record of dist/app in the same folder, the demo round trip and the test double under unload.demo/ only, the
// test users' basic auth profiles under unload/ (first install only).
import fs from 'node:fs';
import path from 'node:path';
import { DIST_APP, ROOT } from '../support/builtApp';

/** The names of a zip file's entries, from its central directory. */
function zipEntries(file: string): string[] {
  const zip = fs.readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file}: no end of central directory`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\//, ''));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function distFiles(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? distFiles(dir, path.join(rel, d.name)) : [path.join(rel, d.name)]));
}

test('the package holds the ATF records of dist/app where dist/app has them', () => {
  const zips = fs.readdirSync(path.join(ROOT, 'target')).filter((f) => f.endsWith('.zip'));
  expect(zips).toHaveLength(1);
  const entries = zipEntries(path.join(ROOT, 'target', zips[0]));
  const atf = distFiles(DIST_APP).filter((f) => /(^|\/)(sys_atf_|sys_auth_profile_basic_|sys_ws_definition_)/.test(f));
  expect(atf.filter((f) => f.includes('sys_atf_test_suite_')).length).toBeGreaterThanOrEqual(6);
  expect(entries).toEqual(expect.arrayContaining(atf));
  // demo data: the round trip suite and the double, nowhere but unload.demo/
  const demo = atf.filter((f) => f.startsWith('unload.demo/'));
  expect(demo.some((f) => f.includes('sys_ws_definition_'))).toBe(true);
  expect(demo.some((f) => f.includes('sys_atf_test_suite_'))).toBe(true);
  const doubleFiles = entries.filter((f) => f.endsWith('.xml') && fs.existsSync(path.join(DIST_APP, f)) && fs.readFileSync(path.join(DIST_APP, f), 'utf8').includes('ado_double'));
  expect(doubleFiles.length).toBeGreaterThan(0);
  expect(doubleFiles.filter((f) => !f.startsWith('unload.demo/'))).toEqual([]);
  expect(atf.filter((f) => f.includes('sys_auth_profile_basic_')).map((f) => f.split('/')[0])).toEqual(['unload', 'unload']);
});
