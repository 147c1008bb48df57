// The secret audit (`npm test` runs it after every tier, see scripts/test.mjs): a Jest project of its own, outside
// the main jest.config.js, because it reads what the whole main run wrote and so must run after it.
const path = require('node:path');

module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  cacheDirectory: '<rootDir>/.jest_cache',
  displayName: 'audit',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/audit/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', isolatedModules: false, diagnostics: { warnOnly: false } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // the packages by name, as in the main run
  moduleNameMapper: require('../../jest.config.js').projects[0].moduleNameMapper,
  modulePathIgnorePatterns: ['<rootDir>/dist/node/packages/', '<rootDir>/dist/node/node_modules/'],
};
