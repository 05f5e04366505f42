/**
 * PageRank of the news graph, from a plain array form of its directed projection (see
 * projection.ts), so that it can be computed in another thread while Louvain runs: the same code
 * runs in both places, so the ranks do not depend on where they were computed.
 */
import { DirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { SYMMETRIC_RELATIONS } from '../types';
import { useDictionaryAdjacency } from './adjacency';
import { edgeStrength } from './projection';
import type { NewsGraph } from './types';

/** The directed projection as arcs between node indices (graph order); parallel arcs repeat. */
export interface RankArcs {
  order: number;
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  alpha: number;
}

/**
 * A directed fact gives an arc from actor to target (attention flows to who is met, warned,
 * accused, or belonged to), a symmetric fact gives arcs both ways; the weight is the fact's
 * strength. Self-loops are left out.
 */
export function rankArcs(graph: NewsGraph, alpha: number): RankArcs {
  const index = new Map<string, number>();
  graph.forEachNode((node) => index.set(node, index.size));
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    const strength = edgeStrength(attributes);
    sources.push(s);
    targets.push(t);
    weights.push(strength);
    if (SYMMETRIC_RELATIONS.has(attributes.relation)) {
      sources.push(t);
      targets.push(s);
      weights.push(strength);
    }
  });
  return {
    order: index.size,
    sources: Int32Array.from(sources),
    targets: Int32Array.from(targets),
    weights: Float64Array.from(weights),
    alpha,
  };
}

/** PageRank (graphology-metrics) of every node, by node index. */
export function ranksOf(arcs: RankArcs): Float64Array {
  // Keys that are not array indices: V8 enumerates those in insertion order, as in the news graph.
  const keys = Array.from({ length: arcs.order }, (_, i) => `n${i}`);
  const projection = new DirectedGraph<object, { weight: number }>();
  for (const key of keys) projection.addNode(key);
  // Most of the time here went into graphology growing neighbour objects one key at a time.
  useDictionaryAdjacency(projection);
  const pairs = uniqueArcs(arcs);
  // Edge keys of our own: with generated ones, adding the BBC graph's arcs took 150-240 ms, not ~115.
  for (let k = 0; k < pairs.sources.length; k++)
    projection.addDirectedEdgeWithKey(`e${k}`, keys[pairs.sources[k]!]!, keys[pairs.targets[k]!]!, {
      weight: pairs.weights[k]!,
    });
  const ranks = pagerank(projection, { getEdgeWeight: 'weight', alpha: arcs.alpha, maxIterations: 200 });
  const out = new Float64Array(arcs.order);
  for (let i = 0; i < arcs.order; i++) out[i] = ranks[keys[i]!] ?? 0;
  return out;
}

/**
 * Parallel arcs summed into one, in order of first appearance and adding weights in arc order:
 * the same edges, in the same order, with the same weights as merging them edge by edge, in a
 * single pass over plain arrays.
 */
function uniqueArcs(arcs: RankArcs): { sources: number[]; targets: number[]; weights: number[] } {
  const at = new Map<number, number>();
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  for (let k = 0; k < arcs.sources.length; k++) {
    const s = arcs.sources[k]!;
    const t = arcs.targets[k]!;
    const key = s * arcs.order + t;
    const row = at.get(key);
    if (row === undefined) {
      at.set(key, sources.length);
      sources.push(s);
      targets.push(t);
      weights.push(arcs.weights[k]!);
    } else weights[row] = weights[row]! + arcs.weights[k]!;
  }
  return { sources, targets, weights };
}
