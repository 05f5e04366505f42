/**
 * IOB tag schemes. CoNLL-2003 is written in IOB1 (`I-X` starts an entity unless it follows another
 * `X`; `B-X` only separates two adjacent entities of one type); the tagger learns IOB2, where every
 * entity starts with `B-X`. Training on IOB1 as-is teaches the model two labels for "starts an
 * entity" and costs several points of F1.
 */

/** The entity type of a tag (`PER` for `B-PER`), or null for `O`. */
export function tagType(tag: string): string | null {
  if (tag === 'O') return null;
  const dash = tag.indexOf('-');
  if (dash !== 1 || (tag[0] !== 'B' && tag[0] !== 'I'))
    throw new Error(`tagType: malformed IOB tag '${tag}' (expected O, B-X or I-X).`);
  return tag.slice(2);
}

/** Converts one sentence's tags from IOB1 (or already IOB2) to IOB2. */
export function iob1ToIob2(tags: readonly string[]): string[] {
  const out: string[] = new Array<string>(tags.length);
  let previous: string | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const type = tagType(tag);
    if (type === null) out[i] = 'O';
    else if (tag[0] === 'B' || previous !== type) out[i] = `B-${type}`;
    else out[i] = `I-${type}`;
    previous = type;
  }
  return out;
}

/**
 * Repairs a predicted IOB2 sequence: an `I-X` that does not continue an `X` entity becomes `B-X`.
 * Used after projecting tags from one tokenisation to another.
 */
export function repairIob2(tags: readonly string[]): string[] {
  const out = tags.slice();
  let previous: string | null = null;
  for (let i = 0; i < out.length; i++) {
    const type = tagType(out[i]!);
    if (type !== null && out[i]![0] === 'I' && previous !== type) out[i] = `B-${type}`;
    previous = type;
  }
  return out;
}

export interface EntitySpan {
  type: string;
  /** Token range, end exclusive. */
  start: number;
  end: number;
}

/** The entity spans of an IOB2 (or IOB1) sequence. */
export function iobSpans(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let current: EntitySpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const type = tagType(tag);
    if (type === null) {
      current = null;
      continue;
    }
    if (tag[0] === 'B' || !current || current.type !== type) {
      current = { type, start: i, end: i + 1 };
      spans.push(current);
    } else current.end = i + 1;
  }
  return spans;
}
