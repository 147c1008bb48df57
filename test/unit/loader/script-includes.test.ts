// The built package has exactly the script includes of src/app/includes.json, each with the exact text rollup
// built into dist/es5/includes/<Name>.js: src/fluent/script-includes.now.ts cannot drift from the list.
import { loadBuiltApp, readBuilt } from '../../support/builtApp';

var includes: { [name: string]: string } = JSON.parse(readBuilt('src/app/includes.json'));
var app = loadBuiltApp();

test('one script include per entry of includes.json, no more', () => {
  expect(app.scriptIncludes.map((si) => si.name).sort()).toEqual(Object.keys(includes).sort());
});

test.each(Object.keys(includes))('%s is the built ES5 file, callable from this scope only', (name) => {
  var si = app.scriptIncludes.filter((s) => s.name === name)[0];
  expect(si.script).toBe(readBuilt(`dist/es5/includes/${name}.js`));
  expect(si).toMatchObject({ apiName: 'x_incb_bridge.' + name, accessibleFrom: 'package_private', active: true, clientCallable: false });
});
