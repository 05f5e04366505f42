import type { UndirectedGraph } from 'graphology';
import circlepack from 'graphology-layout/circlepack';
import random from 'graphology-layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { ENTITY_COLORS, FALLBACK_COLOR, RELATION_COLORS } from './colors';
import { undirectedProjection } from './projection';
import { DEFAULT_SEED, seededRandom } from './random';
import { GraphInputError, type NewsGraph } from './types';

/** What the layout keeps per node of the projection it lays out. */
interface LayoutNode {
  x: number;
  y: number;
  size: number;
  community: number | undefined;
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations (settings.layoutIterations). */
  iterations: number;
  /** Seed of the random initial positions; the same seed gives the same layout. */
  seed?: number;
  /** noverlap iterations after ForceAtlas2 (0 skips it). */
  noverlapIterations?: number;
  /** Node size range, from the smallest to the largest PageRank. */
  minSize?: number;
  maxSize?: number;
  /**
   * Starting positions: seeded random ones, or each Louvain community packed in a disc of its own
   * (needs the `community` attribute of assignMetrics). By default, communities for graphs of more
   * than 2,000 nodes, where ForceAtlas2 gets too few passes to untangle random positions.
   */
  start?: 'random' | 'communities';
  /**
   * The weighted undirected projection (see projection.ts), when the caller has built it already
   * for the metrics. The layout drops its isolated nodes and overwrites its node attributes.
   */
  projection?: UndirectedGraph<object, { weight: number }>;
}

/**
 * Node sizes from PageRank (square root, so that size grows with area rather than radius);
 * mention counts stand in when metrics were not computed.
 */
export function assignSizes(graph: NewsGraph, minSize = 4, maxSize = 20): void {
  if (!(minSize > 0 && maxSize >= minSize))
    throw new GraphInputError(
      'assignLayout',
      `sizes must satisfy 0 < minSize <= maxSize, got ${minSize}..${maxSize}.`,
    );
  const score = (attributes: { pagerank?: number; mentions: number }) =>
    attributes.pagerank !== undefined && Number.isFinite(attributes.pagerank)
      ? attributes.pagerank
      : attributes.mentions;
  let low = Infinity;
  let high = -Infinity;
  graph.forEachNode((_node, attributes) => {
    const value = score(attributes);
    if (value < low) low = value;
    if (value > high) high = value;
  });
  const span = high - low;
  graph.updateEachNodeAttributes(
    (_node, attributes) => {
      const share = span > 0 ? Math.sqrt((score(attributes) - low) / span) : 0.5;
      // In place: a copy of every node's attributes (evidence included) costs more than the update.
      attributes.size = round(minSize + share * (maxSize - minSize));
      return attributes;
    },
    { attributes: ['size'] },
  );
  // Edge thickness grows with the number of documents stating the fact.
  graph.updateEachEdgeAttributes(
    (_edge, attributes) => {
      attributes.size = round(1 + Math.log2(Math.max(1, attributes.weight)));
      return attributes;
    },
    { attributes: ['size'] },
  );
}

/** Node colours by entity type, edge colours by relation. */
export function assignColors(graph: NewsGraph): void {
  graph.updateEachNodeAttributes(
    (_node, attributes) => {
      attributes.color = ENTITY_COLORS[attributes.entityType] ?? FALLBACK_COLOR;
      return attributes;
    },
    { attributes: ['color'] },
  );
  graph.updateEachEdgeAttributes(
    (_edge, attributes) => {
      attributes.color = RELATION_COLORS[attributes.relation] ?? FALLBACK_COLOR;
      return attributes;
    },
    { attributes: ['color'] },
  );
}

/**
 * Positions, sizes and colours, so that an export opens laid out. Starting positions (see
 * LayoutOptions.start): seeded random ones, or, for large graphs whose nodes carry Louvain
 * communities, circle packing of each community in a disc of its own, which is already a readable
 * picture where random positions after a few passes are a hairball. ForceAtlas2 (graphology's
 * inferred settings) then refines them on the weighted undirected projection, and noverlap keeps
 * nodes (sized by PageRank) from covering each other.
 */
