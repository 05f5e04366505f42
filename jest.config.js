/** One jest run over the workspace; each package is a project. Browser tests live in *.e2e.ts and run apart. */
// Generous: the tests run on 2-core machines that are often busy; speed is measured by `pnpm bench`.
const testTimeout = 30_000;
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout,
  projects: [
    {
      displayName: 'extractor',
      rootDir: 'packages/extractor',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      transform,
    },
    {
      displayName: 'server',
      rootDir: 'packages/server',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      moduleNameMapper: { '^@newsgraph/extractor$': '<rootDir>/../extractor/src/index.ts' },
      transform,
    },
    {
      displayName: 'viewer',
      rootDir: 'packages/viewer',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      transform,
    },
  ],
};
