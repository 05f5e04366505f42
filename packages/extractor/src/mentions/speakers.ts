/**
 * People named by their surname alone, whom the tagger misses or mistypes. Trained on 1996 Reuters
 * text, it has never seen "Putin", "Biden" or "Kuleba", and at a sentence's start, where every word
 * is capitalised, it mostly leaves them out: "Putin said", "Biden spoke with Macron" gave no
 * mention at all, "Kuleba accused Moscow" a place, "Orban has met Putin" a misc and a place. An
 * article that names someone in full first is covered by the repeats rule; this one is for names
 * never written in full (headline figures, short wire items).
 *
 * What makes such a word a person is the verb: places and things do not meet, speak with, tell or
 * vow. A one-word proper noun that no gazetteer knows (no country, big city, region, demonym,
 * listed organisation or party) is a person when it is the subject of a verb of speech or meeting, or the
 * one met, told or spoken with. Organisations speak too ("Gazprom said"), so a span the tagger already
 * typed an organisation is left alone: the rule only fills gaps and overrides place or misc.
 */
import {
  CALENDAR_WORDS,
  FAITHS_AND_PEOPLES,
  findCity,
  findCountry,
  findDemonym,
  findKnownOrganization,
  findParty,
  findRegion,
  isStateOrProvince,
  ORG_HEADS,
  TITLE_WORDS,
} from '../gazetteer';
import type { AnalyzedText, Token } from '../types';
import type { TokenTagger } from './index';
import { typedSpan, withSpans, type TypedSpan } from './spans';

/** Verbs whose subject is a person, by lemma (wink gives "criticize" for both spellings). */
const SPEAKING_VERBS = new Set(
  `say tell speak meet urge warn accuse insist vow add praise criticize thank deny condemn pledge
   promise admit argue reject ask reply respond stress acknowledge describe visit press call`.split(/\s+/),
);

/** Verbs whose direct object is a person when it is a name nobody lists: "met Putin", "told Xi". */
const PERSON_OBJECT_VERBS = new Set([
  'meet',
  'tell',
  'thank',
  'urge',
  'ask',
  'congratulate',
  'invite',
  'call',
]);

/** Verbs of talks, whose "with" names the other side: "spoke with Xi", "talks with Orban". */
const MEETING_VERBS = new Set(['meet', 'speak', 'talk', 'phone', 'call', 'host', 'receive']);

/** The time of the news, written between a subject and its verb: "Putin on Monday met". */
const TIME_WORDS = new Set(
  `on last this next week month year today yesterday monday tuesday wednesday thursday friday saturday
   sunday`.split(/\s+/),
);

/** Words allowed between the name and its verb: "Sunak has repeatedly urged", "Xi on Monday met". */
const isVerbPrefix = (t: Token) =>
  t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || TIME_WORDS.has(t.lower);

/**
 * Cities that speak for their governments ("Moscow said", "Vilnius warned") are the big ones;
 * smaller towns share their names with people ("Clinton", "Obama") and do not speak.
 */
const SPEAKING_CITY = 100_000;

/**
 * Capitalised then lower case, with at most one more capital: "Putin", "McCarthy", "O'Neill"; not
 * "NATO", "U.S.", "X" or a company's "OptInRealBig".
 */
