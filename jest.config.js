// Jest runs in CommonJS mode with @swc/jest transpiling TypeScript *and* the ESM-only
// @nestjs/* 12 packages (hence transformIgnorePatterns: []). See docs/adr/0002-jest-with-swc.md.
const swc = ['@swc/jest', { swcrc: true }];
const common = {
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [],
  testEnvironment: 'node',
};

module.exports = {
  maxWorkers: 3,
  // Global-only in Jest 30: e2e hooks start real apps and processes.
  testTimeout: 60000,
  slowTestThreshold: 20,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/src/**/*.spec.ts',
        '<rootDir>/test/architecture/**/*.spec.ts',
        '<rootDir>/test/openapi/**/*.spec.ts',
        '<rootDir>/test/operations/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/worker-environment.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/contract/contract-after-each.ts'],
    },
  ],
};
