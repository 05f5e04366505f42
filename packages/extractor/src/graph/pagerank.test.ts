import { existsSync } from 'node:fs';
import path from 'node:path';
import { rankInWorker, rankInWorkerOrHere, RankThread } from '../pipeline/ranks';
import { GraphBuilder } from './builder';
import { sampleArticles } from './__fixtures__/extractions';
import { computeMetrics, computeMetricsAsync } from './metrics';
import { rankArcs, ranksOf } from './pagerank';

function sampleGraph() {
  const builder = new GraphBuilder();
  for (const article of sampleArticles()) builder.addDocument(article);
  return builder.graph;
}

/** The compiled worker (pnpm build); jest runs the TypeScript sources, which have none. */
const WORKER = path.resolve(__dirname, '../../dist/graph/pagerank-worker.js');

describe('rankArcs', () => {
  it('gives directed facts one arc and symmetric facts two, by node index', () => {
    const graph = sampleGraph();
    const arcs = rankArcs(graph, 0.85);
    const nodes = graph.nodes();
    const arc = (from: string, to: string) =>
      Array.from(arcs.sources).some(
        (s, k) => nodes[s] === from && nodes[arcs.targets[k]!] === to && arcs.weights[k]! > 0,
      );
    expect(arcs.order).toBe(graph.order);
    expect(arc('nato', 'russia')).toBe(true); // accused
    expect(arc('russia', 'nato')).toBe(false);
    expect(arc('olaf-scholz', 'vladimir-putin') && arc('vladimir-putin', 'olaf-scholz')).toBe(true);
  });
});

describe('computeMetricsAsync', () => {
  it('gives exactly what computeMetrics gives when PageRank comes from elsewhere', async () => {
    const graph = sampleGraph();
    const async = await computeMetricsAsync(graph, {}, async (arcs) => ranksOf(arcs));
    expect(async).toEqual(computeMetrics(graph));
  });

  (existsSync(WORKER) ? it : it.skip)('ranks the same in a worker thread as here', async () => {
    const graph = sampleGraph();
    const here = ranksOf(rankArcs(graph, 0.85));
    const there = await rankInWorker(rankArcs(graph, 0.85), WORKER);
    expect(Array.from(there)).toEqual(Array.from(here));
  });

  it('ranks here when the worker thread cannot run', async () => {
    const graph = sampleGraph();
    const arcs = rankArcs(graph, 0.85);
    // From the TypeScript sources there is no compiled worker file: the thread fails to start.
    await expect(rankInWorker(arcs, path.join(__dirname, 'no-such-worker.js'))).rejects.toThrow();
    expect(Array.from(await rankInWorkerOrHere(arcs))).toEqual(Array.from(ranksOf(arcs)));
  });
});

(existsSync(WORKER) ? describe : describe.skip)('RankThread', () => {
  it('starts ahead of need and ranks the arcs it is given later, once', async () => {
    const thread = new RankThread(WORKER);
    const graph = sampleGraph();
    const arcs = rankArcs(graph, 0.85);
    const ranks = await thread.rank(arcs);
    expect(Array.from(ranks)).toEqual(Array.from(ranksOf(arcs)));
    await expect(thread.rank(arcs)).rejects.toThrow(/one set of arcs/);
    await thread.close();
  });

  it('can be closed without ranking anything, and then refuses to rank', async () => {
    const thread = new RankThread(WORKER);
    await thread.close();
    await expect(thread.rank(rankArcs(sampleGraph(), 0.85))).rejects.toThrow(/stopped/);
  });
});

describe('ranksOf', () => {
  it('sums parallel arcs into one edge: the same ranks as giving the summed arc once', () => {
    const arcs = (sources: number[], targets: number[], weights: number[]) => ({
      order: 3,
      sources: Int32Array.from(sources),
      targets: Int32Array.from(targets),
      weights: Float64Array.from(weights),
      alpha: 0.85,
    });
    const split = ranksOf(arcs([0, 0, 0, 1, 2], [1, 2, 1, 0, 0], [1, 1, 2, 1, 1]));
    const merged = ranksOf(arcs([0, 0, 1, 2], [1, 2, 0, 0], [3, 1, 1, 1]));
    expect(Array.from(split)).toEqual(Array.from(merged));
    // Node 0 gives node 1 three times what it gives node 2.
    expect(split[1]).toBeGreaterThan(split[2]!);
  });
});
