/**
 * Run time only: what the tagger makes of a word's text alone, kept per distinct token text. News
 * repeats its words ("the", "said", "Blair"), and most of a token's features read nothing but its
 * own text (word, lower case, shape, prefixes, suffixes; with its POS tag, tag and tag + lower
 * case) or one neighbour's lower case. Rather than hash those strings and look up a dozen and a half
 * feature rows at every occurrence, the table keeps, per word, the sums of those features' weights
 * and adds them to the token's scores (DocumentFeatures.base). It also keeps what the gazetteers
 * say of the word alone, and an id of its lower case, so that neither the gazetteer matching nor
 * the document's case memory needs a Map lookup per token.
 *
 * Why the scores do not change: shipped weights are int16 with one scale, so the sums are
 * integers far below 2^53, exact in any order, and the scale is applied once after the last one,
 * as before. Float weights (training) would round differently: the table refuses them.
 */
import { addRawWeights, type Weights } from './decode';
import {
  beyondEdge,
  capClass,
  H_LOWER,
  hasCapital,
  hashWord,
  NEIGHBOUR_OFFSETS,
  neighbourId,
  startsWithCapital,
  WORD_HASHES,
  writePosIds,
  writeWordIds,
} from './features';
import { type FirstSteps, type Gazetteer, gazetteerKey } from './gazetteer';
import { LABEL_COUNT } from './labels';
import type { CaseLexicon } from './lexicon';
import type { TrainingEntities } from './entities';

/**
 * What a WordTable reads besides the weights: the run-time feature resources of its tagger, which
 * must not change while the table is in use (it keeps what they say of each word).
 */
export interface WordResources {
  lexicon: CaseLexicon;
  gazetteer: Gazetteer;
  entities?: TrainingEntities;
}

const L = LABEL_COUNT;

/** Feature groups summed per word: its own text, its POS tag, then one per NEIGHBOUR_OFFSETS entry. */
const OWN = 0;
const POS = 1;
const FIRST_NEIGHBOUR = 2;
const GROUPS = FIRST_NEIGHBOUR + NEIGHBOUR_OFFSETS.length;

/**
 * Words kept before the table starts again (at a document start): about 20 MB at most. The 2,225
 * BBC articles have 35,000 distinct token texts. A power of two, the size the arrays double to.
 */
export const DEFAULT_WORD_LIMIT = 1 << 16;

/** Slots allocated at first; the arrays double from there up to the limit. */
const MIN_CAPACITY = 1024;

/** Room for the ids of one group (writeWordIds writes at most 12). */
const MAX_GROUP_IDS = 16;

/** The slot standing for the words beyond a sentence's edges: neighbours there have sums too. */
const EDGE = 0;

export class WordTable {
  private readonly slotByText = new Map<string, number>();
  /** Slots in use, EDGE included. */
  private count = 1;
  private capacity = 0;
  private readonly lowers: string[] = [''];
  private readonly keys: string[] = [''];
  /** The gazetteer and the training-entity gazetteer (when there is one), in this order. */
  private readonly gazetteers: readonly Gazetteer[];
  /** Per slot and gazetteer (by index in `gazetteers`), FirstSteps.flags and FirstSteps.prefix. */
  private firstFlags: Int32Array[] = [];
  private firstPrefix: Uint8Array[] = [];
  /**
   * Per slot, an id of its lower case: "The" and "the" share one. Per lower-case id, the case the
   * current document gives the word (see noteCase), valid when `seenIn` holds `document`.
   */
  private readonly lowerIdOf = new Map<string, number>();
  private lowerIds = new Int32Array(0);
  private seenFlags = new Uint8Array(0);
  private seenIn = new Uint32Array(0);
  private document = 0;
  /** Per slot: capClass, startsWithCapital and hasCapital of the word, and its case lexicon class. */
  private caps = new Uint8Array(0);
  private capitaliseds = new Uint8Array(0);
  private capitals = new Uint8Array(0);
  private lexiconClasses = new Uint8Array(0);
  /** WORD_HASHES per slot (see hashWord). */
  private hashes = new Uint32Array(0);
  /**
   * GROUPS * LABEL_COUNT raw weight sums per slot, computed when first needed (at most 12 int16
   * weights a sum: far inside int32).
   */
  private sums = new Int32Array(0);
  /** Per slot, a bit per group whose sums are computed. */
  private ready = new Uint8Array(0);
  /** Per slot, the POS hash its POS group was summed for (a word may change tags). */
  private posOf = new Uint32Array(0);
  private readonly ids = new Uint32Array(MAX_GROUP_IDS);

  readonly lexicon: CaseLexicon;
  readonly gazetteer: Gazetteer;
  readonly entities: TrainingEntities | undefined;

