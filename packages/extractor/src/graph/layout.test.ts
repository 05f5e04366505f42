import { GraphBuilder } from './builder';
import { ENTITY_COLORS, RELATION_COLORS } from './colors';
import { makeResolved } from './__fixtures__/extractions';
import { assignLayout } from './layout';
import { assignMetrics } from './metrics';
import { RELATION_TYPES } from '../types';

/** A ring of 30 people, each meeting the next, plus a few countries they belong to. */
function ringGraph() {
  const builder = new GraphBuilder();
  const people = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, label: `Person ${i}` }));
  const countries = Array.from({ length: 3 }, (_, i) => ({
    id: `c${i}`,
    label: `Country ${i}`,
    type: 'location' as const,
  }));
  people.forEach((person, i) => {
    const next = people[(i + 1) % people.length]!;
    const country = countries[i % 3]!;
    builder.addDocument(
      makeResolved({
        id: `doc${i}`,
        date: `2022-02-${String(1 + (i % 28)).padStart(2, '0')}`,
        sentences: [`${person.label} met ${next.label}.`, `${person.label} is from ${country.label}.`],
        entities: [person, next, country],
        relations: [
          [0, 'met-with', 1, 0],
          [0, 'affiliated-with', 2, 1],
        ],
      }),
    );
  });
  return builder.graph;
}

describe('assignLayout', () => {
  it('gives finite positions, sizes from PageRank and colours by type', () => {
    const graph = ringGraph();
    assignMetrics(graph);
    assignLayout(graph, { iterations: 100 });
    graph.forEachNode((_node, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThanOrEqual(4);
      expect(a.size).toBeLessThanOrEqual(20);
      expect(a.color).toBe(ENTITY_COLORS[a.entityType]);
    });
    // Countries gather the affiliations: highest PageRank, largest size.
    const biggest = graph
      .nodes()
      .sort((a, b) => graph.getNodeAttribute(b, 'size')! - graph.getNodeAttribute(a, 'size')!)[0];
    expect(biggest).toMatch(/^c/);
    graph.forEachEdge((_e, a) => expect(a.color).toBe(RELATION_COLORS[a.relation]));
  });

  it('does not let nodes overlap much, and spreads them out', () => {
    const graph = ringGraph();
    assignMetrics(graph);
    assignLayout(graph, { iterations: 100 });
    const nodes = graph.mapNodes((_n, a) => ({ x: a.x!, y: a.y!, size: a.size! }));
    let overlaps = 0;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size) * 0.9) overlaps++;
      }
    expect(overlaps).toBe(0);
    const xs = nodes.map((n) => n.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(50);
  });

  it('sets isolated nodes on rings around the connected ones', () => {
    const builder = new GraphBuilder();
    builder.addDocument(
      makeResolved({
        id: 'lonely',
        sentences: ['Alice met Bob.', 'Carol and Dan and Erin were elsewhere.'],
        entities: ['Alice', 'Bob', 'Carol', 'Dan', 'Erin'].map((label) => ({
          id: label.toLowerCase(),
          label,
        })),
        relations: [[0, 'met-with', 1, 0]],
      }),
    );
    const graph = builder.graph;
    assignMetrics(graph);
    assignLayout(graph, { iterations: 50 });
    const at = (n: string) => graph.getNodeAttributes(n);
    const cx = (at('alice').x! + at('bob').x!) / 2;
    const cy = (at('alice').y! + at('bob').y!) / 2;
    const inner = Math.max(...['alice', 'bob'].map((n) => Math.hypot(at(n).x! - cx, at(n).y! - cy)));
    for (const lonely of ['carol', 'dan', 'erin']) {
      expect(Math.hypot(at(lonely).x! - cx, at(lonely).y! - cy)).toBeGreaterThan(inner + 10);
    }
  });

  it('starts communities in discs of their own, so that even without ForceAtlas2 they stand apart', () => {
    // Two cliques of six people joined by one meeting: Louvain finds two communities.
    const builder = new GraphBuilder();
    for (const group of ['a', 'b'])
      for (let i = 0; i < 6; i++)
        for (let j = i + 1; j < 6; j++)
          builder.addDocument(
            makeResolved({
              id: `${group}${i}${j}`,
              sentences: [`${group}${i} met ${group}${j}.`],
              entities: [
                { id: `${group}${i}`, label: `${group.toUpperCase()} Person ${i}` },
                { id: `${group}${j}`, label: `${group.toUpperCase()} Person ${j}` },
              ],
              relations: [[0, 'met-with', 1, 0]],
            }),
          );
    builder.addDocument(
      makeResolved({
        id: 'bridge',
        sentences: ['a0 met b0.'],
        entities: [
          { id: 'a0', label: 'A Person 0' },
          { id: 'b0', label: 'B Person 0' },
        ],
        relations: [[0, 'met-with', 1, 0]],
      }),
    );
    const graph = builder.graph;
    assignMetrics(graph);
    expect(new Set(graph.mapNodes((_n, a) => a.community)).size).toBe(2);
    assignLayout(graph, { iterations: 0, noverlapIterations: 0, start: 'communities' });
    const centre = (group: string) => {
      const nodes = graph.filterNodes((n) => n.startsWith(group));
      const x = nodes.reduce((sum, n) => sum + graph.getNodeAttribute(n, 'x')!, 0) / nodes.length;
      const y = nodes.reduce((sum, n) => sum + graph.getNodeAttribute(n, 'y')!, 0) / nodes.length;
      return { x, y };
    };
    const centres = { a: centre('a'), b: centre('b') };
    graph.forEachNode((node, { x, y }) => {
      const own = centres[node[0] as 'a' | 'b'];
      const other = centres[node[0] === 'a' ? 'b' : 'a'];
      expect(Math.hypot(x! - own.x, y! - own.y)).toBeLessThan(Math.hypot(x! - other.x, y! - other.y));
    });
  });

  it('is reproducible with the same seed and changes with another', () => {
    const a = ringGraph();
    const b = ringGraph();
    const c = ringGraph();
    assignLayout(a, { iterations: 50 });
    assignLayout(b, { iterations: 50 });
    assignLayout(c, { iterations: 50, seed: 7 });
    const positions = (g: typeof a) => g.mapNodes((_n, attr) => [attr.x, attr.y]);
    expect(positions(a)).toEqual(positions(b));
    expect(positions(a)).not.toEqual(positions(c));
  });

  it('has a colour for every relation and rejects bad iterations', () => {
    for (const relation of RELATION_TYPES) expect(RELATION_COLORS[relation]).toMatch(/^#[0-9a-f]{6}$/);
    expect(() => assignLayout(ringGraph(), { iterations: -1 })).toThrow(
      /assignLayout: the 'iterations' option/,
    );
  });
});
