import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types';

/**
 * The news graph: multi (several relations between the same two entities) and directed (who said
 * what to whom). Symmetric relations are stored once, with sorted endpoints. Node key = Entity.id.
 */
export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** A new, empty news graph. */
export function createGraph(): NewsGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
}

/** Typed error for bad input given to the graph functions; the message starts with the function's name. */
export class GraphInputError extends Error {
  constructor(fn: string, message: string) {
    super(`${fn}: ${message}`);
    this.name = 'GraphInputError';
  }
}
