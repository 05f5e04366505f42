/**
 * A gazetteer of the entities named in the training text, by type. Training documents must not
 * see their own entities in it (the model would learn to trust it blindly and fail on new text),
 * so each document's own counts are subtracted while its features are extracted.
 */
import { iobSpans } from '../conll/iob';
import type { ConllDocument } from '../conll/types';
import { Gazetteer, gazetteerKey } from './gazetteer';

export const ENTITY_TYPE_INDEX: Record<string, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };

/** Key of a name given as words: what Gazetteer.match builds from tokens. */
function keyOf(words: readonly string[]): string {
  return words.map((w) => gazetteerKey(w)).join('');
}

/** Entity names of a CoNLL document with their type index, one per mention. */
export function documentEntities(doc: ConllDocument): { words: string[]; type: number }[] {
  const out: { words: string[]; type: number }[] = [];
  for (const sentence of doc.sentences) {
    const tags = sentence.tokens.map((t) => t.tag);
    for (const span of iobSpans(tags)) {
      const type = ENTITY_TYPE_INDEX[span.type];
      if (type === undefined) continue;
      out.push({ words: sentence.tokens.slice(span.start, span.end).map((t) => t.text), type });
    }
  }
  return out;
}

/** Per key, the number of documents naming it as each type. */
export type EntityCounts = Map<string, Int32Array>;

/** Counts of a document's own entities (each key and type once per document). */
export function ownEntityCounts(doc: ConllDocument): EntityCounts {
  const counts: EntityCounts = new Map();
  for (const { words, type } of documentEntities(doc)) {
    const key = keyOf(words);
    let entry = counts.get(key);
    if (!entry) counts.set(key, (entry = new Int32Array(4)));
    entry[type] = 1;
  }
  return counts;
}

export class TrainingEntities {
  readonly gazetteer = new Gazetteer();
  readonly counts: EntityCounts = new Map();

  /** Adds a document's entities (a name counts once per document and type). */
  addDocument(doc: ConllDocument): void {
    const seen = new Set<string>();
    for (const { words, type } of documentEntities(doc)) {
      const key = keyOf(words);
      if (key.length < 2 || seen.has(`${type}:${key}`)) continue;
      seen.add(`${type}:${key}`);
      let entry = this.counts.get(key);
      if (!entry) this.counts.set(key, (entry = new Int32Array(4)));
      entry[type]!++;
      this.gazetteer.add(words.join(' '), 1 << type);
    }
  }

  /** Type flags of a key with `own` counts taken away (0 when only the document itself names it). */
  flagsWithout(key: string, bits: number, own: EntityCounts): number {
    const mine = own.get(key);
    if (!mine) return bits;
    const all = this.counts.get(key);
    let out = 0;
    for (let t = 0; t < 4; t++) if ((bits & (1 << t)) !== 0 && (all?.[t] ?? 0) - mine[t]! > 0) out |= 1 << t;
    return out;
  }

  toText(): string {
    const lines = [...this.counts].map(([key, c]) => `${key}\t${Array.from(c).join(',')}`);
    return `${lines.join('\n')}\n\n${this.gazetteer.toText()}`;
  }

  static fromText(text: string): TrainingEntities {
    const entities = new TrainingEntities();
    const split = text.indexOf('\n\n');
    if (split < 0) throw new Error('TrainingEntities.fromText: no blank line after the counts.');
    for (const line of text.slice(0, split).split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0)
        entities.counts.set(line.slice(0, tab), Int32Array.from(line.slice(tab + 1).split(','), Number));
    }
    const gazetteer = Gazetteer.fromText(text.slice(split + 2));
    for (const [key, bits] of gazetteer.entries) entities.gazetteer.entries.set(key, bits);
    for (const prefix of gazetteer.prefixes) entities.gazetteer.prefixes.add(prefix);
    return entities;
  }
}