export function assignLayout(graph: NewsGraph, options: LayoutOptions): void {
  const { iterations, seed = DEFAULT_SEED, minSize = 4, maxSize = 20, noverlapIterations = 200 } = options;
  if (!Number.isInteger(iterations) || iterations < 0)
    throw new GraphInputError(
      'assignLayout',
      `the 'iterations' option must be a non-negative integer, got ${iterations}.`,
    );
  assignSizes(graph, minSize, maxSize);
  assignColors(graph);
  if (graph.order === 0) return;

  // Isolated nodes (entities with no relation) only repel: ForceAtlas2 runs on the connected
  // ones, and the isolated ones are set on rings around them afterwards.
  // Its node attributes are all (re)set below, before anything reads them.
  const projection = (options.projection ?? undirectedProjection(graph)) as UndirectedGraph<
    LayoutNode,
    { weight: number }
  >;
  projection.forEachNode((node) => {
    if (projection.degree(node) === 0) projection.dropNode(node);
  });
  let communities = (options.start ?? (graph.order > 2000 ? 'communities' : 'random')) === 'communities';
  projection.updateEachNodeAttributes((node, attributes) => {
    const { size = minSize, community } = graph.getNodeAttributes(node);
    if (community === undefined) communities = false;
    return Object.assign(attributes, { x: 0, y: 0, size, community });
  });
  // Start from a disc whose area grows with the graph, so that FA2 starts near its equilibrium.
  const scale = 10 * maxSize * Math.sqrt(projection.order);
  if (communities)
    circlepack.assign(projection, {
      hierarchyAttributes: ['community'],
      rng: seededRandom(seed),
      scale: scale / 2,
      center: 0,
    });
  else random.assign(projection, { rng: seededRandom(seed), scale, center: 0 });
  if (iterations > 0 && projection.size > 0)
    forceAtlas2.assign(projection, {
      iterations,
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(projection), adjustSizes: false },
    });
  const positions = new Map<string, { x: number; y: number }>();
  projection.forEachNode((node, { x, y }) => positions.set(node, { x, y }));
  placeOnRings(graph, positions, maxSize);
  graph.updateEachNodeAttributes(
    (node, attributes) => Object.assign(attributes, positions.get(node) ?? { x: 0, y: 0 }),
    { attributes: ['x', 'y'] },
  );
  if (noverlapIterations > 0)
    noverlap.assign(graph, {
      maxIterations: noverlapIterations,
      settings: { margin: 2, ratio: 1.2, speed: 3 },
    });
  graph.updateEachNodeAttributes(
    (_node, attributes) =>
      Object.assign(attributes, { x: round(attributes.x ?? 0), y: round(attributes.y ?? 0) }),
    { attributes: ['x', 'y'] },
  );
}

/**
 * Puts the nodes without a position (the isolated ones) on concentric rings around the laid-out
 * ones, larger nodes (higher PageRank) on the inner rings.
 */
function placeOnRings(
  graph: NewsGraph,
  positions: Map<string, { x: number; y: number }>,
  maxSize: number,
): void {
  const rest = graph.filterNodes((node) => !positions.has(node));
  if (rest.length === 0) return;
  rest.sort((a, b) => (graph.getNodeAttribute(b, 'size') ?? 0) - (graph.getNodeAttribute(a, 'size') ?? 0));
  let cx = 0;
  let cy = 0;
  for (const { x, y } of positions.values()) {
    cx += x;
    cy += y;
  }
  if (positions.size) {
    cx /= positions.size;
    cy /= positions.size;
  }
  let radius = 0;
  for (const { x, y } of positions.values()) radius = Math.max(radius, Math.hypot(x - cx, y - cy));
  const step = 2 * maxSize + 4;
  let index = 0;
  for (let ring = 1; index < rest.length; ring++) {
    const r = radius + ring * step;
    const slots = Math.max(1, Math.floor((2 * Math.PI * r) / step));
    for (let slot = 0; slot < slots && index < rest.length; slot++, index++) {
      const angle = (2 * Math.PI * slot) / slots + ring * 0.5; // offset rings so that nodes do not line up
      positions.set(rest[index]!, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
    }
  }
}

/** Two decimals: enough for drawing, and keeps exports small and stable across platforms. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
