/**
 * The graph for the viewer, filtered: in graphology's serialised form, with node attributes
 * without statements (a `statementCount` instead) and edge attributes without evidence (an
 * `evidenceCount`), as held in memory.
 */
import type { GraphAttributes } from '@newsgraph/extractor';
import type { LiveEdgeAttributes, LiveGraph, LiveNodeAttributes } from './live';

export interface GraphFilter {
  types?: ReadonlySet<string>;
  relations?: ReadonlySet<string>;
  minWeight?: number;
  /** ISO dates: keep what was seen within [from, to]. */
  from?: string;
  to?: string;
  /** The heaviest edges beyond this many are left out (and `attributes.truncated` says so). */
  maxEdges: number;
}

export interface SerializedSubgraph {
  attributes: GraphAttributes & { truncated?: boolean; edgesMatched?: number };
  options: { type: 'directed'; multi: true; allowSelfLoops: true };
  nodes: { key: string; attributes: LiveNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: LiveEdgeAttributes }[];
}

/** Seen within the range: undated things are kept only when no range is asked. */
function inRange(firstSeen: string | undefined, lastSeen: string | undefined, filter: GraphFilter): boolean {
  if (filter.from === undefined && filter.to === undefined) return true;
  if (firstSeen === undefined && lastSeen === undefined) return false;
  if (filter.from !== undefined && (lastSeen ?? firstSeen)! < filter.from) return false;
  if (filter.to !== undefined && (firstSeen ?? lastSeen)! > filter.to) return false;
  return true;
}

/**
 * Nodes pass on type and date; edges pass on relation, weight and date, between passing nodes.
 * When an edge filter (relations or minWeight) is given, nodes left without edges are dropped:
 * the viewer asked for a kind of tie, not for every entity.
 */
export function filterGraph(
  graph: LiveGraph,
  filter: GraphFilter,
  attributes: GraphAttributes,
): SerializedSubgraph {
  const keepNode = new Set<string>();
  graph.forEachNode((node, a) => {
    if (filter.types && !filter.types.has(a.entityType)) return;
    if (!inRange(a.firstSeen, a.lastSeen, filter)) return;
    keepNode.add(node);
  });
  let edges: SerializedSubgraph['edges'] = [];
  graph.forEachEdge((key, a, source, target) => {
    if (!keepNode.has(source) || !keepNode.has(target)) return;
    if (filter.relations && !filter.relations.has(a.relation)) return;
    if (filter.minWeight !== undefined && a.weight < filter.minWeight) return;
    if (!inRange(a.firstSeen, a.lastSeen, filter)) return;
    edges.push({ key, source, target, attributes: a });
  });
  const matched = edges.length;
  if (edges.length > filter.maxEdges)
    edges = edges.sort((x, y) => y.attributes.weight - x.attributes.weight).slice(0, filter.maxEdges);

  const edgeFilter = filter.relations !== undefined || filter.minWeight !== undefined;
  const truncated = matched > edges.length;
  let nodeIds: Iterable<string> = keepNode;
  if (edgeFilter) {
    const ends = new Set<string>();
    for (const e of edges) ends.add(e.source).add(e.target);
    nodeIds = ends;
  }
  const nodes: SerializedSubgraph['nodes'] = [];
  for (const key of nodeIds) nodes.push({ key, attributes: graph.getNodeAttributes(key) });
  const outAttributes: SerializedSubgraph['attributes'] = { ...attributes };
  if (truncated) {
    outAttributes.truncated = true;
    outAttributes.edgesMatched = matched;
  }
  return {
    attributes: outAttributes,
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}
