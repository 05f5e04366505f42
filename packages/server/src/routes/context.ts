/** What every router needs, and the views of nodes and edges that several routers answer with. */
import type { Response } from 'express';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { EventHub } from '../events';
import type { LiveGraphIndex } from '../graph/live';
import type { ResponseCache } from '../http/response-cache';
import type { Ingestor } from '../ingest/ingestor';
import type { ServerSettings } from '../settings';
import type { GraphStore } from '../store/types';
import type { EdgeViewSchema, NodeViewSchema } from './common';

export interface ApiContext {
  store: GraphStore;
  index: LiveGraphIndex;
  ingestor: Ingestor;
  events: EventHub;
  settings: ServerSettings;
  logger: Logger;
  /** Serialised /neighbors answers, by entity and query. */
  neighborCache: ResponseCache;
  /** Open event streams, ended on shutdown. */
  streams: Set<Response>;
}

export type NodeView = z.infer<typeof NodeViewSchema>;
export type EdgeView = z.infer<typeof EdgeViewSchema>;

export function nodeView(ctx: ApiContext, id: string, depth?: number): NodeView {
  const a = ctx.index.graph.getNodeAttributes(id);
  // Every key always present (undefined ones are left out of the JSON): one object shape for all
  // views, which V8 builds and serialises faster than shapes that depend on the node.
  return {
    id,
    label: a.label,
    entityType: a.entityType,
    aliases: a.aliases,
    mentions: a.mentions,
    degree: a.degree ?? ctx.index.degree(id),
    depth,
    pagerank: a.pagerank,
    community: a.community,
    size: a.size,
    color: a.color,
    x: a.x,
    y: a.y,
  };
}

export function edgeViews(ctx: ApiContext, keys: readonly string[], evidencePerEdge: number): EdgeView[] {
  const graph = ctx.index.graph;
  const attributes = new Map(keys.map((key) => [key, graph.getEdgeAttributes(key)]));
  const evidence = ctx.store.evidence(keys, evidencePerEdge, (key) => attributes.get(key)?.evidenceCount);
  return keys.map((key) => {
    const a = attributes.get(key)!;
    return {
      id: key,
      source: graph.source(key),
      target: graph.target(key),
      relation: a.relation,
      modality: a.modality,
      weight: a.weight,
      evidenceCount: a.evidenceCount,
      evidence: evidence.get(key) ?? [],
    };
  });
}
