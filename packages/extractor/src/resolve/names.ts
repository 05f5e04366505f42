/**
 * What two names of one entity share: the keys resolution compares, within and across articles.
 */
import {
  acronymOf,
  cityAlias,
  CORPORATE_SUFFIXES,
  findCity,
  findCountry,
  findDemonym,
  findParty,
  findRegion,
  ORG_HEADS,
  NAME_JOINERS,
  normalizeName,
} from '../gazetteer';
import type { EntityType } from '../types';

/**
 * The key of a name: countries meet under their code, people under their name with its
 * transliteration folded, everything else under its normalised form.
 */
export function nameKey(name: string, type: EntityType): string {
  if (type === 'person') return personKey(name);
  if (type !== 'location' && type !== 'organization') return normalizeName(name);
  // Resolution asks for the keys of the same names over and over; the gazetteer lookups are pure.
  let key = placeKeys.get(name);
  if (key === undefined) {
    if (placeKeys.size >= MAX_PLACE_KEYS) placeKeys.clear();
    const country = findCountry(name);
    const city = country ? undefined : cityAlias(name);
    const party = country || city ? undefined : findParty(name);
    key = country
      ? `country:${country.code}`
      : party
        ? `party:${normalizeName(party)}`
        : groupKey(countryPrefixed(normalizeName(city ?? name)));
    placeKeys.set(name, key);
  }
  return key;
}

/**
 * An organisation named after its country, however the country is written: "Russian Foreign
 * Ministry", "Russia's Foreign Ministry" and a stripped apostrophe's "Russias Foreign Ministry"
 * are one ministry. The first word, as a demonym, a country or a possessive of one, becomes the
 * country's code. Only before more words: "Russian" alone is no organisation.
 */
function countryPrefixed(key: string): string {
  const space = key.indexOf(' ');
  if (space < 0) return key;
  const first = key.slice(0, space);
  const country =
    findDemonym(first) ??
    findCountry(first, true) ??
    (first.endsWith("'s") ? findCountry(first.slice(0, -2), true) : undefined) ??
    (first.endsWith('s') ? findCountry(first.slice(0, -1), true) : undefined);
  return country ? `${country.code} ${key.slice(space + 1)}` : key;
}

/** "Group of Seven" is the G7, "Group of Twenty" the G20. */
const GROUP_SIZES: Record<string, string> = { seven: '7', eight: '8', twenty: '20' };

function groupKey(key: string): string {
  const size = key.startsWith('group of ') ? GROUP_SIZES[key.slice(9)] : undefined;
  return size ? `g${size}` : key;
}

/**
 * A Russian or Ukrainian given name's spellings in English: "Sergey"/"Sergei", "Dmitry"/"Dmitri",
 * "Aleksei"/"Alexei". Wires and papers each keep their own, and a reader of both got two Lavrovs.
 * The endings -ey, -iy, -yy and a final -y after a consonant are written as -ei and -i, and "ks"
 * as "x"; an English name changes only towards its own other spelling ("Tony"/"Toni"). Surnames
 * are left as they are: "Pompey" is no "Pompei" (the common surname spellings, such as
 * Zelensky's, are folded with all names in normalizeName).
 */
export function foldTransliteration(word: string): string {
  let w = word.replace(/ks/g, 'x');
  if (w.length > 3)
    w = w
      .replace(/(?:iy|yy)$/, 'i')
      .replace(/ey$/, 'ei')
      .replace(/([^aeiouy])y$/, '$1i');
  return w;
}

/** A person's key: the normalised name with its given name's transliteration folded. */
function personKey(name: string): string {
  let key = personKeys.get(name);
  if (key === undefined) {
    if (personKeys.size >= MAX_PLACE_KEYS) personKeys.clear();
    const normal = normalizeName(name);
    const space = normal.indexOf(' ');
    key = space > 0 ? foldTransliteration(normal.slice(0, space)) + normal.slice(space) : normal;
    personKeys.set(name, key);
  }
  return key;
}
const personKeys = new Map<string, string>();

/** nameKey of organisations and places (the same for both types), by name as written. */
const placeKeys = new Map<string, string>();
const MAX_PLACE_KEYS = 100_000;

/**
 * The canonical label for a name: a country's common name, a city's usual name for its other
 * spellings, a party's full name ("Tories" -> "Conservative Party"), a known town's name for a
 * dateline's capitals ("SAN FRANCISCO"), else the name as written.
 */
