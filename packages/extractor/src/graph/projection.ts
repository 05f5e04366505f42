import { UndirectedGraph } from 'graphology';
import type { EdgeAttributes } from '../types';
import { useDictionaryAdjacency } from './adjacency';
import type { NewsGraph } from './types';

/** How much a co-mention counts next to a typed relation: being in the same sentence says little. */
export const CO_MENTION_FACTOR = 0.25;
/** How much a negated, planned or hypothetical relation counts next to an asserted one. */
export const MODAL_FACTOR = 0.5;

/** The structural strength of one edge: its document count, discounted for co-mention and modality. */
export function edgeStrength(attributes: Pick<EdgeAttributes, 'relation' | 'modality' | 'weight'>): number {
  const weight = Number.isFinite(attributes.weight) && attributes.weight > 0 ? attributes.weight : 1;
  const relationFactor = attributes.relation === 'co-mention' ? CO_MENTION_FACTOR : 1;
  const modalityFactor = attributes.modality === 'asserted' || !attributes.modality ? 1 : MODAL_FACTOR;
  return weight * relationFactor * modalityFactor;
}

interface WeightedEdge {
  weight: number;
}

/**
 * The news graph as a simple undirected weighted graph: one edge per pair of neighbours, whose
 * weight sums the strengths of all the facts between them. Louvain and ForceAtlas2 want this
 * (Louvain rejects multi graphs; parallel typed edges would otherwise pull a pair together once per
 * relation type).
 */
export function undirectedProjection<N extends object = object>(
  graph: NewsGraph,
  nodeAttributes: (key: string) => N = () => ({}) as N,
): UndirectedGraph<N, WeightedEdge> {
  const projection = new UndirectedGraph<N, WeightedEdge>();
  graph.forEachNode((node) => projection.addNode(node, nodeAttributes(node)));
  // Weights are summed per pair first, then each pair added once: the same edges in the same order
  // (first appearance) with the same sums as merging edge by edge, without a closure and a new
  // attributes object per fact.
  const rows = new Map<string, Map<string, number>>();
  const ends: string[] = [];
  const weights: number[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const strength = edgeStrength(attributes);
    // An undirected pair is one entry whichever way its facts point.
    const reverse = rows.get(target)?.get(source);
    if (reverse !== undefined) {
      weights[reverse] = weights[reverse]! + strength;
      return;
    }
    let row = rows.get(source);
    if (!row) rows.set(source, (row = new Map()));
    const at = row.get(target);
    if (at !== undefined) weights[at] = weights[at]! + strength;
    else {
      row.set(target, weights.length);
      ends.push(source, target);
      weights.push(0 + strength);
    }
  });
  useDictionaryAdjacency(projection);
  for (let k = 0; k < weights.length; k++)
    projection.addEdge(ends[2 * k]!, ends[2 * k + 1]!, { weight: weights[k]! });
  return projection;
}
