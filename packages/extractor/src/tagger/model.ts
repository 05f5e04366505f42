/**
 * The model file: a deflated binary with a JSON header, the transition matrix (float32), the kept
 * buckets (delta-coded uint32) and their weights quantised to int16 with one scale. Buckets whose
 * weights all round to (almost) zero are dropped; that and the quantisation keep the file small.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { buildSparseIndex, type Weights } from './decode';
import type { FeatureResources } from './features';
import { Gazetteer, getGazetteer } from './gazetteer';
import { CaseLexicon } from './lexicon';
import { TrainingEntities } from './entities';
import { LABEL_COUNT, LABELS } from './labels';

const MAGIC = 'NGNER1';
/** Bump when features.ts changes the meaning of templates: old models are then refused. */
export const FEATURE_VERSION = 3;

export interface ModelInfo {
  version: number;
  featureVersion: number;
  bits: number;
  labels: string[];
  scale: number;
  rows: number;
  /** Byte length of the serialised gazetteer at the end of the file (0: none stored). */
  gazetteerBytes: number;
  /** Byte length of the serialised case lexicon, after the gazetteer (0: none stored). */
  lexiconBytes: number;
  /** Byte length of the serialised training-entity gazetteer, after the lexicon (0: none). */
  entitiesBytes?: number;
  /** Free-form training provenance (epochs, seed, dev F1), printed by tools. */
  trainedWith?: Record<string, unknown>;
}

export interface LoadedModel {
  info: ModelInfo;
  weights: Weights;
  mask: number;
  /** The gazetteer the model was trained with, when the file stores it. */
  gazetteer?: Gazetteer;
  /** The case lexicon counted over the training text. */
  lexicon?: CaseLexicon;
  /** The gazetteer of training entities. */
  entities?: TrainingEntities;
}

export class ModelFormatError extends Error {
  constructor(message: string) {
    super(`loadModel: ${message}`);
    this.name = 'ModelFormatError';
  }
}

export interface SaveOptions {
  bits: number;
  /** Rows whose largest |weight| is at most this many quantisation steps are dropped. */
  pruneSteps: number;
  /** Stored with the weights: features mean what they meant in training, and loading is fast. */
  gazetteer?: Gazetteer;
  lexicon?: CaseLexicon;
  entities?: TrainingEntities;
  trainedWith?: Record<string, unknown>;
}

/** Quantises, prunes and serialises weights. */
export function serializeModel(weights: Weights, options: SaveOptions): Buffer {
  const L = LABEL_COUNT;
  const w = weights.emission;
  const buckets = 1 << options.bits;
  if (w.length !== buckets * L)
    throw new Error(`serializeModel: expected ${buckets * L} weights, got ${w.length}.`);
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]! * weights.scale));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;

  const rows: number[] = [];
  for (let b = 0; b < buckets; b++) {
    let rowMax = 0;
    for (let y = 0; y < L; y++)
      rowMax = Math.max(rowMax, Math.abs(Math.round((w[b * L + y]! * weights.scale) / scale)));
    if (rowMax > options.pruneSteps) rows.push(b);
  }
  const ids = new Uint32Array(rows.length);
  const values = new Int16Array(rows.length * L);
  let previous = 0;
  rows.forEach((b, r) => {
    ids[r] = b - previous;
    previous = b;
    for (let y = 0; y < L; y++) values[r * L + y] = Math.round((w[b * L + y]! * weights.scale) / scale);
  });
  const transition = Float32Array.from(weights.transition);
  const gazetteer = Buffer.from(options.gazetteer ? options.gazetteer.toText() : '', 'utf8');
  const lexicon = Buffer.from(options.lexicon ? options.lexicon.toText() : '', 'utf8');
  const entities = Buffer.from(options.entities ? options.entities.toText() : '', 'utf8');
  const info: ModelInfo = {
    version: 1,
    featureVersion: FEATURE_VERSION,
    bits: options.bits,
    labels: [...LABELS],
    scale,
    rows: rows.length,
    gazetteerBytes: gazetteer.length,
    lexiconBytes: lexicon.length,
    entitiesBytes: entities.length,
    trainedWith: options.trainedWith,
  };
  const header = Buffer.from(JSON.stringify(info), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const body = Buffer.concat([
    length,
    header,
    Buffer.from(transition.buffer, transition.byteOffset, transition.byteLength),
    Buffer.from(ids.buffer),
    Buffer.from(values.buffer),
    gazetteer,
    lexicon,
    entities,
  ]);
  return Buffer.concat([Buffer.from(MAGIC, 'ascii'), deflateSync(body, { level: 9 })]);
}

