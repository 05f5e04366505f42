/**
 * Feature extraction: for every token of an analysed document, a list of integer feature ids
 * (hashed buckets). Strings are hashed once per token; features are the template id mixed with
 * those hashes, so nothing is concatenated per feature. The document-memory feature depends on
 * earlier predictions and is added while decoding (see DocumentMemory).
 */
import type { AnalyzedText } from '../types';
import { FNV_OFFSET, fnvStep, hashString, mix } from './hash';
import { GAZ_BITS, type Gazetteer, gazetteerKey } from './gazetteer';
import { LABEL_COUNT } from './labels';
import type { CaseLexicon } from './lexicon';
import type { EntityCounts, TrainingEntities } from './entities';
import type { PatternTable } from './patterns';
import type { WordTable } from './wordtable';

/** Template ids. Changing a template or its value changes the meaning of a trained model. */
const enum T {
  Bias = 1,
  Word,
  Lower,
  Shape,
  Prefix1,
  Prefix2,
  Prefix3,
  Prefix4,
  Suffix1,
  Suffix2,
  Suffix3,
  Suffix4,
  Pos,
  LowerM1,
  LowerP1,
  LowerM2,
  LowerP2,
  PosM1,
  PosP1,
  ShapeM1Shape,
  ShapeShapeP1,
  BigramM1,
  BigramP1,
  PosM1Pos,
  PosPosP1,
  HeadlineCap,
  HeadlineLower,
  PositionCap,
  Gazetteer,
  CaseInDoc,
  CaseInDocCap,
  CapTrigram,
  GazetteerM1,
  GazetteerP1,
  PosLower,
  DocMemory,
  LexiconCase,
  LexiconCaseCap,
  TrainEntity,
}

/** Capitalisation classes. */
const enum Cap {
  Lower = 0,
  Initial,
  AllCaps,
  Mixed,
  Digits,
  Other,
  Letter,
}

/** Where the token stands: case means something only in the Normal position. */
export const enum Position {
  Normal = 0,
  SentenceStart = 1,
  Headline = 2,
}

const BOUNDARY_BEFORE = hashString('<s>');
const BOUNDARY_AFTER = hashString('</s>');
const MAX_FEATURES_PER_TOKEN = 48;

export interface DocumentFeatures {
  /** Feature ids (bucket numbers) of token i are ids[offsets[i] .. offsets[i + 1]). */
  ids: Uint32Array;
  offsets: Int32Array;
  /** Lower-cased token text, the document memory's key. */
  lower: string[];
  position: Uint8Array;
  /** 1 when the token starts with a capital letter (the document memory records and reads it). */
  capitalised: Uint8Array;
  /**
   * With FeatureResources.window: 1 for the tokens that were given features (near a capital
   * letter or in a headline); the others are decoded as O without scoring. Undefined: all tokens.
   */
  active?: Uint8Array;
  /**
   * With FeatureResources.words and .patterns: per token, the raw (unscaled) weight sums, at
   * `i * LABEL_COUNT + label`, of the features `ids` then leaves out (see WordTable.addSums and
   * PatternTable).
   */
  base?: Float64Array;
}

const posCache = new Map<string, number>();
function posHash(pos: string): number {
  let h = posCache.get(pos);
  if (h === undefined) posCache.set(pos, (h = hashString(pos)));
  return h;
}

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}
function isLowerLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/** Shape class of one char: X, x, d, or the char itself. */
function shapeClass(code: number): number {
  if (isUpper(code)) return 88;
  if (isLowerLetter(code)) return 120;
  if (code >= 48 && code <= 57) return 100;
  if (code > 0xff) return 120; // other scripts: treat as letters
  return code;
}

/** Capitalisation class (Cap) of a token. */
export function capClass(text: string): number {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c)) upper++;
    else if (isLowerLetter(c)) lower++;
    else if (c >= 48 && c <= 57) digits++;
  }
  if (upper + lower === 0) return digits ? Cap.Digits : Cap.Other;
  if (upper === 0) return Cap.Lower;
  if (lower === 0) return upper === 1 ? Cap.Letter : Cap.AllCaps;
  return isUpper(text.charCodeAt(0)) && upper === 1 ? Cap.Initial : Cap.Mixed;
}

/** Whether a token starts with a capital letter (what the document memory records). */
export function startsWithCapital(text: string): boolean {
  // An empty token (wink makes the odd one) is no capital; reading past its end deoptimised the callers.
  return text.length > 0 && isUpper(text.charCodeAt(0));
}

