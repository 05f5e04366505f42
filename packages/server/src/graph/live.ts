/**
 * The graph the API answers from: a graphology multi directed graph held in memory, loaded from
 * the store at start and updated in place after each ingest. It is lean on purpose (statement and
 * evidence counts, not the texts: those stay in the database and are read per request), so that a
 * million edges fit comfortably. The database stays the source of truth.
 */
import { MultiDirectedGraph } from 'graphology';
import {
  useDictionaryAdjacency,
  computeMetrics,
  ENTITY_COLORS,
  FALLBACK_COLOR,
  RELATION_COLORS,
  type EdgeAttributes,
  type GraphAttributes,
  type NewsGraph,
  type NodeAttributes,
} from '@newsgraph/extractor';
import type { GraphStore, IngestResult, StoredEntity, StoredRelation } from '../store/types';

export type LiveNodeAttributes = Omit<NodeAttributes, 'statements'> & { statementCount: number };
export type LiveEdgeAttributes = Omit<EdgeAttributes, 'evidence'> & { evidenceCount: number };
export type LiveGraph = MultiDirectedGraph<LiveNodeAttributes, LiveEdgeAttributes, GraphAttributes>;

export interface GraphStats {
  documents: number;
  entities: number;
  relations: number;
  byEntityType: Record<string, number>;
  byRelation: Record<string, number>;
}

function nodeAttributes(entity: StoredEntity, documents: string[]): LiveNodeAttributes {
  const out: LiveNodeAttributes = {
    label: entity.label,
    entityType: entity.type,
    aliases: entity.aliases,
    roles: entity.roles,
    mentions: entity.mentionCount,
    documents,
    statementCount: entity.statementCount,
    color: ENTITY_COLORS[entity.type] ?? FALLBACK_COLOR,
  };
  if (entity.firstSeen) out.firstSeen = entity.firstSeen;
  if (entity.lastSeen) out.lastSeen = entity.lastSeen;
  return out;
}

function edgeAttributes(relation: StoredRelation): LiveEdgeAttributes {
  const out: LiveEdgeAttributes = {
    relation: relation.relation,
    modality: relation.modality,
    weight: relation.weight,
    evidenceCount: relation.evidenceCount,
    color: RELATION_COLORS[relation.relation] ?? FALLBACK_COLOR,
  };
  if (relation.roles.length > 0) out.roles = relation.roles;
  if (relation.firstSeen) out.firstSeen = relation.firstSeen;
  if (relation.lastSeen) out.lastSeen = relation.lastSeen;
  return out;
}

export class LiveGraphIndex {
  readonly graph: LiveGraph = new MultiDirectedGraph();
  /** Bumped on every change, so that derived answers (stats, neighbourhoods) can be cached. */
  private changes = 0;
  private documentCount: number;
  private cachedStats: { version: number; stats: GraphStats } | undefined;
  private metricsTimer: NodeJS.Timeout | undefined;
  private readonly degrees = new Map<string, number>();

  private constructor(
    private readonly store: GraphStore,
    private readonly metricsMaxNodes: number,
  ) {
    this.documentCount = store.stats().documents;
  }

  /** Reads every entity and relation from the store into a new in-memory graph. */
  static load(store: GraphStore, options: { metricsMaxNodes: number }): LiveGraphIndex {
    const index = new LiveGraphIndex(store, options.metricsMaxNodes);
    const graph = index.graph;
    for (const entity of store.eachEntity())
      graph.addNode(entity.id, nodeAttributes(entity, entity.documents));
    useDictionaryAdjacency(graph);
    // A million edges share a few dozen relation, modality and date strings: keep one copy of each.
    const strings = new Map<string, string>();
    const intern = (value: string): string => {
      const known = strings.get(value);
      if (known !== undefined) return known;
      strings.set(value, value);
      return value;
    };
    for (const relation of store.eachRelation()) {
      // Foreign keys make a dangling edge impossible in SQLite; another store might be laxer.
      if (!graph.hasNode(relation.source) || !graph.hasNode(relation.target)) continue;
      const attributes = edgeAttributes(relation);
      attributes.relation = intern(attributes.relation) as typeof attributes.relation;
      attributes.modality = intern(attributes.modality) as typeof attributes.modality;
      if (attributes.firstSeen !== undefined) attributes.firstSeen = intern(attributes.firstSeen);
      if (attributes.lastSeen !== undefined) attributes.lastSeen = intern(attributes.lastSeen);
      graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
    }
    // Without metrics (large graphs), degrees are counted now rather than on the first requests that
    // show each node (a hub's count walks all its edges): about a second and a half per million edges.
    if (!index.computeMetrics())
      graph.forEachNode((node) => {
        let degree = 0;
        graph.forEachNeighbor(node, () => {
          degree++;
        });
        index.degrees.set(node, degree);
      });
    return index;
  }

