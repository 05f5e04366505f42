import { MultiDirectedGraph } from 'graphology';
import type { LiveEdgeAttributes, LiveGraph, LiveNodeAttributes } from './live';
import { neighborhood } from './neighbors';
import { shortestPaths } from './paths';

function graphOf(edges: [string, string, string, number][]): LiveGraph {
  const graph: LiveGraph = new MultiDirectedGraph();
  const node = (id: string): LiveNodeAttributes => ({
    label: id,
    entityType: 'person',
    aliases: [],
    roles: [],
    mentions: 1,
    documents: [],
    statementCount: 0,
  });
  for (const [source, target, relation, weight] of edges) {
    graph.mergeNode(source, node(source));
    graph.mergeNode(target, node(target));
    const attributes = {
      relation,
      modality: 'asserted',
      weight,
      evidenceCount: weight,
    } as LiveEdgeAttributes;
    graph.addDirectedEdgeWithKey(`${source}:${relation}:${target}`, source, target, attributes);
  }
  return graph;
}

describe('neighborhood', () => {
  // A hub with many light edges, and a heavy tie from the centre to b.
  const hubEdges: [string, string, string, number][] = Array.from({ length: 200 }, (_, i) => [
    'hub',
    `leaf${i}`,
    'co-mention',
    1,
  ]);
  const graph = graphOf([
    ['c', 'hub', 'met-with', 1],
    ['c', 'b', 'accused', 5],
    ['b', 'hub', 'said', 2],
    ...hubEdges,
  ]);

  it('follows the heaviest edges first and closes the edges among the nodes reached', () => {
    const hood = neighborhood(graph, 'c', { depth: 2, direction: 'both', minWeight: 0, limit: 3 });
    expect(hood.nodes).toEqual([
      { id: 'c', depth: 0 },
      { id: 'b', depth: 1 },
      { id: 'hub', depth: 1 },
      { id: 'leaf0', depth: 2 },
    ]);
    expect(hood.truncated).toBe(true);
    expect(hood.edges.sort()).toEqual([
      'b:said:hub',
      'c:accused:b',
      'c:met-with:hub',
      'hub:co-mention:leaf0',
    ]);
  });

  it('respects direction, relation and weight', () => {
    expect(
      neighborhood(graph, 'b', { depth: 1, direction: 'in', minWeight: 0, limit: 10 }).nodes.map((n) => n.id),
    ).toEqual(['b', 'c']);
    expect(
      neighborhood(graph, 'b', { depth: 1, direction: 'out', minWeight: 0, limit: 10 }).nodes.map(
        (n) => n.id,
      ),
    ).toEqual(['b', 'hub']);
    expect(neighborhood(graph, 'c', { depth: 1, direction: 'both', minWeight: 2, limit: 10 }).edges).toEqual([
      'c:accused:b',
    ]);
    expect(
      neighborhood(graph, 'c', {
        depth: 3,
        direction: 'both',
        minWeight: 0,
        limit: 10,
        relations: new Set(['said']),
      }).nodes,
    ).toEqual([{ id: 'c', depth: 0 }]);
  });
});

describe('shortestPaths', () => {
  const graph = graphOf([
    ['a', 'b', 'met-with', 1],
    ['a', 'b', 'co-mention', 3],
    ['b', 'd', 'said', 1],
    ['a', 'c', 'urged', 1],
    ['d', 'c', 'said', 1],
    ['d', 'e', 'said', 1],
  ]);

  it('gives every shortest path, edges taken either way, the typed edge over the co-mention', () => {
    const paths = shortestPaths(graph, 'a', 'd', 4, 10);
    expect(paths.map((p) => p.nodes)).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
    ]);
    expect(paths[0]!.edges).toEqual(['a:met-with:b', 'b:said:d']);
    expect(shortestPaths(graph, 'e', 'a', 4, 10).map((p) => p.nodes)).toEqual(
      expect.arrayContaining([
        ['e', 'd', 'b', 'a'],
        ['e', 'd', 'c', 'a'],
      ]),
    );
  });

  it('stops at maxLength and maxPaths', () => {
    expect(shortestPaths(graph, 'a', 'e', 2, 10)).toEqual([]);
    expect(shortestPaths(graph, 'a', 'd', 4, 1)).toHaveLength(1);
    expect(shortestPaths(graph, 'a', 'a', 4, 10)).toEqual([{ nodes: ['a'], edges: [] }]);
  });
});