/** Parses a model file into sparse int16 weights ready for scoring. `name` is used in errors. */
export function deserializeModel(data: Buffer, name = 'model'): LoadedModel {
  if (data.subarray(0, MAGIC.length).toString('ascii') !== MAGIC)
    throw new ModelFormatError(`'${name}' is not a newsgraph NER model (bad magic).`);
  let body: Buffer;
  try {
    body = inflateSync(data.subarray(MAGIC.length));
  } catch (error) {
    throw new ModelFormatError(`'${name}' is corrupt: ${(error as Error).message}`);
  }
  const headerLength = body.readUInt32LE(0);
  const info = JSON.parse(body.subarray(4, 4 + headerLength).toString('utf8')) as ModelInfo;
  if (info.featureVersion !== FEATURE_VERSION)
    throw new ModelFormatError(
      `'${name}' was trained with feature version ${info.featureVersion}, this code has ${FEATURE_VERSION}: retrain with pnpm train:ner.`,
    );
  if (info.labels.join() !== LABELS.join())
    throw new ModelFormatError(`'${name}' has labels ${info.labels.join()}.`);
  const L = LABEL_COUNT;
  // Copy into aligned buffers: the Buffer's offset into the inflated data is not aligned.
  let at = 4 + headerLength;
  const take = (bytes: number): ArrayBuffer => {
    const slice = body.subarray(at, at + bytes);
    if (slice.length !== bytes) throw new ModelFormatError(`'${name}' is truncated.`);
    at += bytes;
    return slice.buffer.slice(slice.byteOffset, slice.byteOffset + bytes) as ArrayBuffer;
  };
  const transition = new Float32Array(take((L + 1) * L * 4));
  const ids = new Uint32Array(take(info.rows * 4));
  const values = new Int16Array(take(info.rows * L * 2));
  const gazetteerText = info.gazetteerBytes ? Buffer.from(take(info.gazetteerBytes)).toString('utf8') : '';
  const lexiconText = info.lexiconBytes ? Buffer.from(take(info.lexiconBytes)).toString('utf8') : '';
  const entitiesText = info.entitiesBytes ? Buffer.from(take(info.entitiesBytes)).toString('utf8') : '';
  // Keep the rows as stored (sparse): see Weights.index.
  const buckets = new Uint32Array(info.rows);
  let bucket = 0;
  for (let r = 0; r < info.rows; r++) {
    bucket += ids[r]!;
    if (r > 0 && ids[r] === 0) throw new ModelFormatError(`'${name}' repeats a feature row.`);
    buckets[r] = bucket;
  }
  if (info.rows && bucket >= 1 << info.bits)
    throw new ModelFormatError(`'${name}' has a row outside its ${info.bits}-bit table.`);
  const index = buildSparseIndex(buckets, 1 << info.bits);
  const model: LoadedModel = {
    info,
    weights: { emission: values, index, scale: info.scale, transition },
    mask: (1 << info.bits) - 1,
  };
  if (gazetteerText) model.gazetteer = Gazetteer.fromText(gazetteerText);
  if (lexiconText) model.lexicon = CaseLexicon.fromText(lexiconText);
  if (entitiesText) model.entities = TrainingEntities.fromText(entitiesText);
  return model;
}

/**
 * The feature resources a model was trained with, as stored in its file. The run-time tagger and
 * the training command's final check both take them from here, so that they cannot drift apart.
 * Models without a stored gazetteer fall back to the one built from the data packages.
 */
export function modelResources(model: LoadedModel): FeatureResources {
  return {
    gazetteer: model.gazetteer ?? getGazetteer(),
    lexicon: model.lexicon ?? new CaseLexicon(),
    entities: model.entities,
    window: NEAR_CAPITAL_WINDOW,
  };
}

/** See FeatureResources.window: two tokens covers "Bank of England" and "University of the Arts". */
export const NEAR_CAPITAL_WINDOW = 2;
