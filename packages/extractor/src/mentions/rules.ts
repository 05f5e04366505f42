/**
 * The rule layer over the tagger's spans: what rules do better than a model trained on 1996 Reuters
 * text. Each rule takes and returns typed spans, so each can be tested alone.
 */
import {
  AWARD,
  AWARDS,
  DAY_WORDS,
  findCity,
  findCountry,
  findDemonym,
  findKnownOrganization,
  findParty,
  FAITHS_AND_PEOPLES,
  findRegion,
  HOLIDAYS,
  MONTHS_AND_ABBREVIATIONS,
  isStateOrProvince,
  NAME_JOINERS,
  opensKnownOrganization,
  ORG_HEADS,
  partyNamesStartingWith,
  TECHNOLOGIES,
  TITLE_WORDS,
} from '../gazetteer';
import type { AnalyzedText, Token } from '../types';
import type { TokenTagger } from './index';
import { findCapitalizedSpans } from './capitalized';
import { addRepeatedNames } from './repeats';
import { personsByPostAppositions } from './posts';
import { personsBySpeechVerbs } from './speakers';
import { demoteWeaponNames } from './weapons';
import { joinTokenTexts, typedSpan, withSpans, type TypedSpan } from './spans';

const words = (tokens: Token[], span: TypedSpan) => tokens.slice(span.tokenStart, span.tokenEnd);
const isTitleWord = (t: Token) => TITLE_WORDS.has(t.lower) || t.text === '-';

/** "Deputy National Security Adviser" is a title, not a name; the person after it keeps it as a role. */
export function dropTitleSpans(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  return spans.filter((s) => s.type === 'person' || !words(analyzed.tokens, s).every(isTitleWord));
}

/** What a title belongs to, cut out of a longer span: a country, a nationality, or `type`. */
function ownerSpan(tokens: readonly Token[], start: number, end: number, type: TypedSpan['type']): TypedSpan {
  const text = joinTokenTexts(tokens, start, end, ' ');
  return typedSpan(start, end, findCountry(text) ? 'location' : findDemonym(text) ? 'misc' : type);
}

/**
 * "US Defense Secretary Lloyd Austin": the tagger ends an organisation at the portfolio, "US
 * Defense", which is part of the title that follows. Before a title word, a span's trailing title
 * words that are no organisation head are cut off; what is left is a country or nationality, or
 * an organisation of its own ("Labour Party leader" keeps its party).
 */
export function trimTitleOwners(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  return spans.flatMap((s) => {
    const next = tokens[s.tokenEnd];
    if (
      s.type === 'person' ||
      !next ||
      !isTitleWord(next) ||
      next.sentence !== tokens[s.tokenStart]!.sentence
    )
      return [s];
    let end = s.tokenEnd;
    while (end > s.tokenStart && isTitleWord(tokens[end - 1]!) && !ORG_HEADS.has(tokens[end - 1]!.lower))
      end--;
    if (end === s.tokenEnd) return [s];
    // "Commerce and Industry Minister": a portfolio joined to another is a title throughout.
    if (end === s.tokenStart || NAME_JOINERS.has(tokens[end - 1]!.lower)) return [];
    return [ownerSpan(tokens, s.tokenStart, end, s.type)];
  });
}

/** Posts one person holds, which a name follows ("MP", "Secretary"); not "National" or "Foreign". */
const PERSONAL_POSTS = new Set(
  `mp mep msp senator congressman congresswoman secretary minister leader chairman chairwoman
   spokesman spokeswoman spokesperson president governor mayor director ambassador envoy
   commissioner chancellor`.split(/\s+/),
);

/**
 * "Labour MP Diane Abbott", "US Secretary of Energy Spencer Abraham": the tagger ran an
 * organisation over the title and the person after it. A title word inside an organisation span
 * followed by two or three capitalised words to the span's end splits it: the words before the
 * title stay the organisation (when they are more than title words), the name after it is a person.
 */
export function splitTitledPeople(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  return spans.flatMap((s) => {
    if (s.type !== 'organization' || s.tokenEnd - s.tokenStart < 3) return [s];
    // The last title word, so that "Secretary of Energy" is all title; a post held by one person
    // must be among them ("National" of "Moro National Liberation Front" is no post).
    let title = -1;
    let post = false;
    for (let k = s.tokenStart + 1; k < s.tokenEnd - 1; k++)
      if (isTitleWord(tokens[k]!)) {
        title = k;
        post ||= PERSONAL_POSTS.has(tokens[k]!.lower);
      }
    if (title < 0 || !post) return [s];
    const name = s.tokenEnd - (title + 1);
    if (name < 2 || name > 3) return [s];
    for (let k = title + 1; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      if (!/^\p{Lu}\p{Ll}/u.test(t.text) || isTitleWord(t) || ORG_HEADS.has(t.lower)) return [s];
    }
    // Back over the rest of the title ("Secretary of"), not over a party named by a title word ("Labour").
    let end = title;
    while (
      end > s.tokenStart &&
      (NAME_JOINERS.has(tokens[end - 1]!.lower) ||
        (isTitleWord(tokens[end - 1]!) && !findParty(tokens[end - 1]!.text)))
    )
      end--;
    const person = typedSpan(title + 1, s.tokenEnd, 'person');
    if (end === s.tokenStart) return [person];
    return [ownerSpan(tokens, s.tokenStart, end, 'organization'), person];
  });
}

/** People who act for an organisation, opening a name the tagger ran on: "Leaders of the G7". */
const GROUP_MEMBERS = new Set(
  'leaders members officials ministers representatives heads envoys delegates diplomats'.split(' '),
);

