// Merging articles into one graph (cross-article resolution, then the graph builder) must cost the
// same per article however large the corpus grows. A corpus about one story names the same hubs in
// every article, so their document lists, evidence and statements grow with it: this bench merges
// N and then 4N generated articles that all name the same two places (one co-mention and one
// statement each, plus a person of their own) and prints the time per article of each. Linear
// merging keeps the ratio near 1; a quadratic step makes it near 4.
// No NLP runs here: the extractions are made by hand, so only merging is measured.
// Needs `pnpm build` first (pnpm bench does it).
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { EntityResolver } = require(join(root, 'packages/extractor/dist/resolve'));
const { GraphBuilder } = require(join(root, 'packages/extractor/dist/graph'));

const BASE = Number(process.env.BENCH_MERGE_ARTICLES ?? 5000);
const SURNAMES = ['Okafor', 'Lindqvist', 'Tanaka', 'Moreau', 'Haddad', 'Kowalski', 'Brennan', 'Sato'];

/** Article n: "<Person> said talks in Freedonia and Sylvania went well." plus a quote of theirs. */
function article(n) {
  const person = `Dana ${SURNAMES[n % SURNAMES.length]}${Math.floor(n / SURNAMES.length)}`;
  const first = `${person} said talks in Freedonia and Sylvania went well on day ${n}.`;
  const second = `Freedonia said the next round would follow on day ${n + 1}.`;
  const text = `${first}\n\n${second}`;
  const at = (name, from = 0) => text.indexOf(name, from);
  const mention = (name, type, sentence, from) => {
    const start = at(name, from);
    return { start, end: start + name.length, tokenStart: 0, tokenEnd: 1, sentence, text: name, name, type };
  };
  const s2 = text.indexOf(second);
  const mentions = [
    mention(person, 'person', 0),
    mention('Freedonia', 'location', 0),
    mention('Sylvania', 'location', 0),
    mention('Freedonia', 'location', 1, s2),
  ];
  const local = (label, type, indices) => ({ label, type, aliases: [label], roles: [], mentions: indices });
  return {
    document: { id: `doc-${n}`, text, titleLength: 0, authors: [], hash: `h${n}`, source: `generated/${n}` },
    sentences: [
      { index: 0, start: 0, end: first.length, tokenStart: 0, tokenEnd: 12, isHeadline: false },
      { index: 1, start: s2, end: text.length, tokenStart: 12, tokenEnd: 22, isHeadline: false },
    ],
    mentions,
    entities: [
      local(person, 'person', [0]),
      local('Freedonia', 'location', [1, 3]),
      local('Sylvania', 'location', [2]),
    ],
    relations: [
      { source: 1, target: 2, relation: 'co-mention', modality: 'asserted', sentence: 0 },
      { source: 0, target: 1, relation: 'co-mention', modality: 'asserted', sentence: 0 },
      { source: 0, target: 2, relation: 'co-mention', modality: 'asserted', sentence: 0 },
    ],
    statements: [{ entity: 1, relation: 'said', modality: 'asserted', sentence: 1, text: second }],
    tokenCount: 22,
  };
}

/** Milliseconds per article to merge `count` articles into a new graph. */
function mergeMs(count) {
  const extractions = Array.from({ length: count }, (_, n) => article(n));
  globalThis.gc?.();
  const resolver = new EntityResolver();
  const builder = new GraphBuilder(undefined, { metrics: false, layout: false });
  const start = process.hrtime.bigint();
  for (const extraction of extractions) builder.addDocument(resolver.resolve(extraction));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const hub = builder.graph.edges('freedonia', 'sylvania')[0];
  const evidence = hub ? builder.graph.getEdgeAttribute(hub, 'evidence').length : 0;
  if (evidence !== count)
    throw new Error(`bench merge: the hub edge has ${evidence} pieces of evidence, expected ${count}`);
  return ms / count;
}

mergeMs(Math.min(1000, BASE)); // warm-up: compile the merge code before either measured run
const small = mergeMs(BASE);
const large = mergeMs(4 * BASE);
console.log(`merging generated articles that all name the same two places (resolution + graph builder):`);
console.log(`  ${String(BASE).padStart(6)} articles: ${(small * 1000).toFixed(1)} us per article`);
console.log(`  ${String(4 * BASE).padStart(6)} articles: ${(large * 1000).toFixed(1)} us per article`);
console.log(
  `  per-article cost at 4x the articles: ${(large / small).toFixed(2)}x (1 = linear, 4 = quadratic)`,
);