/** What feature extraction reads besides the document. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  lexicon: CaseLexicon;
  /** Training: leave the document's own words out of the lexicon counts. */
  leaveOwnOut?: boolean;
  /** Names from the training text, by type. */
  entities?: TrainingEntities;
  /** Training: the document's own entities, left out of `entities`. */
  ownEntities?: EntityCounts;
  /**
   * Run time: only tokens at most this many tokens away from a word with a capital letter (or in a
   * headline) get features and scores; the rest are O. Names in English news carry a capital, and
   * three in five tokens of running text are further than two tokens from one, so this skips most
   * of the tagger's work. Training scores every token (undefined).
   */
  window?: number;
  /**
   * Run time only: the tagger's table of per-word weight sums. The features of a token's own text,
   * of its POS tag and of its neighbours' lower case are then added from it (DocumentFeatures.base)
   * rather than listed as ids: the same integer weights summed, hence the same scores, without
   * hashing and looking up each one again for every occurrence of a word. Training leaves it out.
   */
  words?: WordTable;
  /**
   * Run time only, with `words` (of the same weights): the sums of the context features with few
   * values (capitalisation pattern, case in the document and in the lexicon, POS tags around,
   * gazetteer flags), added per token from one row each instead of listed as ids.
   */
  patterns?: PatternTable;
}

/**
 * Visits the case evidence the lexicon counts: each word of a body sentence, away from the
 * sentence start, written in lower case or capitalised. Training builds the lexicon with this; the
 * leave-own-out counts in extractFeatures follow the same rule.
 */
export function countsForLexicon(
  analyzed: AnalyzedText,
  visit: (lower: string, capitalised: boolean) => void,
): void {
  for (const sentence of analyzed.sentences) {
    if (sentence.isHeadline) continue;
    for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
      const text = analyzed.tokens[i]!.text;
      const c = capClass(text);
      if (c === Cap.Lower) visit(text.toLowerCase(), false);
      else if (c === Cap.Initial || c === Cap.Mixed) visit(text.toLowerCase(), true);
    }
  }
}

/** Hashes of a token's own strings, WORD_HASHES per token (see hashWord). */
export const WORD_HASHES = 11;
const H_WORD = 0;
export const H_LOWER = 1;
export const H_SHAPE = 2;
const H_PREFIX = 3;
const H_SUFFIX = 7;

/**
 * Hashes a token's own strings into out[at .. at + WORD_HASHES): its text, its lower case, its
 * shape, then the prefixes and the suffixes of 1 to 4 chars of the lower case (0 where the word is
 * shorter).
 */
export function hashWord(text: string, low: string, out: Uint32Array, at: number): void {
  out[at + H_WORD] = hashString(text);
  out[at + H_LOWER] = hashString(low);
  let h = FNV_OFFSET;
  let last = -1;
  for (let k = 0; k < text.length; k++) {
    const s = shapeClass(text.charCodeAt(k));
    if (s !== last) h = fnvStep(h, s);
    last = s;
  }
  out[at + H_SHAPE] = h;
  let p = FNV_OFFSET;
  let s = FNV_OFFSET ^ 0x5bd1e995;
  for (let k = 0; k < 4; k++) {
    if (k < low.length) {
      p = fnvStep(p, low.charCodeAt(k));
      s = fnvStep(s, low.charCodeAt(low.length - 1 - k));
      out[at + H_PREFIX + k] = p;
      out[at + H_SUFFIX + k] = s;
    } else {
      out[at + H_PREFIX + k] = 0;
      out[at + H_SUFFIX + k] = 0;
    }
  }
}

/**
 * Writes the ids of the features of a token's own text (bias, word, lower case, shape, prefixes and
 * suffixes) from its hashes h[at ..] into ids[k ..]; returns the next free index. The order is the
 * one the model was trained with: training sums float weights in this order.
 */
export function writeWordIds(ids: Uint32Array, k: number, h: Uint32Array, at: number, mask: number): number {
  ids[k++] = T.Bias & mask;
  ids[k++] = mix(T.Word, h[at + H_WORD]!) & mask;
  ids[k++] = mix(T.Lower, h[at + H_LOWER]!) & mask;
  ids[k++] = mix(T.Shape, h[at + H_SHAPE]!) & mask;
  for (let q = 0; q < 4; q++) {
    const prefix = h[at + H_PREFIX + q]!;
    const suffix = h[at + H_SUFFIX + q]!;
    if (prefix) ids[k++] = mix(T.Prefix1 + q, prefix) & mask;
    if (suffix) ids[k++] = mix(T.Suffix1 + q, suffix) & mask;
  }
  return k;
}

/** Writes the ids of a token's POS tag and of its tag with its lower case; returns the next index. */
export function writePosIds(ids: Uint32Array, k: number, hPos: number, hLower: number, mask: number): number {
  ids[k++] = mix(T.Pos, hPos) & mask;
  ids[k++] = mix(T.PosLower, mix(hPos, hLower)) & mask;
  return k;
}

/** Offsets of the neighbours whose lower case is a feature, in the order a token's ids list them. */
export const NEIGHBOUR_OFFSETS: readonly number[] = [-1, 1, -2, 2];
const NEIGHBOUR_TEMPLATES: readonly number[] = [T.LowerM1, T.LowerP1, T.LowerM2, T.LowerP2];

