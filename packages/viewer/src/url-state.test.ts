import { DEFAULT_FILTERS } from './filters';
import { fromSearchParams, toQueryString, toSearchParams, type UrlState } from './url-state';

const base: UrlState = {
  selectedNode: null,
  selectedEdge: null,
  filters: DEFAULT_FILTERS,
  colorMode: 'type',
  sizeMode: 'pagerank',
};

describe('url state', () => {
  it('writes nothing for the default view', () => {
    expect(toQueryString(base)).toBe('');
  });

  it('round-trips selection, filters and appearance', () => {
    const state: UrlState = {
      selectedNode: 'ent:Vladimir Putin',
      selectedEdge: null,
      filters: {
        entityTypes: new Set(['person', 'location'] as const),
        relations: new Set(['met-with', 'warned'] as const),
        minWeight: 2,
        dateFrom: '2022-02-14',
        dateTo: '2022-02-16',
        neighborhoodDepth: 2,
        hideIsolated: false,
      },
      colorMode: 'community',
      sizeMode: 'degree',
    };
    const q = toSearchParams(state).toString();
    expect(q).toContain('relations=met-with%2Cwarned');
    const back = fromSearchParams(new URLSearchParams(q));
    expect(back.selectedNode).toBe('ent:Vladimir Putin');
    expect([...back.filters.entityTypes]).toEqual(['person', 'location']);
    expect([...back.filters.relations]).toEqual(['met-with', 'warned']);
    expect(back.filters).toMatchObject({
      minWeight: 2,
      dateFrom: '2022-02-14',
      dateTo: '2022-02-16',
      neighborhoodDepth: 2,
    });
    expect(back.colorMode).toBe('community');
    expect(back.sizeMode).toBe('degree');
  });

  it('drops malformed values and keeps defaults', () => {
    const s = fromSearchParams(
      new URLSearchParams(
        'types=person,alien&minWeight=-3&depth=7&from=yesterday&color=rainbow&relations=said,bogus',
      ),
    );
    expect([...s.filters.entityTypes]).toEqual(['person']);
    expect([...s.filters.relations]).toEqual(['said']);
    expect(s.filters.minWeight).toBe(0);
    expect(s.filters.neighborhoodDepth).toBe(0);
    expect(s.filters.dateFrom).toBeNull();
    expect(s.colorMode).toBe('type');
  });

  it('keeps an explicitly empty relation list (everything hidden) apart from the default', () => {
    const s = { ...base, filters: { ...DEFAULT_FILTERS, relations: new Set<never>() } };
    const back = fromSearchParams(toSearchParams(s));
    expect(back.filters.relations.size).toBe(0);
  });

  it('ignores an edge selection when a node is selected', () => {
    expect(fromSearchParams(new URLSearchParams('node=a&edge=e1')).selectedEdge).toBeNull();
    expect(fromSearchParams(new URLSearchParams('edge=e1')).selectedEdge).toBe('e1');
  });
});
