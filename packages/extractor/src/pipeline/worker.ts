/**
 * Worker thread entry: extracts the articles the main thread sends. Extraction is pure, so a worker
 * needs nothing but the document; resolution across articles stays in the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { NewsDocument } from '../types';
import { extractDocument } from './extract';

export interface WorkerRequest {
  seq: number;
  document: NewsDocument;
}

export type WorkerResponse =
  { seq: number; extraction: ReturnType<typeof extractDocument> } | { seq: number; error: string };

parentPort?.on('message', ({ seq, document }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { seq, extraction: extractDocument(document) };
  } catch (error) {
    response = { seq, error: (error as Error).message };
  }
  parentPort!.postMessage(response);
});
