/**
 * Filters derive the display graph from the data graph (as in Gephi Lite): which entity types and
 * relations are shown, a minimum edge weight, a date window over article dates, and optionally only
 * the neighbourhood of the selected entity. Pure functions over graphology graphs, no DOM.
 */
import type Graph from 'graphology';
import type { EdgeData, NodeData } from './types';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from './vocabulary';

export const NEIGHBORHOOD_DEPTHS = [0, 1, 2] as const;
export type NeighborhoodDepth = (typeof NEIGHBORHOOD_DEPTHS)[number];

export interface Filters {
  /** Entity types shown; a node of a type outside the vocabulary counts as `misc`. */
  entityTypes: ReadonlySet<EntityType>;
  /** Relations shown. */
  relations: ReadonlySet<RelationType>;
  /** Edges lighter than this are hidden. */
  minWeight: number;
  /** Inclusive YYYY-MM-DD bounds; null means open. */
  dateFrom: string | null;
  dateTo: string | null;
  /** 0 shows the whole graph; 1 or 2 only the selection's neighbourhood at that depth. */
  neighborhoodDepth: NeighborhoodDepth;
  /** Hide entities left without any visible relation (most are only co-mentioned). */
  hideIsolated: boolean;
}

/** `co-mention` (same sentence, no verb) is noise next to typed relations: hidden until asked for. */
export const DEFAULT_FILTERS: Filters = {
  entityTypes: new Set(ENTITY_TYPES),
  relations: new Set(RELATION_TYPES.filter((r) => r !== 'co-mention')),
  minWeight: 0,
  dateFrom: null,
  dateTo: null,
  neighborhoodDepth: 0,
  hideIsolated: true,
};

export function entityTypeOf(data: Partial<NodeData>): EntityType {
  const t = data.entityType;
  return (ENTITY_TYPES as readonly string[]).includes(t ?? '') ? (t as EntityType) : 'misc';
}

/** Does [first, last] meet [from, to]? Items without dates are always kept: we cannot place them. */
export function overlapsDateRange(
  first: string | undefined,
  last: string | undefined,
  from: string | null,
  to: string | null,
): boolean {
  const start = first ?? last;
  const end = last ?? first;
  if (start === undefined || end === undefined) return true;
  if (from !== null && end < from) return false;
  if (to !== null && start > to) return false;
  return true;
}

export function nodePasses(data: Partial<NodeData>, filters: Filters): boolean {
  return (
    filters.entityTypes.has(entityTypeOf(data)) &&
    overlapsDateRange(data.firstSeen, data.lastSeen, filters.dateFrom, filters.dateTo)
  );
}

export function edgePasses(data: Partial<EdgeData>, filters: Filters): boolean {
  return (
    filters.relations.has((data.relation ?? 'co-mention') as RelationType) &&
    (data.weight ?? 1) >= filters.minWeight &&
    overlapsDateRange(data.firstSeen, data.lastSeen, filters.dateFrom, filters.dateTo)
  );
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * The nodes and edges that pass the filters. With a neighbourhood depth and a focus node, only what
 * lies within that many visible edges of the focus (either direction) is kept; with hideIsolated,
 * only nodes that keep a visible edge (and the focus).
 */
export function visibleSubgraph(
  graph: Graph<Partial<NodeData>, Partial<EdgeData>>,
  filters: Filters,
  focus?: string | null,
): Visible {
  const nodes = new Set<string>();
  graph.forEachNode((node, data) => {
    if (nodePasses(data, filters)) nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, data, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgePasses(data, filters)) edges.add(edge);
  });
  if (filters.neighborhoodDepth > 0 && focus && nodes.has(focus)) {
    return withoutIsolated(
      neighborhood(graph, edges, focus, filters.neighborhoodDepth),
      filters,
      graph,
      focus,
    );
  }
  return withoutIsolated({ nodes, edges }, filters, graph, focus);
}

/** What lies within `depth` visible edges of the focus, either direction. */
function neighborhood(
  graph: Graph<Partial<NodeData>, Partial<EdgeData>>,
  edges: Set<string>,
  focus: string,
  depth: number,
): Visible {
  const reached = new Set<string>([focus]);
  let frontier = [focus];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _data, source, target) => {
        if (!edges.has(edge)) return;
        const other = source === node ? target : source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  const kept = new Set<string>();
  for (const edge of edges) {
    if (reached.has(graph.source(edge)) && reached.has(graph.target(edge))) kept.add(edge);
  }
  return { nodes: reached, edges: kept };
}

/** Drops nodes without a visible edge when asked, but never the focus: the selection stays on screen. */
function withoutIsolated(
  visible: Visible,
  filters: Filters,
  graph: Graph<Partial<NodeData>, Partial<EdgeData>>,
  focus?: string | null,
): Visible {
  if (!filters.hideIsolated) return visible;
  const connected = new Set<string>();
  for (const edge of visible.edges) {
    connected.add(graph.source(edge));
    connected.add(graph.target(edge));
  }
  if (focus && visible.nodes.has(focus)) connected.add(focus);
  return { nodes: connected, edges: visible.edges };
}

/** Earliest and latest date over nodes and edges, for the date slider; null when nothing is dated. */
export function dateBounds(
  graph: Graph<Partial<NodeData>, Partial<EdgeData>>,
): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  const visit = (first?: string, last?: string) => {
    for (const d of [first, last]) {
      if (typeof d !== 'string' || d === '') continue;
      if (min === null || d < min) min = d;
      if (max === null || d > max) max = d;
    }
  };
  graph.forEachNode((_n, a) => visit(a.firstSeen, a.lastSeen));
  graph.forEachEdge((_e, a) => visit(a.firstSeen, a.lastSeen));
  return min !== null && max !== null ? { min, max } : null;
}

/** The highest edge weight, for the minimum-weight slider's range. */
export function maxWeight(graph: Graph<Partial<NodeData>, Partial<EdgeData>>): number {
  let max = 1;
  graph.forEachEdge((_e, a) => {
    if (typeof a.weight === 'number' && a.weight > max) max = a.weight;
  });
  return max;
}

/** How many nodes per entity type and edges per relation the data graph holds (for the filter panel). */
export function countByCategory(graph: Graph<Partial<NodeData>, Partial<EdgeData>>): {
  entityTypes: Map<EntityType, number>;
  relations: Map<string, number>;
} {
  const entityTypes = new Map<EntityType, number>();
  const relations = new Map<string, number>();
  graph.forEachNode((_n, a) => {
    const t = entityTypeOf(a);
    entityTypes.set(t, (entityTypes.get(t) ?? 0) + 1);
  });
  graph.forEachEdge((_e, a) => {
    const r = a.relation ?? 'co-mention';
    relations.set(r, (relations.get(r) ?? 0) + 1);
  });
  return { entityTypes, relations };
}
