import {
  DEFAULT_FILTERS,
  countByCategory,
  dateBounds,
  edgePasses,
  maxWeight,
  overlapsDateRange,
  visibleSubgraph,
  type Filters,
} from './filters';
import { sampleGraph } from './test-graph';

// Most cases look at edges and node types: isolated nodes are kept unless a test says otherwise.
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, hideIsolated: false, ...patch });

describe('filters', () => {
  it('hides co-mention by default and keeps typed relations', () => {
    const v = visibleSubgraph(sampleGraph(), f({}));
    expect([...v.edges].sort()).toEqual(['e1', 'e2', 'e4', 'e5']);
    expect(v.nodes.size).toBe(5);
  });

  it('drops a relation type, and edges whose endpoint type is hidden', () => {
    const g = sampleGraph();
    const relations = new Set(DEFAULT_FILTERS.relations);
    relations.delete('met-with');
    expect(visibleSubgraph(g, f({ relations })).edges.has('e1')).toBe(false);
    const v = visibleSubgraph(g, f({ entityTypes: new Set(['person', 'location'] as const) }));
    expect(v.nodes.has('nato')).toBe(false);
    // Unknown types ("date") count as misc, which is hidden here.
    expect(v.nodes.has('x')).toBe(false);
    expect([...v.edges].sort()).toEqual(['e1', 'e2']);
  });

  it('applies the minimum weight', () => {
    expect([...visibleSubgraph(sampleGraph(), f({ minWeight: 2 })).edges].sort()).toEqual(['e1', 'e4']);
    expect(edgePasses({ relation: 'said' }, f({ minWeight: 1 }))).toBe(true);
  });

  it('applies the date window, keeping undated items', () => {
    const v = visibleSubgraph(sampleGraph(), f({ dateFrom: '2022-02-12', dateTo: '2022-02-20' }));
    expect(v.nodes.has('nato')).toBe(false);
    expect(v.nodes.has('ukraine')).toBe(true);
    expect(v.edges.has('e4')).toBe(false);
    expect(overlapsDateRange('2022-01-01', '2022-03-01', '2022-02-01', '2022-02-02')).toBe(true);
    expect(overlapsDateRange('2022-01-01', undefined, '2022-02-01', null)).toBe(false);
  });

  it('keeps only the neighbourhood of the focus at depth 1 and 2', () => {
    const g = sampleGraph();
    const d1 = visibleSubgraph(g, f({ neighborhoodDepth: 1 }), 'scholz');
    expect([...d1.nodes].sort()).toEqual(['putin', 'scholz']);
    expect([...d1.edges].sort()).toEqual(['e1', 'e2']);
    const d2 = visibleSubgraph(g, f({ neighborhoodDepth: 2 }), 'scholz');
    expect([...d2.nodes].sort()).toEqual(['nato', 'putin', 'scholz']);
    // Without a focus the depth filter does nothing.
    expect(visibleSubgraph(g, f({ neighborhoodDepth: 2 }), null).nodes.size).toBe(5);
  });

  it('hides entities without a visible relation by default, except the focus', () => {
    const g = sampleGraph();
    const v = visibleSubgraph(g, DEFAULT_FILTERS);
    expect(v.nodes.has('x')).toBe(false);
    expect(v.nodes.size).toBe(4);
    const relations = new Set(DEFAULT_FILTERS.relations);
    relations.delete('located-in');
    const w = visibleSubgraph(g, { ...DEFAULT_FILTERS, relations }, 'ukraine');
    expect(w.nodes.has('ukraine')).toBe(true);
    expect(visibleSubgraph(g, { ...DEFAULT_FILTERS, relations }).nodes.has('ukraine')).toBe(false);
  });

  it('computes date bounds, max weight and counts', () => {
    const g = sampleGraph();
    expect(dateBounds(g)).toEqual({ min: '2022-02-10', max: '2022-02-15' });
    expect(maxWeight(g)).toBe(5);
    const c = countByCategory(g);
    expect(c.entityTypes.get('person')).toBe(2);
    expect(c.entityTypes.get('misc')).toBe(1);
    expect(c.relations.get('co-mention')).toBe(1);
  });
});
