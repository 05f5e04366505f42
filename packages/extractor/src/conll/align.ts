/**
 * Bridges CoNLL tokenisation and wink-nlp's. A CoNLL document is rejoined as users' text would be
 * (tokens separated by spaces, one sentence per line), analysed by wink-nlp, and tags are carried
 * between the two token lists by character offsets. The tagger always works on wink tokens, which
 * is what it sees at run time; CoNLL tokens matter only for gold tags and for scoring.
 */
import { analyzeText } from '../nlp';
import type { AnalyzedText } from '../types';
import { repairIob2, tagType } from './iob';
import type { ConllDocument } from './types';

export interface AlignedDocument {
  analyzed: AnalyzedText;
  /** Character offsets of every CoNLL token of the document, in order (sentences flattened). */
  conllStart: Int32Array;
  conllEnd: Int32Array;
  /** Token count of each CoNLL sentence, to split flat tag lists back into sentences. */
  sentenceLengths: number[];
}

/**
 * Rejoins a CoNLL document and analyses it with wink-nlp (sentences, POS, headline flags). With
 * `titleSentences`, that many leading sentences are the document's title (as NewsDocument.titleLength
 * marks it), and so headlines whatever their case.
 */
export function analyzeConllDocument(doc: ConllDocument, titleSentences = 0): AlignedDocument {
  let count = 0;
  for (const s of doc.sentences) count += s.tokens.length;
  const conllStart = new Int32Array(count);
  const conllEnd = new Int32Array(count);
  const parts: string[] = [];
  let offset = 0;
  let k = 0;
  for (const sentence of doc.sentences) {
    sentence.tokens.forEach((token, i) => {
      if (i > 0) offset += 1; // the joining space
      conllStart[k] = offset;
      offset += token.text.length;
      conllEnd[k++] = offset;
    });
    parts.push(sentence.tokens.map((t) => t.text).join(' '));
    offset += 1; // the line break
  }
  const text = parts.join('\n');
  let titleLength = 0;
  for (let s = 0; s < Math.min(titleSentences, parts.length); s++)
    titleLength += parts[s]!.length + (s ? 1 : 0);
  return {
    analyzed: analyzeText(text, titleLength),
    conllStart,
    conllEnd,
    sentenceLengths: doc.sentences.map((s) => s.tokens.length),
  };
}

/**
 * Gold tags of the CoNLL tokens (flat, IOB2) onto wink tokens: a wink token takes the tag of the
 * CoNLL token it starts in, as `I-` when it starts inside it (wink split the CoNLL token).
 */
export function projectFromConll(aligned: AlignedDocument, conllTags: readonly string[]): string[] {
  const { analyzed, conllStart, conllEnd } = aligned;
  const out: string[] = new Array<string>(analyzed.tokens.length);
  let c = 0;
  for (let w = 0; w < analyzed.tokens.length; w++) {
    const start = analyzed.tokens[w]!.start;
    while (c < conllStart.length && conllEnd[c]! <= start) c++;
    if (c >= conllStart.length || conllStart[c]! > start) {
      out[w] = 'O';
      continue;
    }
    const tag = conllTags[c]!;
    const type = tagType(tag);
    out[w] = type === null ? 'O' : start === conllStart[c] ? tag : `I-${type}`;
  }
  return repairIob2(out);
}

/**
 * Predicted tags of wink tokens onto the CoNLL tokens, split back into sentences. A CoNLL token
 * takes the entity type of the first tagged wink token that overlaps it; it continues the
 * previous CoNLL token's entity when both come from the same wink token.
 */
export function projectToConll(aligned: AlignedDocument, winkTags: readonly string[]): string[][] {
  const { analyzed, conllStart, conllEnd } = aligned;
  const tokens = analyzed.tokens;
  const flat: string[] = new Array<string>(conllStart.length);
  let w = 0;
  let previousSource = -1;
  for (let c = 0; c < conllStart.length; c++) {
    const start = conllStart[c]!;
    const end = conllEnd[c]!;
    while (w < tokens.length && tokens[w]!.end <= start) w++;
    let source = -1;
    for (let v = w; v < tokens.length && tokens[v]!.start < end; v++) {
      if (source < 0) source = v;
      if (winkTags[v] !== 'O') {
        source = v;
        break;
      }
    }
    const tag = source < 0 ? 'O' : winkTags[source]!;
    const type = tagType(tag);
    if (type === null) flat[c] = 'O';
    else if (source === previousSource) flat[c] = `I-${type}`;
    else flat[c] = tag;
    previousSource = source;
  }
  const repaired = repairIob2(flat);
  const sentences: string[][] = [];
  let k = 0;
  for (const length of aligned.sentenceLengths) {
    sentences.push(repaired.slice(k, k + length));
    k += length;
  }
  return sentences;
}
