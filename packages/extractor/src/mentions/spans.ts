import type { EntityType, Token } from '../types';

/** A typed token span, end exclusive. */
export interface TypedSpan {
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
}

/**
 * A new span. Every span is made here rather than by spreading another (`{ ...s, type }`): a spread
 * copy gets a map of its own in V8, and the span rules, which read spans of both kinds, were
 * deoptimised and re-compiled for it again and again.
 */
export function typedSpan(tokenStart: number, tokenEnd: number, type: EntityType): TypedSpan {
  return { tokenStart, tokenEnd, type };
}

/**
 * `spans` with some replaced (`replaced`: old span -> new one) and `added` appended, in token
 * order: what a rule that retypes or adds spans returns. A loop rather than
 * `[...spans.map(...), ...added]`: the spread read arrays that map() makes with another elements
 * kind in optimised code than in the interpreter, and the rules ending this way were deoptimised
 * for it again and again (personsBySpeechVerbs nine times in a BBC build).
 */
export function withSpans(
  spans: readonly TypedSpan[],
  added: readonly TypedSpan[],
  replaced?: ReadonlyMap<TypedSpan, TypedSpan>,
): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    out.push(replaced?.get(s) ?? s);
  }
  for (let i = 0; i < added.length; i++) out.push(added[i]!);
  return out.sort(byStart);
}

const byStart = (a: TypedSpan, b: TypedSpan) => a.tokenStart - b.tokenStart;

/**
 * The texts of tokens [from, to) joined by `separator`. Built in a loop rather than by
 * `slice().map().join()`: optimised code makes a map()'s array with another elements kind than the
 * interpreter does, and each function joining one was deoptimised for it.
 */
export function joinTokenTexts(
  tokens: readonly Token[],
  from: number,
  to: number,
  separator: string,
): string {
  let text = '';
  for (let i = from; i < to; i++) text += i === from ? tokens[i]!.text : separator + tokens[i]!.text;
  return text;
}

const TAG_TYPES: Record<string, EntityType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
  MISC: 'misc',
};

export const TYPE_TAGS: Record<EntityType, string> = {
  person: 'PER',
  organization: 'ORG',
  location: 'LOC',
  misc: 'MISC',
};

/** IOB2 labels (one per token) to spans. A stray I- after O or another type opens a span, as conlleval does. */
export function spansFromIob(labels: readonly string[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: TypedSpan | undefined;
  labels.forEach((label, i) => {
    const prefix = label[0];
    const type = TAG_TYPES[label.slice(2)];
    if (prefix === 'I' && open && type === open.type) {
      open.tokenEnd = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = (prefix === 'B' || prefix === 'I') && type ? typedSpan(i, i + 1, type) : undefined;
  });
  if (open) spans.push(open);
  return spans;
}

/** Spans back to IOB2 labels over `length` tokens. */
export function iobFromSpans(spans: readonly TypedSpan[], length: number): string[] {
  const labels = new Array<string>(length).fill('O');
  for (const s of spans) {
    const tag = TYPE_TAGS[s.type];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) labels[i] = `${i === s.tokenStart ? 'B' : 'I'}-${tag}`;
  }
  return labels;
}