/** The feature id of neighbour `n`'s lower case (n indexes NEIGHBOUR_OFFSETS). */
export function neighbourId(n: number, hLower: number, mask: number): number {
  return mix(NEIGHBOUR_TEMPLATES[n]!, hLower) & mask;
}

/** What stands for neighbour `n`'s lower case beyond the sentence's edge. */
export function beyondEdge(n: number): number {
  return NEIGHBOUR_OFFSETS[n]! < 0 ? BOUNDARY_BEFORE : BOUNDARY_AFTER;
}

/*
 * The id of each context feature is written by one function below, which both training and the
 * run-time PatternTable call: a table summed ahead holds exactly the features training listed.
 */

/** What stands for a POS tag or a capitalisation class beyond the sentence's edges. */
export const POS_BEFORE = BOUNDARY_BEFORE;
export const POS_AFTER = BOUNDARY_AFTER;
export const CAP_BEYOND = 7;

export function posM1Id(hPosM1: number, mask: number): number {
  return mix(T.PosM1, hPosM1) & mask;
}
export function posP1Id(hPosP1: number, mask: number): number {
  return mix(T.PosP1, hPosP1) & mask;
}
export function posM1PosId(hPosM1: number, hPos: number, mask: number): number {
  return mix(mix(T.PosM1Pos, hPosM1), hPos) & mask;
}
export function posPosP1Id(hPos: number, hPosP1: number, mask: number): number {
  return mix(mix(T.PosPosP1, hPos), hPosP1) & mask;
}

/** The shape pairs and word bigrams with each neighbour: too many values to sum ahead. */
export function writePairIds(
  ids: Uint32Array,
  k: number,
  hShapeM1: number,
  hShape: number,
  hShapeP1: number,
  hLowerM1: number,
  hLower: number,
  hLowerP1: number,
  mask: number,
): number {
  ids[k++] = mix(mix(T.ShapeM1Shape, hShapeM1), hShape) & mask;
  ids[k++] = mix(mix(T.ShapeShapeP1, hShape), hShapeP1) & mask;
  ids[k++] = mix(mix(T.BigramM1, hLowerM1), hLower) & mask;
  ids[k++] = mix(mix(T.BigramP1, hLower), hLowerP1) & mask;
  return k;
}

/**
 * The capitalisation pattern of a token and its neighbours (CAP_BEYOND past the sentence's edges)
 * where it stands; in a headline, its own class as well.
 */
export function writeCapIds(
  ids: Uint32Array,
  k: number,
  capM1: number,
  cap: number,
  capP1: number,
  pos: number,
  mask: number,
): number {
  ids[k++] = mix(T.CapTrigram, capM1 * 64 + cap * 8 + capP1 + pos * 512) & mask;
  ids[k++] = mix(T.PositionCap, pos * 8 + cap) & mask;
  if (pos === Position.Headline) ids[k++] = mix(T.HeadlineCap, cap) & mask;
  return k;
}

export function headlineLowerId(hLower: number, mask: number): number {
  return mix(T.HeadlineLower, hLower) & mask;
}

/** Digits and punctuation have no case: the case features are left out for them. */
export function hasCaseFeatures(cap: number): boolean {
  return cap !== Cap.Digits && cap !== Cap.Other;
}

/**
 * How the document (`seen`, see DocumentContext.caseSeen) and the case lexicon (`usual`, see
 * CaseLexicon.classOf) write the token's word, with its own case and position.
 */
export function writeCaseIds(
  ids: Uint32Array,
  k: number,
  cap: number,
  pos: number,
  seen: number,
  usual: number,
  mask: number,
): number {
  ids[k++] = mix(T.CaseInDoc, pos * 4 + seen) & mask;
  ids[k++] = mix(T.CaseInDocCap, cap * 16 + pos * 4 + seen) & mask;
  ids[k++] = mix(T.LexiconCase, usual * 4 + pos) & mask;
  ids[k++] = mix(T.LexiconCaseCap, usual * 64 + cap * 8 + pos) & mask;
  return k;
}

/** One feature per GAZ_* flag of the gazetteer match covering the token. */
export function writeGazetteerIds(
  ids: Uint32Array,
  k: number,
  bits: number,
  inside: number,
  mask: number,
): number {
  return writeFlagIds(ids, k, T.Gazetteer, GAZ_BITS, bits, inside, mask);
}

/** One feature of `template` per flag set among the `count` low bits of `bits`. */
function writeFlagIds(
  ids: Uint32Array,
  k: number,
  template: number,
  count: number,
  bits: number,
  inside: number,
  mask: number,
): number {
  for (let b = 0; b < count; b++) if (bits & (1 << b)) ids[k++] = mix(template, b * 2 + inside) & mask;
  return k;
}

/** Number of entity types flagged by the gazetteer of training entities (see ENTITY_TYPE_INDEX). */
export const ENTITY_BITS = 4;

