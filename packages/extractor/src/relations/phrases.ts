/**
 * Noun phrases without a parser: runs of determiners, adjectives, nouns and mention tokens, with an
 * "of" complement, coordination ("the U.S. and NATO") and apposition ("his counterpart, Sergey
 * Lavrov,"). A phrase knows its head, the mentions that modify the head ("Moscow's demand",
 * "the U.S. warnings") and the capitalised words that may be demonyms ("Russian lawmakers").
 */
import { MONTHS } from '../gazetteer';
import { isPossessive, type DocView } from './document';
import { POSSESSIVE_PRONOUNS, TIME_WORDS } from './lexicon';

export interface NounPhrase {
  start: number;
  /** Token index after the phrase (its "of" complement and apposition included). */
  end: number;
  head: number;
  /** Mention index of the head, or -1 when the head is a common noun. */
  headMention: number;
  /** Mentions before the head, as owners or modifiers ("Moscow" in "Moscow's demand"). */
  modifierMentions: number[];
  /** Capitalised words before the head that are in no mention ("Russian" in "Russian lawmakers"). */
  modifierWords: number[];
  /** The "of" complement ("of Crimea" in "the peninsula of Crimea", "of Poland" in "Rau of Poland"). */
  of?: NounPhrase;
  /** A named apposition after a common-noun head ("his counterpart, Sergey Lavrov"). */
  apposition?: NounPhrase;
}

export function inMention(doc: DocView, t: number): boolean {
  return (doc.mentionAt[t] ?? -1) >= 0;
}

/** Days, months and "morning" after a name end the phrase: "told CNBC Tuesday" names CNBC. */
function isTimeWord(doc: DocView, t: number): boolean {
  const w = doc.tokens[t]!.lower;
  return !inMention(doc, t) && (TIME_WORDS.has(w) || MONTHS.has(w));
}

function isNounish(doc: DocView, t: number): boolean {
  const token = doc.tokens[t]!;
  const pos = token.pos;
  // wink tags the "chief" of "foreign policy chief" an adjective; closing a phrase, it is its head.
  return (
    inMention(doc, t) ||
    pos === 'NOUN' ||
    pos === 'PROPN' ||
    pos === 'NUM' ||
    (pos === 'ADJ' && token.lower === 'chief')
  );
}

/** A year as news writes it in a date: "in 2022". */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * A word of a time adverbial: "on Monday", "last week", "on 24 February", "in May", "in 2022". A
 * month counts only inside a date ("Christine May said" is a name the tagger cut short).
 */
export function isTimeToken(doc: DocView, t: number): boolean {
  if (inMention(doc, t)) return false;
  const { tokens } = doc;
  const month = (k: number) => k >= 0 && k < tokens.length && MONTHS.has(tokens[k]!.lower);
  const token = tokens[t]!;
  const before = t > 0 ? tokens[t - 1]! : undefined;
  const after = t + 1 < tokens.length ? tokens[t + 1]! : undefined;
  if (token.pos === 'NUM')
    return month(t - 1) || month(t + 1) || (YEAR.test(token.text) && before?.lower === 'in');
  // The preposition of a date ("on" is a time word already).
  if (token.lower === 'in') return month(t + 1) || (!!after && after.pos === 'NUM' && YEAR.test(after.text));
  if (month(t))
    return !!before && (before.pos === 'NUM' || before.pos === 'ADP' || TIME_WORDS.has(before.lower));
  return TIME_WORDS.has(token.lower);
}

/** Words of quantity that, right after a name, open another phrase: "met Putin several times". */
const QUANTIFIERS = new Set(['several', 'many', 'few', 'numerous', 'multiple', 'countless', 'dozens']);

function countsAfterName(doc: DocView, t: number, limit: number): boolean {
  const token = doc.tokens[t]!;
  if (QUANTIFIERS.has(token.lower)) return true;
  if (token.pos !== 'NUM') return false;
  const next = t + 1 < limit ? doc.tokens[t + 1]! : undefined;
  if (!next || next.pos === 'NUM') return true;
  if (next.pos === 'PUNCT') return next.text !== '-' && !isPossessive(next);
  return next.pos === 'NOUN' && !/^\p{Lu}/u.test(next.text);
}

/** "more than", "fewer than": before a number, part of a quantity. */
const COMPARATIVES = new Set(['more', 'less', 'fewer']);