/**
 * "Leaders of the Group of Seven promised ...": opening a sentence, the plural is capitalised and
 * the tagger takes it into the organisation. The members and "of (the)" are cut off.
 */
export function trimLeadingMembers(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  return spans.map((s) => {
    if (s.type === 'person' || !GROUP_MEMBERS.has(tokens[s.tokenStart]!.lower)) return s;
    if (tokens[s.tokenStart + 1]?.lower !== 'of') return s;
    let start = s.tokenStart + 2;
    if (tokens[start]?.lower === 'the') start++;
    return start < s.tokenEnd ? typedSpan(start, s.tokenEnd, s.type) : s;
  });
}

const isPlaceOrDemonym = (part: string) => !!(findCountry(part) || findRegion(part) || findDemonym(part));

/**
 * "Russia-Ukraine news", "East-West tensions", "a Ukrainian soldier": compounds of place names and bare
 * demonyms describe, they do not name; they become misc (no node).
 */
export function demoteDescriptors(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  return spans.map((s) => {
    if (s.type === 'misc') return s;
    const text = joinTokenTexts(analyzed.tokens, s.tokenStart, s.tokenEnd, '');
    const parts = text.split('-');
    const compound = parts.length > 1 && parts.every(isPlaceOrDemonym);
    const demonym = parts.length === 1 && !findCountry(text) && !!findDemonym(text);
    return compound || demonym ? typedSpan(s.tokenStart, s.tokenEnd, 'misc') : s;
  });
}

/** Nouns after a name that make it a place: "the Belgorod region", "Kharkiv province". */
const PLACE_NOUNS = new Set([
  'region',
  'province',
  'oblast',
  'city',
  'district',
  'county',
  'border',
  'peninsula',
  'area',
  'capital',
  'port',
  'village',
  'town',
]);

/**
 * A month beside a day's number is a date, whatever the tagger made of it: "KYIV, Feb 8 (Reuters)"
 * gave an organisation "Feb". A month alone may be a name ("Theresa May", "April Ryan") and stays.
 */
export function dropDates(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  const isDay = (i: number) =>
    i >= 0 &&
    i < tokens.length &&
    tokens[i]!.pos === 'NUM' &&
    /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[i]!.text);
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart !== 1) return true;
    const word = tokens[s.tokenStart]!.lower.replace(/\.$/, '');
    return !(MONTHS_AND_ABBREVIATIONS.has(word) && (isDay(s.tokenEnd) || isDay(s.tokenStart - 1)));
  });
}

/**
 * Common words that open a sentence or a quote ("Planes, helicopters ...") are capitalised only by
 * position: a one-word span there that wink reads as an ordinary noun or verb, and that no gazetteer
 * knows, is dropped.
 */
export function dropCapitalizedCommonWords(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens, sentences } = analyzed;
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart !== 1) return true;
    const t = tokens[s.tokenStart]!;
    const prev = tokens[s.tokenStart - 1];
    const opening =
      s.tokenStart === sentences[t.sentence]!.tokenStart || (prev && /^["“‘'(]$/.test(prev.text));
    if (!opening || (t.pos !== 'NOUN' && t.pos !== 'VERB' && t.pos !== 'ADJ' && t.pos !== 'ADV')) return true;
    return isPlaceOrDemonym(t.text) || !!findCity(t.text);
  });
}

/**
 * Headlines drop punctuation ("Putin Russia ready to talk" for "Putin: Russia ready to talk"), and the
 * tagger then joins two names; a country at the end of a longer headline span is split off.
 */
export function splitHeadlineCountries(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens, sentences } = analyzed;
  return spans.flatMap((s) => {
    const last = tokens[s.tokenEnd - 1]!;
    if (
      s.tokenEnd - s.tokenStart < 2 ||
      !sentences[last.sentence]!.isHeadline ||
      !findCountry(last.text, true) ||
      tokens[s.tokenEnd - 2]!.text === '-' // "Russia-Ukraine" is a compound, not two names
    )
      return [s];
    return [
      typedSpan(s.tokenStart, s.tokenEnd - 1, s.type),
      typedSpan(s.tokenEnd - 1, s.tokenEnd, 'location'),
    ];
  });
}

/** Forms of address the tagger sometimes takes into a name ("Mr Livingstone"). */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'dr', 'dr.']);

/**
 * "Mr Livingstone" is Livingstone, and in "Speaking in Harrogate Mr Kennedy said" the name starts
 * after the form of address: what precedes it is not part of the name.
 */
export function stripHonorifics(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  return spans.map((s) => {
    if (s.type !== 'person') return s;
    let start = s.tokenStart;
    for (let i = s.tokenStart; i < s.tokenEnd - 1; i++)
      if (HONORIFICS.has(analyzed.tokens[i]!.lower)) start = i + 1;
    return start === s.tokenStart ? s : typedSpan(start, s.tokenEnd, s.type);
  });
}

/**
 * Titles that stand only before a person's name. TITLE_WORDS holds more ("premier", "press",
 * "chief"), which also open names of companies and leagues ("Premier Foods", "Press Association").
 */
const PERSON_TITLES = new Set([
  'president',
  'minister',
  'chancellor',
  'secretary',
  'senator',
  'governor',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'emir',
  'sultan',
  'ayatollah',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'chairman',
  'chairwoman',
  'leader',
  'speaker',
  'ceo',
  'commissioner',
  'administrator',
]);

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emir', 'sultan']);

