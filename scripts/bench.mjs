// `pnpm bench`: runs every benchmark under scripts/bench/ in turn, each in its own process so
// that one's memory does not colour the next's figures. Pass names to run only some: `pnpm bench server`.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.mjs$/, '')))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n=== bench: ${file.replace(/\.mjs$/, '')} ===`);
  const run = spawnSync(process.execPath, ['--expose-gc', join(dir, file)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`bench ${file} exited with ${run.status ?? run.signal}`);
  }
}
process.exit(failed ? 1 : 0);
