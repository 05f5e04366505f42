/**
 * PageRank in a thread of its own (graph/pagerank-worker), so that it runs while Louvain runs in
 * this one at the end of a build, when the extraction threads have stopped.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ranksOf, type RankArcs } from '../graph/pagerank';

/** The compiled worker script; absent when running from TypeScript sources (tests). */
export const RANK_WORKER_FILE = join(__dirname, '../graph/pagerank-worker.js');

export function canRankInWorker(): boolean {
  return existsSync(RANK_WORKER_FILE);
}

export function rankInWorker(arcs: RankArcs, file = RANK_WORKER_FILE): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file);
    worker.once('message', (ranks: Float64Array) => {
      resolve(ranks);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the PageRank thread stopped (exit code ${code})`)));
    // Copied, not transferred (a megabyte or two): the caller keeps them to rank here if this fails.
    worker.postMessage(arcs);
  });
}

/** PageRank in a worker thread, or in this one when the thread cannot start or fails. */
export function rankInWorkerOrHere(arcs: RankArcs): Promise<Float64Array> {
  return rankInWorker(arcs).catch(() => ranksOf(arcs));
}