/**
 * A form of address or a personal title before capitalised words names a person, whatever type the
 * tagger gave the whole: "Mr Bush" tagged an organisation, "US President George W Bush" one
 * organisation, "Bush" after "President" tagged an organisation. The span becomes the words after
 * the title; the title (and "US" before it) is read as the person's role later. Places are left
 * alone ("Prince Edward Island"), and so are names with an organisation's head word ("Queen
 * Elizabeth Hospital", "King's College").
 */
export function personsAfterTitles(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  return spans.flatMap((s) => {
    // A person's span may hold a title too ("Tesla CEO Elon Musk"); not a royal one, which
    // people's names carry ("Martin Luther King Jr", "Billie Jean King").
    const person = s.type === 'person';
    if (s.type !== 'organization' && s.type !== 'misc' && !person) return [s];
    const addresses = (i: number) =>
      i >= 0 &&
      (person
        ? PERSON_TITLES.has(tokens[i]!.lower) && !ROYAL_TITLES.has(tokens[i]!.lower)
        : HONORIFICS.has(tokens[i]!.lower) || PERSON_TITLES.has(tokens[i]!.lower));
    // The last title inside the span, or the word just before it ("President" + "Bush").
    // Before the span, a capitalised title only: "market leader Best Buy" is a company.
    const before = tokens[s.tokenStart - 1];
    const titled =
      !person && addresses(s.tokenStart - 1) && (isCapitalised(before!) || HONORIFICS.has(before!.lower));
    let title = titled ? s.tokenStart - 1 : -1;
    for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) if (addresses(i)) title = i;
    if (title < 0) return [s];
    const name = tokens.slice(title + 1, s.tokenEnd);
    if (!name.every(isCapitalised) || name.some((t) => ORG_HEADS.has(t.lower) || PLACE_NOUNS.has(t.lower)))
      return [s];
    const named = typedSpan(title + 1, s.tokenEnd, 'person');
    const owner = titleOwner(tokens, s.tokenStart, title);
    return owner ? [owner, named] : [named];
  });
}

/**
 * What a title in a span belongs to, from the words before it: "European Commission" in "European
 * Commission President Ursula", which the title's reading then takes as the person's organisation.
 * Title words ("Deputy Prime") are no owner, and a country or a nationality keeps its own type.
 */
function titleOwner(tokens: readonly Token[], from: number, title: number): TypedSpan | undefined {
  let end = title;
  while (end > from && isTitleWord(tokens[end - 1]!)) end--;
  if (end <= from) return undefined;
  // Proper nouns only: "Although President Bush" opens a sentence, it names nothing.
  for (let i = from; i < end; i++)
    if (!isCapitalised(tokens[i]!) || tokens[i]!.pos !== 'PROPN') return undefined;
  const text = joinTokenTexts(tokens, from, end, ' ');
  const type = findCountry(text) ? 'location' : findDemonym(text) ? 'misc' : 'organization';
  return typedSpan(from, end, type);
}

const DASHES = new Set(['-', '\u2013', '\u2014', '--']);

/**
 * "SEOUL, May 23 (Reuters) -", "BRASILIA (AP) \u2014": the agency that filed a wire story credits
 * itself in the dateline. That is where the text comes from, not what it is about: kept, the agency
 * would be co-mentioned with everything in every lead it filed, and be the hub of a wire corpus. A
 * name between brackets with a dash after them is dropped; "told Reuters" in the text stays.
 */
export function dropAgencyCredits(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  return spans.filter((s) => {
    // Any type: the tagger, seeing the credit beside a place, may call it one.
    if (s.tokenStart === 0 || tokens[s.tokenStart - 1]!.text !== '(') return true;
    const close = tokens[s.tokenEnd];
    const dash = tokens[s.tokenEnd + 1];
    return !(close?.text === ')' && dash && DASHES.has(dash.text) && dash.sentence === close.sentence);
  });
}

/** Conjunctions no name has inside it in lower case ("Lords if Conservative", "Tait or Noon"). */
const CLAUSE_CONJUNCTIONS = new Set(
  'but if or nor when while because unless although though whereas'.split(' '),
);

/** Words capitalised only by opening a sentence, which the tagger runs into a name after them. */
const SENTENCE_OPENERS = new Set(
  `both like meanwhile although though neither either but if as while when unlike only even also however
   then so yet since after before during despite`.split(/\s+/),
);

/**
 * "Both Labour and the Tories", "Meanwhile Labour said", "the Foreign Office if Labour won": the
 * tagger takes a sentence's opening word or a lower-case conjunction into a name. The opening word
 * is cut off, and a span is split at the conjunction.
 */
