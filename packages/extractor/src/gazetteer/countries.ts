/**
 * Countries with their alternative names and demonyms, from the `world-countries` package, plus the
 * few everyday names news uses that the package does not list ("America", "Britain", "Turkey").
 */
import countries from 'world-countries';
import { foldName, normalizeName } from './normalize';

export interface CountryRecord {
  /** Common English name: the canonical label ("United States"). */
  name: string;
  code: string;
}

/** Everyday names the package lacks; two-letter codes are only trusted for these two. */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['America', 'U.S.', 'U.S.A.', 'US', 'USA', 'United States of America'],
  GB: ['Britain', 'UK', 'U.K.', 'Great Britain'],
  RU: ['Russian Federation'],
  KR: ['South Korea'],
  KP: ['North Korea', 'DPRK'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['DRC', 'DR Congo'],
  CZ: ['Czech Republic'],
  NL: ['Holland'],
  CN: ['China', 'PRC'],
  TR: ['Turkey'],
};

/**
 * The name English-language news uses where the package gives another as the common one: the
 * package renamed Turkey "Türkiye" and dropped "Turkey" from its spellings, so "Turkey" was no
 * country and "Turkish President Erdogan" pointed to a second node.
 */
const NEWS_NAMES: Record<string, string> = { TR: 'Turkey' };

interface CountryIndex {
  byName: Map<string, CountryRecord>;
  byDemonym: Map<string, CountryRecord>;
}

let index: CountryIndex | undefined;

function build(): CountryIndex {
  const byName = new Map<string, CountryRecord>();
  const byDemonym = new Map<string, CountryRecord>();
  // Sovereign states first: "Norwegian" is Norway's demonym before it is Svalbard's.
  const ordered = [...countries].sort(
    (a, b) => Number(b.independent ?? false) - Number(a.independent ?? false),
  );
  for (const c of ordered) {
    const record: CountryRecord = { name: NEWS_NAMES[c.cca2] ?? c.name.common, code: c.cca2 };
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)];
    names.push(...(EXTRA_NAMES[c.cca2] ?? []));
    for (const n of names) {
      const key = foldName(n);
      if (key && !byName.has(key)) byName.set(key, record);
    }
    const demonyms = c.demonyms?.eng;
    if (demonyms)
      for (const d of [demonyms.m, demonyms.f])
        if (d && !byDemonym.has(foldName(d))) byDemonym.set(foldName(d), record);
  }
  return { byName, byDemonym };
}

function getIndex(): CountryIndex {
  if (!index) index = build();
  return index;
}

/**
 * The country a name denotes ("U.S.", "Britain", and "Russias" unless `exact`: outlets that strip
 * apostrophes write "Russias" for "Russia's").
 */
export function findCountry(name: string, exact = false): CountryRecord | undefined {
  const { byName } = getIndex();
  const key = normalizeName(name);
  const found = byName.get(key);
  if (found || exact) return found;
  return key.endsWith('s') ? byName.get(key.slice(0, -1)) : undefined;
}

/** The country of a demonym ("Russian" -> Russia, "British" -> United Kingdom). */
export function findDemonym(word: string): CountryRecord | undefined {
  return getIndex().byDemonym.get(normalizeName(word));
}
