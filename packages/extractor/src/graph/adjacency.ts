/** A V8-level speed-up of graphology graphs that grow edge by edge (see useDictionaryAdjacency). */
import type AnyGraph from 'graphology-types';

/**
 * graphology keeps each node's neighbours in plain objects keyed by neighbour id. Grown one key at
 * a time, such an object stays in V8's "fast" mode, where every new sequence of keys makes a new
 * hidden class: with a million edges that is millions of hidden classes, most of the start-up time
 * and hundreds of megabytes. Objects in dictionary mode (hash tables) have none of that, and V8
 * switches an object to it when a property other than the last is deleted: done here on the
 * still-empty neighbour objects of the given nodes (all of them when none are given): call it right
 * after adding nodes, before their edges. The graph behaves the same either way; if
 * graphology's internals ever change shape, this does nothing.
 */
export function useDictionaryAdjacency(graph: AnyGraph, nodes?: Iterable<string>): void {
  const all = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(all instanceof Map)) return;
  const table = all as Map<string, Record<string, unknown>>;
  for (const node of nodes ?? table.keys()) {
    const data = table.get(node);
    if (!data) continue;
    for (const side of ['in', 'out', 'undirected']) {
      const adjacency = data[side];
      if (typeof adjacency !== 'object' || adjacency === null) continue;
      const object = adjacency as Record<string, unknown>;
      // Only while empty: no neighbour key can clash with the two temporary ones.
      if (Object.keys(object).length > 0) continue;
      object['\u0000a'] = 0;
      object['\u0000b'] = 0;
      delete object['\u0000a'];
      delete object['\u0000b'];
    }
  }
}