/** One feature per entity type of the training-entity match covering the token. */
export function writeEntityIds(
  ids: Uint32Array,
  k: number,
  bits: number,
  inside: number,
  mask: number,
): number {
  return writeFlagIds(ids, k, T.TrainEntity, ENTITY_BITS, bits, inside, mask);
}

// The gazetteer feature groups of a token, by the match they read (see PatternTable.addMatch).
/** The GAZ_* flags of the match covering the token. */
export const MATCH_OWN = 0;
/** The entity types of the training-entity match covering it. */
export const MATCH_ENTITY = 1;
/** The flags of the match covering the previous token. */
export const MATCH_PREVIOUS = 2;
/** The flags of the match covering the next token. */
export const MATCH_NEXT = 3;

/** The whole flag set of the gazetteer match covering the previous token (none when 0). */
export function gazetteerM1Id(bits: number, inside: number, mask: number): number {
  return mix(T.GazetteerM1, bits * 2 + inside) & mask;
}
export function gazetteerP1Id(bits: number, inside: number, mask: number): number {
  return mix(T.GazetteerP1, bits * 2 + inside) & mask;
}

/** What extraction reads of each token's text, computed here or taken from a WordTable. */
interface TokenTexts {
  lower: string[];
  /** Gazetteer keys (see gazetteerKey). */
  keys: string[];
  /** Capitalisation class (Cap). */
  cap: Uint8Array;
  /** 1 when the token starts with a capital letter. */
  capitalised: Uint8Array;
  /** With a window only: 1 for words with a capital letter anywhere (see hasCapital). */
  capital?: Uint8Array;
  /** With a WordTable: each token's slot in it. */
  slots?: Int32Array;
}

function emptyTexts(n: number, windowed: boolean): TokenTexts {
  return {
    lower: new Array<string>(n),
    keys: new Array<string>(n),
    cap: new Uint8Array(n),
    capitalised: new Uint8Array(n),
    capital: windowed ? new Uint8Array(n) : undefined,
  };
}

function readTexts(analyzed: AnalyzedText, windowed: boolean): TokenTexts {
  const { tokens } = analyzed;
  const texts = emptyTexts(tokens.length, windowed);
  const { lower, keys, cap, capitalised, capital } = texts;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    const low = text.toLowerCase();
    lower[i] = low;
    keys[i] = gazetteerKey(text, low);
    cap[i] = capClass(text);
    capitalised[i] = startsWithCapital(text) ? 1 : 0;
    if (capital) capital[i] = hasCapital(text) ? 1 : 0;
  }
  return texts;
}

/** The same as readTexts, once per distinct text: repeated words are looked up, not recomputed. */
function readTextsFromTable(analyzed: AnalyzedText, words: WordTable, windowed: boolean): TokenTexts {
  const { tokens } = analyzed;
  const texts = emptyTexts(tokens.length, windowed);
  const { lower, keys, cap, capitalised, capital } = texts;
  const slots = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const slot = words.slotOf(tokens[i]!.text);
    slots[i] = slot;
    lower[i] = words.lower(slot);
    keys[i] = words.key(slot);
    cap[i] = words.cap(slot);
    capitalised[i] = words.capitalised(slot);
    if (capital) capital[i] = words.capital(slot);
  }
  texts.slots = slots;
  return texts;
}

/** Per token, the hashes its features and its neighbours' read. */
interface TokenHashes {
  hLower: Uint32Array;
  hShape: Uint32Array;
  hPos: Uint32Array;
  /** Without a WordTable: every hash of the token's own strings (WORD_HASHES per token). */
  strings?: Uint32Array;
  /** With a PatternTable: each token's POS index in it (see PatternTable.posIndex). */
  posIndex?: Int32Array;
}

/**
 * Hashes the tokens that will be read: all of them, or with a window those at most `reach`
 * tokens from a capital (`near`).
 */
function hashTokens(
  analyzed: AnalyzedText,
  texts: TokenTexts,
  tables: RunTimeTables | undefined,
  near: Uint8Array | undefined,
  reach: number,
): TokenHashes {
  const { tokens } = analyzed;
  const n = tokens.length;
  const hLower = new Uint32Array(n);
  const hShape = new Uint32Array(n);
  const hPos = new Uint32Array(n);
  const strings = tables ? undefined : new Uint32Array(n * WORD_HASHES);
  const posIndex = tables ? new Int32Array(n) : undefined;
  const { slots } = texts;
  const words = tables?.words;
  const patterns = tables?.patterns;
  for (let i = 0; i < n; i++) {
    if (near && near[i]! > reach) continue;
    const pos = tokens[i]!.pos;
    if (words && patterns && slots && posIndex) {
      hLower[i] = words.hash(slots[i]!, H_LOWER);
      hShape[i] = words.hash(slots[i]!, H_SHAPE);
      const index = patterns.posIndex(pos);
      posIndex[i] = index;
      // A tag past the table's room (-1) is hashed here, for the ids listed in its place.
      hPos[i] = index > 0 ? patterns.posHash(index) : posHash(pos);
    } else if (strings) {
      const at = i * WORD_HASHES;
      hashWord(tokens[i]!.text, texts.lower[i]!, strings, at);
      hLower[i] = strings[at + H_LOWER]!;
      hShape[i] = strings[at + H_SHAPE]!;
      hPos[i] = posHash(pos);
    }
  }
  return { hLower, hShape, hPos, strings, posIndex };
}

