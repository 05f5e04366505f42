import { MultiDirectedGraph } from 'graphology';
import { useDictionaryAdjacency } from '@newsgraph/extractor';
import type { LiveEdgeAttributes, LiveGraph, LiveNodeAttributes } from './live';
import { neighborhood } from './neighbors';
import { shortestPaths } from './paths';

const node = (id: string): LiveNodeAttributes => ({
  label: id,
  entityType: 'person',
  aliases: [],
  roles: [],
  mentions: 1,
  documents: [],
  statementCount: 0,
});

function graphOf(edges: [string, string, string, number][]): LiveGraph {
  const graph: LiveGraph = new MultiDirectedGraph();
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

describe('neighborhood on random graphs', () => {
  // A small seeded generator: the same graphs on every run.
  const random = (seed: number) => (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const RELS = ['met-with', 'said', 'accused', 'co-mention'];

  function randomGraph(seed: number, dictionary: boolean): LiveGraph {
    const rand = random(seed);
    const n = 5 + Math.floor(rand() * 40);
    const graph: LiveGraph = new MultiDirectedGraph();
    for (let i = 0; i < n; i++) graph.addNode(`n${i}`, node(`n${i}`));
    if (dictionary) useDictionaryAdjacency(graph);
    const m = Math.floor(rand() * n * 4);
    for (let k = 0; k < m; k++) {
      // Skewed towards low ids, so that there are hubs; self-loops and parallel edges included.
      const source = `n${Math.floor(rand() * rand() * n)}`;
      const target = `n${Math.floor(rand() * n)}`;
      const relation = RELS[Math.floor(rand() * RELS.length)]!;
      const key = `${source}:${relation}:${target}`;
      if (graph.hasEdge(key)) continue;
      const weight = 1 + Math.floor(rand() * 4);
      graph.addDirectedEdgeWithKey(key, source, target, {
        relation,
        modality: 'asserted',
        weight,
        evidenceCount: weight,
      } as LiveEdgeAttributes);
    }
    return graph;
  }

  it('answers every edge among the nodes reached that passes the filters, and no other', () => {
    let checked = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const rand = random(seed * 7919);
      const graph = randomGraph(seed, seed % 2 === 0);
      for (const direction of ['in', 'out', 'both'] as const)
        for (let q = 0; q < 4; q++) {
          const query = {
            depth: 1 + Math.floor(rand() * 3),
            direction,
            minWeight: Math.floor(rand() * 3),
            limit: 1 + Math.floor(rand() * 25),
            relations: rand() < 0.3 ? new Set(['met-with', 'said']) : undefined,
          };
          const center = `n${Math.floor(rand() * graph.order)}`;
          const hood = neighborhood(graph, center, query);
          const reached = new Set(hood.nodes.map((n) => n.id));
          expect(reached.size).toBe(hood.nodes.length);
          expect(hood.nodes.length).toBeLessThanOrEqual(query.limit + 1);
          const expected = graph.filterEdges(
            (_key, a, source, target) =>
              reached.has(source) &&
              reached.has(target) &&
              a.weight >= query.minWeight &&
              (!query.relations || query.relations.has(a.relation)),
          );
          expect([...hood.edges].sort()).toEqual(expected.sort());
          expect(new Set(hood.edges).size).toBe(hood.edges.length);
          checked++;
        }
    }
    expect(checked).toBe(720);
  });

  it('gives the same answers on dictionary-mode adjacency', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const plain = randomGraph(seed, false);
      const dictionary = randomGraph(seed, true);
      expect(dictionary.export()).toEqual(plain.export());
      for (const node of plain.nodes()) {
        const query = { depth: 2, direction: 'both' as const, minWeight: 0, limit: 10 };
        expect(neighborhood(dictionary, node, query)).toEqual(neighborhood(plain, node, query));
        for (const other of plain.nodes())
          expect(dictionary.hasDirectedEdge(node, other)).toBe(plain.hasDirectedEdge(node, other));
      }
    }
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