/** Tokens that can sit inside a noun phrase. */
export function isPhraseToken(doc: DocView, t: number, limit: number): boolean {
  const token = doc.tokens[t];
  if (!token) return false;
  if (inMention(doc, t) || isPossessive(token)) return true;
  const { pos } = token;
  const next = t + 1 < limit ? doc.tokens[t + 1] : undefined;
  // "more than 100,000 troops": a comparison before a number is part of the quantity.
  if (COMPARATIVES.has(token.lower) && next?.lower === 'than') return true;
  if (token.lower === 'than' && t > 0 && COMPARATIVES.has(doc.tokens[t - 1]!.lower))
    return next?.pos === 'NUM';
  if (pos === 'DET' || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM') return true;
  if (pos === 'PRON') return POSSESSIVE_PRONOUNS.has(token.lower);
  // "a $200 million aid package": a currency sign before its amount.
  if (pos === 'SYM') return !!next && next.pos === 'NUM';
  // "most strident critics", "some 14,000 people", "the far-right party" (wink: far - right)
  if (pos === 'ADV')
    return (
      !!next && (next.pos === 'ADJ' || next.pos === 'NUM' || (next.text === '-' && next.start === token.end))
    );
  // "ex - Soviet", "U.S. - led": a hyphen between words
  if (pos === 'PUNCT' && token.text === '-') return !!next && next.start === token.end && t > 0;
  // "the withdrawing troops": a participle between a determiner and a noun
  if (pos === 'VERB') {
    const prev = t > 0 ? doc.tokens[t - 1] : undefined; // no read before the first token: it deoptimised
    return (
      !!prev &&
      !!next &&
      (prev.pos === 'DET' || prev.pos === 'ADJ' || isPossessive(prev)) &&
      (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM') // "an estimated 100,000"
    );
  }
  return false;
}

/** Every word capitalised except "of" and "the": "Secretary of State", not "the return of". */
function isTitleCase(doc: DocView, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const w = doc.tokens[t]!.text;
    if (w !== 'of' && w !== 'the' && !/^[A-Z]/.test(w)) return false;
  }
  return true;
}

/** One noun phrase starting exactly at `i` (no coordination), or null. */
export function scanPhrase(doc: DocView, i: number, limit: number, depth = 0): NounPhrase | null {
  let j = i;
  while (j < limit && isPhraseToken(doc, j, limit)) {
    // A determiner inside a phrase starts a relative clause or a new phrase: "told Reuters that talks".
    if (j > i && doc.tokens[j]!.pos === 'DET' && !inMention(doc, j) && doc.tokens[j - 1]!.pos !== 'DET')
      break;
    // A second, different name right after a name starts a new phrase unless an owner mark joins them.
    if (j > i && isTimeWord(doc, j) && isNounish(doc, j - 1)) break;
    // A name is not counted: "met Putin several times", "met Xi two times", "beat Kiefer of Germany
    // 6-4 6-4" end the phrase at the name. A number that a name or an owner mark follows is part of
    // a name ("Radio 4's Today programme", "the RBS 6 Nations").
    if (j > i && inMention(doc, j - 1) && !inMention(doc, j) && countsAfterName(doc, j, limit)) break;
    j++;
  }
  // The head is the last noun; trailing modifiers ("a call lasting an hour") stay out of the phrase.
  let head = -1;
  for (let t = j - 1; t >= i; t--) {
    if (isNounish(doc, t)) {
      head = t;
      break;
    }
  }
  if (head < 0) return null;
  if (j > head + 1 && !isPossessive(doc.tokens[head + 1])) j = head + 1;
  const headMention = doc.mentionAt[head] ?? -1;
  const modifierMentions: number[] = [];
  const modifierWords: number[] = [];
  for (let t = i; t < head; t++) {
    const m = doc.mentionAt[t] ?? -1;
    if (m >= 0) {
      if (m !== headMention && !modifierMentions.includes(m)) modifierMentions.push(m);
    } else if (/^[A-Z]/.test(doc.tokens[t]!.text) && (t > i || doc.tokens[t]!.pos !== 'DET'))
      modifierWords.push(t);
  }
  // `of` and `apposition` are written even when absent, and no phrase is a spread copy of another:
  // phrases of one shape keep the rules that read them from being deoptimised for each new one.
  const phrase: NounPhrase = {
    start: i,
    end: j,
    head,
    headMention,
    modifierMentions,
    modifierWords,
    of: undefined,
    apposition: undefined,
  };
  if (depth < 2 && j < limit && doc.tokens[j]!.lower === 'of') {
    const of = scanPhrase(doc, j + 1, limit, depth + 1);
    if (of) {
      // "Secretary of State Antony Blinken": the named person is the phrase, the rest is a title.
      const ofMention = doc.mentions[of.headMention];
      if (headMention < 0 && ofMention?.type === 'person' && isTitleCase(doc, i, of.head)) {
        of.start = i;
        return of;
      }
      phrase.of = of;
      phrase.end = of.end;
    }
  }
  return phrase;
}

function isClauseStart(doc: DocView, t: number): boolean {
  const token = doc.tokens[t];
  return !!token && (token.pos === 'VERB' || token.pos === 'AUX');
}

function isConjunction(doc: DocView, t: number): boolean {
  const token = doc.tokens[t];
  return !!token && token.pos === 'CCONJ' && (token.lower === 'and' || token.lower === 'or');
}

/**
 * A noun phrase with its conjuncts ("the U.S. and NATO", "Belarus, Crimea and western Russia") and a
 * named apposition. A conjunct followed by a verb after a comma (or anywhere, when `strict`) starts
 * a new clause and is left out.
 */
export function scanPhraseList(doc: DocView, i: number, limit: number, strict = false): NounPhrase[] {
  const first = scanPhrase(doc, i, limit);
  if (!first) return [];
  const list = [first];
  let j = first.end;
  while (j < limit) {
    const token = doc.tokens[j]!;
    const comma = token.text === ',';
    if (!comma && !isConjunction(doc, j)) break;
    let k = j + 1;
    if (comma && isConjunction(doc, k)) k++;
    const next = scanPhrase(doc, k, limit);
    // ", and Z said" starts a new clause; "the U.S. and NATO rejected" is one coordinated subject,
    // but after a verb or preposition (`strict`) "against disunity and Howard may" is two clauses.
    if (!next || ((comma || strict) && isClauseStart(doc, next.end))) break;
    const last = list[list.length - 1]!;
    if (comma && k === j + 1 && list.length === 1 && last.headMention < 0 && next.headMention >= 0) {
      // "his Russian counterpart, Sergey Lavrov,": the name restates the common noun.
      const after = doc.tokens[next.end];
      if (!after || after.text === ',' || after.pos === 'ADP' || after.pos === 'PUNCT') {
        last.apposition = next;
        last.end = next.end;
        break;
      }
    }
    // A comma not followed by a phrase that leads to "and" is no list: "Crimea from Ukraine, and some".
    if (comma && k === j + 1 && !listContinues(doc, next.end, limit)) break;
    const closed = !comma || k > j + 1;
    list.push(next);
    j = next.end;
    if (closed) break;
  }
  return list;
}

/** After a comma-joined conjunct: more conjuncts, closed by "and"/"or". */
function listContinues(doc: DocView, t: number, limit: number): boolean {
  let j = t;
  for (let guard = 0; guard < 8 && j < limit; guard++) {
    if (isConjunction(doc, j)) return true;
    if (doc.tokens[j]!.text !== ',') return false;
    if (isConjunction(doc, j + 1)) return true;
    const next = scanPhrase(doc, j + 1, limit);
    if (!next) return false;
    j = next.end;
  }
  return false;
}

/** The conjunct phrases ending right before `end`, scanning left from it within `[floor, end)`. */
export function phraseListEndingAt(doc: DocView, floor: number, end: number): NounPhrase[] {
  let j = end - 1;
  while (j >= floor) {
    const token = doc.tokens[j]!;
    if (isPhraseToken(doc, j, end)) j--;
    else if (token.lower === 'of' && j - 1 >= floor && isPhraseToken(doc, j - 1, end)) j--;
    else if (
      (isConjunction(doc, j) || token.text === ',') &&
      j - 1 >= floor &&
      isPhraseToken(doc, j - 1, end)
    )
      j--;
    else break;
  }
  // The left edge may have swallowed a comma that ends an earlier clause; try the starts in order.
  for (let start = j + 1; start < end; start++) {
    if (!isPhraseToken(doc, start, end)) continue;
    const list = scanPhraseList(doc, start, end);
    const last = list[list.length - 1];
    if (last && last.end === end) return list;
  }
  return [];
}
