/**
 * A fixed pool of extraction workers. Results come back as promises; callers consume them in
 * submission order so that resolution, and so the graph, does not depend on thread timing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentExtraction, NewsDocument } from '../types';
import type { WorkerRequest, WorkerResponse } from './worker';

interface Pending {
  document: NewsDocument;
  resolve: (x: DocumentExtraction) => void;
  reject: (e: Error) => void;
}

/** The compiled worker script; absent when running from TypeScript sources (tests), where no pool is made. */
export const WORKER_FILE = join(__dirname, 'worker.js');

export function canUseWorkers(): boolean {
  return existsSync(WORKER_FILE);
}

/**
 * Articles a worker holds at once: the one it extracts and the next ones, queued in its port. With
 * one, a worker that finished waited for the main thread (busy merging or reading files) to hand
 * it the next article: a tenth of its time in a BBC build.
 */
const QUEUED_PER_WORKER = 3;

export class ExtractionPool {
  private readonly workers: Worker[] = [];
  /** Articles sent to each worker and not yet answered. */
  private readonly load = new Map<Worker, number>();
  private readonly queue: WorkerRequest[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_FILE);
      worker.on('message', (response: WorkerResponse) => this.settle(worker, response));
      worker.on('error', (error) => this.fail(error));
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  extract(document: NewsDocument): Promise<DocumentExtraction> {
    const seq = this.seq++;
    const promise = new Promise<DocumentExtraction>((resolve, reject) =>
      this.pending.set(seq, { document, resolve, reject }),
    );
    this.queue.push({ seq, document });
    this.pump();
    return promise;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Sends queued articles to the least loaded workers, up to QUEUED_PER_WORKER each. */
  private pump(): void {
    while (this.queue.length) {
      let target: Worker | undefined;
      let least = QUEUED_PER_WORKER;
      for (const worker of this.workers) {
        const load = this.load.get(worker)!;
        if (load < least) {
          least = load;
          target = worker;
        }
      }
      if (!target) return;
      this.load.set(target, least + 1);
      target.postMessage(this.queue.shift()!);
    }
  }

  private settle(worker: Worker, response: WorkerResponse): void {
    const pending = this.pending.get(response.seq);
    this.pending.delete(response.seq);
    this.load.set(worker, this.load.get(worker)! - 1);
    this.pump();
    if (!pending) return;
    if ('error' in response) pending.reject(new Error(response.error));
    else pending.resolve({ ...response.extraction, document: pending.document });
  }

  private fail(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
