/** Shared by the mention rule tests: spans picked out of an analysed text by their words. */
import type { AnalyzedText } from '../../types';
import type { TypedSpan } from '../spans';

/** The span covering the `nth` occurrence (from 0) of `words` in the text. */
export function span(analyzed: AnalyzedText, words: string, type: TypedSpan['type'], nth = 0): TypedSpan {
  const ws = words.split(' ');
  const starts = analyzed.tokens
    .map((_, k) => k)
    .filter((k) => ws.every((w, j) => analyzed.tokens[k + j]?.text === w));
  const i = starts[nth];
  if (i === undefined) throw new Error(`no "${words}" #${nth}`);
  return { tokenStart: i, tokenEnd: i + ws.length, type };
}

/** Each span as [its tokens' texts joined by spaces, its type]. */
export const text = (analyzed: AnalyzedText, spans: TypedSpan[]): [string, TypedSpan['type']][] =>
  spans.map((s) => [
    analyzed.tokens
      .slice(s.tokenStart, s.tokenEnd)
      .map((t) => t.text)
      .join(' '),
    s.type,
  ]);
