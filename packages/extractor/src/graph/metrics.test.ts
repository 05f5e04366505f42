import { GraphBuilder } from './builder';
import { sampleArticles } from './__fixtures__/extractions';
import { assignMetrics, computeMetrics } from './metrics';
import { edgeStrength } from './projection';
import { createGraph } from './types';

function sampleGraph() {
  const builder = new GraphBuilder();
  for (const article of sampleArticles()) builder.addDocument(article);
  return builder.graph;
}

describe('assignMetrics', () => {
  it('writes degree, pagerank and community on every node', () => {
    const graph = sampleGraph();
    assignMetrics(graph);
    graph.forEachNode((_node, attributes) => {
      expect(Number.isInteger(attributes.degree)).toBe(true);
      expect(attributes.pagerank).toBeGreaterThan(0);
      expect(Number.isInteger(attributes.community)).toBe(true);
    });
    const ranks = graph.mapNodes((_n, a) => a.pagerank ?? 0);
    expect(ranks.reduce((sum, r) => sum + r, 0)).toBeCloseTo(1, 5);
  });

  it('counts distinct neighbours, not parallel edges', () => {
    const graph = sampleGraph();
    assignMetrics(graph);
    // Scholz: Putin (met-with, planned met-with, co-mention) and Germany (affiliated-with).
    expect(graph.getNodeAttribute('olaf-scholz', 'degree')).toBe(2);
    expect(graph.getNodeAttribute('russian-defense-ministry', 'degree')).toBe(0);
  });

  it('ranks the target of directed facts above an isolated node and above its source', () => {
    const graph = sampleGraph();
    const metrics = computeMetrics(graph);
    expect(metrics.russia!.pagerank).toBeGreaterThan(metrics.nato!.pagerank);
    expect(metrics.germany!.pagerank).toBeGreaterThan(metrics['russian-defense-ministry']!.pagerank);
  });

  it('is reproducible and numbers communities by size, isolated nodes alone', () => {
    const a = computeMetrics(sampleGraph());
    const b = computeMetrics(sampleGraph());
    expect(a).toEqual(b);
    const sizes = new Map<number, number>();
    for (const { community } of Object.values(a)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
    const ordered = [...sizes.keys()].sort((x, y) => x - y).map((c) => sizes.get(c));
    expect(ordered).toEqual([...ordered].sort((x, y) => (y ?? 0) - (x ?? 0)));
    const isolated = a['russian-defense-ministry']!.community;
    expect(Object.values(a).filter((m) => m.community === isolated)).toHaveLength(1);
  });

  it('weights co-mentions and modal facts below asserted typed facts', () => {
    expect(edgeStrength({ relation: 'met-with', modality: 'asserted', weight: 2 })).toBe(2);
    expect(edgeStrength({ relation: 'co-mention', modality: 'asserted', weight: 2 })).toBe(0.5);
    expect(edgeStrength({ relation: 'met-with', modality: 'planned', weight: 1 })).toBe(0.5);
  });

  it('handles an empty graph and rejects bad options', () => {
    expect(computeMetrics(createGraph())).toEqual({});
    expect(() => computeMetrics(sampleGraph(), { resolution: 0 })).toThrow(
      /assignMetrics: the 'resolution' option/,
    );
  });
});
