import random from 'graphology-layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { ENTITY_COLORS, FALLBACK_COLOR, RELATION_COLORS } from './colors';
import { undirectedProjection } from './projection';
import { DEFAULT_SEED, seededRandom } from './random';
import { GraphInputError, type NewsGraph } from './types';

export interface LayoutOptions {
  /** ForceAtlas2 iterations (settings.layoutIterations). */
  iterations: number;
  /** Seed of the random initial positions; the same seed gives the same layout. */
  seed?: number;
  /** Node size range, from the smallest to the largest PageRank. */
  minSize?: number;
  maxSize?: number;
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
      return { ...attributes, size: round(minSize + share * (maxSize - minSize)) };
    },
    { attributes: ['size'] },
  );
  // Edge thickness grows with the number of documents stating the fact.
  graph.updateEachEdgeAttributes(
    (_edge, attributes) => ({ ...attributes, size: round(1 + Math.log2(Math.max(1, attributes.weight))) }),
    { attributes: ['size'] },
  );
}

/** Node colours by entity type, edge colours by relation. */
export function assignColors(graph: NewsGraph): void {
  graph.updateEachNodeAttributes(
    (_node, attributes) => ({ ...attributes, color: ENTITY_COLORS[attributes.entityType] ?? FALLBACK_COLOR }),
    { attributes: ['color'] },
  );
  graph.updateEachEdgeAttributes(
    (_edge, attributes) => ({ ...attributes, color: RELATION_COLORS[attributes.relation] ?? FALLBACK_COLOR }),
    { attributes: ['color'] },
  );
}

/**
 * Positions, sizes and colours, so that an export opens laid out: seeded random positions,
 * ForceAtlas2 (graphology's inferred settings) on the weighted undirected projection, then
 * noverlap so that nodes (sized by PageRank) do not cover each other.
 */
export function assignLayout(graph: NewsGraph, options: LayoutOptions): void {
  const { iterations, seed = DEFAULT_SEED, minSize = 4, maxSize = 20 } = options;
  if (!Number.isInteger(iterations) || iterations < 0)
    throw new GraphInputError(
      'assignLayout',
      `the 'iterations' option must be a non-negative integer, got ${iterations}.`,
    );
  assignSizes(graph, minSize, maxSize);
  assignColors(graph);
  if (graph.order === 0) return;

  // Start from a square whose area grows with the graph, so that FA2 starts near its equilibrium.
  const scale = 10 * maxSize * Math.sqrt(graph.order);
  const start = random(graph, { rng: seededRandom(seed), scale, center: 0 });
  const projection = undirectedProjection(graph, (node) => ({
    x: start[node]?.x ?? 0,
    y: start[node]?.y ?? 0,
    size: graph.getNodeAttribute(node, 'size') ?? minSize,
  }));
  if (iterations > 0 && projection.size > 0)
    forceAtlas2.assign(projection, {
      iterations,
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(projection), adjustSizes: false },
    });
  graph.updateEachNodeAttributes(
    (node, attributes) => ({
      ...attributes,
      x: projection.getNodeAttribute(node, 'x'),
      y: projection.getNodeAttribute(node, 'y'),
    }),
    { attributes: ['x', 'y'] },
  );
  noverlap.assign(graph, { maxIterations: 200, settings: { margin: 2, ratio: 1.2, speed: 3 } });
  graph.updateEachNodeAttributes(
    (_node, attributes) => ({ ...attributes, x: round(attributes.x ?? 0), y: round(attributes.y ?? 0) }),
    { attributes: ['x', 'y'] },
  );
}

/** Two decimals: enough for drawing, and keeps exports small and stable across platforms. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
