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
    instance = wink(model, ['sbd', 'pos']);
  }
  return instance;
}

/** A word with a possessive 's that wink left in one piece (see analyzeText). */
const POSSESSIVE = /^(\p{L}[\p{L}.-]*)(['\u2019][sS])$/u;
/** "I'm": the one contraction of a pronoun that wink keeps whole (as a proper noun, often). */
const I_AM = /^[Ii]['\u2019][mM]$/;

/**
 * A word in lower case with straight apostrophes (Token.lower). The rules compare words this way
 * millions of times over a corpus; news repeats its words, so one string is made per distinct word
 * and each token holds it, rather than a lookup or a lower-casing at every comparison.
 */
function lowerWord(text: string): string {
  let word = lowered.get(text);
  if (word === undefined) {
    if (lowered.size >= MAX_LOWERED) lowered.clear();
    word = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
    lowered.set(text, word);
  }
  return word;
}
const lowered = new Map<string, string>();
const MAX_LOWERED = 100_000;

/**
 * Two tokens for a word wink left whole, at `at` in the text: its first `baseLength` characters
 * and the clitic after them ("Blunkett" + "'s", "I" + "'m"), each with its [POS, lemma].
 */
function pushSplit(
  tokens: Token[],
  word: string,
  at: number,
  baseLength: number,
  [basePos, baseLemma]: [string, string],
  [cliticPos, cliticLemma]: [string, string],
): void {
  const base = word.slice(0, baseLength);
  const clitic = word.slice(baseLength);
  const split = at + baseLength;
  tokens.push({
    text: base,
    lower: lowerWord(base),
    start: at,
    end: split,
    pos: basePos,
    lemma: baseLemma,
    sentence: -1,
  });
  tokens.push({
    text: clitic,
    lower: lowerWord(clitic),
    start: split,
    end: at + word.length,
    pos: cliticPos,
    lemma: cliticLemma,
    sentence: -1,
  });
}

/** "think tank": wink reads "think" as the verb, and the tank as what is thought. */
function repairThinkTanks(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'think' || t.pos !== 'VERB') continue;
    const next = tokens[i + 1]!;
    if (next.lower === 'tank' || next.lower === 'tanks') t.pos = 'NOUN';
  }
}

/**
 * wink reads a plural noun after "to", a preposition or a verb as a verb: "responding to attacks on
 * Belgorod" gave the verb "attack" with Moscow as its subject, and "rejected calls from Washington"
 * two verbs in a row. A verb in -s follows neither the infinitive's "to", a preposition nor another
 * verb, so it is the plural noun (and "to" the preposition).
 */
function repairPluralNouns(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || t.lower.length < 3 || t.lower.charCodeAt(t.lower.length - 1) !== 115) continue;
    if (t.lower === t.lemma) continue;
    const before = tokens[i - 1]!;
    if (before.lower === 'to' && before.pos === 'PART') before.pos = 'ADP';
    // A capitalised "verb" ends a name: "Human Rights Watch says". After a preposition, a noun:
    // "During talks with Lavrov".
    else if (!((before.pos === 'VERB' || before.pos === 'ADP') && before.text === before.lower)) continue;
    t.pos = 'NOUN';
  }
}

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
 * Sentences and tokens of the text, with wink-nlp read once over the whole text (a readDoc per
 * line costs a third more on news paragraphs). A line break always ends a sentence in news text
 * (titles, bullets, datelines have no full stop), so wink's sentences are cut at line breaks.
 * `titleLength` marks the leading title paragraph, whose sentences are flagged as headlines.
 */
export function analyzeText(text: string, titleLength = 0): AnalyzedText {
  const nlp = getNlp();
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];

  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings declare `its.lemma` with model add-ons that `out()` supplies itself.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // Token offsets: wink keeps token text verbatim, so a forward search finds each one. wink makes
  // tokens of line breaks too: they are left out, and end the sentence they fall in.
  // wink token i is our tokens [ours[i], oursEnd[i]), or none when ours[i] is -1.
  const ours = new Int32Array(values.length);
  const oursEnd = new Int32Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink makes the odd empty token: it is kept (at the cursor), and its characters are not read,
    // since a read past the end of a string deoptimised this function.
    const first = value.length > 0 ? value.charCodeAt(0) : 0x41;
    if ((first <= 32 || first === 0xa0 || first >= 0x2000) && value.trim() === '') {
      ours[i] = -1;
      continue;
    }
    let at = text.indexOf(value, cursor);
    if (at < 0) at = cursor; // defensive: never seen, but offsets must stay monotonic
    cursor = at + value.length;
    ours[i] = tokens.length;
    if (value.length === 3 && I_AM.test(value)) {
      // Split as wink splits "I'll" and "we're": a pronoun and an auxiliary, never a name.
      pushSplit(tokens, value, at, 1, ['PRON', 'i'], ['AUX', 'be']);
      oursEnd[i] = tokens.length;
      continue;
    }
    const last = value.length > 2 ? value.charCodeAt(value.length - 1) : 0;
    const possessive = last === 115 || last === 83 ? POSSESSIVE.exec(value) : null;
    if (possessive) {
      // wink learns words as it reads: once "Blunkett's." ended a sentence, later articles get
      // "Blunkett's" as one word. Splitting it here keeps tokens independent of reading order.
      const base = possessive[1]!;
      pushSplit(tokens, value, at, base.length, [pos[i] ?? 'X', base.toLowerCase()], ['PART', "'s"]);
      oursEnd[i] = tokens.length;
      continue;
    }
    tokens.push({
      text: value,
      lower: lowerWord(value),
      start: at,
      end: cursor,
      pos: pos[i] ?? 'X',
      lemma: lemmas[i] ?? value.toLowerCase(),
      sentence: -1,
    });
    oursEnd[i] = tokens.length;
  }

  repairPluralNouns(tokens);
  repairThinkTanks(tokens);

  const addSentence = (tokenStart: number, tokenEnd: number) => {
    if (tokenEnd <= tokenStart) return;
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
  };
  for (const [first, last] of spans) {
    let runStart = -1;
    let runEnd = -1;
    for (let i = first; i <= last; i++) {
      const t = ours[i]!;
      if (t >= 0) {
        if (runStart < 0) runStart = t;
        runEnd = oursEnd[i]!;
      } else if (runStart >= 0 && values[i]!.includes('\n')) {
        addSentence(runStart, runEnd);
        runStart = -1;
      }
    }
    if (runStart >= 0) addSentence(runStart, runEnd);
  }
  return { text, tokens, sentences };
}
