/**
 * Scoring and first-order Viterbi decoding over the IOB2 labels. Weights are laid out feature-major
 * (`bucket * LABEL_COUNT + label`) so that one feature's nine weights sit in one cache line.
 */
import { ALLOWED, LABEL_COUNT } from './labels';
import type { DocumentFeatures } from './features';

const L = LABEL_COUNT;
const FORBIDDEN = -1e30;

export type WeightArray = Float64Array | Float32Array | Int16Array;

export interface Weights {
  /**
   * Dense: `bucket * LABEL_COUNT + label`. Sparse (when `index` is set): `row * LABEL_COUNT + label`
   * over the buckets that have weights, in bucket order.
   */
  emission: WeightArray;
  /**
   * For sparse weights: per 32 buckets, a pair [presence bits, rows before]. A shipped model has
   * weights for a few percent of the buckets; a dense table would be mostly zeros, and every
   * lookup a cache miss. The index is 1/4 byte per bucket and the rows stay small enough to be cached.
   */
  index?: Uint32Array;
  /** Multiplier of `emission` (quantised models); 1 for float weights. */
  scale: number;
  /** (prev * LABEL_COUNT + next), prev = LABEL_COUNT for the sentence start; already scaled. */
  transition: Float64Array | Float32Array;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Builds the sparse index of sorted bucket ids (see Weights.index). */
export function buildSparseIndex(buckets: ArrayLike<number>, bucketCount: number): Uint32Array {
  const index = new Uint32Array(Math.ceil(bucketCount / 32) * 2);
  for (let r = 0; r < buckets.length; r++) {
    const b = buckets[r]!;
    const at = (b >>> 5) << 1;
    index[at] = index[at]! | (1 << (b & 31));
  }
  let rows = 0;
  for (let w = 0; w < index.length; w += 2) {
    index[w + 1] = rows;
    rows += popcount(index[w]!);
  }
  return index;
}

/** The row of a bucket in sparse weights, or -1 when the bucket has no weights. */
export function sparseRow(index: Uint32Array, bucket: number): number {
  const at = (bucket >>> 5) << 1;
  const word = index[at]!;
  const bit = 1 << (bucket & 31);
  if ((word & bit) === 0) return -1;
  return index[at + 1]! + popcount(word & (bit - 1));
}

/**
 * Adds the raw (unscaled) weights of feature `id` to out[at .. at + LABEL_COUNT); nothing when
 * sparse weights have no row for it. Summing int16 weights this way is exact whatever the order,
 * which is what lets WordTable sum groups of features ahead of scoring.
 */
export function addRawWeights(weights: Weights, id: number, out: Int32Array, at: number): void {
  const row = weights.index ? sparseRow(weights.index, id) : id;
  if (row < 0) return;
  const w = weights.emission;
  const b = row * L;
  for (let y = 0; y < L; y++) out[at + y] = out[at + y]! + w[b + y]!;
}

/** A token left without features (see DocumentFeatures.active): O, and nothing else possible. */
function scoreOutside(out: Float64Array, o: number): void {
  out[o] = 0;
  for (let y = 1; y < L; y++) out[o + y] = FORBIDDEN;
}

/**
 * Emission scores of tokens [start, end) into `out` ((i - start) * L + label). `extra[i - start]`
 * is one more feature id per token (the document memory), or -1.
 */
export function scoreTokens(
  weights: Weights,
  features: DocumentFeatures,
  start: number,
  end: number,
  extra: Int32Array,
  out: Float64Array,
): void {
  if (weights.index) scoreSparse(weights, weights.index, features, start, end, extra, out);
  else if (features.base) throw new Error('scoreTokens: summed features (base) need sparse weights.');
  else scoreDense(weights, features, start, end, extra, out);
}

function scoreSparse(
  weights: Weights,
  index: Uint32Array,
  features: DocumentFeatures,
  start: number,
  end: number,
  extra: Int32Array,
  out: Float64Array,
): void {
  const w = weights.emission;
  const { ids, offsets, active, base } = features;
  for (let i = start; i < end; i++) {
    if (active && active[i] === 0) {
      scoreOutside(out, (i - start) * L);
      continue;
    }
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0;
    // Raw sums of the features summed ahead (integers: adding them first changes nothing).
    if (base) {
      const b = i * L;
      s0 = base[b]!;
      s1 = base[b + 1]!;
      s2 = base[b + 2]!;
      s3 = base[b + 3]!;
      s4 = base[b + 4]!;
      s5 = base[b + 5]!;
      s6 = base[b + 6]!;
      s7 = base[b + 7]!;
      s8 = base[b + 8]!;
    }
    const last = offsets[i + 1]!;
    for (let f = offsets[i]!; f <= last; f++) {
      let id: number;
      if (f < last) id = ids[f]!;
      else {
        id = extra[i - start]!;
        if (id < 0) break;
      }
      const row = sparseRow(index, id);
      if (row < 0) continue;
      const b = row * L;
      s0 += w[b]!;
      s1 += w[b + 1]!;
      s2 += w[b + 2]!;
      s3 += w[b + 3]!;
      s4 += w[b + 4]!;
      s5 += w[b + 5]!;
      s6 += w[b + 6]!;
      s7 += w[b + 7]!;
      s8 += w[b + 8]!;
    }
    const o = (i - start) * L;
    const k = weights.scale;
    out[o] = s0 * k;
    out[o + 1] = s1 * k;
    out[o + 2] = s2 * k;
    out[o + 3] = s3 * k;
    out[o + 4] = s4 * k;
    out[o + 5] = s5 * k;
    out[o + 6] = s6 * k;
    out[o + 7] = s7 * k;
    out[o + 8] = s8 * k;
  }
}

function scoreDense(
  weights: Weights,
  features: DocumentFeatures,
  start: number,
  end: number,
  extra: Int32Array,
  out: Float64Array,
): void {
  const w = weights.emission;
  const { ids, offsets, active } = features;
  for (let i = start; i < end; i++) {
    if (active && active[i] === 0) {
      scoreOutside(out, (i - start) * L);
      continue;
    }
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0;
    const last = offsets[i + 1]!;
    for (let f = offsets[i]!; f <= last; f++) {
      let id: number;
      if (f < last) id = ids[f]!;
      else {
        id = extra[i - start]!;
        if (id < 0) break;
      }
      const b = id * L;
      s0 += w[b]!;
      s1 += w[b + 1]!;
      s2 += w[b + 2]!;
      s3 += w[b + 3]!;
      s4 += w[b + 4]!;
      s5 += w[b + 5]!;
      s6 += w[b + 6]!;
      s7 += w[b + 7]!;
      s8 += w[b + 8]!;
    }
    const o = (i - start) * L;
    const k = weights.scale;
    out[o] = s0 * k;
    out[o + 1] = s1 * k;
    out[o + 2] = s2 * k;
    out[o + 3] = s3 * k;
    out[o + 4] = s4 * k;
    out[o + 5] = s5 * k;
    out[o + 6] = s6 * k;
    out[o + 7] = s7 * k;
    out[o + 8] = s8 * k;
  }
}

/**
 * The labels IOB2 allows before each label, ascending: `labels[start[y] .. start[y + 1])` for y.
 * The Viterbi step visits only these (53 of the 81 pairs), in the order the full scan visited them,
 * so that it picks the same label on ties.
 */
const PREVIOUS = ((): { start: Int32Array; labels: Int32Array } => {
  const start = new Int32Array(L + 1);
  const labels: number[] = [];
  for (let y = 0; y < L; y++) {
    start[y] = labels.length;
    for (let x = 0; x < L; x++) if (ALLOWED[x * L + y]) labels.push(x);
  }
  start[L] = labels.length;
  return { start, labels: Int32Array.from(labels) };
})();

/** Scratch buffers, grown on demand and reused: decoding allocates nothing per sentence. */
export class Decoder {
  private score = new Float64Array(64 * L);
  private back = new Int8Array(64 * L);

