import { UndirectedGraph } from 'graphology';
import type { EdgeAttributes } from '../types';
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
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const strength = edgeStrength(attributes);
    projection.updateEdge(source, target, (current) => ({ weight: (current.weight ?? 0) + strength }));
  });
  return projection;
}
