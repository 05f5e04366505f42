/**
 * The data graph (what the API sent, checked) and the display graph (what sigma draws: the filtered
 * subset with positions, colours, sizes and edge curvature). Kept apart as in Gephi Lite, so that
 * filtering never loses data and layout positions survive a change of filters.
 */
import Graph from 'graphology';
import { edgeColor, edgeSize, metricAccessor, nodeColor, sizeScale } from './appearance';
import type { Visible } from './filters';
import type { ColorMode, SizeMode } from './state';
import type { EdgeData, NodeData, SerializedGraph } from './types';
import { SYMMETRIC_RELATIONS } from './vocabulary';

/** What the server says about the whole graph: it sends only the heaviest edges past a limit. */
export interface DataGraphAttributes {
  truncated?: boolean;
  edgesMatched?: number;
}

export type DataGraph = Graph<NodeData, EdgeData, DataGraphAttributes>;

/** Display attributes sigma reads, on top of the data attributes (kept for export and panels). */
export interface DisplayNode extends NodeData {
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface DisplayEdge extends EdgeData {
  size: number;
  color: string;
  /**
   * The edge program: `straight`/`curved` (with an arrow head) for a lone/parallel directed edge,
   * `line`/`curvedLine` for symmetric relations.
   */
  type: EdgeProgram;
  curvature: number;
}

export type EdgeProgram = 'straight' | 'curved' | 'line' | 'curvedLine';

export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

export class GraphFormatError extends Error {
  constructor(message: string) {
    super(`graph: ${message}`);
    this.name = 'GraphFormatError';
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Keeps only known attributes with the right types: the payload is untrusted. */
function cleanNode(key: string, a: Record<string, unknown>): NodeData {
  const community = a.community;
  return {
    label: str(a.label) ?? key,
    entityType: str(a.entityType) ?? 'misc',
    aliases: strings(a.aliases),
    roles: strings(a.roles),
    mentions: num(a.mentions) ?? 0,
    documents: strings(a.documents),
    firstSeen: str(a.firstSeen),
    lastSeen: str(a.lastSeen),
    degree: num(a.degree),
    pagerank: num(a.pagerank),
    community: typeof community === 'number' || typeof community === 'string' ? community : undefined,
    x: num(a.x),
    y: num(a.y),
    statementCount: num(a.statementCount),
  };
}

function cleanEdge(a: Record<string, unknown>): EdgeData {
  return {
    relation: str(a.relation) ?? 'co-mention',
    modality: str(a.modality) ?? 'asserted',
    weight: num(a.weight) ?? 1,
    roles: strings(a.roles),
    firstSeen: str(a.firstSeen),
    lastSeen: str(a.lastSeen),
    evidenceCount: num(a.evidenceCount),
  };
}

/** Builds the data graph from GET /api/graph's body; throws GraphFormatError naming what is wrong. */
export function parseGraph(json: unknown): DataGraph {
  if (typeof json !== 'object' || json === null) throw new GraphFormatError('expected an object');
  const { nodes, edges, attributes } = json as Partial<SerializedGraph>;
  if (!Array.isArray(nodes)) throw new GraphFormatError('`nodes` must be an array');
  if (!Array.isArray(edges)) throw new GraphFormatError('`edges` must be an array');
  const graph: DataGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  if (attributes?.truncated === true) {
    graph.setAttribute('truncated', true);
    if (typeof attributes.edgesMatched === 'number')
      graph.setAttribute('edgesMatched', attributes.edgesMatched);
  }
  nodes.forEach((n, i) => {
    if (typeof n?.key !== 'string' && typeof n?.key !== 'number') {
      throw new GraphFormatError(`nodes[${i}] has no key`);
    }
    const key = String(n.key);
    graph.mergeNode(key, cleanNode(key, (n.attributes ?? {}) as Record<string, unknown>));
  });
  edges.forEach((e, i) => {
    const source = String(e?.source ?? '');
    const target = String(e?.target ?? '');
    if (!graph.hasNode(source) || !graph.hasNode(target)) {
      throw new GraphFormatError(`edges[${i}] joins unknown nodes "${source}" and "${target}"`);
    }
    const attrs = cleanEdge((e.attributes ?? {}) as Record<string, unknown>);
    const key = e.key === undefined || e.key === null ? null : String(e.key);
    if (key === null) graph.addEdge(source, target, attrs);
    else if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, source, target, attrs);
  });
  return graph;
}

/** A stable pseudo-random number in [0, 1) from a string, so that placements do not jump between loads. */
export function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}

/**
 * Gives every node without a position one: beside an already placed neighbour when there is one
 * (so live additions appear next to what they relate to), otherwise on a disc. Returns how many
 * nodes were placed, so the caller knows whether a layout run is worth it.
 */
export function placeMissingNodes(graph: DataGraph): number {
  const missing = graph.filterNodes((_n, a) => a.x === undefined || a.y === undefined);
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  for (const node of missing) {
    const anchor = graph.neighbors(node).find((n) => {
      const a = graph.getNodeAttributes(n);
      return a.x !== undefined && a.y !== undefined;
    });
    const angle = hash01(node) * 2 * Math.PI;
    if (anchor) {
      const a = graph.getNodeAttributes(anchor);
      graph.mergeNodeAttributes(node, { x: a.x! + Math.cos(angle) * 5, y: a.y! + Math.sin(angle) * 5 });
    } else {
      const r = radius * Math.sqrt(hash01(`${node}#r`));
      graph.mergeNodeAttributes(node, { x: Math.cos(angle) * r, y: Math.sin(angle) * r });
    }
  }
  return missing.length;
}

/**
 * Adds what a fresh download of the graph holds to the data graph in place: attributes are refreshed,
 * known nodes keep their positions, nodes and edges that vanished are dropped.
 */
export function mergeGraph(target: DataGraph, incoming: DataGraph): void {
  target.replaceAttributes({ ...incoming.getAttributes() });
  target.forEachNode((node) => {
    if (!incoming.hasNode(node)) target.dropNode(node);
  });
  incoming.forEachNode((node, attrs) => {
    const { x, y, ...rest } = attrs;
    if (target.hasNode(node)) target.mergeNodeAttributes(node, rest);
    else target.addNode(node, { ...rest, x, y });
  });
  target.forEachEdge((edge) => {
    if (!incoming.hasEdge(edge)) target.dropEdge(edge);
  });
  incoming.forEachEdge((edge, attrs, source, target_) => {
    if (target.hasEdge(edge)) target.replaceEdgeAttributes(edge, attrs);
    else target.addEdgeWithKey(edge, source, target_, attrs);
  });
}

/** Curvature for the i-th of n parallel edges: spread symmetrically, flatter for few edges. */
export function parallelCurvature(index: number, count: number): number {
  if (count <= 1) return 0;
  const spread = 0.25 * 3.5 * (1 - Math.exp(-count / 3.5));
  return (spread * (index - (count - 1) / 2)) / ((count - 1) / 2 || 1);
}

/**
 * The display graph for what the filters leave visible. Edges between the same two entities (in
 * either direction) are curved apart so parallel typed edges stay readable.
 */
export function buildDisplayGraph(
  data: DataGraph,
  visible: Visible,
  appearance: { colorMode: ColorMode; sizeMode: SizeMode },
): DisplayGraph {
  const display: DisplayGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  // Sizes are scaled over the whole data graph, so a node keeps its size when filters change.
  const metric = metricAccessor(
    data.mapNodes((_n, a) => a),
    appearance.sizeMode,
  );
  const size = sizeScale(data.mapNodes((_n, a) => metric(a)));
  for (const node of visible.nodes) {
    const a = data.getNodeAttributes(node);
    display.addNode(node, {
      ...a,
      x: a.x ?? 0,
      y: a.y ?? 0,
      size: size(metric(a)),
      color: nodeColor(a, appearance.colorMode),
    });
  }
  const groups = new Map<string, string[]>();
  for (const edge of visible.edges) {
    const [s, t] = data.extremities(edge);
    const pair = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  }
  for (const group of groups.values()) {
    group.forEach((edge, i) => {
      const a = data.getEdgeAttributes(edge);
      const [s, t] = data.extremities(edge);
      // Curvature is relative to the edge's own direction: flip it for edges drawn the other way so
      // that the fan stays symmetric.
      const first = data.extremities(group[0]!);
      const sign = s === first[0] ? 1 : -1;
      const curvature = sign * parallelCurvature(i, group.length);
      display.addEdgeWithKey(edge, s, t, {
        ...a,
        size: edgeSize(a.weight),
        color: edgeColor(a),
        type: edgeProgram(a.relation, group.length > 1),
        curvature,
      });
    });
  }
  return display;
}

export function edgeProgram(relation: string, parallel: boolean): EdgeProgram {
  if (SYMMETRIC_RELATIONS.has(relation)) return parallel ? 'curvedLine' : 'line';
  return parallel ? 'curved' : 'straight';
}

/** Writes the display graph's positions (after a layout run) back into the data graph. */
export function savePositions(display: DisplayGraph, data: DataGraph): void {
  display.forEachNode((node, a) => {
    if (data.hasNode(node)) data.mergeNodeAttributes(node, { x: a.x, y: a.y });
  });
}
