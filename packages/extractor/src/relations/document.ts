/**
 * The article as the rules read it: tokens with their mention, token predicates, and a lazy,
 * cached name resolver. Built once per article by `extractRelations`.
 */
import type { Mention, Sentence, Token } from '../types';
import type { RelationInput } from './types';

export interface DocView {
  input: RelationInput;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  /** Per token: the index of the mention (title included) that covers it, or -1. */
  mentionAt: Int32Array;
  /** Mentions of each sentence, in text order (only those resolved to an entity). */
  mentionsBySentence: number[][];
  /** Entity index of a surface form (demonym, organisation name), or undefined. May add an entity. */
  resolve(surface: string): number | undefined;
}

/**
 * The token at index `t`, or undefined before the first token or after the last. For indices that may
 * fall outside: a read past an array's end deoptimised the rule that made it, every time.
 */
export function tokenAt(doc: DocView, t: number): Token | undefined {
  return t >= 0 && t < doc.tokens.length ? doc.tokens[t] : undefined;
}

export function isPossessive(t: Token | undefined): boolean {
  if (!t) return false;
  const s = t.lower;
  return s === "'s" || s === "'";
}

export function buildDocView(input: RelationInput): DocView {
  const { analyzed, mentions } = input;
  const { tokens } = analyzed;
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  // A loop, not .map(): optimised code makes a map()'s array with another elements kind than the
  // interpreter does, and the functions reading it were deoptimised for the second one.
  const mentionsBySentence: number[][] = [];
  for (let s = 0; s < analyzed.sentences.length; s++) mentionsBySentence.push([]);

  // Tokens are sorted by offset, so each mention's tokens are found by a binary search on `start`.
  const firstTokenAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  mentions.forEach((m, index) => {
    if (m.entity === undefined || m.entity < 0 || m.entity >= input.entities.length) return;
    let covered = false;
    for (let t = firstTokenAt(m.start); t < tokens.length && tokens[t]!.end <= m.end; t++) {
      // A possessive inside the span stays free: "Russia's" is the name plus an owner marker.
      if (isPossessive(tokens[t])) continue;
      if (mentionAt[t] === -1) mentionAt[t] = index;
      covered = true;
    }
    if (covered) mentionsBySentence[m.sentence]?.push(index);
  });
  for (const list of mentionsBySentence) list.sort((a, b) => mentions[a]!.start - mentions[b]!.start);

  const cache = new Map<string, number | undefined>();
  const resolve = (surface: string): number | undefined => {
    if (!input.resolveName) return undefined;
    const key = surface.trim();
    if (!key) return undefined;
    if (!cache.has(key)) cache.set(key, input.resolveName(key));
    return cache.get(key);
  };

  return {
    input,
    text: analyzed.text,
    tokens,
    sentences: analyzed.sentences,
    mentions,
    mentionAt,
    mentionsBySentence,
    resolve,
  };
}
