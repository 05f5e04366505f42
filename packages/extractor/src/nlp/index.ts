/**
 * The only module that imports wink-nlp. Everything else sees plain typed tokens and sentences
 * with character offsets into the document text.
 */
import type winkNLP from 'wink-nlp';
import type { AnalyzedText, Sentence, Token } from '../types';

type WinkInstance = ReturnType<typeof winkNLP>;

let instance: WinkInstance | undefined;

/**
 * The wink-nlp instance, created once on first use. The model is required here rather than imported
 * at the top: reading it takes a few hundred milliseconds, which importing the extractor (the server
 * does, to serve a graph) should not pay.
 */
export function getNlp(): WinkInstance {
  if (!instance) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const wink = require('wink-nlp') as typeof winkNLP;
    const model = require('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
    /* eslint-enable @typescript-eslint/no-require-imports */
    instance = wink(model, ['sbd', 'pos', 'negation']);
  }
  return instance;
}

/** A line break always ends a sentence in news text (titles, bullets, datelines have no full stop). */
const LINE = /[^\n]+/g;

/** Letters in capitals make up most of the sentence: a headline or a shouted dateline. */
function looksLikeHeadline(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= 4 && upper > 2 * lower;
}

/**
 * Splits the text into lines, and each line into sentences and tokens with wink-nlp.
 * `titleLength` marks the leading title paragraph, whose sentences are flagged as headlines.
 */
export function analyzeText(text: string, titleLength = 0): AnalyzedText {
  const nlp = getNlp();
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];

  for (const line of text.matchAll(LINE)) {
    const lineText = line[0];
    if (!lineText.trim()) continue;
    const lineStart = line.index;
    const doc = nlp.readDoc(lineText);
    const values = doc.tokens().out(its.value) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    // wink's typings declare `its.lemma` with model add-ons that `out()` supplies itself.
    const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];

    // Token offsets: wink keeps token text verbatim, so a forward search finds each one.
    const base = tokens.length;
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      let at = lineText.indexOf(value, cursor);
      if (at < 0) at = cursor; // defensive: never seen, but offsets must stay monotonic
      cursor = at + value.length;
      tokens.push({
        text: value,
        start: lineStart + at,
        end: lineStart + cursor,
        pos: pos[i] ?? 'X',
        lemma: lemmas[i] ?? value.toLowerCase(),
        sentence: -1,
      });
    }

    for (const [first, last] of spans) {
      const tokenStart = base + first;
      const tokenEnd = base + last + 1;
      if (tokenEnd <= tokenStart) continue;
      const start = tokens[tokenStart]!.start;
      const end = tokens[tokenEnd - 1]!.end;
      const index = sentences.length;
      for (let t = tokenStart; t < tokenEnd; t++) tokens[t]!.sentence = index;
      sentences.push({
        index,
        start,
        end,
        tokenStart,
        tokenEnd,
        isHeadline: start < titleLength || looksLikeHeadline(text.slice(start, end)),
      });
    }
  }
  return { text, tokens, sentences };
}
