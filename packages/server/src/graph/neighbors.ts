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
  // whichever is shorter.
  for (const node of order) {
    if (expanded.has(node)) continue;
    if (graph.degree(node) <= order.length) {
      graph.forEachEdge(node, (key, a, source, target) => {
        if (depthOf.has(source === node ? target : source) && passes(a)) edges.add(key);
      });
    } else {
      for (const other of order) {
        if (other === node) continue;
        // hasDirectedEdge is a lookup without allocation; most pairs have no edge.
        if (graph.hasDirectedEdge(node, other))
          for (const key of graph.directedEdges(node, other))
            if (passes(graph.getEdgeAttributes(key))) edges.add(key);
        if (graph.hasDirectedEdge(other, node))
          for (const key of graph.directedEdges(other, node))
            if (passes(graph.getEdgeAttributes(key))) edges.add(key);
      }
    }
  }
  return { nodes: order.map((id) => ({ id, depth: depthOf.get(id)! })), edges: [...edges], truncated };
}