/** What the rest of the document says about each token. */
interface DocumentContext {
  position: Uint8Array;
  /**
   * Per lower-cased word: 1 when the body writes it capitalised mid-sentence, 2 in lower case.
   * With a WordTable, the table keeps these instead (WordTable.caseSeen) and this stays empty.
   */
  caseSeen: Map<string, number>;
  /** Training (leaveOwnOut): the document's own [lower, capitalised] counts, left out of the lexicon. */
  own?: Map<string, [number, number]>;
  gazBits: Int32Array;
  gazInside: Uint8Array;
  entityBits: Int32Array;
  entityInside: Uint8Array;
}

/** The flag a word written this way in mid-sentence gives its DocumentContext.caseSeen entry. */
function caseFlag(cap: number): number {
  return cap === Cap.Lower ? 2 : cap === Cap.Initial || cap === Cap.Mixed ? 1 : 0;
}

function readContext(
  analyzed: AnalyzedText,
  resources: FeatureResources,
  texts: TokenTexts,
  words: WordTable | undefined,
): DocumentContext {
  const { gazetteer, entities, ownEntities } = resources;
  const n = analyzed.tokens.length;
  const { lower, keys, cap, capitalised, slots } = texts;
  const position = new Uint8Array(n);
  // Case elsewhere in the document: a capitalised word in a headline or at a sentence start is a
  // name if the body writes it capitalised mid-sentence, and not one if the body writes it lower.
  const caseSeen = new Map<string, number>();
  const own = resources.leaveOwnOut ? new Map<string, [number, number]>() : undefined;
  const gazBits = new Int32Array(n);
  const gazInside = new Uint8Array(n);
  const entityBits = new Int32Array(n);
  const entityInside = new Uint8Array(n);
  const adjust =
    entities && ownEntities
      ? (key: string, bits: number) => entities.flagsWithout(key, bits, ownEntities)
      : undefined;
  // With a WordTable, the gazetteers' answers for each word alone are read from it.
  const first = words && slots ? words.firstSteps(gazetteer, slots) : undefined;
  const entityFirst = words && slots && entities ? words.firstSteps(entities.gazetteer, slots) : undefined;
  for (const sentence of analyzed.sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      position[i] = sentence.isHeadline
        ? Position.Headline
        : i === sentence.tokenStart
          ? Position.SentenceStart
          : Position.Normal;
      if (position[i] !== Position.Normal) continue;
      const flag = caseFlag(cap[i]!);
      if (!flag) continue;
      if (words && slots) words.noteCase(slots[i]!, flag);
      else caseSeen.set(lower[i]!, (caseSeen.get(lower[i]!) ?? 0) | flag);
      if (own) {
        let entry = own.get(lower[i]!);
        if (!entry) own.set(lower[i]!, (entry = [0, 0]));
        entry[flag === 2 ? 0 : 1]++;
      }
    }
    const headline = sentence.isHeadline;
    gazetteer.match(
      keys,
      sentence.tokenStart,
      sentence.tokenEnd,
      (i) => headline || capitalised[i] === 1,
      gazBits,
      gazInside,
      undefined,
      first,
    );
    if (entities)
      entities.gazetteer.match(
        keys,
        sentence.tokenStart,
        sentence.tokenEnd,
        (i) => headline || capitalised[i] === 1,
        entityBits,
        entityInside,
        adjust,
        entityFirst,
      );
  }
  return { position, caseSeen, own, gazBits, gazInside, entityBits, entityInside };
}

/** Extracts the static features of every token of a document. `mask` = bucket count - 1. */
export function extractFeatures(
  analyzed: AnalyzedText,
  resources: FeatureResources,
  mask: number,
): DocumentFeatures {
  const { window } = resources;
  const tables = runTimeTables(resources, mask);
  tables?.words.startDocument(analyzed.tokens.length);
  const windowed = window !== undefined;
  const texts = tables ? readTextsFromTable(analyzed, tables.words, windowed) : readTexts(analyzed, windowed);
  // Distance (in tokens, within the sentence, capped) to the nearest word with a capital letter.
  const near = texts.capital ? distanceToCapitals(analyzed, texts.capital) : undefined;
  // Hashes are read by a token's features and by its neighbours' (two tokens either side).
  const hashes = hashTokens(analyzed, texts, tables, near, (window ?? 0) + 2);
  const context = readContext(analyzed, resources, texts, tables?.words);
  const features = tables
    ? writeSummedFeatures(analyzed, resources, mask, tables, texts, hashes, context, near)
    : writeListedFeatures(analyzed, resources, mask, texts, hashes, context, near);
  if (near) {
    const active = new Uint8Array(near.length);
    for (let i = 0; i < near.length; i++) active[i] = near[i]! <= window! ? 1 : 0;
    features.active = active;
  }
  return features;
}