export function trimClauseWords(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens, sentences } = analyzed;
  return spans.flatMap((s) => {
    let start = s.tokenStart;
    const first = tokens[start]!;
    if (
      s.tokenEnd - start > 1 &&
      SENTENCE_OPENERS.has(first.lower) &&
      (sentences[first.sentence]!.tokenStart === start || /^["“‘'(]$/.test(tokens[start - 1]?.text ?? ''))
    )
      start++;
    const parts: TypedSpan[] = [];
    for (let i = start; i < s.tokenEnd; i++) {
      if (!CLAUSE_CONJUNCTIONS.has(tokens[i]!.text)) continue;
      if (i > start) parts.push(typedSpan(start, i, s.type));
      start = i + 1;
    }
    if (start < s.tokenEnd) parts.push(start === s.tokenStart ? s : typedSpan(start, s.tokenEnd, s.type));
    return parts;
  });
}

/** Punctuation at the edge of a span ("Russia-" of "Russia-Ukraine") is not part of the name. */
export function trimPunctuation(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const punct = (i: number) => analyzed.tokens[i]!.pos === 'PUNCT';
  return spans.flatMap((s) => {
    let { tokenStart, tokenEnd } = s;
    while (tokenStart < tokenEnd && punct(tokenStart)) tokenStart++;
    while (tokenEnd > tokenStart && punct(tokenEnd - 1)) tokenEnd--;
    if (tokenStart === tokenEnd) return [];
    return tokenStart === s.tokenStart && tokenEnd === s.tokenEnd
      ? [s]
      : [typedSpan(tokenStart, tokenEnd, s.type)];
  });
}

/** Legal-form suffixes written after company names ("Nord Stream 2 AG", "Airbus SE"). */
const LEGAL_FORMS = new Set([
  'AG',
  'SE',
  'SA',
  'NV',
  'BV',
  'GmbH',
  'Inc',
  'Inc.',
  'Ltd',
  'Ltd.',
  'PLC',
  'plc',
  'LLC',
  'Corp',
  'Corp.',
  'Co.',
  'AB',
  'ASA',
  'SpA',
  'KGaA',
]);

/**
 * A company's legal form belongs to its name, and so does a number before it: "Nord Stream 2 AG"
 * is one organisation, not "Nord Stream" and "AG". Only a legal form joins across a number, so that
 * "Arsenal 2 Chelsea 1" stays two clubs.
 */
export function attachLegalForms(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  // Not read past the last token: an out-of-bounds read deoptimised this rule.
  const textAt = (i: number) => (i < tokens.length ? tokens[i]!.text : '');
  const out: TypedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type !== 'organization' && s.type !== 'misc') {
      out.push(s);
      continue;
    }
    let end = s.tokenEnd;
    if (/^\d+$/.test(textAt(end)) && LEGAL_FORMS.has(textAt(end + 1))) end++;
    if (!LEGAL_FORMS.has(textAt(end)) || tokens[end]!.sentence !== tokens[s.tokenStart]!.sentence) {
      out.push(s);
      continue;
    }
    // The legal form may have been tagged as a span of its own: it is swallowed.
    const next = spans[k + 1];
    if (next && next.tokenStart === end && next.tokenEnd === end + 1) k++;
    out.push(typedSpan(s.tokenStart, end + 1, 'organization'));
  }
  return out;
}

/**
 * wink splits "Jean-Pierre" into three tokens and the tagger may then tag two names; two spans joined
 * by a hyphen written without spaces are one name.
 */
export function joinHyphenatedNames(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  const out: TypedSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const hyphen = tokens[s.tokenStart - 1];
    if (
      prev &&
      prev.tokenEnd === s.tokenStart - 1 &&
      hyphen?.text === '-' &&
      tokens[prev.tokenEnd - 1]!.end === hyphen.start &&
      hyphen.end === tokens[s.tokenStart]!.start &&
      (prev.type === s.type || s.type === 'person')
    ) {
      out[out.length - 1] = typedSpan(prev.tokenStart, s.tokenEnd, s.type);
    } else out.push(s);
  }
  return out;
}

/** Words written after a hyphenated name that do not end it: "Putin-backed", "Blair-era". */
const HYPHEN_COMPOUND_WORDS = new Set(
  'led era like style type backed based born owned run funded made free held linked allied aligned'.split(
    ' ',
  ),
);

/**
 * Korean and Taiwanese given names are hyphenated with the second syllable in lower case ("Lai
 * Ching-te", "Choi Sang-mok", "Kim Jong-un"): the tagger ends the name at the hyphen. A person span
 * of two words or more that a hyphen and a short lower-case word follow, all written together,
 * takes them in.
 */
export function completeHyphenatedGivenNames(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  return spans.map((s) => {
    if (s.type !== 'person' || s.tokenEnd - s.tokenStart < 2) return s;
    const hyphen = tokens[s.tokenEnd];
    const rest = tokens[s.tokenEnd + 1];
    if (
      !hyphen ||
      !rest ||
      hyphen.text !== '-' ||
      tokens[s.tokenEnd - 1]!.end !== hyphen.start ||
      hyphen.end !== rest.start ||
      !/^\p{Ll}{1,6}$/u.test(rest.text) ||
      HYPHEN_COMPOUND_WORDS.has(rest.text)
    )
      return s;
    return typedSpan(s.tokenStart, s.tokenEnd + 2, 'person');
  });
}

/** Organisation heads that also end names of places. */
const PLACE_LIKE_HEADS = new Set(
  'union court exchange guard guards bank reserve school college club league service services post times'.split(
    ' ',
  ),
);

/**
 * A capital inside a word after lower-case letters ("AeroSystems", "PayPal", "JPMorgan") is how
 * companies write their names; people's surnames that do it start with a particle ("McDonald",
 * "MacArthur", "DeSantis", "DiCaprio", "VanDyke"). Read on a name's last word only: first names
 * do it too ("LeBron", "MaliVai Washington").
 */
function isCompanyCamelCase(t: Token): boolean {
  return (
    (/^\p{Lu}*\p{Ll}+\p{Lu}/u.test(t.text) || /^\p{Lu}{2,}\p{Ll}{2,}/u.test(t.text)) &&
    !/^(?:Mc|Mac|De|Di|Da|Du|Del|La|Le|Van|Von|Fitz)\p{Lu}/u.test(t.text)
  );
}

/**
 * Types that gazetteers and name heads settle: a name ending in an organisation head ("State Duma",
 * "Maxar Technologies") is an organisation whatever the tagger said, a known country or region
 * ("Eastern Europe") a place.
 */
