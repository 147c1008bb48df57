// Jest project "rhino": stop the engine and fail the run if a built entry script was never run in Rhino.
require('../support/package-entries').resolvePackagesInNode();
const { stopRhinoBridge } = require('./rhinoBridge.ts');

module.exports = async function rhinoGlobalTeardown(globalConfig) {
  await stopRhinoBridge(globalConfig);
};
