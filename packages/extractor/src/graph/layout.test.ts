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