interface RunTimeTables {
  words: WordTable;
  patterns: PatternTable;
}

/** The run-time tables of `resources`, checked against the resources and mask they were built for. */
function runTimeTables(resources: FeatureResources, mask: number): RunTimeTables | undefined {
  const { words, patterns } = resources;
  if (!words && !patterns) return undefined;
  if (!words || !patterns || words.weights !== patterns.weights)
    throw new Error(
      'extractFeatures: a WordTable and a PatternTable go together, built of the same weights.',
    );
  const built =
    words.lexicon === resources.lexicon &&
    words.gazetteer === resources.gazetteer &&
    words.entities === resources.entities;
  if (
    resources.leaveOwnOut ||
    resources.ownEntities ||
    !built ||
    words.mask !== mask ||
    patterns.mask !== mask
  )
    throw new Error(
      'extractFeatures: a WordTable is for run time (no leaveOwnOut), with the resources and mask it was built with.',
    );
  return { words, patterns };
}

/**
 * Without run-time tables (training, float weights, and the reference the tables are tested
 * against): the feature ids of every token that gets features, in the order the model was trained
 * with, since training sums float weights in this order.
 */
function writeListedFeatures(
  analyzed: AnalyzedText,
  resources: FeatureResources,
  mask: number,
  texts: TokenTexts,
  hashes: TokenHashes,
  context: DocumentContext,
  near: Uint8Array | undefined,
): DocumentFeatures {
  const { lexicon, window } = resources;
  const n = analyzed.tokens.length;
  const { lower, cap, capitalised } = texts;
  const { hLower, hShape, hPos } = hashes;
  const strings = hashes.strings!;
  const { position, caseSeen, own, gazBits, gazInside, entityBits, entityInside } = context;
  const ids = new Uint32Array(n * MAX_FEATURES_PER_TOKEN);
  const offsets = new Int32Array(n + 1);
  // Feature ids are written inline (`ids[k++] = ... & mask`), not through a closure, in this hot loop.
  let k = 0;

  // Tokens outside every sentence (the adapter makes none) get an empty feature list.
  let next = 0;
  for (const sentence of analyzed.sentences) {
    const first = sentence.tokenStart;
    const end = sentence.tokenEnd;
    for (; next < first; next++) offsets[next] = k;
    next = end;
    for (let i = first; i < end; i++) {
      offsets[i] = k;
      if (near && near[i]! > window!) continue;
      const lM1 = i > first ? hLower[i - 1]! : BOUNDARY_BEFORE;
      const lM2 = i > first + 1 ? hLower[i - 2]! : BOUNDARY_BEFORE;
      const lP1 = i + 1 < end ? hLower[i + 1]! : BOUNDARY_AFTER;
      const lP2 = i + 2 < end ? hLower[i + 2]! : BOUNDARY_AFTER;
      const pM1 = i > first ? hPos[i - 1]! : POS_BEFORE;
      const pP1 = i + 1 < end ? hPos[i + 1]! : POS_AFTER;
      const sM1 = i > first ? hShape[i - 1]! : BOUNDARY_BEFORE;
      const sP1 = i + 1 < end ? hShape[i + 1]! : BOUNDARY_AFTER;
      const cM1 = i > first ? cap[i - 1]! : CAP_BEYOND;
      const cP1 = i + 1 < end ? cap[i + 1]! : CAP_BEYOND;
      const pos = position[i]!;
      const c = cap[i]!;

      k = writeWordIds(ids, k, strings, i * WORD_HASHES, mask);
      k = writePosIds(ids, k, hPos[i]!, hLower[i]!, mask);
      ids[k++] = neighbourId(0, lM1, mask);
      ids[k++] = neighbourId(1, lP1, mask);
      ids[k++] = neighbourId(2, lM2, mask);
      ids[k++] = neighbourId(3, lP2, mask);
      ids[k++] = posM1Id(pM1, mask);
      ids[k++] = posP1Id(pP1, mask);
      k = writePairIds(ids, k, sM1, hShape[i]!, sP1, lM1, hLower[i]!, lP1, mask);
      ids[k++] = posM1PosId(pM1, hPos[i]!, mask);
      ids[k++] = posPosP1Id(hPos[i]!, pP1, mask);
      k = writeCapIds(ids, k, cM1, c, cP1, pos, mask);
      if (pos === Position.Headline) ids[k++] = headlineLowerId(hLower[i]!, mask);
      if (hasCaseFeatures(c)) {
        const seen = caseSeen.get(lower[i]!) ?? 0;
        const mine = own?.get(lower[i]!);
        const usual = lexicon.classOf(lower[i]!, mine?.[0], mine?.[1]);
        k = writeCaseIds(ids, k, c, pos, seen, usual, mask);
      }
      k = writeGazetteerIds(ids, k, gazBits[i]!, gazInside[i]!, mask);
      k = writeEntityIds(ids, k, entityBits[i]!, entityInside[i]!, mask);
      if (i > first && gazBits[i - 1]) ids[k++] = gazetteerM1Id(gazBits[i - 1]!, gazInside[i - 1]!, mask);
      if (i + 1 < end && gazBits[i + 1]) ids[k++] = gazetteerP1Id(gazBits[i + 1]!, gazInside[i + 1]!, mask);
    }
  }
  for (; next <= n; next++) offsets[next] = k;
  return { ids: ids.subarray(0, k), offsets, lower, position, capitalised };
}

