/**
 * World regions (continents and sub-regions) from the `world-countries` package, plus the compass
 * regions news writes about ("the West", "Middle East").
 */
import countries from 'world-countries';
import { foldName, normalizeName } from './normalize';

const EXTRA_REGIONS = [
  'Middle East',
  'West',
  'East',
  'Balkans',
  'Baltics',
  'Scandinavia',
  'Caucasus',
  'Arctic',
  'Antarctica',
  'Latin America',
  'Gulf',
];

let regions: Map<string, string> | undefined;

/** The region a name denotes ("Eastern Europe", "Europe"), as the package writes it. */
export function findRegion(name: string): string | undefined {
  if (!regions) {
    regions = new Map();
    for (const c of countries) for (const r of [c.region, c.subregion]) if (r) regions.set(foldName(r), r);
    for (const r of EXTRA_REGIONS) regions.set(foldName(r), r);
  }
  return regions.get(normalizeName(name));
}