  /**
   * `weights` must be those the tagger scores with; `mask` and `resources` those its features are
   * extracted with (extractFeatures checks these).
   */
  constructor(
    readonly weights: Weights,
    readonly mask: number,
    resources: WordResources,
    readonly limit = DEFAULT_WORD_LIMIT,
  ) {
    if (!(weights.emission instanceof Int16Array))
      throw new Error('WordTable: the weights must be int16 (a loaded model): float sums would round.');
    this.lexicon = resources.lexicon;
    this.gazetteer = resources.gazetteer;
    this.entities = resources.entities;
    this.gazetteers = resources.entities
      ? [resources.gazetteer, resources.entities.gazetteer]
      : [resources.gazetteer];
    this.grow();
    for (let n = 0; n < NEIGHBOUR_OFFSETS.length; n++) {
      this.ids[0] = neighbourId(n, beyondEdge(n), mask);
      this.sumIds(1, (EDGE * GROUPS + FIRST_NEIGHBOUR + n) * L);
      this.ready[EDGE] = this.ready[EDGE]! | (1 << (FIRST_NEIGHBOUR + n));
    }
  }

  /** Number of words kept. */
  get size(): number {
    return this.slotByText.size;
  }

  /**
   * Called before each document of `tokens` tokens: when its words could take the table past its
   * limit, the table starts again. Only here, so that the slots handed out while a document is
   * extracted stay valid until its end, and the arrays never grow past the limit (or one document).
   */
  startDocument(tokens: number): void {
    this.document = (this.document + 1) >>> 0;
    if (this.document === 0) {
      this.seenIn.fill(0);
      this.document = 1;
    }
    if (this.count + tokens <= this.limit) return;
    this.slotByText.clear();
    this.lowerIdOf.clear();
    this.lowers.length = 1;
    this.keys.length = 1;
    this.count = 1;
    // A document longer than the limit made the arrays grow: give the memory back.
    if (this.capacity > Math.max(this.limit, MIN_CAPACITY)) this.resize(MIN_CAPACITY);
  }

  /** The slot of a token text, added on first sight. */
  slotOf(text: string): number {
    const known = this.slotByText.get(text);
    return known ?? this.add(text);
  }

  lower(slot: number): string {
    return this.lowers[slot]!;
  }
  key(slot: number): string {
    return this.keys[slot]!;
  }
  cap(slot: number): number {
    return this.caps[slot]!;
  }
  capitalised(slot: number): number {
    return this.capitaliseds[slot]!;
  }
  capital(slot: number): number {
    return this.capitals[slot]!;
  }
  /** One of the word's hashes (H_LOWER, H_SHAPE: see hashWord). */
  hash(slot: number, which: number): number {
    return this.hashes[slot * WORD_HASHES + which]!;
  }
  /** The case lexicon's class of the word (run time: no counts of the document's own left out). */
  lexiconClass(slot: number): number {
    return this.lexiconClasses[slot]!;
  }

  /** What `gazetteer` (WordResources.gazetteer or .entities.gazetteer) says of each word alone. */
  firstSteps(gazetteer: Gazetteer, slots: Int32Array): FirstSteps {
    const g = this.gazetteers.indexOf(gazetteer);
    if (g < 0) throw new Error('WordTable.firstSteps: not a gazetteer of the table.');
    return { slots, flags: this.firstFlags[g]!, prefix: this.firstPrefix[g]! };
  }

  /**
   * Records that the current document writes the word (any case of it) in lower case (flag 2) or
   * capitalised (1) mid-sentence: the document's own case memory, kept without a Map per document.
   */
  noteCase(slot: number, flag: number): void {
    const id = this.lowerIds[slot]!;
    if (this.seenIn[id] !== this.document) {
      this.seenIn[id] = this.document;
      this.seenFlags[id] = flag;
    } else this.seenFlags[id] = this.seenFlags[id]! | flag;
  }

  /** The flags noteCase recorded for the word in the current document (0: none). */
  caseSeen(slot: number): number {
    const id = this.lowerIds[slot]!;
    return this.seenIn[id] === this.document ? this.seenFlags[id]! : 0;
  }

  /**
   * Writes into out[o .. o + LABEL_COUNT) the raw sums of token i's features of its own text, of
   * its POS tag (hash `hPos`) and of its neighbours' lower case within the sentence [first, end).
   */
  addSums(
    out: Float64Array,
    o: number,
    slots: Int32Array,
    i: number,
    first: number,
    end: number,
    hPos: number,
  ): void {
    const slot = slots[i]!;
    const own = this.ownSums(slot);
    const pos = this.posSums(slot, hPos);
    // Neighbours in NEIGHBOUR_OFFSETS order: -1, +1, -2, +2.
    const m1 = this.neighbourSums(i > first ? slots[i - 1]! : EDGE, 0);
    const p1 = this.neighbourSums(i + 1 < end ? slots[i + 1]! : EDGE, 1);
    const m2 = this.neighbourSums(i > first + 1 ? slots[i - 2]! : EDGE, 2);
    const p2 = this.neighbourSums(i + 2 < end ? slots[i + 2]! : EDGE, 3);
    const s = this.sums;
    for (let y = 0; y < L; y++)
      out[o + y] = s[own + y]! + s[pos + y]! + s[m1 + y]! + s[p1 + y]! + s[m2 + y]! + s[p2 + y]!;
  }

