/** Worker thread entry: PageRank of the arcs it is sent (see pagerank.ts and buildGraph). */
import { parentPort } from 'node:worker_threads';
import { ranksOf, type RankArcs } from './pagerank';

parentPort?.once('message', (arcs: RankArcs) => {
  const ranks = ranksOf(arcs);
  parentPort!.postMessage(ranks, [ranks.buffer as ArrayBuffer]);
});
