// The test tiers (unit, emulator, ado-fake, faults, es5, contract, rhino, e2e, atf), one `npm test`. Each tier is a
// Jest project so CI sums them in one report.

// The packages in packages/ resolve by name to their sources, one entry point per key of their package.json
// `exports`; a path the map does not name does not resolve (test/support/package-entries.js).
const { jestModuleNameMapper } = require('./test/support/package-entries');

const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', isolatedModules: false, diagnostics: { warnOnly: false } }];
// Every tier's emulator reports to the secret audit while `npm test` runs one (test/audit).
const auditSetup = '<rootDir>/test/support/secret-audit-setup.ts';
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFilesAfterEnv: [auditSetup],
  moduleNameMapper: jestModuleNameMapper(),
  // the packages' build (scripts/build-packages.mjs) carries their package.json: Jest must not see two of each
  modulePathIgnorePatterns: ['<rootDir>/dist/node/packages/', '<rootDir>/dist/node/node_modules/'],
};
// Rhino's JSON nesting limit holds in Node too (test/support/rhino-json-limits.ts)
const rhinoJsonLimits = '<rootDir>/test/support/rhino-json-limits.ts';

module.exports = {
  cacheDirectory: '<rootDir>/.jest_cache',
  projects: [
    // The app's TypeScript source against the emulator in Node.
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'], setupFilesAfterEnv: [auditSetup, rhinoJsonLimits] },
    // The Glide emulator itself: its own tests (packages/glide-emulator/test) and its HTTP surface serving the built app.
    {
      ...base,
      displayName: 'emulator',
      testMatch: ['<rootDir>/packages/glide-emulator/test/**/*.test.ts', '<rootDir>/test/emulator/**/*.test.ts'],
      setupFilesAfterEnv: [auditSetup, rhinoJsonLimits],
    },
    // The Azure DevOps fake itself and the spec facts it validates requests against (packages/ado-fake/test).
    { ...base, displayName: 'ado-fake', testMatch: ['<rootDir>/packages/ado-fake/test/**/*.test.ts'], setupFilesAfterEnv: [auditSetup, rhinoJsonLimits] },
    // The slow seeded fault runs: outbound faults, inbound outages, the inbound fuzz in process and over HTTP (the
    // scenarios of `npm run faults`, smaller).
    { ...base, displayName: 'faults', testMatch: ['<rootDir>/test/faults/**/*.test.ts'], setupFilesAfterEnv: [auditSetup, rhinoJsonLimits] },
    { ...base, displayName: 'es5', testMatch: ['<rootDir>/test/es5/**/*.test.ts'] },
    { ...base, displayName: 'contract', testMatch: ['<rootDir>/test/contract/**/*.test.ts'] },
    {
      ...base,
      displayName: 'rhino',
      testMatch: ['<rootDir>/test/rhino/**/*.test.ts'],
      globalSetup: '<rootDir>/test/rhino/globalSetup.js',
      globalTeardown: '<rootDir>/test/rhino/globalTeardown.js',
      setupFilesAfterEnv: [auditSetup, '<rootDir>/test/rhino/jest-timeout.ts'],
    },
    // The sandbox program as a child process, driven over HTTP only; its own per-test time-out (Rhino interprets).
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'], setupFilesAfterEnv: [auditSetup, '<rootDir>/test/e2e/support/jest-timeout.ts'] },
    // The app's own ATF suites (dist/app) run by the sandbox's ATF runner on both engines, and built copies broken on
    // purpose failing at the step that covers what was broken (`npm run atf` is the same run as a program).
    { ...base, displayName: 'atf', testMatch: ['<rootDir>/test/atf/**/*.test.ts'] },
  ],
};
