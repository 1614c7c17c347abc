/** Three kinds of test, each runnable on its own: `jest --selectProjects unit|int|e2e`. */
const moduleNameMapper = {
  '^@vcs/config$': '<rootDir>/libs/config/src',
  '^@vcs/domain$': '<rootDir>/libs/domain/src',
  '^@vcs/event-store$': '<rootDir>/libs/event-store/src',
  '^@vcs/event-store/testing$': '<rootDir>/libs/event-store/src/testing',
  '^@vcs/infrastructure$': '<rootDir>/libs/infrastructure/src',
  '^@vcs/security$': '<rootDir>/libs/security/src',
  '^@vcs/notifications$': '<rootDir>/libs/notifications/src',
  '^@vcs/read-models$': '<rootDir>/libs/read-models/src',
  '^@vcs/test-support$': '<rootDir>/test/support',
};
// swc, as the build uses (.swcrc: decorators and their metadata, CommonJS): no type-checking here (`npm run typecheck`
// does that); the unit suite went from 247 s to 76 s here (README, dependency notes).
const swc = [
  '@swc/jest',
  { ...JSON.parse(require('node:fs').readFileSync(`${__dirname}/.swcrc`, 'utf8')), swcrc: false },
];
const transform = { '^.+\\.ts$': swc };
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper,
  transform: { ...transform, '^.+\\.js$': swc },
  // jose 6 is published as ES modules only: swc turns it into CommonJS for jest (Node 24 itself loads it with require).
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.unit.spec.ts'] },
    {
      ...base,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-timeouts.ts'],
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.e2e.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-timeouts.ts'],
    },
  ],
};
