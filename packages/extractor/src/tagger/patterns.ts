/**
 * Run time only: weight sums of the context features whose values come from a small set, one row
 * per value, built when the tagger is made. A token's capitalisation pattern, the case its word
 * has in the document and in the lexicon, the POS tags around it and its gazetteer flags each cost
 * a row read here instead of hashing and looking up two to four features again at every token.
 *
 * Why the scores do not change: as in WordTable, the shipped weights are int16 with one scale, so
 * the rows hold exact integer sums of the very features training listed (the same id functions of
 * features.ts write them), and the scale is applied once after the last one, as before.
 */
import { addRawWeights, type Weights } from './decode';
import {
  CAP_BEYOND,
  ENTITY_BITS,
  gazetteerM1Id,
  gazetteerP1Id,
  hasCaseFeatures,
  MATCH_ENTITY,
  MATCH_NEXT,
  MATCH_OWN,
  MATCH_PREVIOUS,
  POS_AFTER,
  POS_BEFORE,
  posM1Id,
  posM1PosId,
  posP1Id,
  posPosP1Id,
  writeCapIds,
  writeCaseIds,
  writeEntityIds,
  writeGazetteerIds,
} from './features';
import { GAZ_BITS } from './gazetteer';
import { hashString } from './hash';
import { LABEL_COUNT } from './labels';

const L = LABEL_COUNT;

/** Positions (Position), capitalisation classes (capClass) and CAP_BEYOND: the CapTrigram value ranges. */
const POSITIONS = 3;
const CAP_CLASSES = 7;
const CAP_VALUES = CAP_BEYOND + 1;
/** Values of DocumentContext.caseSeen and of CaseLexicon.classOf. */
const SEEN_VALUES = 4;
const USUAL_VALUES = 5;

/** Rows by CapTrigram value: pos * 512 + capM1 * 64 + cap * 8 + capP1. */
const CAP_ROWS = POSITIONS * CAP_VALUES ** 3;
/** Rows by ((cap * 16 + pos * 4 + seen) * USUAL_VALUES + usual), the CaseInDocCap value first. */
const CASE_ROWS = CAP_CLASSES * 16 * USUAL_VALUES;

/** Gazetteer flag sets up to this value have rows; a model's are below 2^GAZ_BITS and 2^ENTITY_BITS. */
const FLAG_VALUES = 1 << Math.max(GAZ_BITS, ENTITY_BITS);
/** Rows by ((kind * FLAG_VALUES + flags) * 2 + inside), kind one of MATCH_*. */
const MATCH_KINDS = 4;
const MATCH_ROWS = MATCH_KINDS * FLAG_VALUES * 2;

/**
 * POS tags get indices on first sight; index 0 is the sentence's edge. wink-nlp uses the 17
 * universal tags; past this many, tokens next to the others are given listed ids instead.
 */
const POS_VALUES = 32;
const POS_ROWS = POS_VALUES * POS_VALUES;

const CAP_AT = 0;
const CASE_AT = CAP_AT + CAP_ROWS * L;
const MATCH_AT = CASE_AT + CASE_ROWS * L;
/** Rows by (posM1 * POS_VALUES + pos): PosM1 and PosM1Pos. */
const LEFT_AT = MATCH_AT + MATCH_ROWS * L;
/** Rows by (pos * POS_VALUES + posP1): PosP1 and PosPosP1. */
const RIGHT_AT = LEFT_AT + POS_ROWS * L;
const SIZE = RIGHT_AT + POS_ROWS * L;

/** Room for the ids of one row (writeGazetteerIds writes at most GAZ_BITS). */
const MAX_ROW_IDS = 8;

export class PatternTable {
  /** All rows, LABEL_COUNT raw sums each (a few int16 weights a sum: far inside int32). */
  private readonly sums = new Int32Array(SIZE);
  private readonly posIndices = new Map<string, number>();
  /** Per POS index, the hash of its tag, as features.ts hashes it. */
  private readonly posHashes = new Uint32Array(POS_VALUES);
  private readonly ids = new Uint32Array(MAX_ROW_IDS);

  /** `weights` must be those the tagger scores with, `mask` the one its features are extracted with. */
  constructor(
    readonly weights: Weights,
    readonly mask: number,
  ) {
    if (!(weights.emission instanceof Int16Array))
      throw new Error('PatternTable: the weights must be int16 (a loaded model): float sums would round.');
    this.fillCapRows();
    this.fillCaseRows();
    this.fillMatchRows();
  }

  /** The index of a POS tag (from 1), or -1 when the table has no room left for a new tag. */
  posIndex(tag: string): number {
    const known = this.posIndices.get(tag);
    if (known !== undefined) return known;
    const index = this.posIndices.size + 1;
    if (index >= POS_VALUES) return -1;
    this.posIndices.set(tag, index);
    this.posHashes[index] = hashString(tag);
    this.fillPosRows(index);
    return index;
  }

  posHash(index: number): number {
    return this.posHashes[index]!;
  }

  /**
   * Adds to out[o .. o + LABEL_COUNT) the sums of a token's capitalisation pattern (see
   * writeCapIds) and of its case features (see writeCaseIds; none when !hasCaseFeatures(cap)).
   */
  addCase(
    out: Float64Array,
    o: number,
    capM1: number,
    cap: number,
    capP1: number,
    pos: number,
    seen: number,
    usual: number,
  ): void {
    const a = CAP_AT + (pos * 512 + capM1 * 64 + cap * 8 + capP1) * L;
    const b = CASE_AT + ((cap * 16 + pos * 4 + seen) * USUAL_VALUES + usual) * L;
    const s = this.sums;
    for (let y = 0; y < L; y++) out[o + y] = out[o + y]! + s[a + y]! + s[b + y]!;
  }