/**
 * Ids a token may list at run time: its shape pairs and bigrams, its lower case in a headline, and
 * the POS and gazetteer features a PatternTable has no row for (tags past its room, odd flags).
 */
const MAX_LISTED_FEATURES = 4 + 1 + 4 + GAZ_BITS + ENTITY_BITS + 2;

/**
 * Run time: the features of every token that gets features, as raw weight sums
 * (DocumentFeatures.base) where a WordTable or PatternTable holds them, and as ids otherwise.
 * The sums are integers, so unlike training the order they are added in does not matter.
 */
function writeSummedFeatures(
  analyzed: AnalyzedText,
  resources: FeatureResources,
  mask: number,
  tables: RunTimeTables,
  texts: TokenTexts,
  hashes: TokenHashes,
  context: DocumentContext,
  near: Uint8Array | undefined,
): DocumentFeatures {
  const { window } = resources;
  const n = analyzed.tokens.length;
  const { lower, capitalised } = texts;
  const { position } = context;
  const writer = new SummedWriter(n, mask, tables, texts, hashes, context);
  const offsets = new Int32Array(n + 1);
  let next = 0;
  for (const sentence of analyzed.sentences) {
    const first = sentence.tokenStart;
    const end = sentence.tokenEnd;
    for (; next < first; next++) offsets[next] = writer.k;
    next = end;
    for (let i = first; i < end; i++) {
      offsets[i] = writer.k;
      if (!near || near[i]! <= window!) writer.token(i, first, end);
    }
  }
  for (; next <= n; next++) offsets[next] = writer.k;
  const ids = writer.ids.subarray(0, writer.k);
  return { ids, offsets, lower, position, capitalised, base: writer.base };
}

/** One document's run-time features (see writeSummedFeatures), token by token. */
class SummedWriter {
  readonly ids: Uint32Array;
  readonly base: Float64Array;
  /** Ids written so far. */
  k = 0;

  constructor(
    n: number,
    private readonly mask: number,
    private readonly tables: RunTimeTables,
    private readonly texts: TokenTexts,
    private readonly hashes: TokenHashes,
    private readonly context: DocumentContext,
  ) {
    this.ids = new Uint32Array(n * MAX_LISTED_FEATURES);
    this.base = new Float64Array(n * LABEL_COUNT);
  }

  /** Token i of the sentence [first, end). */
  token(i: number, first: number, end: number): void {
    const o = i * LABEL_COUNT;
    const { ids, mask, base } = this;
    const { hLower, hShape, hPos } = this.hashes;
    this.tables.words.addSums(base, o, this.texts.slots!, i, first, end, hPos[i]!);
    this.addCase(o, i, first, end);
    this.addPos(o, i, first, end);
    const before = i > first;
    const after = i + 1 < end;
    this.k = writePairIds(
      ids,
      this.k,
      before ? hShape[i - 1]! : BOUNDARY_BEFORE,
      hShape[i]!,
      after ? hShape[i + 1]! : BOUNDARY_AFTER,
      before ? hLower[i - 1]! : BOUNDARY_BEFORE,
      hLower[i]!,
      after ? hLower[i + 1]! : BOUNDARY_AFTER,
      mask,
    );
    if (this.context.position[i] === Position.Headline) ids[this.k++] = headlineLowerId(hLower[i]!, mask);
    const { gazBits, entityBits } = this.context;
    // Most tokens are in no match and next to none.
    if (gazBits[i] || entityBits[i] || (before && gazBits[i - 1]) || (after && gazBits[i + 1]))
      this.addMatches(o, i, before, after);
  }

  /** The capitalisation pattern and the case features (see writeCapIds, writeCaseIds). */
  private addCase(o: number, i: number, first: number, end: number): void {
    const { cap } = this.texts;
    const slots = this.texts.slots!;
    const { words, patterns } = this.tables;
    const c = cap[i]!;
    const caseKnown = hasCaseFeatures(c);
    patterns.addCase(
      this.base,
      o,
      i > first ? cap[i - 1]! : CAP_BEYOND,
      c,
      i + 1 < end ? cap[i + 1]! : CAP_BEYOND,
      this.context.position[i]!,
      caseKnown ? words.caseSeen(slots[i]!) : 0,
      caseKnown ? words.lexiconClass(slots[i]!) : 0,
    );
  }

