import type { NewsGraph } from '../types';

/**
 * graphology's serialized graph (`graph.export()`): the contract read by the scorer, the server and
 * the viewer. Compact, since graphs of thousands of articles are large; `jq .` pretty-prints it.
 */
export function toJson(graph: NewsGraph): string {
  return JSON.stringify(graph.export()) + '\n';
}
