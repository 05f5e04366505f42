/**
 * A rule-based name finder: runs of capitalised tokens typed with gazetteers and cue words.
 * It is what the extractor falls back on when no trained tagger model is installed (before
 * `pnpm train:ner`, or with `tagger: false`); the trained tagger is far better at deciding types.
 */
import {
  CALENDAR_WORDS,
  findCity,
  findCountry,
  findDemonym,
  findRegion,
  ORG_HEADS,
  TITLE_WORDS,
} from '../gazetteer';
import type { AnalyzedText, EntityType, Token } from '../types';
import { joinTokenTexts, typedSpan, type TypedSpan } from './spans';

/** A word in capitals that names an organisation by itself ("NATO", "BBC"). */
const ACRONYM = /^[A-Z]{2,6}$/;

/** Words that may join capitalised words inside an organisation's name. */
const JOINERS = new Set(['of', 'for', 'and', 'in', 'on', '&']);

function isCapitalized(t: Token): boolean {
  // wink makes the odd empty token; reading past the end of its text deoptimised every caller.
  if (t.text.length === 0) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 && /\p{L}/u.test(t.text);
}

function isNameToken(tokens: Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i]!;
  if (!isCapitalized(t) || t.text === 'I') return false;
  if (CALENDAR_WORDS.has(t.lower)) return false;
  // Sentence-initial capitals are ordinary words unless tagged as a proper noun or known as a place.
  if (i === sentenceStart && t.pos !== 'PROPN' && !findCountry(t.text)) return false;
  return (
    t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || /^[A-Z.]+$/.test(t.text)
  );
}

function typeOf(words: Token[], tokens: Token[], start: number): EntityType | undefined {
  const text = joinTokenTexts(words, 0, words.length, ' ');
  if (findCountry(text) || findRegion(text)) return 'location';
  const last = words[words.length - 1]!.lower;
  if (ORG_HEADS.has(last) || (words.length > 2 && ORG_HEADS.has(words[0]!.lower))) return 'organization';
  if (words.length === 1 && findDemonym(text)) return 'misc';
  if (ACRONYM.test(text)) return 'organization';
  if (findCity(text)) return 'location';
  const before = tokens[start - 1];
  if (before && TITLE_WORDS.has(before.lower)) return 'person';
  if (words.length >= 2 && words.length <= 3 && words.every((w) => w.pos === 'PROPN')) return 'person';
  const next = tokens[start + words.length];
  if (next && (next.lemma === 'say' || next.lemma === 'tell')) return 'person';
  return undefined;
}

/** A title word, or a country/demonym that a title word follows ("German Chancellor"). */
function isTitleLead(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.text;
  if (TITLE_WORDS.has(word.toLowerCase())) return true;
  const next = tokens[i + 1];
  return !!next && TITLE_WORDS.has(next.lower) && !!(findDemonym(word) || findCountry(word));
}

/**
 * Whether typeOf can make an organisation of the run [i, end) or of a part of it left after title
 * words: its last word is a head word ("Ministry"), a word at least three from the end is one
 * ("Bank of England"), or its last word is an acronym. A cheap necessary condition, so that a
 * search for organisations only types the runs that may be one.
 */
function mayBeOrganization(tokens: Token[], i: number, end: number): boolean {
  const last = tokens[end - 1]!.text;
  if (ORG_HEADS.has(last.toLowerCase()) || ACRONYM.test(last)) return true;
  for (let k = i; k < end - 2; k++) if (ORG_HEADS.has(tokens[k]!.lower)) return true;
  return false;
}

export interface CapitalizedSpanOptions {
  /** Only the organisations (addMissedOrganizations): other runs are not typed at all. */
  organizationsOnly?: boolean;
}

export function findCapitalizedSpans(
  analyzed: AnalyzedText,
  options: CapitalizedSpanOptions = {},
): TypedSpan[] {
  const { tokens } = analyzed;
  const spans: TypedSpan[] = [];
  for (const sentence of analyzed.sentences) {
    if (sentence.isHeadline) continue; // capitals say nothing in a headline
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      if (!isNameToken(tokens, i, sentence.tokenStart)) {
        i++;
        continue;
      }
      let end = i + 1;
      // One "and" per name: "University of the Highlands and Islands" ends before "and Southampton".
      let joinedAnd = false;
      for (;;) {
        if (end < sentence.tokenEnd && isNameToken(tokens, end, sentence.tokenStart)) {
          end++;
          continue;
        }
        // "Organization for Security and Cooperation in Europe": joiners inside an organisation's name.
        // Only a name that starts with its head word continues ("Bank of England"); "the European
        // Commission in Helsinki" ends at its head.
        // Not read past the last token: an out-of-bounds read deoptimised this function.
        const joiner = end < tokens.length ? tokens[end] : undefined;
        const headFirst = ORG_HEADS.has(tokens[i]!.lower);
        if (joiner && headFirst && JOINERS.has(joiner.text) && !(joiner.text === 'and' && joinedAnd)) {
          // "Institute for the Study of War", "Organisation for the Prohibition of Chemical Weapons":
          // an article after "for" or "of" belongs to the name when a capitalised word follows it.
          const article =
            (joiner.text === 'for' || joiner.text === 'of') &&
            end + 1 < sentence.tokenEnd &&
            tokens[end + 1]!.lower === 'the';
          const next = end + (article ? 2 : 1);
          if (next < sentence.tokenEnd && isCapitalized(tokens[next]!)) {
            if (joiner.text === 'and') joinedAnd = true;
            end = next + 1;
            continue;
          }
        }
        break;
      }
      if (options.organizationsOnly && !mayBeOrganization(tokens, i, end)) {
        i = end;
        continue;
      }
      // Title words at the front of a person's name are the role, not the name; an organisation
      // keeps them ("State Department").
      let start = i;
      let type = typeOf(tokens.slice(i, end), tokens, i);
      if (type !== 'organization' && type !== 'location') {
        while (start < end - 1 && isTitleLead(tokens, start)) start++;
        if (start !== i) type = typeOf(tokens.slice(start, end), tokens, start);
      }
      if (type && (type === 'organization' || !options.organizationsOnly))
        spans.push(typedSpan(start, end, type));
      i = end;
    }
  }
  return spans;
}
