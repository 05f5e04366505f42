/**
 * Finds the local entity a bare surface form names, for relation rules that meet a name outside a
 * mention: the "Russian" of "Russian President", the "NATO" of "NATO Secretary-General".
 */
import { findCountry, findDemonym, findPartyAdjective } from '../gazetteer';
import type { EntityType, LocalEntity } from '../types';
import { nameKey } from './names';

export type NameResolver = (surface: string) => number | undefined;

/**
 * A resolver over the article's entities. A country named only through a demonym ("German
 * Chancellor Olaf Scholz" in an article that never says "Germany"), or a party only through its
 * adjective ("Republican Senator Lindsey Graham"), is added as an entity with no mentions, so that
 * the affiliation has somewhere to point.
 */
export function makeNameResolver(entities: LocalEntity[]): NameResolver {
  const keyOf = (e: LocalEntity) => new Set([e.label, ...e.aliases].map((n) => nameKey(n, e.type)));
  const keys = entities.map(keyOf);
  return (surface) => {
    const country = findDemonym(surface) ?? findCountry(surface);
    // A demonym names its country, never the article's misc mention of the demonym itself.
    if (country) return findOrAdd(country.name, 'location', `country:${country.code}`);
    const party = findPartyAdjective(surface);
    if (party) return findOrAdd(party, 'organization');
    const key = nameKey(surface, 'organization');
    const found = keys.findIndex((k) => k.has(key) || k.has(nameKey(surface, 'person')));
    return found >= 0 ? found : undefined;
  };

  /** The entity of `label`, added with no mentions when the article has none. */
  function findOrAdd(label: string, type: EntityType, key = nameKey(label, type)): number {
    const found = keys.findIndex((k, i) => entities[i]!.type !== 'misc' && k.has(key));
    if (found >= 0) return found;
    entities.push({ label, type, aliases: [], roles: [], mentions: [] });
    keys.push(new Set([key]));
    return entities.length - 1;
  }
}