export function retypeByGazetteer(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  // Surnames of the people the article names in full: "Phoenix" after "Joaquin Phoenix" is him.
  const surnames = new Set<string>();
  for (const s of spans)
    if (s.type === 'person' && s.tokenEnd - s.tokenStart > 1)
      surnames.add(analyzed.tokens[s.tokenEnd - 1]!.text);
  return spans.map((s) => {
    const ws = words(analyzed.tokens, s);
    const text = joinTokenTexts(ws, 0, ws.length, ' ');
    if (findCountry(text) || findRegion(text))
      return s.type === 'location' ? s : typedSpan(s.tokenStart, s.tokenEnd, 'location');
    // "Liberty, North Carolina" tagged a person; a state typed an organisation is its team or its
    // government ("New York beat Boston") and stays.
    if (s.type === 'person' && ws.length > 1 && isStateOrProvince(text))
      return typedSpan(s.tokenStart, s.tokenEnd, 'location');
    const last = ws[ws.length - 1]!.lower;
    if (s.type === 'person' && (ORG_HEADS.has(last) || isCompanyCamelCase(ws[ws.length - 1]!)))
      return typedSpan(s.tokenStart, s.tokenEnd, 'organization');
    // "an Alaska Airlines jet": a place's name opens the company's. Heads that also end places'
    // names ("Soviet Union", "Earls Court", "South Bank") are left to the tagger.
    if (s.type === 'location' && ws.length > 1 && ORG_HEADS.has(last) && !PLACE_LIKE_HEADS.has(last))
      return typedSpan(s.tokenStart, s.tokenEnd, 'organization');
    // "Yesterday Kyiv said": a city of a million people alone is no one's name, unless the
    // article names someone so.
    if (
      s.type === 'person' &&
      ws.length === 1 &&
      !surnames.has(text) &&
      (findCity(text)?.population ?? 0) >= 1_000_000
    )
      return typedSpan(s.tokenStart, s.tokenEnd, 'location');
    // Not read past the last token: an out-of-bounds read deoptimised this rule.
    const next = s.tokenEnd < analyzed.tokens.length ? analyzed.tokens[s.tokenEnd] : undefined;
    // "the Belgorod region" names a place; "the Ukrainian port" describes one.
    if (
      s.type !== 'location' &&
      next &&
      PLACE_NOUNS.has(next.lower) &&
      next.pos === 'NOUN' &&
      !findDemonym(text)
    )
      return typedSpan(s.tokenStart, s.tokenEnd, 'location');
    return s;
  });
}

/** What makes a listed name that is also a place the place: "the Amazon", "Amazon rainforest". */
const NATURE_NOUNS = new Set(['rainforest', 'river', 'basin', 'forest', 'delta', 'region']);

/**
 * Organisations the world knows by name (gazetteer/known-organizations), which the tagger types by
 * what little a bare name tells it: a span written exactly as a listed name is an organisation, and
 * a listed name the tagger passed over becomes one when it stands alone (no capitalised word
 * beside it that would make it part of a longer name: "Google Maps", "Amazon Prime Video").
 */
export function knownOrganizations(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens, text } = analyzed;
  const placeReading = (start: number, end: number) =>
    tokens[start - 1]?.lower === 'the' || NATURE_NOUNS.has(tokens[end]?.lower ?? '');
  const covered = new Uint8Array(tokens.length);
  let changed = false;
  const out = spans.map((s) => {
    covered.fill(1, s.tokenStart, s.tokenEnd);
    if (s.type === 'organization' || !opensKnownOrganization(tokens[s.tokenStart]!.text)) return s;
    const known = findKnownOrganization(text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end));
    if (!known || (known.ambiguous && placeReading(s.tokenStart, s.tokenEnd))) return s;
    changed = true;
    return typedSpan(s.tokenStart, s.tokenEnd, 'organization');
  });
  const capitalisedBeside = (t: number, sentence: number) =>
    t >= 0 && t < tokens.length && tokens[t]!.sentence === sentence && /^\p{Lu}/u.test(tokens[t]!.text);
  for (let t = 0; t < tokens.length; t++) {
    const first = tokens[t]!;
    if (covered[t] || !opensKnownOrganization(first.text)) continue;
    // The longest listed name from here, within the sentence and over uncovered tokens.
    for (let end = Math.min(tokens.length, t + 6); end > t; end--) {
      if (covered[end - 1] || tokens[end - 1]!.sentence !== first.sentence) continue;
      const known = findKnownOrganization(text.slice(first.start, tokens[end - 1]!.end));
      if (!known) continue;
      const atStart = analyzed.sentences[first.sentence]!.tokenStart === t;
      const alone =
        !capitalisedBeside(end, first.sentence) && (atStart || !capitalisedBeside(t - 1, first.sentence));
      if (alone && !(known.ambiguous && (atStart || placeReading(t, end)))) {
        out.push(typedSpan(t, end, 'organization'));
        covered.fill(1, t, end);
        changed = true;
      }
      break;
    }
  }
  return changed ? out.sort((a, b) => a.tokenStart - b.tokenStart) : spans;
}

/**
 * Holidays, awards and technologies are misc, whatever the tagger typed them (see gazetteer/misc):
 * a span ending in one ("Christmas", "a Foreign Language Oscar", "Sony DVD"), or a holiday followed
 * by its day ("Christmas Eve"). "Christmas Island" and "Oscar Wilde" end in other words and stay,
 * and so does a lone "Oscar" with neither an article before it nor a noun after it (a footballer).
 */
