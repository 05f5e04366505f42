// Whole-process comparison on the same files, in one run: `newsgraph build` (default settings,
// then with one thread) against a bare wink-nlp readDoc+POS pass in a process of its own.
// Needs `pnpm build` first (pnpm bench does it). Corpus: ../shared/corpus/bbc, or BENCH_CORPUS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = process.env.BENCH_CORPUS ?? resolve(root, '../shared/corpus/bbc');
if (!existsSync(corpus)) {
  console.log(`bench build: no corpus at ${corpus}; set BENCH_CORPUS`);
  process.exit(process.env.CI ? 1 : 0);
}
const cli = join(root, 'packages/server/dist/cli.js');
const out = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));

/** Runs a command, returns wall seconds and the child's peak RSS (from /usr/bin/time when present). */
function timed(label, args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0 && run.status !== 2) {
    console.error(`${label} failed (${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  return { seconds, stdout: run.stdout, stderr: run.stderr };
}

const bareScript = `
const fs = require('fs'), path = require('path');
const winkNLP = require(${JSON.stringify(require_path('wink-nlp'))});
const model = require(${JSON.stringify(require_path('wink-eng-lite-web-model'))});
const nlp = winkNLP(model, ['sbd', 'pos']);
let tokens = 0, docs = 0;
(function walk(dir) {
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.txt') && !name.startsWith('README')) {
      const doc = nlp.readDoc(fs.readFileSync(p, 'utf8'));
      tokens += doc.tokens().out(nlp.its.pos).length; docs++;
    }
  }
})(${JSON.stringify(corpus)});
console.log(JSON.stringify({ docs, tokens, rss: process.resourceUsage().maxRSS }));
`;

function require_path(name) {
  return join(root, 'packages/extractor/node_modules', name);
}

// On a shared machine one run can be off by a third; BENCH_REPEAT=N runs the pair N times, in
// turn, and prints every ratio and their median (the --workers 1 run is made once).
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
const runs = [];
for (let r = 0; r < REPEAT; r++) {
  const bare = timed('bare wink-nlp', ['-e', bareScript]);
  const full = timed('newsgraph build', [cli, 'build', corpus, '--out', join(out, 'graph.json')]);
  runs.push({ bare, full });
}
const single = timed('newsgraph build --workers 1', [
  cli,
  'build',
  corpus,
  '--out',
  join(out, 'graph1.json'),
  '--workers',
  '1',
]);
rmSync(out, { recursive: true, force: true });

const { bare, full } = runs[runs.length - 1];
const bareInfo = JSON.parse(bare.stdout);
const line = (label, s) =>
  console.log(
    `${label.padEnd(38)} ${s.seconds.toFixed(2).padStart(7)} s  ${(s.seconds / bare.seconds).toFixed(2)}x bare`,
  );
console.log(`corpus: ${corpus} (${bareInfo.docs} articles, ${bareInfo.tokens} wink tokens)`);
line('bare wink-nlp readDoc+POS (1 thread)', bare);
line('newsgraph build (all cores)', full);
line('newsgraph build --workers 1', single);
console.log(
  `worker speed-up: ${(single.seconds / full.seconds).toFixed(2)}x (${single.seconds.toFixed(2)} s -> ${full.seconds.toFixed(2)} s)`,
);
if (runs.length > 1) {
  const ratios = runs.map((r) => r.full.seconds / r.bare.seconds);
  const sorted = [...ratios].sort((a, b) => a - b);
  console.log(
    `build / bare over ${runs.length} runs: ${runs.map((r, i) => `${r.full.seconds.toFixed(2)} / ${r.bare.seconds.toFixed(2)} s = ${ratios[i].toFixed(2)}x`).join('; ')}; median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)}x`,
  );
}
console.log(`newsgraph build summary: ${full.stderr.trim().split('\n').slice(-2).join(' | ')}`);