export function canonicalName(name: string, type: EntityType): string {
  if (type === 'location' || type === 'organization') {
    const country = findCountry(name);
    if (country) return country.name;
    const alias = cityAlias(name) ?? findParty(name);
    if (alias) return alias;
    // The dateline's own letters decide on a soft sign: "KRAMATORSK" is "Kramatorsk", not "Kramators’k".
    if (type === 'location' && !hasLowerCase(name)) {
      const city = findCity(name)?.name;
      return city && !/['’ʼ]/.test(name) ? city.replace(/['’ʼ]/g, '') : (city ?? name);
    }
  }
  return name;
}

/**
 * The words of a name's key ("vladimir putin" -> ["vladimir", "putin"]), shared and read-only:
 * resolution compares the same few names pair by pair, and splitting them each time was most of
 * its allocation.
 */
export function nameWords(name: string): readonly string[] {
  let words = wordsOf.get(name);
  if (!words) {
    if (wordsOf.size >= MAX_NAME_WORDS) wordsOf.clear();
    // A loop, not filter(): optimised code makes filter()'s array holey, the interpreter packed, and
    // resolution, reading words of both kinds, was deoptimised for the second one.
    const kept: string[] = [];
    for (const w of normalizeName(name).split(' ')) if (w) kept.push(w);
    words = Object.freeze(kept);
    wordsOf.set(name, words);
  }
  return words;
}
const wordsOf = new Map<string, readonly string[]>();
const MAX_NAME_WORDS = 50_000;

/** A person's surname key: the last word of the name. */
export function surnameOf(name: string): string {
  const words = nameWords(name);
  return words[words.length - 1] ?? '';
}

/**
 * Two full names of persons may name one person only if their first names agree, or one is the
 * other's initial ("Vladimir V. Putin", "V. Putin", "Vladimir Putin"). A name of one word agrees
 * with any: "Mr Warner" may be Tim Warner, but Tim Warner is not "Time Warner".
 */
export function givenNamesAgree(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length < 2 || y.length < 2) return true;
  const first = x[0]!;
  const other = y[0]!;
  return (
    first === other ||
    (first.length === 1 && other.startsWith(first)) ||
    (other.length === 1 && first.startsWith(other)) ||
    // Folded only when they differ: resolution compares names pair by pair, and most agree or not
    // on sight.
    foldTransliteration(first) === foldTransliteration(other)
  );
}

/** False for names written in capitals only ("JERUSALEM", "NATO"). */
export function hasLowerCase(name: string): boolean {
  return /\p{Ll}/u.test(name);
}

export function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z&.]{1,7}$/.test(name.replace(/\./g, '')) && !/\s/.test(name);
}

/** "OSCE" abbreviates "Organization for Security and Cooperation in Europe". */
export function abbreviates(acronym: string, longName: string): boolean {
  const a = acronym.replace(/[.&]/g, '').toLowerCase();
  if (a.length < 2) return false;
  return acronymOf(longName) === a || (a.length >= 4 && everyInitial(longName) === a);
}

/**
 * The initials of every word of a name, its small words too: "ECOWAS" keeps the O of "Economic
 * Community of West African States", which acronymOf (capitalised words only) drops. Only for
 * acronyms of four letters or more, which few other names spell by chance.
 */
function everyInitial(name: string): string {
  let initials = '';
  for (const w of name.split(/[\s-]+/)) if (w) initials += w[0]!.toLowerCase();
  return initials;
}

/** Words a long name may add or drop and stay the same name: "Food and Agriculture Organisation". */
const VARIANT_FILLERS = new Set(['of', 'for', 'the', 'and', '&']);
/** Corporate abbreviations written out: "Oil & Natural Gas Corp" is "... Corporation". */
const WRITTEN_OUT: Readonly<Record<string, string>> = {
  corp: 'corporation',
  co: 'company',
  ltd: 'limited',
  inc: 'incorporated',
  intl: 'international',
};

