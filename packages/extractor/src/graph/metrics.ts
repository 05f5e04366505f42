import type { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { rankArcs, ranksOf, type RankArcs } from './pagerank';
import { undirectedProjection } from './projection';
import { DEFAULT_SEED, seededRandom } from './random';
import { GraphInputError, type NewsGraph } from './types';

export interface MetricsOptions {
  /** Seed of Louvain's random moves; the same seed gives the same communities. */
  seed?: number;
  /** Louvain resolution: above 1 gives more, smaller communities. */
  resolution?: number;
  /** PageRank damping factor. */
  alpha?: number;
  /**
   * The weighted undirected projection, when the caller builds it once for metrics and layout; a
   * function is called when the projection is needed (computeMetricsAsync: after PageRank has
   * been handed over).
   */
  projection?: Projection | (() => Projection);
}

export interface NodeMetrics {
  /** Number of distinct neighbours, whatever the relations between them. */
  degree: number;
  pagerank: number;
  /** Louvain community, numbered by size: 0 is the largest. */
  community: number;
}

/**
 * Degree, PageRank and Louvain community of every node, computed on weighted projections of the
 * multi graph (see projection.ts): co-mentions count a quarter of a typed fact and modal facts
 * half, so that the structure reflects what the articles assert.
 */
export function computeMetrics(graph: NewsGraph, options: MetricsOptions = {}): Record<string, NodeMetrics> {
  const { alpha } = checkOptions(options);
  if (graph.order === 0) return {};
  const ranks = ranksOf(rankArcs(graph, alpha));
  return withRanks(graph, structure(graph, options), ranks);
}

/**
 * computeMetrics with PageRank computed by `rank` (another thread: see buildGraph) while the
 * projection and Louvain are computed here. The ranks are the same as computeMetrics's: both go
 * through ranksOf.
 */
export async function computeMetricsAsync(
  graph: NewsGraph,
  options: MetricsOptions,
  rank: (arcs: RankArcs) => Promise<Float64Array>,
): Promise<Record<string, NodeMetrics>> {
  const { alpha } = checkOptions(options);
  if (graph.order === 0) return {};
  const ranks = rank(rankArcs(graph, alpha));
  const found = structure(graph, options);
  return withRanks(graph, found, await ranks);
}

function checkOptions(options: MetricsOptions): { alpha: number } {
  const { resolution = 1, alpha = 0.85 } = options;
  if (!Number.isFinite(resolution) || resolution <= 0)
    throw new GraphInputError(
      'assignMetrics',
      `the 'resolution' option must be a positive number, got ${resolution}.`,
    );
  if (!Number.isFinite(alpha) || alpha <= 0 || alpha >= 1)
    throw new GraphInputError('assignMetrics', `the 'alpha' option must be between 0 and 1, got ${alpha}.`);
  return { alpha };
}

type Projection = UndirectedGraph<object, { weight: number }>;

interface Structure {
  undirected: Projection;
  communities: Map<string, number>;
}

/** The undirected projection and its Louvain communities, numbered by size. */
function structure(graph: NewsGraph, options: MetricsOptions): Structure {
  const { seed = DEFAULT_SEED, resolution = 1 } = options;
  const given = options.projection;
  const undirected = (typeof given === 'function' ? given() : given) ?? undirectedProjection(graph);
  const communities = undirected.size
    ? louvain(undirected, { getEdgeWeight: 'weight', rng: seededRandom(seed), resolution })
    : {};
  return { undirected, communities: renumberBySize(graph.nodes(), communities) };
}

function withRanks(
  graph: NewsGraph,
  { undirected, communities }: Structure,
  ranks: Float64Array,
): Record<string, NodeMetrics> {
  const result: Record<string, NodeMetrics> = {};
  let i = 0;
  graph.forEachNode((node) => {
    result[node] = {
      degree: undirected.degree(node),
      pagerank: ranks[i++] ?? 0,
      community: communities.get(node) ?? 0,
    };
  });
  return result;
}

/** Writes `degree`, `pagerank` and `community` into the node attributes. */
export function assignMetrics(graph: NewsGraph, options: MetricsOptions = {}): void {
  writeMetrics(graph, computeMetrics(graph, options));
}

/** Writes metrics (computeMetrics, computeMetricsAsync) into the node attributes. */
export function writeMetrics(graph: NewsGraph, metrics: Record<string, NodeMetrics>): void {
  graph.updateEachNodeAttributes((node, attributes) => Object.assign(attributes, metrics[node]), {
    attributes: ['degree', 'pagerank', 'community'],
  });
}

/**
 * Louvain's community ids depend on its internal order; renumbering by decreasing size (ties by
 * first node in graph order) gives stable small ids. Isolated nodes get communities of their own.
 */
function renumberBySize(nodes: string[], communities: Record<string, number>): Map<string, number> {
  const members = new Map<string, string[]>();
  for (const node of nodes) {
    const id = node in communities ? `c${communities[node]}` : `n${node}`;
    const list = members.get(id);
    if (list) list.push(node);
    else members.set(id, [node]);
  }
  // Map iteration keeps first-seen order, and sort is stable: ties stay in graph order.
  const groups = [...members.values()].sort((a, b) => b.length - a.length);
  const numbering = new Map<string, number>();
  groups.forEach((group, index) => group.forEach((node) => numbering.set(node, index)));
  return numbering;
}
