/**
 * Names that an apposition gives a person's post: "Marine Le Pen, the leader of the far-right
 * National Rally," is a person, whatever the tagger made of her. Trained on 1996 text, it types
 * some names with particles or of unfamiliar shape as organisations; an organisation is not "the
 * leader of" or "the president of" another one in news apposition, a person is.
 */
import { findCountry, findKnownOrganization } from '../gazetteer';
import type { AnalyzedText, Token } from '../types';
import { typedSpan, withSpans, type TypedSpan } from './spans';

/** Posts only people hold, as the head of "the <post> of <organisation>". */
const PERSONAL_POSTS = new Set([
  'leader',
  'president',
  'chairman',
  'chairwoman',
  'founder',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'minister',
  'secretary-general',
  'governor',
  'mayor',
  'chancellor',
  'ambassador',
]);

/**
 * Tokens that may stand between "the" and the post, or between "of" and the organisation ("the
 * far-right National Rally": wink makes three tokens of "far-right").
 */
const MAX_MODIFIERS = 5;

/**
 * The token after ", the [modifiers] <post> of [the] [modifiers]", when the span at `end` is
 * followed by one, else -1.
 */
function postOfAt(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'the') return -1;
  const sentence = tokens[end]!.sentence;
  for (let t = end + 2; t <= end + 2 + MAX_MODIFIERS && t + 1 < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.sentence !== sentence || token.text === ',') return -1;
    if (PERSONAL_POSTS.has(token.lower) && tokens[t + 1]!.lower === 'of') return t + 2;
  }
  return -1;
}

/**
 * Organisation and misc spans of two words or more, no listed organisation or country, followed
 * by ", the <post> of" an organisation or a place within a few words: retyped as people.
 */
export function personsByPostAppositions(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens, text } = analyzed;
  const startsAt = new Map<number, TypedSpan>();
  for (let i = 0; i < spans.length; i++) startsAt.set(spans[i]!.tokenStart, spans[i]!);
  let retyped: Map<TypedSpan, TypedSpan> | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if ((s.type !== 'organization' && s.type !== 'misc') || s.tokenEnd - s.tokenStart < 2) continue;
    const after = postOfAt(tokens, s.tokenEnd);
    if (after < 0) continue;
    // "of the far-right National Rally": an organisation or place a few words on, in the clause.
    let owner: TypedSpan | undefined;
    for (let t = after; t < after + MAX_MODIFIERS && !owner && t < tokens.length; t++) {
      if (tokens[t]!.text === ',') break;
      owner = startsAt.get(t);
    }
    if (!owner || (owner.type !== 'organization' && owner.type !== 'location')) continue;
    const name = text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end);
    if (findKnownOrganization(name) || findCountry(name)) continue;
    (retyped ??= new Map()).set(s, typedSpan(s.tokenStart, s.tokenEnd, 'person'));
  }
  return retyped ? withSpans(spans, [], retyped) : spans;
}