  /**
   * Best label sequence for `n` tokens with emission scores `emission`, written into `out`.
   * `before` is the label before the first token (LABEL_COUNT: the sentence start) and `after` the
   * label after the last one (-1: the sentence end), so that a sentence can be decoded in pieces
   * between tokens whose label is known.
   */
  viterbi(
    emission: Float64Array,
    n: number,
    transition: Float64Array | Float32Array,
    out: Int32Array,
    before = L,
    after = -1,
  ): void {
    if (n === 0) return;
    if (this.score.length < n * L) {
      this.score = new Float64Array(n * L * 2);
      this.back = new Int8Array(n * L * 2);
    }
    const score = this.score;
    const back = this.back;
    for (let y = 0; y < L; y++)
      score[y] = ALLOWED[before * L + y] ? emission[y]! + transition[before * L + y]! : FORBIDDEN;
    const { start, labels } = PREVIOUS;
    for (let i = 1; i < n; i++) {
      const o = i * L;
      const p = o - L;
      for (let y = 0; y < L; y++) {
        let best = FORBIDDEN * 2;
        let arg = 0;
        for (let q = start[y]!; q < start[y + 1]!; q++) {
          const x = labels[q]!;
          const s = score[p + x]! + transition[x * L + y]!;
          if (s > best) {
            best = s;
            arg = x;
          }
        }
        score[o + y] = best + emission[o + y]!;
        back[o + y] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    const o = (n - 1) * L;
    for (let y = 0; y < L; y++) {
      const last =
        after < 0
          ? score[o + y]!
          : ALLOWED[y * L + after]
            ? score[o + y]! + transition[y * L + after]!
            : FORBIDDEN;
      if (last > best) {
        best = last;
        arg = y;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * L + arg]!;
    }
  }
}
