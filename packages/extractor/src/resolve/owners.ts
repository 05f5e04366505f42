/**
 * Offices every country has ("Defence Ministry", "Foreign Ministry", "Interior Ministry"), named
 * bare after their country ("Russia's Defence Ministry", "Taiwan's Defence Ministry"). Resolved by
 * name alone, the bare name made one node of every country's ministry across a corpus. Where the
 * article says whose office it is (a part-of relation to a country), the country qualifies the name
 * ("Russia's Defence Ministry"), whose key is the one "Russian Defence Ministry" has (names.ts).
 */
import { findCountry, ORG_HEADS, TITLE_WORDS } from '../gazetteer';
import type { DocumentExtraction } from '../types';

/** A name made only of office words, with an organisation head: no country's in particular. */
export function isGenericOffice(label: string): boolean {
  const words = label.toLowerCase().split(/\s+/);
  return words.some((w) => ORG_HEADS.has(w)) && words.every((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w));
}

/**
 * The qualified label of each local organisation with a generic name and exactly one owning
 * country in the article, by local entity index.
 */
export function ownerQualifiedLabels(extraction: DocumentExtraction): Map<number, string> {
  const owners = new Map<number, Set<string>>();
  for (const r of extraction.relations) {
    if (r.relation !== 'part-of') continue;
    const office = extraction.entities[r.source];
    const owner = extraction.entities[r.target];
    if (office?.type !== 'organization' || owner?.type !== 'location' || !isGenericOffice(office.label))
      continue;
    const country = findCountry(owner.label, true);
    if (!country) continue;
    let set = owners.get(r.source);
    if (!set) owners.set(r.source, (set = new Set()));
    set.add(country.name);
  }
  const labels = new Map<number, string>();
  for (const [index, countries] of owners)
    if (countries.size === 1)
      labels.set(index, `${[...countries][0]}'s ${extraction.entities[index]!.label}`);
  return labels;
}
