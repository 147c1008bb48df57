// Jest project "rhino": start ONE Rhino engine for the whole run (see rhinoBridge.ts). Jest applies the project's
// TypeScript transform to what this file requires while it loads, hence the explicit .ts path; its moduleNameMapper
// does not apply here, so the packages' names are resolved as it would (test/support/package-entries.js).
require('../support/package-entries').resolvePackagesInNode();
const { startRhinoBridge } = require('./rhinoBridge.ts');

module.exports = async function rhinoGlobalSetup() {
  await startRhinoBridge();
};
