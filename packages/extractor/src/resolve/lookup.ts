/**
 * Finds the local entity a bare surface form names, for relation rules that meet a name outside a
 * mention: the "Russian" of "Russian President", the "NATO" of "NATO Secretary-General".
 */
import { findCountry, findDemonym } from '../gazetteer';
import type { LocalEntity } from '../types';
import { nameKey } from './names';

export type NameResolver = (surface: string) => number | undefined;

/**
 * A resolver over the article's entities. A country named only through a demonym ("German
 * Chancellor Olaf Scholz" in an article that never says "Germany") is added as an entity with no
 * mentions, so that the affiliation has somewhere to point.
 */
export function makeNameResolver(entities: LocalEntity[]): NameResolver {
  const keyOf = (e: LocalEntity) => new Set([e.label, ...e.aliases].map((n) => nameKey(n, e.type)));
  const keys = entities.map(keyOf);
  return (surface) => {
    const country = findDemonym(surface) ?? findCountry(surface);
    const key = country ? `country:${country.code}` : nameKey(surface, 'organization');
    // A demonym names its country, never the article's misc mention of the demonym itself.
    const found = country
      ? keys.findIndex((k, i) => entities[i]!.type !== 'misc' && k.has(key))
      : keys.findIndex((k) => k.has(key) || k.has(nameKey(surface, 'person')));
    if (found >= 0) return found;
    if (!country) return undefined;
    entities.push({ label: country.name, type: 'location', aliases: [], roles: [], mentions: [] });
    keys.push(new Set([key]));
    return entities.length - 1;
  };
}
