/**
 * What two names of one entity share: the keys resolution compares, within and across articles.
 */
import { acronymOf, findCountry, normalizeName } from '../gazetteer';
import type { EntityType } from '../types';

/** Words that end a company's name without naming it ("Maxar Technologies" is "Maxar"). */
const CORPORATE_SUFFIXES = new Set(
  'inc corp corporation co company ltd limited plc llc ag sa nv group holdings technologies technology systems international'.split(
    ' ',
  ),
);

/**
 * Head words too generic to stand for a longer name on their own: "Ministry" is not "Defense
 * Ministry", but "Duma" is "State Duma".
 */
const GENERIC_HEADS = new Set(
  `ministry department office agency council committee commission parliament congress senate court union
   alliance organization association institute university party bank fund group company house government
   army navy forces police service federation league club board authority administration cabinet news
   times post press network foundation`
    .split(/\s+/)
    .filter(Boolean),
);

/** The key of a name: countries meet under their code, everything else under its normalised form. */
export function nameKey(name: string, type: EntityType): string {
  if (type === 'location' || type === 'organization') {
    const country = findCountry(name);
    if (country) return `country:${country.code}`;
  }
  return normalizeName(name);
}

/** The canonical label for a name: a country's common name, else the name as written. */
export function canonicalName(name: string, type: EntityType): string {
  if (type === 'location' || type === 'organization') {
    const country = findCountry(name);
    if (country) return country.name;
  }
  return name;
}

export function nameWords(name: string): string[] {
  return normalizeName(name).split(' ').filter(Boolean);
}

/** A person's surname key: the last word of the name. */
export function surnameOf(name: string): string {
  const words = nameWords(name);
  return words[words.length - 1] ?? '';
}

export function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z&.]{1,7}$/.test(name.replace(/\./g, '')) && !/\s/.test(name);
}

/** "OSCE" abbreviates "Organization for Security and Cooperation in Europe". */
export function abbreviates(acronym: string, longName: string): boolean {
  const a = acronym.replace(/[.&]/g, '').toLowerCase();
  return a.length >= 2 && acronymOf(longName) === a;
}

/**
 * A short form that stands for a longer organisation name: a trailing part ("Defense Ministry" of
 * "Russian Defense Ministry", "Duma" of "State Duma") or the name before a corporate suffix ("Maxar").
 */
export function shortensOrganization(short: string, long: string): boolean {
  const s = nameWords(short);
  const l = nameWords(long);
  if (s.length === 0 || s.length >= l.length) return false;
  const tail = l.slice(l.length - s.length);
  if (tail.every((w, i) => w === s[i])) return s.length >= 2 || (!GENERIC_HEADS.has(s[0]!) && s[0]!.length >= 3);
  const head = l.slice(0, s.length);
  return head.every((w, i) => w === s[i]) && l.slice(s.length).every((w) => CORPORATE_SUFFIXES.has(w));
}

/** Types that may name the same thing: countries and seats of power act as places and as actors. */
export function compatibleTypes(a: EntityType, b: EntityType): boolean {
  if (a === b) return true;
  const placeOrActor = (t: EntityType) => t === 'location' || t === 'organization';
  return placeOrActor(a) && placeOrActor(b);
}