export function demoteMiscNames(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  return spans.map((s) => {
    if (s.type === 'misc') return s;
    const ws = words(analyzed.tokens, s);
    const last = ws[ws.length - 1]!.lower;
    const holiday =
      HOLIDAYS.has(last) || (ws.length > 1 && DAY_WORDS.has(last) && HOLIDAYS.has(ws[ws.length - 2]!.lower));
    const before = analyzed.tokens[s.tokenStart - 1];
    const after = s.tokenEnd < analyzed.tokens.length ? analyzed.tokens[s.tokenEnd] : undefined;
    const award =
      AWARDS.has(last) ||
      (AWARD.has(last) &&
        (ws.length > 1 || before?.pos === 'DET' || before?.pos === 'PRON' || after?.pos === 'NOUN'));
    const faith = ws.length === 1 && FAITHS_AND_PEOPLES.has(last);
    return holiday || award || faith || TECHNOLOGIES.has(ws[ws.length - 1]!.text)
      ? typedSpan(s.tokenStart, s.tokenEnd, 'misc')
      : s;
  });
}

/**
 * "the Russian Defence Ministry": the tagger often leaves the demonym out (CoNLL tags it MISC); an
 * organisation named only by generic words ("Defence Ministry") takes the demonym before it.
 */
export function joinDemonymOrganizations(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  const out: TypedSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const generic = words(tokens, s).every((t) => ORG_HEADS.has(t.lower) || TITLE_WORDS.has(t.lower));
    const before = tokens[s.tokenStart - 1];
    if (
      s.type === 'organization' &&
      generic &&
      before &&
      findDemonym(before.text) &&
      before.sentence === tokens[s.tokenStart]!.sentence
    ) {
      if (prev && prev.tokenEnd === s.tokenStart && prev.tokenStart === s.tokenStart - 1) out.pop();
      out.push(typedSpan(s.tokenStart - 1, s.tokenEnd, s.type));
    } else out.push(s);
  }
  return out;
}

/**
 * "Jet Airways", "General Electric": the tagger sometimes keeps only the head of a company's name,
 * and a bare head ("Airways", "Electric") names nothing. An organisation made only of head words
 * takes in the proper nouns written right before it that no other span holds.
 */
export function extendBareOrganizationHeads(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);
  return spans.map((s) => {
    if (s.type !== 'organization' || !words(tokens, s).every((t) => ORG_HEADS.has(t.lower))) return s;
    const sentence = tokens[s.tokenStart]!.sentence;
    let start = s.tokenStart;
    while (start > 0) {
      const t = tokens[start - 1]!;
      if (covered[start - 1] || t.sentence !== sentence || t.pos !== 'PROPN' || !isCapitalised(t)) break;
      start--;
    }
    return start === s.tokenStart ? s : typedSpan(start, s.tokenEnd, 'organization');
  });
}

/**
 * Offices and officials of a town or region: "Kharkiv governor", "Moscow officials". Not a club's
 * ("Chelsea chairman", "Barcelona president" name the club, and CoNLL-2003 tags them so).
 */
const LOCAL_OFFICES = new Set(
  'governor governors mayor prosecutor prosecutors police official officials authorities'.split(' '),
);

/**
 * A town or country named before a title, which the tagger left out or took for an organisation:
 * "Kharkiv governor Oleh Synehubov said" opening a sentence (the tagger is unsure of capitals
 * there), "Belgorod Governor Vyacheslav Gladkov" tagged an organisation. A one-word proper noun
 * that the city, country or region gazetteers know, right before a local office, is a place
 * ("Mobile security firms" is no place: "security" is no office of Mobile's).
 */
export function placesBeforeTitles(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  const spanAt = new Map<number, TypedSpan>();
  for (const s of spans) for (let t = s.tokenStart; t < s.tokenEnd; t++) spanAt.set(t, s);
  const retyped = new Map<TypedSpan, TypedSpan>();
  const added: TypedSpan[] = [];
  for (let t = 0; t + 1 < tokens.length; t++) {
    const token = tokens[t]!;
    const next = tokens[t + 1]!;
    // A capitalised word, not an acronym: "U.N. officials" (there is a town called Un). The set
    // lookup first: this runs on every token.
    if (
      !LOCAL_OFFICES.has(next.lower) ||
      token.pos !== 'PROPN' ||
      next.sentence !== token.sentence ||
      !/^\p{Lu}\p{Ll}/u.test(token.text)
    )
      continue;
    if (!(findCity(token.text) || findCountry(token.text, true) || findRegion(token.text))) continue;
    const span = spanAt.get(t);
    if (!span) added.push(typedSpan(t, t + 1, 'location'));
    else if (span.type === 'organization' && span.tokenStart === t && span.tokenEnd === t + 1)
      retyped.set(span, typedSpan(t, t + 1, 'location'));
  }
  if (added.length === 0 && retyped.size === 0) return spans;
  return withSpans(spans, added, retyped);
}

/**
 * A country, region or city of a million people or more that the tagger left untagged: "Kyiv
 * accused Moscow" lost Kyiv, a spelling the 1996 training text never had, at a sentence's start.
 * Only a proper noun standing alone (no capitalised word beside it, which would make it part of
 * another name), and only big cities: smaller towns are often words or surnames.
 */
export function addKnownPlaces(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);
  const added: TypedSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (covered[t] || token.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(token.text)) continue;
    const before = tokens[t - 1];
    const after = tokens[t + 1];
    const beside = (n: Token | undefined) => !!n && n.sentence === token.sentence && /^\p{Lu}/u.test(n.text);
    if ((beside(before) && sentenceStart(analyzed, t - 1) === false) || beside(after)) continue;
    const known =
      findCountry(token.text, true) ||
      findRegion(token.text) ||
      (findCity(token.text)?.population ?? 0) >= 1_000_000;
    if (known) added.push(typedSpan(t, t + 1, 'location'));
  }
  return added.length ? withSpans(spans, added) : spans;
}