  /** Applies what one ingested article changed. */
  apply(result: IngestResult): void {
    if (result.status !== 'created') return;
    const graph = this.graph;
    for (const entity of result.entities) {
      const documents = graph.hasNode(entity.id) ? graph.getNodeAttribute(entity.id, 'documents') : [];
      if (!documents.includes(result.documentId)) documents.push(result.documentId);
      const previous = graph.hasNode(entity.id) ? graph.getNodeAttributes(entity.id) : undefined;
      const next = nodeAttributes(entity, documents);
      // Metrics stay until they are recomputed, so that a node does not lose its community meanwhile.
      if (previous?.degree !== undefined) next.degree = previous.degree;
      if (previous?.pagerank !== undefined) next.pagerank = previous.pagerank;
      if (previous?.community !== undefined) next.community = previous.community;
      if (previous?.size !== undefined) next.size = previous.size;
      graph.mergeNode(entity.id, next);
      if (!previous) useDictionaryAdjacency(graph, [entity.id]);
    }
    for (const relation of result.relations) {
      // An end the article did not list among its entities is still in the store: bring it in.
      for (const end of [relation.source, relation.target]) {
        if (graph.hasNode(end)) continue;
        const stored = this.store.getEntity(end);
        if (stored) {
          graph.addNode(end, nodeAttributes(stored, []));
          useDictionaryAdjacency(graph, [end]);
        }
      }
      if (!graph.hasNode(relation.source) || !graph.hasNode(relation.target)) continue;
      this.degrees.delete(relation.source);
      this.degrees.delete(relation.target);
      if (graph.hasEdge(relation.id)) graph.replaceEdgeAttributes(relation.id, edgeAttributes(relation));
      else
        graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, edgeAttributes(relation));
    }
    this.documentCount++;
    this.changes++;
    this.scheduleMetrics();
  }

  /** Changes with every change to the graph (ingest, metrics): answers cached under one version stay right while it lasts. */
  get version(): number {
    return this.changes;
  }

  stats(): GraphStats {
    if (this.cachedStats?.version === this.changes) return this.cachedStats.stats;
    const byEntityType: Record<string, number> = {};
    const byRelation: Record<string, number> = {};
    this.graph.forEachNode((_node, a) => {
      byEntityType[a.entityType] = (byEntityType[a.entityType] ?? 0) + 1;
    });
    this.graph.forEachEdge((_edge, a) => {
      byRelation[a.relation] = (byRelation[a.relation] ?? 0) + 1;
    });
    const stats = {
      documents: this.documentCount,
      entities: this.graph.order,
      relations: this.graph.size,
      byEntityType,
      byRelation,
    };
    this.cachedStats = { version: this.changes, stats };
    return stats;
  }

  /**
   * Distinct neighbours, whatever the relation or direction. Cached per node (and dropped for the
   * ends of every edge an ingest touches): counting a hub's neighbours walks all its edges, and
   * /neighbors asks for the degree of every node it returns, hubs first.
   */
  degree(node: string): number {
    let degree = this.degrees.get(node);
    if (degree === undefined) {
      degree = this.graph.neighbors(node).length;
      this.degrees.set(node, degree);
    }
    return degree;
  }

  /**
   * Degree, PageRank and Louvain communities (the extractor's computeMetrics, which reads only the
   * structure and the edges' relation, modality and weight), plus sizes from degree. Skipped above
   * `metricsMaxNodes`, where Louvain would stall the event loop for seconds.
   */
  computeMetrics(): boolean {
    // A run now makes a scheduled one redundant (and it would empty the answer cache for nothing).
    this.cancelScheduledMetrics();
    const graph = this.graph;
    if (graph.order === 0 || graph.order > this.metricsMaxNodes) return false;
    const metrics = computeMetrics(graph as unknown as NewsGraph);
    let maxDegree = 1;
    for (const m of Object.values(metrics)) maxDegree = Math.max(maxDegree, m.degree);
    graph.updateEachNodeAttributes((node, attributes) => {
      const m = metrics[node];
      if (!m) return attributes;
      const size = Math.round((4 + 16 * Math.sqrt(m.degree / maxDegree)) * 100) / 100;
      return { ...attributes, degree: m.degree, pagerank: m.pagerank, community: m.community, size };
    });
    this.changes++;
    return true;
  }

  /** Recomputes metrics once ingest has been quiet for a moment (bulk ingests recompute once). */
  private scheduleMetrics(): void {
    if (this.graph.order > this.metricsMaxNodes) return;
    if (this.metricsTimer) clearTimeout(this.metricsTimer);
    this.metricsTimer = setTimeout(() => {
      this.metricsTimer = undefined;
      this.computeMetrics();
    }, 250);
    this.metricsTimer.unref();
  }

  close(): void {
    this.cancelScheduledMetrics();
  }

  private cancelScheduledMetrics(): void {
    if (this.metricsTimer) clearTimeout(this.metricsTimer);
    this.metricsTimer = undefined;
  }

  /** The full graph (statements and evidence included) for exports: read from the store. */
  exportGraph(): NewsGraph {
    const full: NewsGraph = new MultiDirectedGraph();
    full.replaceAttributes({
      name: 'newsgraph',
      createdAt: new Date().toISOString(),
      documents: this.documentCount,
    });
    this.graph.forEachNode((node, a) => {
      const { statementCount: _statementCount, ...rest } = a;
      full.addNode(node, { ...rest, aliases: [...a.aliases], documents: [...a.documents], statements: [] });
    });
    for (const statement of this.store.eachStatement()) {
      const { entityId, ...record } = statement;
      if (full.hasNode(entityId)) full.getNodeAttribute(entityId, 'statements').push(record);
    }
    const keys = this.graph.edges();
    const EVIDENCE_PER_EDGE = 1000;
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000);
      const evidence = this.store.evidence(batch, EVIDENCE_PER_EDGE, (key) =>
        this.graph.getEdgeAttribute(key, 'evidenceCount'),
      );
      for (const key of batch) {
        const { evidenceCount: _evidenceCount, ...rest } = this.graph.getEdgeAttributes(key);
        full.addDirectedEdgeWithKey(key, this.graph.source(key), this.graph.target(key), {
          ...rest,
          evidence: evidence.get(key) ?? [],
        });
      }
    }
    return full;
  }
}
