// The test tiers (unit, es5, contract, rhino, e2e, atf), one `npm test`. Each tier is a Jest project so CI sums them in one report.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', isolatedModules: false, diagnostics: { warnOnly: false } }];
// Every tier's emulator reports to the secret audit while `npm test` runs one (test/audit).
const auditSetup = '<rootDir>/test/support/secret-audit-setup.ts';
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFilesAfterEnv: [auditSetup],
};

module.exports = {
  cacheDirectory: '<rootDir>/.jest_cache',
  projects: [
    // Rhino's JSON nesting limit holds in Node too (test/support/rhino-json-limits.ts)
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/emulator/**/*.test.ts'],
      setupFilesAfterEnv: [auditSetup, '<rootDir>/test/support/rhino-json-limits.ts'],
    },
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
