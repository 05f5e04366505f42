/**
 * The neighbourhood of one entity: a breadth-first walk up to `depth` steps, following edges in the
 * asked direction that pass the relation and weight filters, stopping at `limit` neighbours (the
 * heaviest edges are followed first, so that a cut keeps the strongest ties). Edges among the
 * nodes reached are included too, so that the answer draws as a proper local graph.
 */
import type { LiveGraph } from './live';

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
  const depthOf = new Map<string, number>([[center, 0]]);
  const order: string[] = [center];
  const edges = new Set<string>();
  let truncated = false;

  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    const depth = depthOf.get(node)!;
    const candidates: { key: string; other: string; weight: number }[] = [];
    const visit = (
      key: string,
      attributes: { relation: string; weight: number },
      source: string,
      target: string,
    ): void => {
      if (attributes.weight < query.minWeight) return;
      if (query.relations && !query.relations.has(attributes.relation)) return;
      candidates.push({ key, other: source === node ? target : source, weight: attributes.weight });
    };
    if (query.direction === 'out') graph.forEachOutEdge(node, visit);
    else if (query.direction === 'in') graph.forEachInEdge(node, visit);
    else graph.forEachEdge(node, visit);
    candidates.sort((a, b) => b.weight - a.weight);

    for (const { key, other } of candidates) {
      if (!depthOf.has(other)) {
        // The outermost ring only closes edges among nodes already reached.
        if (depth >= query.depth) continue;
        if (order.length > query.limit) {
          truncated = true;
          continue;
        }
        depthOf.set(other, depth + 1);
        order.push(other);
      }
      edges.add(key);
    }
  }
  return { nodes: order.map((id) => ({ id, depth: depthOf.get(id)! })), edges: [...edges], truncated };
}
