/**
 * Weapons named by their make: "Patriot air defence systems", "Storm Shadow missiles", "Leopard
 * tanks". The tagger types such a name by its shape (a place, a person, a company) and the graph
 * then holds "Patriot" as a place that Germany supplies. CoNLL-2003 files products as misc; so does
 * this rule, which the graph leaves out by default.
 */
import { findCity, findCountry, findDemonym, findKnownOrganization, findRegion } from '../gazetteer';
import type { AnalyzedText, Token } from '../types';
import { joinTokenTexts, typedSpan, type TypedSpan } from './spans';

/** What a make names, by lower-case word. */
const WEAPON_NOUNS = new Set(
  `missile missiles system systems tank tanks jet jets fighter fighters drone drones rocket rockets
   launcher launchers howitzer howitzers helicopter helicopters interceptor interceptors warplane
   warplanes aircraft submarine submarines frigate frigates munitions shells vehicles`.split(/\s+/),
);

/**
 * An event that a weapon noun names as a kind ("a Kherson missile strike" is a place's), besides
 * any noun after it ("Dr Mark Tuffy, games systems director": the weapon noun heads no phrase).
 */
const WEAPON_EVENTS = new Set(['strike', 'strikes', 'attack', 'attacks', 'barrage', 'launch', 'alert']);

/** Words that may stand between a make and its weapon: "air defence", "long-range", the 2 of "Leopard 2". */
const isModifier = (t: Token) =>
  (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.text === '-') && !/^\p{Lu}/u.test(t.text);

/** Whether a weapon noun heads the lower-case words (three at most) after token `end`. */
function weaponAfter(tokens: readonly Token[], end: number): boolean {
  const sentence = end > 0 ? tokens[end - 1]!.sentence : -1;
  for (let i = end; i < tokens.length && i < end + 4; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) return false;
    if (WEAPON_NOUNS.has(t.lower)) {
      const next = i + 1 < tokens.length ? tokens[i + 1]! : undefined;
      return !(next && next.sentence === sentence && (next.pos === 'NOUN' || WEAPON_EVENTS.has(next.lower)));
    }
    if (!isModifier(t)) return false;
  }
  return false;
}

/** A name that the gazetteers know as a country, place or organisation keeps its type: "NATO jets". */
function isKnownName(text: string): boolean {
  return !!(
    findCountry(text) ||
    findDemonym(text) ||
    findRegion(text) ||
    findCity(text) ||
    findKnownOrganization(text)
  );
}

export function demoteWeaponNames(spans: TypedSpan[], analyzed: AnalyzedText): TypedSpan[] {
  const { tokens } = analyzed;
  let changed = false;
  const out = spans.map((s) => {
    if (s.type === 'misc' || !weaponAfter(tokens, s.tokenEnd)) return s;
    if (isKnownName(joinTokenTexts(tokens, s.tokenStart, s.tokenEnd, ' '))) return s;
    changed = true;
    return typedSpan(s.tokenStart, s.tokenEnd, 'misc');
  });
  return changed ? out : spans;
}
