import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildGraph, layoutIterations, noverlapIterations } from './build';
import { extractDocument } from './extract';
import { makeDocument } from '../documents';

const ARTICLE_A = `Finland and Sweden sign accession papers
2022-07-05
https://news.example.org/nordic-accession
NATO Secretary-General Jens Stoltenberg met Finnish President Sauli Niinisto in Brussels on Tuesday.
Stoltenberg said the alliance would be stronger with Finland and Sweden.
Swedish Prime Minister Magdalena Andersson thanked Niinisto for his support.`;

const ARTICLE_B = `Turkey lifts its objection
2022-06-28
Turkish President Recep Tayyip Erdogan spoke with Niinisto by phone on Monday.
Erdogan warned Sweden that the deal could still fail.`;

describe('buildGraph', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-build-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('builds one graph from a folder, resolving people across articles', async () => {
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'a.txt'), ARTICLE_A);
    writeFileSync(join(dir, 'nested', 'b.txt'), ARTICLE_B);
    const { graph, documents, skipped } = await buildGraph([dir], { settings: { layoutIterations: 20 } });
    expect(documents).toBe(2);
    expect(skipped).toEqual([]);
    const niinisto = graph.findNode((_, a) => a.label === 'Sauli Niinisto');
    expect(niinisto).toBeDefined();
    const attributes = graph.getNodeAttributes(niinisto!);
    expect(attributes.documents).toHaveLength(2);
    expect(attributes).toMatchObject({
      entityType: 'person',
      firstSeen: '2022-06-28',
      lastSeen: '2022-07-05',
    });
    expect(attributes.aliases).toEqual(expect.arrayContaining(['Niinisto', 'Sauli Niinisto']));
    expect(graph.filterNodes((_, a) => a.label.includes('Niinisto'))).toHaveLength(1);
    // Metrics and layout ran.
    expect(typeof attributes.pagerank).toBe('number');
    expect(Number.isFinite(attributes.x)).toBe(true);
  });

  it('makes a node of a country named only by a demonym, for the affiliation that points to it', async () => {
    writeFileSync(
      join(dir, 'c.txt'),
      'Talks in Cairo\n2024-06-10\nEgyptian President Abdel Fattah al-Sisi met Antony Blinken in Cairo on Monday.',
    );
    const { graph } = await buildGraph([dir], { settings: { layout: false, metrics: false } });
    const egypt = graph.findNode((_, a) => a.label === 'Egypt');
    const sisi = graph.findNode((_, a) => a.label === 'Abdel Fattah al-Sisi');
    expect(egypt && graph.getNodeAttributes(egypt)).toMatchObject({ entityType: 'location', mentions: 1 });
    expect(
      graph
        .filterEdges(sisi!, egypt!, (_, a) => a.relation === 'affiliated-with')
        .map((e) => graph.getEdgeAttribute(e, 'roles')),
    ).toEqual([['President']]);
  });

  it('leaves out entities mentioned fewer times than minMentions', async () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE_A);
    writeFileSync(join(dir, 'b.txt'), ARTICLE_B);
    const { graph } = await buildGraph([dir], { settings: { minMentions: 2, layout: false } });
    const labels = graph.mapNodes((_, a) => a.label);
    expect(labels).toContain('Sauli Niinisto');
    expect(labels).not.toContain('Magdalena Andersson');
    graph.forEachNode((_, a) => expect(a.mentions).toBeGreaterThanOrEqual(2));
  });

  it('skips bad files with a reason naming them and keeps the rest', async () => {
    writeFileSync(join(dir, 'a-good.txt'), ARTICLE_A);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 0]));
    writeFileSync(join(dir, 'b-copy.txt'), ARTICLE_A);
    const seen: string[] = [];
    const { documents, skipped } = await buildGraph([dir], {
      onSkip: (s) => seen.push(s.source),
      settings: { layout: false },
    });
    expect(documents).toBe(1);
    expect(skipped.map((s) => s.source.split('/').pop()).sort()).toEqual([
      'b-copy.txt',
      'binary.txt',
      'empty.txt',
    ]);
    expect(seen).toHaveLength(3);
    for (const s of skipped) expect(s.reason.length).toBeGreaterThan(3);
  });
});

describe('layoutIterations', () => {
  it('keeps the full count for small graphs, scales it down for large ones, and runs none too few to matter', () => {
    expect(layoutIterations(500, 300)).toBe(300);
    expect(layoutIterations(4000, 300)).toBe(38);
    expect(layoutIterations(8000, 300)).toBe(5);
    // Fewer passes than that leave the packed communities where they are: none are run.
    expect(layoutIterations(9000, 300)).toBe(0);
    expect(layoutIterations(200000, 300)).toBe(0);
    expect(layoutIterations(4000, 30)).toBe(0);
    expect(noverlapIterations(1500)).toBe(200);
    expect(noverlapIterations(4000)).toBe(50);
    expect(noverlapIterations(6000)).toBe(0);
  });
});

describe('extractDocument', () => {
  it('yields mentions, local entities and relations with offsets into the document text', () => {
    const doc = makeDocument({ title: 'Talks in Brussels', text: ARTICLE_A.split('\n').slice(3).join('\n') });
    const x = extractDocument(doc);
    for (const m of x.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    const labels = x.entities.map((e) => e.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Jens Stoltenberg', 'NATO', 'Sauli Niinisto', 'Brussels', 'Finland']),
    );
    const stoltenberg = labels.indexOf('Jens Stoltenberg');
    const nato = labels.indexOf('NATO');
    expect(x.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: stoltenberg, target: nato, relation: 'affiliated-with' }),
      ]),
    );
    expect(x.tokenCount).toBeGreaterThan(30);
  });
});

// The worker pool runs compiled code only: this part needs `pnpm build` (which `pnpm test` runs first).
const compiledPool = resolve(__dirname, '../../dist/pipeline/pool.js');
const describeCompiled = existsSync(compiledPool) ? describe : describe.skip;

describeCompiled('ExtractionPool (compiled)', () => {
  it('extracts in worker threads the same as in this thread', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ExtractionPool } = require(compiledPool) as typeof import('./pool');
    const pool = new ExtractionPool(2);
    try {
      const docs = [ARTICLE_A, ARTICLE_B].map((text, i) => makeDocument({ id: `d${i}`, text }));
      const results = await Promise.all(docs.map((d) => pool.extract(d)));
      expect(results.map((r) => r.document.id)).toEqual(['d0', 'd1']);
      expect(results[0]!.entities.map((e) => e.label)).toEqual(
        extractDocument(docs[0]!).entities.map((e) => e.label),
      );
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('queues more articles than its workers hold and answers each with its own extraction', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ExtractionPool } = require(compiledPool) as typeof import('./pool');
    const pool = new ExtractionPool(2);
    try {
      // 2 workers holding 3 articles each: the last five wait in the pool's own queue.
      const docs = Array.from({ length: 11 }, (_, i) =>
        makeDocument({ id: `q${i}`, text: i % 2 ? ARTICLE_B : ARTICLE_A }),
      );
      const results = await Promise.all(docs.map((d) => pool.extract(d)));
      expect(results.map((r) => r.document.id)).toEqual(docs.map((d) => d.id));
      const expected = [ARTICLE_A, ARTICLE_B].map((text) =>
        extractDocument(makeDocument({ text })).entities.map((e) => e.label),
      );
      results.forEach((r, i) => expect(r.entities.map((e) => e.label)).toEqual(expected[i % 2]));
    } finally {
      await pool.close();
    }
  }, 60_000);
});
