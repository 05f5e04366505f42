/**
 * Averaged structured perceptron (Collins 2002) over first-order label sequences. Averaging is done
 * lazily: `total` accumulates `step * delta`, and the averaged weight is `w - total / step`.
 * Features seen fewer than `minCount` times in training are never updated: they would only
 * memorise single training tokens.
 */
import type { Weights } from './decode';
import { DocumentMemory, type DocumentFeatures } from './features';
import { LABEL_COUNT } from './labels';
import { seededRandom, shuffle } from './random';
import { decodeSentence, decodingOrder, remember, SequenceScratch, type OrderedRange } from './sequence';

const L = LABEL_COUNT;

export interface TrainingDocument {
  features: DocumentFeatures;
  /** Sentences in document order; decoded in `decodingOrder`. */
  sentences: readonly OrderedRange[];
  /** Gold label index per token. */
  gold: Int32Array;
  /**
   * The same document written differently (its headline in Title Case): each epoch trains on one
   * of the two, chosen by the seeded generator.
   */
  alternative?: TrainingDocument;
}

export interface TrainOptions {
  /** log2 of the number of hash buckets. */
  bits: number;
  epochs: number;
  seed: number;
  minCount: number;
  /**
   * Called after each epoch with the averaged weights; returns the dev score used to keep the best
   * epoch (return 0 to keep the last).
   */
  onEpoch?: (epoch: number, weights: Weights, stats: { mistakes: number; tokens: number }) => number;
}

export interface TrainResult {
  weights: Weights;
  bestEpoch: number;
  bestScore: number;
}

export function trainPerceptron(documents: readonly TrainingDocument[], options: TrainOptions): TrainResult {
  const { bits, epochs, seed, minCount } = options;
  if (!Number.isInteger(bits) || bits < 8 || bits > 24)
    throw new Error(`trainPerceptron: bits must be 8..24, got ${bits}.`);
  if (!Number.isInteger(epochs) || epochs < 1)
    throw new Error(`trainPerceptron: epochs must be >= 1, got ${epochs}.`);
  const buckets = 1 << bits;
  const mask = buckets - 1;

  // Count cutoff, per bucket (collisions merge counts, which only keeps more).
  const counts = new Uint16Array(buckets);
  for (const original of documents)
    for (const doc of original.alternative ? [original, original.alternative] : [original])
      for (const id of doc.features.ids) if (counts[id]! < 65535) counts[id]!++;
  const trainable = new Uint8Array(buckets);
  for (let b = 0; b < buckets; b++) trainable[b] = counts[b]! >= minCount ? 1 : 0;
  // Document-memory buckets never appear among static ids: allow them all.
  const trainableOrMemory = (id: number, fromMemory: boolean): boolean => fromMemory || trainable[id] === 1;

  const w = new Float64Array(buckets * L);
  const total = new Float64Array(buckets * L);
  const t = new Float64Array((L + 1) * L);
  const tTotal = new Float64Array((L + 1) * L);
  const current: Weights = { emission: w, scale: 1, transition: t };
  let step = 1;

  const scratch = new SequenceScratch();
  const order = documents.map((_, i) => i);
  const random = seededRandom(seed);
  let best: TrainResult = { weights: average(), bestEpoch: 0, bestScore: -1 };

  function bump(array: Float64Array, sums: Float64Array, index: number, delta: number): void {
    array[index] = array[index]! + delta;
    sums[index] = sums[index]! + step * delta;
  }

  function average(): Weights {
    const emission = new Float64Array(w.length);
    for (let i = 0; i < w.length; i++) emission[i] = w[i]! - total[i]! / step;
    const transition = new Float64Array(t.length);
    for (let i = 0; i < t.length; i++) transition[i] = t[i]! - tTotal[i]! / step;
    return { emission, scale: 1, transition };
  }

  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    let tokens = 0;
    for (const d of order) {
      const original = documents[d]!;
      const doc = original.alternative && random() < 0.5 ? original.alternative : original;
      const { features, gold } = doc;
      const memory = new DocumentMemory();
      for (const range of decodingOrder(doc.sentences)) {
        const n = decodeSentence(current, features, range, memory, mask, scratch);
        const pred = scratch.labels;
        const start = range.tokenStart;
        tokens += n;
        for (let k = 0; k < n; k++) {
          const g = gold[start + k]!;
          const p = pred[k]!;
          const gPrev = k === 0 ? L : gold[start + k - 1]!;
          const pPrev = k === 0 ? L : pred[k - 1]!;
          if (g !== p) {
            mistakes++;
            const i = start + k;
            const last = features.offsets[i + 1]!;
            for (let f = features.offsets[i]!; f < last; f++) {
              const id = features.ids[f]!;
              if (!trainableOrMemory(id, false)) continue;
              bump(w, total, id * L + g, 1);
              bump(w, total, id * L + p, -1);
            }
            const extra = scratch.extra[k]!;
            if (extra >= 0) {
              bump(w, total, extra * L + g, 1);
              bump(w, total, extra * L + p, -1);
            }
          }
          if (g !== p || gPrev !== pPrev) {
            bump(t, tTotal, gPrev * L + g, 1);
            bump(t, tTotal, pPrev * L + p, -1);
          }
        }
        remember(features, range, memory, pred, scratch);
        step++;
      }
    }
    const averaged = average();
    const score = options.onEpoch ? options.onEpoch(epoch, averaged, { mistakes, tokens }) : 0;
    if (score >= best.bestScore) best = { weights: averaged, bestEpoch: epoch, bestScore: score };
  }
  return best;
}
