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

export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: WorkerRequest[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_FILE);
      worker.on('message', (response: WorkerResponse) => this.settle(worker, response));
      worker.on('error', (error) => this.fail(error));
      this.workers.push(worker);
      this.idle.push(worker);
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

  private pump(): void {
    while (this.idle.length && this.queue.length) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  private settle(worker: Worker, response: WorkerResponse): void {
    const pending = this.pending.get(response.seq);
    this.pending.delete(response.seq);
    this.idle.push(worker);
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
