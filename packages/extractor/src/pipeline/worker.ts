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

/** The extraction without its document: the main thread has it already, and the text is the bulk. */
export type WorkerExtraction = Omit<ReturnType<typeof extractDocument>, 'document'>;

export type WorkerResponse = { seq: number; extraction: WorkerExtraction } | { seq: number; error: string };

parentPort?.on('message', ({ seq, document }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const { document: _sent, ...extraction } = extractDocument(document);
    response = { seq, extraction };
  } catch (error) {
    response = { seq, error: (error as Error).message };
  }
  parentPort!.postMessage(response);
});
