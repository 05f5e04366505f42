/**
 * Names the tagger found once and missed elsewhere in the same article. The tagger decides each
 * occurrence alone: "Cleverly" after "James Cleverly" reads as the adverb when it opens a sentence,
 * and a party it tagged in one sentence can go untagged in the next. A missed subject is worse than
 * a missed name: the relation rules then give its verb to the previous sentence's subject ("he had
 * spoken with" went to the wrong politician). An article that names a thing once names it the same
 * way again, so an exact, case-sensitive repeat of a tagged name becomes a span of the same type.
 */
import { CALENDAR_WORDS } from '../gazetteer';
import type { AnalyzedText, EntityType, Token } from '../types';
import { typedSpan, withSpans, type TypedSpan } from './spans';

interface RepeatedName {
  words: string[];
  type: EntityType;
}

const startsUpper = (text: string) => /^\p{Lu}/u.test(text);

/** "Cook", "O'Connor", "McClaren"; not "MPs" or "UN", which end names the tagger ran together. */
const isSurnameShaped = (word: string) => /^\p{Lu}[\p{Ll}'’]/u.test(word);

// Weekdays and months (CALENDAR_WORDS): "Friday" ends "Man Friday" and "May" ends "Theresa May",
// and both are dates.

/**
 * The names a repeat may take: names of more than one word ("Band Aid", "Standard Life", "Keir
 * Starmer") and the surnames of people named in full, as the tagger gave them after the other
 * rules. One-word organisations and places are left out: measured on BBC, their repeats were mostly
 * the tagger's errors copied ("TV", "Man", "Music" as companies), while a surname from a full name
 * is what the article itself calls the person. Headlines, which run names together, give
 * no surnames. A name given two types in one article is ambiguous and left alone.
 */
function namesOf(spans: TypedSpan[], { tokens, sentences }: AnalyzedText): Map<string, RepeatedName[]> {
  const byKey = new Map<string, RepeatedName | null>();
  const offer = (words: string[], type: EntityType) => {
    if (!words.some(startsUpper)) return;
    const key = words.join(' ');
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, { words, type });
    else if (known && known.type !== type) byKey.set(key, null);
  };
  for (const s of spans) {
    if (s.type === 'misc') continue;
    const words: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(tokens[i]!.text);
    if (words.length === 1) continue;
    offer(words, s.type);
    const surname = words[words.length - 1]!;
    if (
      s.type === 'person' &&
      !sentences[tokens[s.tokenStart]!.sentence]!.isHeadline &&
      isSurnameShaped(surname) &&
      !CALENDAR_WORDS.has(surname.toLowerCase())
    )
      offer([surname], 'person');
  }
  // By first word, longest name first, so that "New York Times" wins over "New York" at one place.
  const byFirst = new Map<string, RepeatedName[]>();
  for (const name of byKey.values()) {
    if (!name) continue;
    const list = byFirst.get(name.words[0]!) ?? [];
    list.push(name);
    byFirst.set(name.words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/** The span rule: adds the repeats the tagger missed; the tagger's own spans are kept as they are. */
export function addRepeatedNames(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens, sentences } = analyzed;
  const names = namesOf(spans, analyzed);
  if (names.size === 0) return spans;
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);

  const added: TypedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = covered[i] ? undefined : names.get(tokens[i]!.text);
    if (!candidates) continue;
    const sentence = sentences[tokens[i]!.sentence]!;
    for (const name of candidates) {
      const end = i + name.words.length;
      if (end > sentence.tokenEnd || !matchesAt(tokens, covered, i, name.words)) continue;
      // Part of a longer name the tagger did not see ("Cleverly Hills", "New Labour"): the
      // capitalised word beside it belongs to that other name. A sentence's first word is
      // capitalised by position, not as a name ("Yesterday Cleverly said").
      const before = i > sentence.tokenStart ? tokens[i - 1]! : undefined;
      const after = end < sentence.tokenEnd ? tokens[end] : undefined;
      const nameBefore =
        before && startsUpper(before.text) && (i - 1 > sentence.tokenStart || before.pos === 'PROPN');
      if (nameBefore || (after && startsUpper(after.text))) break;
      added.push(typedSpan(i, end, name.type));
      i = end - 1;
      break;
    }
  }
  if (added.length === 0) return spans;
  return withSpans(spans, added);
}

function matchesAt(tokens: readonly Token[], covered: Uint8Array, at: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (covered[at + k] || tokens[at + k]!.text !== words[k]) return false;
  }
  return true;
}
