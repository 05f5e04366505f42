/**
 * Shortest paths between two entities, edges taken either way (a news link reads both ways), up to
 * `maxLength` edges. All shortest paths are enumerated (up to `maxPaths`); between two consecutive
 * nodes the strongest edge is reported (typed facts over co-mentions, asserted over modal).
 */
import { edgeStrength } from '@newsgraph/extractor';
import type { LiveGraph } from './live';

export interface PathResult {
  nodes: string[];
  edges: string[];
}

export function shortestPaths(
  graph: LiveGraph,
  from: string,
  to: string,
  maxLength: number,
  maxPaths: number,
): PathResult[] {
  if (!graph.hasNode(from)) throw new Error(`shortestPaths: no node '${from}'.`);
  if (!graph.hasNode(to)) throw new Error(`shortestPaths: no node '${to}'.`);
  if (from === to) return [{ nodes: [from], edges: [] }];

  // Breadth-first layers from `from`, recording every predecessor on a shortest route.
  const distance = new Map<string, number>([[from, 0]]);
  const predecessors = new Map<string, string[]>();
  let frontier = [from];
  for (let d = 1; d <= maxLength && frontier.length > 0 && !distance.has(to); d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (other) => {
        const seen = distance.get(other);
        if (seen === undefined) {
          distance.set(other, d);
          predecessors.set(other, [node]);
          next.push(other);
        } else if (seen === d) {
          const list = predecessors.get(other)!;
          if (!list.includes(node)) list.push(node);
        }
      });
    }
    frontier = next;
  }
  if (!distance.has(to)) return [];

  // Walk back from `to` through the predecessors, depth first, until enough paths are found.
  const paths: PathResult[] = [];
  const walk = (node: string, suffix: string[]): void => {
    if (paths.length >= maxPaths) return;
    if (node === from) {
      const nodes = [from, ...suffix];
      paths.push({ nodes, edges: nodes.slice(1).map((n, i) => strongestEdge(graph, nodes[i]!, n)) });
      return;
    }
    for (const previous of predecessors.get(node) ?? []) walk(previous, [node, ...suffix]);
  };
  walk(to, []);
  return paths;
}

function strongestEdge(graph: LiveGraph, a: string, b: string): string {
  let best: string | undefined;
  let bestStrength = -Infinity;
  const consider = (key: string): void => {
    const strength = edgeStrength(graph.getEdgeAttributes(key));
    if (strength > bestStrength) [best, bestStrength] = [key, strength];
  };
  graph.edges(a, b).forEach(consider);
  graph.edges(b, a).forEach(consider);
  if (best === undefined) throw new Error(`shortestPaths: no edge between '${a}' and '${b}'.`);
  return best;
}