function sentenceStart(analyzed: AnalyzedText, t: number): boolean {
  const token = analyzed.tokens[t];
  return !!token && analyzed.sentences[token.sentence]!.tokenStart === t;
}

/**
 * Organisation names the tagger missed ("Foreign Ministry spokesperson ..."): capitalised runs with an
 * organisation head that overlap no span. Only organisations: for people and places the tagger is the
 * better judge.
 */
export function addMissedOrganizations(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  // A misc span (a demonym) may be swallowed: "Russian" in "Russian Foreign Ministry".
  const taken = new Uint8Array(analyzed.tokens.length);
  for (const s of spans) if (s.type !== 'misc') taken.fill(1, s.tokenStart, s.tokenEnd);
  const candidates = findCapitalizedSpans(analyzed, { organizationsOnly: true });
  const added = candidates.filter((c) => {
    if (c.type !== 'organization') return false;
    for (let i = c.tokenStart; i < c.tokenEnd; i++) if (taken[i]) return false;
    // A lone head word ("the Group of 20", "the Ministry") names nothing by itself.
    return c.tokenEnd - c.tokenStart > 1 && ORG_HEADS.has(analyzed.tokens[c.tokenEnd - 1]!.lower);
  });
  // A long name the tagger cut short at a joiner ("Organization for Security and Cooperation" +
  // "in Europe"): the capitalised run wins when it starts where the tagger's organisation does,
  // unless an "in"/"on" joins a place to it that the article does not write as part of the name
  // (through its acronym) and that is no world region.
  const tokensText = new Set(analyzed.tokens.map((t) => t.text));
  for (const c of candidates) {
    if (c.type !== 'organization') continue;
    const cut = spans.find(
      (s) => s.type === 'organization' && s.tokenStart === c.tokenStart && s.tokenEnd < c.tokenEnd,
    );
    if (!cut) continue;
    // "Senate Majority Leader John Thune": a title and a person after the organisation, not its name.
    if (spans.some((s) => s.type === 'person' && s.tokenStart < c.tokenEnd && c.tokenStart < s.tokenEnd))
      continue;
    // Loops, not map() and filter(): see joinTokenTexts.
    const words: string[] = [];
    let acronym = '';
    for (let i = c.tokenStart; i < c.tokenEnd; i++) {
      const w = analyzed.tokens[i]!.text;
      words.push(w);
      if (/^\p{Lu}/u.test(w)) acronym += w[0];
    }
    const joiner = words.findIndex((w) => w === 'in' || w === 'on');
    // "... Cooperation in Europe" names an institution; "Ministry of Finance in Tokyo" says where it is.
    const regionTail = joiner > 0 && !!findRegion(words.slice(joiner + 1).join(' '));
    if (joiner > 0 && !regionTail && !tokensText.has(acronym)) continue;
    added.push(c);
  }
  if (added.length === 0) return spans;
  const kept = spans.filter(
    (s) => !added.some((a) => s.tokenStart < a.tokenEnd && a.tokenStart < s.tokenEnd),
  );
  return withSpans(kept, added);
}

const ARABIC_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el']);

/** Lower-case particles inside people's names: "von der Leyen", "bin Salman", "da Silva". */
const NAME_PARTICLES = new Set(
  'von van der den de da di du del della des la le ter ten dos das zu bin bint ibn al el'.split(' '),
);

/**
 * A person's name cut at its particles: the tagger gives "Ursula" and "Leyen" for "Ursula von der
 * Leyen", and "Mohammed" and "Abdulrahman Al Thani" for "Mohammed bin Abdulrahman Al Thani". A
 * person span, lower-case particles and a capitalised name after them (tagged or not) are one name.
 */
export function joinNameParticles(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  const startsAt = new Map<number, TypedSpan>();
  for (const s of spans) startsAt.set(s.tokenStart, s);
  const out: TypedSpan[] = [];
  const absorbed = new Set<TypedSpan>();
  for (const s of spans) {
    if (absorbed.has(s)) continue;
    if (s.type !== 'person') {
      out.push(s);
      continue;
    }
    let end = s.tokenEnd;
    const sentence = tokens[s.tokenStart]!.sentence;
    let k = end;
    while (k < tokens.length && tokens[k]!.sentence === sentence && NAME_PARTICLES.has(tokens[k]!.text)) k++;
    const next = k > end && k < tokens.length && tokens[k]!.sentence === sentence ? tokens[k]! : undefined;
    if (next && isCapitalised(next)) {
      const tagged = startsAt.get(k);
      // After an Arabic particle, the tagger may type the rest an organisation ("Mohammed bin
      // Abdulrahman Al Thani"); after "de" it may be a club's town ("Aguas de Barcelona").
      if (
        tagged &&
        (tagged.type === 'person' ||
          (ARABIC_PARTICLES.has(tokens[k - 1]!.text) && tagged.type !== 'location'))
      ) {
        absorbed.add(tagged);
        end = tagged.tokenEnd;
      } else if (!tagged) {
        end = k + 1;
        while (
          end < tokens.length &&
          tokens[end]!.sentence === sentence &&
          tokens[end]!.pos === 'PROPN' &&
          isCapitalised(tokens[end]!) &&
          !startsAt.has(end)
        )
          end++;
      }
    }
    out.push(end === s.tokenEnd ? s : typedSpan(s.tokenStart, end, 'person'));
  }
  return out;
}

/** "G7", "G20", "G77": the groups of states named by their number of members. */
const GROUP_OF_STATES = /^G\d{1,2}$/;

/**
 * Groups of states: "G7" and "G20", which the tagger, trained before they were news, leaves out,
 * and an organisation-headed "X of Y" it calls misc ("Group of Seven", "Council of Europe"). Both
 * act in diplomatic news ("China accused the G7 of smearing it").
 */
