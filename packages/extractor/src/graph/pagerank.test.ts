import { existsSync } from 'node:fs';
import path from 'node:path';
import { rankInWorker, rankInWorkerOrHere } from '../pipeline/ranks';
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
