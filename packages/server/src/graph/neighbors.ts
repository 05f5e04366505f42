/**
 * The neighbourhood of one entity: a breadth-first walk up to `depth` steps, following edges in the
 * asked direction that pass the relation and weight filters, stopping at `limit` neighbours (the
 * heaviest edges are followed first, so that a cut keeps the strongest ties). Edges among the
 * nodes reached (in any direction, through the same filters) are included too, so that the answer
 * draws as a proper local graph.
 *
 * Cost is bounded by the answer, not by hubs: once the node budget is spent no more edge lists are
 * walked, and the remaining edges among reached nodes are found by pairwise lookups when a node's
 * edge list is longer than the number of reached nodes.
 */
import type { LiveEdgeAttributes, LiveGraph } from './live';

export const DIRECTIONS = ['in', 'out', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface NeighborhoodQuery {
  depth: number;
  direction: Direction;
  relations?: ReadonlySet<string>;
  minWeight: number;
  /** Most nodes besides the centre. */
  limit: number;
}

export interface Neighborhood {
  /** Node ids in the order reached, the centre first, with their distance from it. */
  nodes: { id: string; depth: number }[];
  /** Edge keys. */
  edges: string[];
  /** True when `limit` cut the walk short. */
  truncated: boolean;
}

export function neighborhood(graph: LiveGraph, center: string, query: NeighborhoodQuery): Neighborhood {
  if (!graph.hasNode(center)) throw new Error(`neighborhood: no node '${center}'.`);
  const passes = (a: LiveEdgeAttributes): boolean =>
    a.weight >= query.minWeight && (!query.relations || query.relations.has(a.relation));
  const depthOf = new Map<string, number>([[center, 0]]);
  const order: string[] = [center];
  const expanded = new Set<string>();
  const edges = new Set<string>();
  let truncated = false;
  const full = (): boolean => order.length > query.limit;

  for (let i = 0; i < order.length && !full(); i++) {
    const node = order[i]!;
    const depth = depthOf.get(node)!;
    if (depth >= query.depth) break; // breadth-first: every later node is as deep
    const candidates: { key: string; other: string; weight: number }[] = [];
    const visit = (key: string, a: LiveEdgeAttributes, source: string, target: string): void => {
      if (passes(a)) candidates.push({ key, other: source === node ? target : source, weight: a.weight });
    };
    if (query.direction === 'out') graph.forEachOutEdge(node, visit);
    else if (query.direction === 'in') graph.forEachInEdge(node, visit);
    else graph.forEachEdge(node, visit);
    candidates.sort((a, b) => b.weight - a.weight);
    expanded.add(node);
    for (const { key, other } of candidates) {
      if (!depthOf.has(other)) {
        if (full()) {
          truncated = true;
          continue;
        }
        depthOf.set(other, depth + 1);
        order.push(other);
      }
      edges.add(key);
    }
  }

  // Stopped by the budget with nodes left to expand: there may be more to see.
  if (full() && order.some((n) => !expanded.has(n) && depthOf.get(n)! < query.depth)) truncated = true;

  // Close the edges among reached nodes that no expansion walked (the outer ring, and nodes left
  // unexpanded once the budget was spent): by the node's edge list or by pairwise lookups,
  // whichever is shorter. An expanded node walked its edges in the asked direction to every node
  // reached (a node reached later would have been reached by it, or the budget ran out and the
  // walk stopped), so with direction 'both' only pairs of unexpanded nodes are left, each looked at
  // once; with 'in' or 'out' the other direction of expanded nodes' edges is left too.
  const both = query.direction === 'both';
  const open: string[] = [];
  for (const node of order) if (!expanded.has(node)) open.push(node);
  /** Position among the unexpanded nodes, or -1 for an expanded one. */
  const rank = new Map<string, number>();
  for (const node of order) rank.set(node, -1);
  for (let i = 0; i < open.length; i++) rank.set(open[i]!, i);
  const lookups = (from: string, to: string): void => {
    // hasDirectedEdge is a lookup without allocation; most pairs have no edge.
    if (!graph.hasDirectedEdge(from, to)) return;
    for (const key of graph.directedEdges(from, to)) if (passes(graph.getEdgeAttributes(key))) edges.add(key);
  };
  for (let i = 0; i < open.length; i++) {
    const node = open[i]!;
    // Nodes this one still has to be paired with: the later unexpanded ones, and (for 'in' and
    // 'out') the expanded ones too.
    const pairs = both ? open.length - i - 1 : open.length - i - 1 + (order.length - open.length);
    if (graph.degree(node) <= 2 * pairs + 1) {
      graph.forEachEdge(node, (key, a, source, target) => {
        const r = rank.get(source === node ? target : source);
        if (r === undefined || !(r >= i || (r === -1 && !both)) || !passes(a)) return;
        edges.add(key);
      });
    } else {
      for (let j = i + 1; j < open.length; j++) {
        lookups(node, open[j]!);
        lookups(open[j]!, node);
      }
      if (!both)
        for (const other of order)
          if (rank.get(other) === -1) {
            lookups(node, other);
            lookups(other, node);
          }
      lookups(node, node);
    }
  }
  return { nodes: order.map((id) => ({ id, depth: depthOf.get(id)! })), edges: [...edges], truncated };
}