export function addGroupsOfStates(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);
  const out: TypedSpan[] = [];
  for (const s of spans) {
    const first = tokens[s.tokenStart]!;
    const ofName =
      s.type === 'misc' && s.tokenEnd - s.tokenStart > 2 && tokens[s.tokenStart + 1]!.lower === 'of';
    out.push(ofName && ORG_HEADS.has(first.lower) ? typedSpan(s.tokenStart, s.tokenEnd, 'organization') : s);
  }
  let added = false;
  for (let t = 0; t < tokens.length; t++) {
    const text = tokens[t]!.text;
    // The first letter before the pattern: this runs on every token.
    if (covered[t] || text.charCodeAt(0) !== 71 || !GROUP_OF_STATES.test(text)) continue;
    out.push(typedSpan(t, t + 1, 'organization'));
    added = true;
  }
  return added ? out.sort((a, b) => a.tokenStart - b.tokenStart) : out;
}

/** Party names that are also common words: "Labour costs rose" opens a sentence with the noun. */
const COMMON_WORD_PARTIES = new Set(['Labour']);
/** Nouns after "Labour" that still make it the party at a sentence's start ("Labour leader X said"). */
const PARTY_NOUNS = new Set(
  `leader leaders party mp mps government candidate candidates spokesman spokeswoman peer peers member
   members voters supporters councillor councillors source sources minister ministers`.split(/\s+/),
);

/** The part [from, to) of a person span that a party name cut off, without the title words it opens with. */
function personRest(tokens: readonly Token[], s: TypedSpan, from: number, to: number): TypedSpan | undefined {
  if (s.type !== 'person') return undefined;
  while (from < to && (isTitleWord(tokens[from]!) || HONORIFICS.has(tokens[from]!.lower))) from++;
  return from < to && isCapitalised(tokens[from]!) ? typedSpan(from, to, 'person') : undefined;
}

/**
 * Political parties named alone ("Labour", "the Tories", "Democrats", "Reform UK"), which the
 * tagger misses, takes for people or files as misc (see gazetteer/parties). A party name, matched
 * as written, becomes an organisation span in place of the spans it overlaps, unless a longer
 * organisation holds it ("Scottish Labour Party").
 */
export function addPartyNames(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens, sentences } = analyzed;
  const parties: TypedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = partyNamesStartingWith(tokens[i]!.text);
    if (!candidates) continue;
    const sentence = sentences[tokens[i]!.sentence]!;
    for (const { words } of candidates) {
      const end = i + words.length;
      if (end > sentence.tokenEnd || words.some((w, k) => tokens[i + k]!.text !== w)) continue;
      const next = end < sentence.tokenEnd ? tokens[end] : undefined;
      const commonNoun =
        COMMON_WORD_PARTIES.has(words.join(' ')) &&
        i === sentence.tokenStart &&
        next?.pos === 'NOUN' &&
        !PARTY_NOUNS.has(next.lower);
      if (!commonNoun) parties.push(typedSpan(i, end, 'organization'));
      i = end - 1;
      break;
    }
  }
  if (parties.length === 0) return spans;
  const kept: TypedSpan[] = [];
  const held = new Set<TypedSpan>();
  for (const s of spans) {
    const inside = parties.filter((p) => p.tokenStart < s.tokenEnd && s.tokenStart < p.tokenEnd);
    const holds = (p: TypedSpan) =>
      s.type === 'organization' && s.tokenStart <= p.tokenStart && p.tokenEnd <= s.tokenEnd;
    if (inside.length === 0 || inside.every(holds)) {
      for (const p of inside) held.add(p);
      kept.push(s);
      continue;
    }
    // The tagger ran the party into a person's name ("Blair Labour", "Tory MP Peter Luff"): the
    // rest of the name stays, without its title. Of a place or misc ("New Labour", "Tory
    // Parliamentary") nothing else is a name.
    const first = inside[0]!;
    const last = inside[inside.length - 1]!;
    for (const rest of [
      personRest(tokens, s, s.tokenStart, first.tokenStart),
      personRest(tokens, s, last.tokenEnd, s.tokenEnd),
    ])
      if (rest) kept.push(rest);
  }
  for (const p of parties) if (!held.has(p)) kept.push(p);
  return kept.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** A rule over the tagger's spans; the tagger is there for what its model knows of words. */
export type SpanRule = (spans: TypedSpan[], analyzed: AnalyzedText, tagger?: TokenTagger) => TypedSpan[];

/** Applied in this order to the tagger's spans. */
export const SPAN_RULES: readonly SpanRule[] = [
  trimPunctuation,
  trimClauseWords,
  trimLeadingMembers,
  dropTitleSpans,
  splitTitledPeople,
  trimTitleOwners,
  personsAfterTitles,
  stripHonorifics,
  joinNameParticles,
  joinHyphenatedNames,
  completeHyphenatedGivenNames,
  attachLegalForms,
  dropCapitalizedCommonWords,
  dropDates,
  splitHeadlineCountries,
  demoteDescriptors,
  retypeByGazetteer,
  knownOrganizations,
  demoteMiscNames,
  demoteWeaponNames,
  joinDemonymOrganizations,
  extendBareOrganizationHeads,
  addMissedOrganizations,
  addGroupsOfStates,
  addPartyNames,
  placesBeforeTitles,
  addKnownPlaces,
  personsBySpeechVerbs,
  personsByPostAppositions,
  addRepeatedNames,
  // Last: the gazetteers above may add the agency ("Reuters") back.
  dropAgencyCredits,
];
