/**
 * PageRank in a thread of its own (graph/pagerank-worker), so that it runs while the projection
 * and Louvain are computed in this one at the end of a build, when the extraction threads have
 * stopped.
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

/**
 * A PageRank thread started ahead of need: a build starts it with its extraction threads, so that
 * the thread has loaded its modules by the time the graph is done, and gets its arcs before the
 * projection is built (the BBC build's main thread waited 0.6 to 0.9 s for the ranks when the
 * thread started after Louvain; 0.2 to 0.3 s since). It ranks one set of arcs.
 */
export class RankThread {
  private readonly worker: Worker;
  private readonly ranks: Promise<Float64Array>;
  private sent = false;

  constructor(file = RANK_WORKER_FILE) {
    this.worker = new Worker(file);
    this.ranks = new Promise<Float64Array>((resolve, reject) => {
      this.worker.once('message', (ranks: Float64Array) => {
        resolve(ranks);
        void this.worker.terminate();
      });
      this.worker.once('error', reject);
      this.worker.once('exit', (code) =>
        reject(new Error(`the PageRank thread stopped (exit code ${code})`)),
      );
    });
    // Until asked, a failure is nobody's business: rank() reports it.
    this.ranks.catch(() => {});
    // An idle thread must not keep the process alive (a build that fails before its metrics).
    this.worker.unref();
  }

  /** The ranks of `arcs`, computed in the thread; rejects when the thread fails. */
  rank(arcs: RankArcs): Promise<Float64Array> {
    if (this.sent) return Promise.reject(new Error('a RankThread ranks one set of arcs'));
    this.sent = true;
    this.worker.ref();
    // Copied, not transferred (a megabyte or two): the caller keeps them to rank here if this fails.
    this.worker.postMessage(arcs);
    return this.ranks;
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/** PageRank in a new worker thread; rejects when the thread cannot start or fails. */
export function rankInWorker(arcs: RankArcs, file = RANK_WORKER_FILE): Promise<Float64Array> {
  try {
    return new RankThread(file).rank(arcs);
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

/** PageRank in `thread` (a new one by default), or in this one when the thread fails. */
export function rankInWorkerOrHere(arcs: RankArcs, thread?: RankThread): Promise<Float64Array> {
  return (thread ? thread.rank(arcs) : rankInWorker(arcs)).catch(() => ranksOf(arcs));
}
