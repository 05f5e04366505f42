/**
 * Real-browser tests (`pnpm test:e2e`, via scripts/e2e.mjs): Debian's chromium driven by
 * playwright-core against a real `newsgraph serve`. Slow by nature, so they run apart from `jest`.
 */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'viewer-e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/packages/viewer/e2e/**/*.e2e.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // Starting the server extracts the demo articles; the browser steps wait on the page.
  testTimeout: 120000,
  maxWorkers: 1,
};