/** Words of a long name as spelling variants compare them: no fillers, no apostrophes, written out. */
function variantWords(name: string): string[] {
  const words: string[] = [];
  for (const raw of name
    .toLowerCase()
    .replace(/['’.]/g, '')
    .split(/[\s-]+/)) {
    if (!raw || VARIANT_FILLERS.has(raw)) continue;
    words.push(WRITTEN_OUT[raw] ?? raw);
  }
  return words;
}

/** Two spellings of one word: equal, or one a stem of the other ("Chamber"/"Chambers", "Broadcast"/"Broadcasting"). */
function sameWordVariant(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = Math.min(short.length, 5);
  if (short.length < 4 || short.slice(0, stem) !== long.slice(0, stem)) return false;
  // "Nation"/"Nations", "Societies"/"Society", "Fronter"/"Frontier": a short ending apart, at most.
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return long.length - common <= 3 && short.length - common <= 3;
}

/**
 * Two long names that are one name spelled two ways ("Securities & Exchange Commission",
 * "Securities and Exchange Commission"; "Trades Union Congress", "Trade Unions Congress"), not two
 * names that share initials ("World Tourism Organisation", "World Trade Organisation").
 */
export function spellsSameName(a: string, b: string): boolean {
  const x = variantWords(a);
  const y = variantWords(b);
  return x.length === y.length && x.length > 0 && x.every((w, i) => sameWordVariant(w, y[i]!));
}

/** Head words of a government department named by its portfolio ("Commerce Department"). */
const DEPARTMENT_HEADS = new Set(['department', 'ministry', 'office']);
/** Portfolios that name departments ("Commerce", "Defence"); "Microsoft Office" is not one. */
const PORTFOLIOS = new Set(
  `commerce trade defence defense foreign interior home justice health education energy treasury
   transport agriculture labor labour environment culture finance economy state war information`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A short form that stands for a longer organisation name: a trailing part ("Defense Ministry" of
 * "Russian Defense Ministry", "Duma" of "State Duma"), the name before a corporate suffix ("Maxar"),
 * a department's portfolio, as titles write it ("Commerce" of "Commerce Secretary" for the
 * "Commerce Department", "Defence" for the "Ministry of Defence"), or a club's name before its
 * town ("Bayern" of "Bayern Munich", "Inter" of "Inter Milan").
 */
export function shortensOrganization(short: string, long: string): boolean {
  const s = nameWords(short);
  const l = nameWords(long);
  if (s.length === 0 || s.length >= l.length) return false;
  if (s.length === 1 && isPortfolioOf(s[0]!, l)) return true;
  if (s.length === 1 && l.length === 2 && l[0] === s[0] && isClubLead(short, s[0]!) && isPlaceWord(l[1]!))
    return true;
  const tail = l.slice(l.length - s.length);
  // "Duma" of "State Duma", but not "Europe" of "... Cooperation in Europe": the tail must not follow a joiner.
  if (tail.every((w, i) => w === s[i]) && !NAME_JOINERS.has(l[l.length - s.length - 1]!))
    return s.length >= 2 || (!ORG_HEADS.has(s[0]!) && s[0]!.length >= 3 && !findRegion(short));
  const head = l.slice(0, s.length);
  return head.every((w, i) => w === s[i]) && l.slice(s.length).every((w) => CORPORATE_SUFFIXES.has(w));
}

/**
 * "Munich", "Milan": a city, country or region closing a two-word club name. A city of 100,000
 * people or more: smaller towns' names are often common words ("Union", "Dome").
 */
function isPlaceWord(word: string): boolean {
  if (ORG_HEADS.has(word)) return false;
  return (findCity(word)?.population ?? 0) >= 100_000 || !!findCountry(word) || !!findRegion(word);
}

/** First words of names that say what, not which: "Air" is no short form of "Air China". */
const GENERIC_LEADS = new Set('air national royal united new first great grand'.split(' '));

/** Not an acronym: "BBC Scotland" is a part of the BBC, not what "BBC" stands for. */
function isClubLead(written: string, word: string): boolean {
  return !isAcronym(written) && !GENERIC_LEADS.has(word);
}

function isPortfolioOf(word: string, long: readonly string[]): boolean {
  if (!PORTFOLIOS.has(word)) return false;
  const n = long.length;
  const before = n >= 2 && long[n - 2] === word && DEPARTMENT_HEADS.has(long[n - 1]!);
  const after = n >= 3 && long[n - 1] === word && long[n - 2] === 'of' && DEPARTMENT_HEADS.has(long[n - 3]!);
  return before || after;
}

/** Types that may name the same thing: countries and seats of power act as places and as actors. */
export function compatibleTypes(a: EntityType, b: EntityType): boolean {
  if (a === b) return true;
  const placeOrActor = (t: EntityType) => t === 'location' || t === 'organization';
  return placeOrActor(a) && placeOrActor(b);
}
