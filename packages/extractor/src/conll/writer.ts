import type { ConllDocument } from './types';

/**
 * Writes documents back in column format, each input line followed by one more column: the
 * predicted tag. `predicted[d][s][t]` is the tag of token t of sentence s of document d. Documents
 * are separated by `-DOCSTART- -X- -X- O` lines, as in the CoNLL files.
 */
export function formatConll(documents: readonly ConllDocument[], predicted: readonly string[][][]): string {
  if (predicted.length !== documents.length)
    throw new Error(
      `formatConll: ${predicted.length} predicted documents for ${documents.length} documents.`,
    );
  const out: string[] = [];
  documents.forEach((doc, d) => {
    out.push('-DOCSTART- -X- -X- O', '');
    doc.sentences.forEach((sentence, s) => {
      const tags = predicted[d]![s];
      if (!tags || tags.length !== sentence.tokens.length)
        throw new Error(`formatConll: document ${d}, sentence ${s}: tag count does not match the tokens.`);
      sentence.tokens.forEach((token, t) => out.push(`${token.line} ${tags[t]}`));
      out.push('');
    });
  });
  return out.join('\n') + '\n';
}
