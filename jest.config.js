/** One jest run over the workspace; each package is a project. Browser tests live in *.e2e.ts and run apart. */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };

/** @type {import('jest').Config} */
module.exports = {
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