  /**
   * Adds the sums of the POS features of a token tagged `pos` between `posM1` and `posP1` (POS
   * indices, 0 past the sentence's edges); false, adding nothing, when one of them has no index.
   */
  addPos(out: Float64Array, o: number, posM1: number, pos: number, posP1: number): boolean {
    if ((posM1 | pos | posP1) < 0) return false;
    const a = LEFT_AT + (posM1 * POS_VALUES + pos) * L;
    const b = RIGHT_AT + (pos * POS_VALUES + posP1) * L;
    const s = this.sums;
    for (let y = 0; y < L; y++) out[o + y] = out[o + y]! + s[a + y]! + s[b + y]!;
    return true;
  }

  /**
   * Adds the sums of one gazetteer feature group of a token (`flags` of the match, `inside` 1
   * when the match began before); false, adding nothing, for flags beyond the rows.
   */
  addMatch(out: Float64Array, o: number, kind: number, flags: number, inside: number): boolean {
    if (flags < 0 || flags >= FLAG_VALUES) return false;
    const a = MATCH_AT + ((kind * FLAG_VALUES + flags) * 2 + inside) * L;
    const s = this.sums;
    for (let y = 0; y < L; y++) out[o + y] = out[o + y]! + s[a + y]!;
    return true;
  }

  private fillCapRows(): void {
    for (let pos = 0; pos < POSITIONS; pos++)
      for (let capM1 = 0; capM1 < CAP_VALUES; capM1++)
        for (let cap = 0; cap < CAP_CLASSES; cap++)
          for (let capP1 = 0; capP1 < CAP_VALUES; capP1++) {
            const count = writeCapIds(this.ids, 0, capM1, cap, capP1, pos, this.mask);
            this.sumIds(count, CAP_AT + (pos * 512 + capM1 * 64 + cap * 8 + capP1) * L);
          }
  }

  private fillCaseRows(): void {
    for (let cap = 0; cap < CAP_CLASSES; cap++) {
      // The rows of classes without case features stay zero, as their tokens list none.
      if (!hasCaseFeatures(cap)) continue;
      for (let pos = 0; pos < POSITIONS; pos++)
        for (let seen = 0; seen < SEEN_VALUES; seen++)
          for (let usual = 0; usual < USUAL_VALUES; usual++) {
            const count = writeCaseIds(this.ids, 0, cap, pos, seen, usual, this.mask);
            this.sumIds(count, CASE_AT + ((cap * 16 + pos * 4 + seen) * USUAL_VALUES + usual) * L);
          }
    }
  }

  private fillMatchRows(): void {
    const { ids, mask } = this;
    for (let flags = 0; flags < FLAG_VALUES; flags++)
      for (let inside = 0; inside < 2; inside++) {
        const at = (kind: number) => MATCH_AT + ((kind * FLAG_VALUES + flags) * 2 + inside) * L;
        this.sumIds(writeGazetteerIds(ids, 0, flags, inside, mask), at(MATCH_OWN));
        this.sumIds(writeEntityIds(ids, 0, flags, inside, mask), at(MATCH_ENTITY));
        // No match next to the token (flags 0): no feature, a zero row.
        if (flags === 0) continue;
        ids[0] = gazetteerM1Id(flags, inside, mask);
        this.sumIds(1, at(MATCH_PREVIOUS));
        ids[0] = gazetteerP1Id(flags, inside, mask);
        this.sumIds(1, at(MATCH_NEXT));
      }
  }

  /** The rows of a new POS index with every index so far, the sentence's edges (0) included. */
  private fillPosRows(index: number): void {
    const { ids, mask } = this;
    for (let other = 0; other <= index; other++) {
      // Left rows (other before index), then those of index before other (a tag after itself too).
      const left = other === 0 ? POS_BEFORE : this.posHashes[other]!;
      ids[0] = posM1Id(left, mask);
      ids[1] = posM1PosId(left, this.posHashes[index]!, mask);
      this.sumIds(2, LEFT_AT + (other * POS_VALUES + index) * L);
      if (other > 0 && other < index) {
        ids[0] = posM1Id(this.posHashes[index]!, mask);
        ids[1] = posM1PosId(this.posHashes[index]!, this.posHashes[other]!, mask);
        this.sumIds(2, LEFT_AT + (index * POS_VALUES + other) * L);
      }
      const right = other === 0 ? POS_AFTER : this.posHashes[other]!;
      ids[0] = posP1Id(right, mask);
      ids[1] = posPosP1Id(this.posHashes[index]!, right, mask);
      this.sumIds(2, RIGHT_AT + (index * POS_VALUES + other) * L);
      if (other > 0 && other < index) {
        ids[0] = posP1Id(this.posHashes[index]!, mask);
        ids[1] = posPosP1Id(this.posHashes[other]!, this.posHashes[index]!, mask);
        this.sumIds(2, RIGHT_AT + (other * POS_VALUES + index) * L);
      }
    }
  }

  /** Sums the weights of this.ids[0 .. count) into sums[at .. at + LABEL_COUNT). */
  private sumIds(count: number, at: number): void {
    this.sums.fill(0, at, at + L);
    for (let f = 0; f < count; f++) addRawWeights(this.weights, this.ids[f]!, this.sums, at);
  }
}
