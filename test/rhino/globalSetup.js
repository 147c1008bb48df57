// Jest project "rhino": start ONE Rhino engine for the whole run (see rhinoBridge.ts). Jest applies the project's
// TypeScript transform to what this file requires while it loads, hence the explicit .ts path.
const { startRhinoBridge } = require('./rhinoBridge.ts');

module.exports = async function rhinoGlobalSetup() {
  await startRhinoBridge();
};
