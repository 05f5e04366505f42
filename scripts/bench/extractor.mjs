// In-process throughput of the extractor's stages on the same articles, in one run:
//   1. bare wink-nlp: readDoc + POS over each article's text (the floor any extractor pays),
//   2. the wink adapter (analyzeText: lines, sentences, offsets, lemmas, headline flags),
//   3. the NER tagger alone, on text analysed beforehand,
//   4. the full extractor, one thread (extractDocument: analysis, tagger, mention rules,
//      resolution, relations),
// with tokens per second, the ratios to bare wink-nlp, and peak memory. Articles are loaded and
// cleaned before any clock starts. Needs `pnpm build` first (pnpm bench does it).
// Corpus: ../shared/corpus/bbc, or BENCH_CORPUS; BENCH_LIMIT=N to use the first N articles.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = process.env.BENCH_CORPUS ?? resolve(root, '../shared/corpus/bbc');
if (!existsSync(corpus)) {
  console.log(`bench extractor: no corpus at ${corpus}; set BENCH_CORPUS`);
  process.exit(process.env.CI ? 1 : 0);
}
const dist = resolve(root, 'packages/extractor/dist');
if (!existsSync(resolve(dist, 'index.js'))) {
  console.error('bench extractor: packages/extractor/dist is missing; run pnpm build first');
  process.exit(1);
}
// wink-nlp is a dependency of the extractor package, not of the root: resolve it from there.
const require = createRequire(resolve(root, 'packages/extractor/package.json'));
const winkNLP = require('wink-nlp');
const winkModel = require('wink-eng-lite-web-model');
const extractor = require(resolve(dist, 'index.js'));
const { getTagger } = require(resolve(dist, 'tagger/index.js'));

let peakRss = 0;
const sampleMemory = () => {
  const rss = process.memoryUsage().rss;
  if (rss > peakRss) peakRss = rss;
};
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (tokens, seconds) => `${Math.round(tokens / seconds).toLocaleString('en-US')} tokens/s`;

/**
 * Runs `fn(item, index)` over every item (after an untimed warm-up on the first few). Returns wall
 * seconds and CPU seconds of this process: on a shared machine the CPU time is the steadier figure.
 */
function timed(items, fn) {
  for (let i = 0; i < Math.min(50, items.length); i++) fn(items[i], i);
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < items.length; i++) {
    fn(items[i], i);
    if ((i & 63) === 0) sampleMemory();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  sampleMemory();
  return { seconds, cpu: (cpu.user + cpu.system) / 1e6 };
}

// Load and clean the articles (not timed).
const documents = [];
let skipped = 0;
for await (const event of extractor.loadArticles([corpus])) {
  if (event.kind === 'document') documents.push(event.document);
  else skipped++;
}
const limit = Number(process.env.BENCH_LIMIT) || documents.length;
documents.length = Math.min(documents.length, limit);
console.log(`corpus: ${corpus}: ${documents.length} articles (${skipped} skipped while loading)`);

// Model loads, reported apart: they happen once per process (and once per worker).
let start = process.hrtime.bigint();
const nlp = winkNLP(winkModel, ['sbd', 'pos']);
const its = nlp.its;
const winkLoad = Number(process.hrtime.bigint() - start) / 1e6;
start = process.hrtime.bigint();
const tagger = getTagger();
const taggerLoad = Number(process.hrtime.bigint() - start) / 1e6;
console.log(
  `load: wink-nlp model ${winkLoad.toFixed(0)} ms, NER model + gazetteer ${taggerLoad.toFixed(0)} ms`,
);

// 1. Bare wink-nlp.
const bareCounts = new Array(documents.length);
const bare = timed(documents, (doc, i) => {
  bareCounts[i] = nlp.readDoc(doc.text).tokens().out(its.pos).length;
});
const bareTokenCount = bareCounts.reduce((n, c) => n + c, 0);

// 2. The adapter, keeping its output for the tagger pass.
const analyzed = new Array(documents.length);
const adapter = timed(documents, (doc, i) => {
  analyzed[i] = extractor.analyzeText(doc.text, doc.titleLength);
});
const tokenCount = analyzed.reduce((n, a) => n + a.tokens.length, 0);

// 3. The tagger alone.
const taggerTime = timed(analyzed, (a) => tagger.tagIndices(a));

// 4. The full extractor in this thread.
let full;
let fullNote = '';
if (typeof extractor.extractDocument === 'function') {
  full = timed(documents, (doc) => extractor.extractDocument(doc));
} else fullNote = 'extractDocument is not exported by packages/extractor/dist/index.js';

const maxRss = process.resourceUsage().maxRSS * 1024;
const rows = [
  ['bare wink-nlp readDoc + POS', bare, bareTokenCount],
  ['wink adapter (analyzeText)', adapter, tokenCount],
  ['NER tagger alone (pre-analysed)', taggerTime, tokenCount],
];
if (full !== undefined) rows.push(['full extractor, 1 thread', full, tokenCount]);
console.log('');
console.log(
  `${''.padEnd(34)} ${'wall'.padStart(9)}  ${'rate (wall)'.padStart(18)}  ${'CPU'.padStart(8)}  ${'rate (CPU)'.padStart(18)}  time / bare wink (wall, CPU)`,
);
for (const [label, t, tokens] of rows)
  console.log(
    `${label.padEnd(34)} ${t.seconds.toFixed(2).padStart(7)} s  ${rate(tokens, t.seconds).padStart(18)}  ${t.cpu.toFixed(2).padStart(6)} s  ${rate(tokens, t.cpu).padStart(18)}  ${(t.seconds / bare.seconds).toFixed(2)}x, ${(t.cpu / bare.cpu).toFixed(2)}x`,
  );
if (fullNote) console.log(`full extractor: not measured (${fullNote})`);
console.log('');
console.log(
  `tokens: ${tokenCount.toLocaleString('en-US')} (adapter), ${bareTokenCount.toLocaleString('en-US')} (bare wink)`,
);
console.log(`tagger time / bare wink time: ${(taggerTime.cpu / bare.cpu).toFixed(2)} (CPU)`);
if (full !== undefined) {
  console.log(`full extractor time / bare wink time: ${(full.cpu / bare.cpu).toFixed(2)} (CPU)`);
  console.log(`tagger share of the full extractor: ${((100 * taggerTime.cpu) / full.cpu).toFixed(1)}% (CPU)`);
}
console.log(`peak memory: ${mb(peakRss)} RSS sampled, ${mb(maxRss)} max RSS (process)`);
