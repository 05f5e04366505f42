/**
 * Tags a whole document sentence by sentence, in order, so that the document memory sees what was
 * predicted earlier. Shared by run-time tagging and by training (which also updates weights).
 */
import { Decoder, scoreTokens, type Weights } from './decode';
import { DocumentMemory, type DocumentFeatures } from './features';
import { LABEL_COUNT, labelType } from './labels';

export interface SentenceRange {
  tokenStart: number;
  tokenEnd: number;
}

/** Reusable buffers for one thread. */
export class SequenceScratch {
  readonly decoder = new Decoder();
  emission = new Float64Array(64 * LABEL_COUNT);
  extra = new Int32Array(64);
  labels = new Int32Array(64);
  types = new Int32Array(64);

  ensure(n: number): void {
    if (this.extra.length >= n) return;
    const size = n * 2;
    this.emission = new Float64Array(size * LABEL_COUNT);
    this.extra = new Int32Array(size);
    this.labels = new Int32Array(size);
    this.types = new Int32Array(size);
  }
}

/**
 * Decodes one sentence: fills scratch.extra (memory features) and scratch.labels[0 .. n).
 * The caller records the result into the memory (training may update weights first).
 */
export function decodeSentence(
  weights: Weights,
  features: DocumentFeatures,
  range: SentenceRange,
  memory: DocumentMemory,
  mask: number,
  scratch: SequenceScratch,
): number {
  const { tokenStart: start, tokenEnd: end } = range;
  const n = end - start;
  scratch.ensure(n);
  for (let i = start; i < end; i++) scratch.extra[i - start] = memory.feature(features, i, mask);
  const { active } = features;
  if (!active) {
    scoreTokens(weights, features, start, end, scratch.extra, scratch.emission);
    scratch.decoder.viterbi(scratch.emission, n, weights.transition, scratch.labels);
    return n;
  }
  // Tokens the window left out are O: they cut the sentence into pieces decoded on their own, each
  // knowing it follows and precedes an O, which gives the labels decoding it whole would give.
  for (let a = start; a < end;) {
    if (!active[a]) {
      scratch.labels[a - start] = 0;
      a++;
      continue;
    }
    let b = a + 1;
    while (b < end && active[b]) b++;
    scoreTokens(weights, features, a, b, scratch.extra.subarray(a - start), scratch.emission);
    scratch.decoder.viterbi(
      scratch.emission,
      b - a,
      weights.transition,
      scratch.labels.subarray(a - start),
      a === start ? LABEL_COUNT : 0,
      b === end ? -1 : 0,
    );
    a = b;
  }
  return n;
}

/** Remembers the entity types just predicted for tokens [start, start + n). */
export function remember(
  features: DocumentFeatures,
  range: SentenceRange,
  memory: DocumentMemory,
  labels: Int32Array,
  scratch: SequenceScratch,
): void {
  const n = range.tokenEnd - range.tokenStart;
  for (let k = 0; k < n; k++) scratch.types[k] = labelType(labels[k]!);
  memory.record(features, range.tokenStart, range.tokenEnd, scratch.types);
}

export interface OrderedRange extends SentenceRange {
  isHeadline: boolean;
}

/**
 * The order in which sentences are decoded: the body first, in reading order, then the headlines.
 * Names in capitals are hard to type alone ("MERKEL VISITS PARIS"); decoded last, a headline sees
 * through the document memory what the body said about the same words.
 */
export function decodingOrder<R extends OrderedRange>(sentences: readonly R[]): R[] {
  return [...sentences.filter((s) => !s.isHeadline), ...sentences.filter((s) => s.isHeadline)];
}

/** Label index of every token of the document (0 = O for tokens outside sentences). */
export function tagDocument(
  weights: Weights,
  features: DocumentFeatures,
  sentences: readonly OrderedRange[],
  mask: number,
  scratch: SequenceScratch,
): Int32Array {
  const result = new Int32Array(features.offsets.length - 1);
  const memory = new DocumentMemory();
  for (const range of decodingOrder(sentences)) {
    const n = decodeSentence(weights, features, range, memory, mask, scratch);
    result.set(scratch.labels.subarray(0, n), range.tokenStart);
    remember(features, range, memory, scratch.labels, scratch);
  }
  return result;
}