  /** The POS tags before and after the token, with its own: summed, or listed past the table's room. */
  private addPos(o: number, i: number, first: number, end: number): void {
    const { hPos } = this.hashes;
    const index = this.hashes.posIndex!;
    const before = i > first;
    const after = i + 1 < end;
    if (
      this.tables.patterns.addPos(
        this.base,
        o,
        before ? index[i - 1]! : 0,
        index[i]!,
        after ? index[i + 1]! : 0,
      )
    )
      return;
    const { ids, mask } = this;
    const pM1 = before ? hPos[i - 1]! : POS_BEFORE;
    const pP1 = after ? hPos[i + 1]! : POS_AFTER;
    ids[this.k++] = posM1Id(pM1, mask);
    ids[this.k++] = posP1Id(pP1, mask);
    ids[this.k++] = posM1PosId(pM1, hPos[i]!, mask);
    ids[this.k++] = posPosP1Id(hPos[i]!, pP1, mask);
  }

  /** The gazetteer features: summed, or listed for flags past the table's rows. */
  private addMatches(o: number, i: number, before: boolean, after: boolean): void {
    const { ids, mask, base } = this;
    const { patterns } = this.tables;
    const { gazBits, gazInside, entityBits, entityInside } = this.context;
    const own = gazBits[i]!;
    if (own && !patterns.addMatch(base, o, MATCH_OWN, own, gazInside[i]!))
      this.k = writeGazetteerIds(ids, this.k, own, gazInside[i]!, mask);
    const known = entityBits[i]!;
    if (known && !patterns.addMatch(base, o, MATCH_ENTITY, known, entityInside[i]!))
      this.k = writeEntityIds(ids, this.k, known, entityInside[i]!, mask);
    const previous = before ? gazBits[i - 1]! : 0;
    if (previous && !patterns.addMatch(base, o, MATCH_PREVIOUS, previous, gazInside[i - 1]!))
      ids[this.k++] = gazetteerM1Id(previous, gazInside[i - 1]!, mask);
    const next = after ? gazBits[i + 1]! : 0;
    if (next && !patterns.addMatch(base, o, MATCH_NEXT, next, gazInside[i + 1]!))
      ids[this.k++] = gazetteerP1Id(next, gazInside[i + 1]!, mask);
  }
}

const UPPER_LETTER = /\p{Lu}/u;

/**
 * Any letter in capitals: the mark of a name in English running text ("iPod", "al-Qaeda" too),
 * whatever the script ("Šešelj", "Łódź").
 */
export function hasCapital(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c) || (c > 0xff && UPPER_LETTER.test(text[i]!))) return true;
  }
  return false;
}

/**
 * Per token, how many tokens away the nearest word with a capital letter (`capital`, see
 * hasCapital) is within its sentence (0 for such words and for every headline token; 255 when
 * there is none).
 */
function distanceToCapitals(analyzed: AnalyzedText, capital: Uint8Array): Uint8Array {
  const { tokens, sentences } = analyzed;
  const near = new Uint8Array(tokens.length).fill(255);
  for (const { tokenStart, tokenEnd, isHeadline } of sentences) {
    let last = -1;
    for (let i = tokenStart; i < tokenEnd; i++) {
      if (isHeadline || capital[i] === 1) last = i;
      if (last >= 0) near[i] = Math.min(255, i - last);
    }
    last = -1;
    for (let i = tokenEnd - 1; i >= tokenStart; i--) {
      if (near[i] === 0) last = i;
      if (last >= 0) near[i] = Math.min(near[i]!, last - i);
    }
  }
  return near;
}

/**
 * The document-level feature: the entity type (0 = none) the same capitalised string was tagged
 * with earlier in the document. Entity types win over O, so "Clinton" keeps PER after a
 * sentence-initial "Clinton" was missed.
 */
export class DocumentMemory {
  private readonly seen = new Map<string, number>();

  /** The memory feature id of token i, or -1 when there is nothing to remember. */
  feature(features: DocumentFeatures, i: number, mask: number): number {
    if (!features.capitalised[i] && features.position[i] !== Position.Headline) return -1;
    const type = this.seen.get(features.lower[i]!);
    if (type === undefined) return -1;
    return mix(T.DocMemory, type * 4 + features.position[i]!) & mask;
  }

  /** Records the types predicted for the capitalised body tokens of a sentence. */
  record(features: DocumentFeatures, start: number, end: number, types: ArrayLike<number>): void {
    for (let i = start; i < end; i++) {
      if (!features.capitalised[i] || features.position[i] === Position.Headline) continue;
      const type = types[i - start]!;
      const key = features.lower[i]!;
      if (type !== 0 || !this.seen.has(key)) this.seen.set(key, type);
    }
  }
}