const SURNAME_SHAPE = /^\p{Lu}['’]?\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u;

/**
 * Words for people of a country that the demonym list does not hold: "Israelis" (a plural),
 * "Frenchman", "Slovakian" (Slovakia + n).
 */
function isPeopleWord(text: string): boolean {
  if (text.endsWith('s') && findDemonym(text.slice(0, -1))) return true;
  const man = /^(.+?)(?:wo)?m[ae]n$/.exec(text);
  if (man && findDemonym(man[1]!)) return true;
  return text.endsWith('n') && !!findCountry(text.slice(0, -1), true);
}

/**
 * A name no list knows, and no ordinary word: wink calls "Traders" and "Officials" proper nouns at a
 * sentence's start, and the tagger's case lexicon knows them as words written in lower case. A word
 * it has never seen in a plural's shape ("Eyewitnesses", "Budgets") is taken for one too; some
 * surnames end so ("Landsbergis"), and are left to the tagger.
 */
function isUnlistedName(token: Token, tagger: TokenTagger | undefined): boolean {
  const text = token.text;
  if (token.pos !== 'PROPN' || !SURNAME_SHAPE.test(text)) return false;
  const lower = token.lower;
  if (
    CALENDAR_WORDS.has(lower) ||
    TITLE_WORDS.has(lower) ||
    ORG_HEADS.has(lower) ||
    FAITHS_AND_PEOPLES.has(lower)
  )
    return false;
  const wordCase = tagger?.wordCase?.(lower) ?? 0;
  if (wordCase === 1 || wordCase === 2 || (wordCase === 0 && lower.endsWith('s'))) return false;
  return !(
    findCountry(text, true) ||
    (findCity(text)?.population ?? 0) >= SPEAKING_CITY ||
    findRegion(text) ||
    isStateOrProvince(text) ||
    findDemonym(text) ||
    isPeopleWord(text) ||
    findKnownOrganization(text) ||
    findParty(text)
  );
}

/**
 * What may come right before a subject named by its surname alone: nothing (the sentence's start),
 * punctuation or a conjunction ("and Putin said", "while Xi met"). Not a determiner ("the Kremlin
 * said", "the Gunners"), a preposition ("Lord Roberts of Conwy denied") or an adjective ("the
 * 55-year-old Frenchman told"): those make the word a thing, a place or a description.
 */
function opensClause(tokens: readonly Token[], t: number): boolean {
  const before = t > 0 ? tokens[t - 1]! : undefined;
  if (!before || before.sentence !== tokens[t]!.sentence) return true;
  return before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/** The verb this name is the subject of: the next verb, after at most three auxiliaries, adverbs or time words. */
function verbAfter(tokens: readonly Token[], t: number): Token | undefined {
  if (!opensClause(tokens, t)) return undefined;
  const sentence = tokens[t]!.sentence;
  for (let i = t + 1; i < tokens.length && i <= t + 4; i++) {
    const next = tokens[i]!;
    if (next.sentence !== sentence) return undefined;
    if (next.pos === 'VERB') return next;
    if (!isVerbPrefix(next)) return undefined;
  }
  return undefined;
}

/** Whether the name at t is met, told or spoken to: "met Putin", "spoke with Xi", "said Zelensky." */
function isMetOrQuoted(tokens: readonly Token[], t: number): boolean {
  const sentence = tokens[t]!.sentence;
  const before = t > 0 ? tokens[t - 1]! : undefined;
  if (!before || before.sentence !== sentence) return false;
  if (before.pos === 'VERB' && PERSON_OBJECT_VERBS.has(before.lemma)) return true;
  // An inverted attribution ends the sentence or the clause: `"We will win," said Zelensky.`
  const after = t + 1 < tokens.length ? tokens[t + 1]! : undefined;
  if (before.lemma === 'say' && (!after || after.sentence !== sentence || after.pos === 'PUNCT')) return true;
  // "spoke with Xi", "talks with Orban", "would speak to Putin".
  const talkTo =
    before.lower === 'to' && t >= 2 && (tokens[t - 2]!.lemma === 'speak' || tokens[t - 2]!.lemma === 'talk');
  if ((before.lower !== 'with' && !talkTo) || t < 2) return false;
  const verb = tokens[t - 2]!;
  return verb.sentence === sentence && MEETING_VERBS.has(verb.lemma) && verb.pos !== 'ADJ';
}

/**
 * One-word names that speak or are met, typed people: added where no span was, retyped where the
 * tagger said place or misc. Headlines are left out: they drop the words the cues need.
 */
export function personsBySpeechVerbs(
  spans: TypedSpan[],
  analyzed: AnalyzedText,
  tagger?: TokenTagger,
): TypedSpan[] {
  const { tokens, sentences } = analyzed;
  const spanAt = new Map<number, TypedSpan>();
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) {
    covered.fill(1, s.tokenStart, s.tokenEnd);
    if (s.tokenEnd - s.tokenStart === 1) spanAt.set(s.tokenStart, s);
  }
  let shortForms: ((word: string) => boolean) | undefined;
  const retyped = new Map<TypedSpan, TypedSpan>();
  const added: TypedSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    // The cheap tests first: a proper noun, free or typed a place or misc, before its verb or after
    // a verb of meeting. The gazetteers are asked only of the few words that pass.
    if (token.pos !== 'PROPN') continue;
    const span = spanAt.get(t);
    if (covered[t] && !(span && (span.type === 'location' || span.type === 'misc'))) continue;
    const verb = verbAfter(tokens, t);
    if (!(verb && SPEAKING_VERBS.has(verb.lemma)) && !isMetOrQuoted(tokens, t)) continue;
    const sentence = sentences[token.sentence]!;
    if (sentence.isHeadline || !isUnlistedName(token, tagger)) continue;
    // A capitalised word or a hyphen beside it makes it part of another name ("Tesla Motors said",
    // "Wal-Mart faced").
    const neighbour = (i: number) =>
      i >= 0 &&
      i < tokens.length &&
      tokens[i]!.sentence === token.sentence &&
      (/^\p{Lu}/u.test(tokens[i]!.text) || tokens[i]!.text === '-');
    if (neighbour(t + 1) || (neighbour(t - 1) && sentence.tokenStart !== t - 1)) continue;
    shortForms ??= shortFormsOf(spans, analyzed);
    if (shortForms(token.text)) continue;
    if (span) retyped.set(span, typedSpan(t, t + 1, 'person'));
    else added.push(typedSpan(t, t + 1, 'person'));
  }
  if (retyped.size === 0 && added.length === 0) return spans;
  return withSpans(spans, added, retyped);
}

/**
 * "Fairmont said" after "Fairmont Hotels & Resorts", "Glaxo says" after "GlaxoSmithKline": the
 * article's own short forms of longer names. A surname ends its full name; it does not open one.
 * Made only for an article with a candidate: most have none.
 */
function shortFormsOf(spans: TypedSpan[], { tokens, sentences }: AnalyzedText): (word: string) => boolean {
  const organizationWords: string[] = [];
  for (const s of spans) if (s.type === 'organization') organizationWords.push(tokens[s.tokenStart]!.text);
  const opensLongerName = new Set<string>();
  for (let t = 0; t + 1 < tokens.length; t++) {
    const next = tokens[t + 1]!;
    const sentence = tokens[t]!.sentence;
    // Headlines capitalise every word: "Putin Warns West" makes no longer name.
    if (next.sentence === sentence && !sentences[sentence]!.isHeadline && /^\p{Lu}/u.test(next.text))
      opensLongerName.add(tokens[t]!.text);
  }
  return (word) => opensLongerName.has(word) || organizationWords.some((w) => w.startsWith(word));
}
