import { SearchIndex, normalize } from './search-index';

const index = new SearchIndex([
  {
    key: 'putin',
    label: 'Vladimir Putin',
    aliases: ['Putin', 'Russian President Vladimir Putin'],
    mentions: 9,
    entityType: 'person',
  },
  { key: 'putina', label: 'Putina Street', aliases: [], mentions: 1, entityType: 'location' },
  { key: 'scholz', label: 'Olaf Scholz', aliases: ['Scholz'], mentions: 5, entityType: 'person' },
  {
    key: 'zel',
    label: 'Volodymyr Zelenskyy',
    aliases: ["Zelenskyy's office"],
    mentions: 3,
    entityType: 'person',
  },
  { key: 'us', label: 'U.S.', aliases: ['United States'], mentions: 4, entityType: 'location' },
]);

describe('SearchIndex', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normalize('  Zelenskyy’s Café ')).toBe('zelenskyy s cafe');
  });

  it('ranks an exact alias above a label prefix', () => {
    const hits = index.search('Putin');
    expect(hits.map((h) => h.key)).toEqual(['putin', 'putina']);
    expect(hits[0]!.matchedAlias).toBe('Putin');
  });

  it('finds by a word of the label and by alias', () => {
    expect(index.search('scholz')[0]!.key).toBe('scholz');
    expect(index.search('united')[0]!.key).toBe('us');
    expect(index.search('u s')[0]!.key).toBe('us');
  });

  it('returns nothing for an empty or unmatched query and respects the limit', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('merkel')).toEqual([]);
    expect(index.search('o', 2)).toHaveLength(2);
  });

  it('lists all keys containing the query', () => {
    expect([...index.matchingKeys('put')].sort()).toEqual(['putin', 'putina']);
  });
});