  private add(text: string): number {
    if (this.count === this.capacity) this.grow();
    const slot = this.count++;
    this.slotByText.set(text, slot);
    const low = text.toLowerCase();
    this.lowers[slot] = low;
    let lowerId = this.lowerIdOf.get(low);
    if (lowerId === undefined) this.lowerIdOf.set(low, (lowerId = this.lowerIdOf.size));
    this.lowerIds[slot] = lowerId;
    const key = gazetteerKey(text, low);
    this.keys[slot] = key;
    for (let g = 0; g < this.gazetteers.length; g++) {
      const gazetteer = this.gazetteers[g]!;
      this.firstFlags[g]![slot] = key ? gazetteer.flagsOf(key) : 0;
      this.firstPrefix[g]![slot] = key && gazetteer.prefixes.has(key) ? 1 : 0;
    }
    this.caps[slot] = capClass(text);
    this.capitaliseds[slot] = startsWithCapital(text) ? 1 : 0;
    this.capitals[slot] = hasCapital(text) ? 1 : 0;
    this.lexiconClasses[slot] = this.lexicon.classOf(low);
    hashWord(text, low, this.hashes, slot * WORD_HASHES);
    this.ready[slot] = 0;
    return slot;
  }

  /** Doubles the per-slot arrays. */
  private grow(): void {
    this.resize(Math.max(MIN_CAPACITY, this.capacity * 2));
  }

  /** Reallocates the per-slot arrays, keeping the slots below `capacity` (EDGE at least). */
  private resize(capacity: number): void {
    this.caps = resized(this.caps, capacity);
    this.capitaliseds = resized(this.capitaliseds, capacity);
    this.capitals = resized(this.capitals, capacity);
    this.lexiconClasses = resized(this.lexiconClasses, capacity);
    this.ready = resized(this.ready, capacity);
    this.hashes = resized(this.hashes, capacity * WORD_HASHES);
    this.sums = resized(this.sums, capacity * GROUPS * L);
    this.posOf = resized(this.posOf, capacity);
    // Lower-case ids are fewer than slots.
    this.lowerIds = resized(this.lowerIds, capacity);
    this.seenFlags = resized(this.seenFlags, capacity);
    this.seenIn = resized(this.seenIn, capacity);
    this.firstFlags = this.gazetteers.map((_, g) =>
      resized(this.firstFlags[g] ?? new Int32Array(0), capacity),
    );
    this.firstPrefix = this.gazetteers.map((_, g) =>
      resized(this.firstPrefix[g] ?? new Uint8Array(0), capacity),
    );
    this.capacity = capacity;
  }

  private ownSums(slot: number): number {
    const at = (slot * GROUPS + OWN) * L;
    if ((this.ready[slot]! & (1 << OWN)) === 0) {
      const count = writeWordIds(this.ids, 0, this.hashes, slot * WORD_HASHES, this.mask);
      this.sumIds(count, at);
      this.ready[slot] = this.ready[slot]! | (1 << OWN);
    }
    return at;
  }

  private posSums(slot: number, hPos: number): number {
    const at = (slot * GROUPS + POS) * L;
    if ((this.ready[slot]! & (1 << POS)) === 0 || this.posOf[slot] !== hPos) {
      const count = writePosIds(this.ids, 0, hPos, this.hash(slot, H_LOWER), this.mask);
      this.sumIds(count, at);
      this.posOf[slot] = hPos;
      this.ready[slot] = this.ready[slot]! | (1 << POS);
    }
    return at;
  }

  /** Sums of the one feature neighbour `n` of a token gets from this word. */
  private neighbourSums(slot: number, n: number): number {
    const group = FIRST_NEIGHBOUR + n;
    const at = (slot * GROUPS + group) * L;
    if ((this.ready[slot]! & (1 << group)) === 0) {
      this.ids[0] = neighbourId(n, this.hash(slot, H_LOWER), this.mask);
      this.sumIds(1, at);
      this.ready[slot] = this.ready[slot]! | (1 << group);
    }
    return at;
  }

  /** Sums the weights of this.ids[0 .. count) into sums[at .. at + LABEL_COUNT). */
  private sumIds(count: number, at: number): void {
    this.sums.fill(0, at, at + L);
    for (let f = 0; f < count; f++) addRawWeights(this.weights, this.ids[f]!, this.sums, at);
  }
}

function resized<A extends Uint8Array | Uint32Array | Int32Array>(array: A, length: number): A {
  const copy = new (array.constructor as new (length: number) => A)(length);
  copy.set(array.subarray(0, Math.min(array.length, length)));
  return copy;
}
