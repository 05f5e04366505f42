/**
 * Appearance: colours by entity type or community, sizes by PageRank or degree, edge colours by
 * relation family. Pure functions; the renderer writes their results into the display graph.
 */
import type { ColorMode, SizeMode } from './state';
import type { EdgeData, NodeData } from './types';
import { entityTypeOf } from './filters';
import type { EntityType } from './vocabulary';

export const ENTITY_COLORS: Record<EntityType, string> = {
  person: '#4e79a7',
  organization: '#f28e2b',
  location: '#59a14f',
  misc: '#b07aa1',
};

/** Tableau-like categorical palette for communities; wraps around past twelve. */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#86bcb6',
  '#d37295',
  '#a0cbe8',
] as const;

export const FADED_NODE_COLOR = '#dfe3ea';
export const FADED_EDGE_COLOR = '#eceff4';

/** Relations grouped by what they say, so that a glance tells talk from conflict. */
export const RELATION_FAMILIES = [
  { name: 'diplomacy', color: '#3b9c8f', relations: ['met-with', 'spoke-with', 'agreed'] },
  { name: 'statements', color: '#7f8fa6', relations: ['said', 'announced', 'reported'] },
  { name: 'pressure', color: '#d9534f', relations: ['warned', 'urged', 'accused', 'rejected', 'sanctioned'] },
  { name: 'force', color: '#8e3b46', relations: ['deployed-near', 'annexed'] },
  { name: 'support', color: '#e0a02f', relations: ['aided'] },
  { name: 'structure', color: '#a4abb6', relations: ['affiliated-with', 'part-of', 'located-in'] },
  { name: 'co-mention', color: '#d3d8e0', relations: ['co-mention'] },
] as const;

const RELATION_COLOR = new Map<string, string>(
  RELATION_FAMILIES.flatMap((f) => f.relations.map((r) => [r, f.color] as const)),
);

export function communityColor(community: number | string | undefined): string {
  if (community === undefined) return ENTITY_COLORS.misc;
  let index: number;
  if (typeof community === 'number' && Number.isInteger(community)) index = Math.abs(community);
  else {
    // Community ids that are not small integers still get a stable colour.
    index = 0;
    for (const ch of String(community)) index = (index * 31 + ch.charCodeAt(0)) >>> 0;
  }
  return COMMUNITY_COLORS[index % COMMUNITY_COLORS.length] ?? ENTITY_COLORS.misc;
}

export function nodeColor(data: Partial<NodeData>, mode: ColorMode): string {
  return mode === 'community' ? communityColor(data.community) : ENTITY_COLORS[entityTypeOf(data)];
}

/** Hedged or denied statements are drawn paler than asserted ones. */
export function edgeColor(data: Partial<EdgeData>): string {
  const base = RELATION_COLOR.get(data.relation ?? '') ?? RELATION_COLOR.get('co-mention')!;
  return data.modality && data.modality !== 'asserted' ? `${base}80` : base;
}

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 18;

function rawMetric(data: Partial<NodeData>, mode: SizeMode): number | undefined {
  const v = mode === 'pagerank' ? data.pagerank : data.degree;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * The value nodes are sized by. When no node carries the metric, mentions are the next best sign
 * of importance; when only some do, the others count as 0 (mixing scales would mislead).
 */
export function metricAccessor(
  nodes: Iterable<Partial<NodeData>>,
  mode: SizeMode,
): (data: Partial<NodeData>) => number {
  for (const n of nodes) {
    if (rawMetric(n, mode) !== undefined) return (data) => rawMetric(data, mode) ?? 0;
  }
  return (data) => data.mentions ?? 0;
}

/**
 * A size function for one metric over a graph: square-root scaled (area grows with the metric) from
 * MIN to MAX. All-equal metrics give a middle size rather than dividing by zero.
 */
export function sizeScale(values: Iterable<number>): (value: number) => number {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min) || max - min < 1e-12) return () => (MIN_NODE_SIZE + MAX_NODE_SIZE) / 2;
  const lo = Math.sqrt(Math.max(0, min));
  const hi = Math.sqrt(Math.max(0, max));
  return (value) => {
    const t = hi > lo ? (Math.sqrt(Math.max(0, value)) - lo) / (hi - lo) : 0;
    return MIN_NODE_SIZE + Math.min(1, Math.max(0, t)) * (MAX_NODE_SIZE - MIN_NODE_SIZE);
  };
}

/** Edge thickness from weight: 2 px for a single mention (thin enough to read, thick enough to click), growing slowly. */
export function edgeSize(weight: number | undefined): number {
  return Math.min(6, 2 + Math.log2(Math.max(1, weight ?? 1)));
}
