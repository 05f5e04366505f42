import {
  buildDisplayGraph,
  GraphFormatError,
  mergeGraph,
  parallelCurvature,
  parseGraph,
  placeMissingNodes,
  savePositions,
} from './graph-data';
import { DEFAULT_FILTERS, visibleSubgraph } from './filters';
import { ENTITY_COLORS, MAX_NODE_SIZE, MIN_NODE_SIZE } from './appearance';
import { sampleGraph } from './test-graph';

describe('parseGraph', () => {
  it('rejects malformed payloads with a message naming the problem', () => {
    expect(() => parseGraph(null)).toThrow(GraphFormatError);
    expect(() => parseGraph({ nodes: {}, edges: [] })).toThrow('`nodes` must be an array');
    expect(() => parseGraph({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'b' }] })).toThrow(
      'edges[0] joins unknown nodes',
    );
  });

  it('keeps the server note that edges were truncated', () => {
    const g = parseGraph({ attributes: { truncated: true, edgesMatched: 900 }, nodes: [], edges: [] });
    expect(g.getAttributes()).toEqual({ truncated: true, edgesMatched: 900 });
    const target = parseGraph({ nodes: [], edges: [] });
    mergeGraph(target, g);
    expect(target.getAttribute('edgesMatched')).toBe(900);
  });

  it('keeps only typed attributes and fills defaults', () => {
    const g = parseGraph({
      nodes: [{ key: 'a', attributes: { label: 42, aliases: ['A', 3], entityType: 'person', onclick: 'x' } }],
      edges: [],
    });
    const a = g.getNodeAttributes('a');
    expect(a.label).toBe('a');
    expect(a.aliases).toEqual(['A']);
    expect('onclick' in a).toBe(false);
  });
});

describe('display graph', () => {
  it('derives sizes, colours and curvature for parallel edges', () => {
    const g = sampleGraph();
    placeMissingNodes(g);
    const d = buildDisplayGraph(g, visibleSubgraph(g, { ...DEFAULT_FILTERS, hideIsolated: false }), {
      colorMode: 'type',
      sizeMode: 'pagerank',
    });
    expect(d.order).toBe(5);
    expect(d.getNodeAttribute('putin', 'color')).toBe(ENTITY_COLORS.person);
    expect(d.getNodeAttribute('putin', 'size')).toBe(MAX_NODE_SIZE);
    // 'x' has no pagerank while others do: it counts as 0, the smallest.
    expect(d.getNodeAttribute('x', 'size')).toBe(MIN_NODE_SIZE);
    // e1 (putin->scholz) and e2 (scholz->putin) are parallel: curved, bending apart on screen.
    expect(d.getEdgeAttribute('e1', 'type')).toBe('curvedLine');
    expect(d.getEdgeAttribute('e2', 'type')).toBe('curved');
    expect(d.getEdgeAttribute('e4', 'type')).toBe('straight');
    const c1 = d.getEdgeAttribute('e1', 'curvature');
    const c2 = d.getEdgeAttribute('e2', 'curvature');
    // Reversed edge: flipping both sign and direction lands on the same side, so they must be equal to be apart.
    expect(c1).toBe(c2);
    expect(c1).not.toBe(0);
  });

  it('spreads curvature symmetrically', () => {
    expect(parallelCurvature(0, 1)).toBe(0);
    expect(parallelCurvature(0, 3)).toBeCloseTo(-parallelCurvature(2, 3));
    expect(parallelCurvature(1, 3)).toBe(0);
  });

  it('places missing nodes next to a placed neighbour, deterministically', () => {
    const g = sampleGraph();
    g.forEachNode((n) => g.mergeNodeAttributes(n, { x: undefined, y: undefined }));
    g.mergeNodeAttributes('putin', { x: 100, y: 100 });
    expect(placeMissingNodes(g)).toBe(4);
    const s = g.getNodeAttributes('scholz');
    expect(Math.hypot(s.x! - 100, s.y! - 100)).toBeCloseTo(5);
    const again = sampleGraph();
    again.forEachNode((n) => again.mergeNodeAttributes(n, { x: undefined, y: undefined }));
    again.mergeNodeAttributes('putin', { x: 100, y: 100 });
    placeMissingNodes(again);
    expect(again.getNodeAttributes('scholz').x).toBe(s.x);
  });

  it('merges a fresh download, keeping positions and dropping what vanished', () => {
    const g = sampleGraph();
    g.mergeNodeAttributes('putin', { x: 7, y: 8 });
    const fresh = sampleGraph();
    fresh.dropNode('nato');
    fresh.addNode('kremlin', {
      label: 'Kremlin',
      entityType: 'organization',
      aliases: [],
      roles: [],
      mentions: 1,
      documents: [],
    });
    fresh.mergeNodeAttributes('putin', { mentions: 12, x: 0, y: 0 });
    mergeGraph(g, fresh);
    expect(g.hasNode('nato')).toBe(false);
    expect(g.hasEdge('e4')).toBe(false);
    expect(g.hasNode('kremlin')).toBe(true);
    expect(g.getNodeAttributes('putin')).toMatchObject({ mentions: 12, x: 7, y: 8 });
  });

  it('saves layout positions back to the data graph', () => {
    const g = sampleGraph();
    placeMissingNodes(g);
    const d = buildDisplayGraph(g, visibleSubgraph(g, DEFAULT_FILTERS), {
      colorMode: 'community',
      sizeMode: 'degree',
    });
    d.mergeNodeAttributes('nato', { x: 42, y: -1 });
    savePositions(d, g);
    expect(g.getNodeAttributes('nato')).toMatchObject({ x: 42, y: -1 });
  });
});

describe('sizing without metrics', () => {
  it('falls back to mentions when no node has the metric', () => {
    const g = parseGraph({
      nodes: [
        { key: 'a', attributes: { mentions: 10 } },
        { key: 'b', attributes: { mentions: 1 } },
      ],
      edges: [],
    });
    const d = buildDisplayGraph(
      g,
      { nodes: new Set(['a', 'b']), edges: new Set() },
      { colorMode: 'type', sizeMode: 'degree' },
    );
    expect(d.getNodeAttribute('a', 'size')).toBe(MAX_NODE_SIZE);
    expect(d.getNodeAttribute('b', 'size')).toBe(MIN_NODE_SIZE);
  });
});
