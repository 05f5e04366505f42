import { SYMMETRIC_RELATIONS, type Modality, type RelationType } from '../types';

/**
 * The deterministic key of the edge that holds one fact: `source:relation:target`, with
 * `:modality` appended when the fact is not asserted, so that "met" and "will meet" stay apart.
 * Entity ids are URL-safe, so the key is too (once `:` is percent-encoded by the caller, if need be).
 */
export function edgeKey(source: string, relation: RelationType, target: string, modality: Modality): string {
  const base = `${source}:${relation}:${target}`;
  return modality === 'asserted' ? base : `${base}:${modality}`;
}

/**
 * Endpoints in storage order: symmetric relations ("met-with") are stored once, from the smaller
 * id to the larger, so that "A met B" and "B met A" merge into one edge.
 */
export function orientEndpoints(relation: RelationType, source: string, target: string): [string, string] {
  if (SYMMETRIC_RELATIONS.has(relation) && target < source) return [target, source];
  return [source, target];
}
