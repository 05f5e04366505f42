// `pnpm test:e2e`: the real-browser tests. They need Debian's chromium; without it they are
// skipped with a message, except under CI=true where a missing browser is an error.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const message = `e2e: no browser at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message}: skipping the browser tests.`);
  process.exit(0);
}
const run = spawnSync('npx', ['jest', '-c', 'jest.e2e.config.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
