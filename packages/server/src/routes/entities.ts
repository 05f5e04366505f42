import { MODALITIES, RELATION_TYPES } from '@newsgraph/extractor';
import { z } from 'zod';
import { DIRECTIONS, neighborhood } from '../graph/neighbors';
import { notFound } from '../http/errors';
import type { ApiRouter } from '../http/route';
import {
  EdgeViewSchema,
  EntityTypeSchema,
  EvidenceSchema,
  Id,
  limitParam,
  listParam,
  NodeViewSchema,
  offsetParam,
  RelationSchema,
} from './common';
import { edgeViews, nodeView, type ApiContext } from './context';

export function entityRoutes(router: ApiRouter, ctx: ApiContext): ApiRouter {
  const { settings } = ctx;
  const IdParams = z.object({ id: Id.describe('Entity id') });

  const ListQuery = z.object({
    q: z
      .string()
      .max(200)
      .optional()
      .describe('Name or alias prefix; accent and case insensitive; any word of the name.'),
    type: EntityTypeSchema.optional(),
    limit: limitParam(settings),
    offset: offsetParam,
  });
  const EntityHitSchema = z.object({
    id: z.string(),
    label: z.string(),
    entityType: EntityTypeSchema,
    aliases: z.array(z.string()),
    mentions: z.number().int(),
    score: z.number(),
  });

  const StatementSchema = z.object({
    relation: RelationSchema,
    text: z.string(),
    doc: z.string(),
    modality: z.enum(MODALITIES),
    evidence: EvidenceSchema,
  });
  const EntitySchema = z.object({
    id: z.string(),
    label: z.string(),
    entityType: EntityTypeSchema,
    aliases: z.array(z.string()),
    roles: z.array(z.string()),
    statements: z.array(StatementSchema),
    documents: z.array(
      z.object({
        id: z.string(),
        title: z.string().optional(),
        date: z.string().optional(),
        url: z.string().optional(),
      }),
    ),
    metrics: z.object({
      degree: z.number().int(),
      pagerank: z.number().nullable(),
      community: z.number().int().nullable(),
    }),
    mentions: z.number().int(),
    firstSeen: z.string().optional(),
    lastSeen: z.string().optional(),
  });

  const NeighborsQuery = z.object({
    depth: z.coerce
      .number()
      .int()
      .min(1)
      .max(settings.maxDepth)
      .default(1)
      .describe(`Steps from the entity (1 to ${settings.maxDepth}).`),
    relation: listParam(RELATION_TYPES, 'relations to follow').optional(),
    direction: z.enum(DIRECTIONS).default('both'),
    minWeight: z.coerce
      .number()
      .min(0)
      .max(1e9)
      .default(0)
      .describe('Follow only edges stated by at least this many documents.'),
    limit: limitParam(settings),
    evidence: z.coerce
      .number()
      .int()
      .min(0)
      .max(settings.maxEvidence)
      .default(settings.evidencePerEdge)
      .describe(
        `Evidence sentences per edge, newest first (0 for none; at most ${settings.maxEvidence}). Every edge has its evidenceCount whatever this is.`,
      ),
  });

  return router
    .add(
      {
        method: 'get',
        path: '',
        summary: 'Search entities by name and alias',
        description:
          'Prefix search, accent and case insensitive, ranked: exact label, label prefix, alias, then later words; ties by mentions. Without q: all entities by mentions.',
        query: ListQuery,
        response: z.object({ items: z.array(EntityHitSchema), total: z.number().int() }),
      },
      ({ query }) => ctx.store.searchEntities(query.q ?? '', query.type, query.limit, query.offset),
    )
    .add(
      {
        method: 'get',
        path: '/:id',
        summary: 'One entity: names, roles, statements, documents, metrics',
        params: IdParams,
        response: EntitySchema,
        errors: [404],
      },
      ({ params }): z.infer<typeof EntitySchema> => {
        const entity = ctx.store.getEntity(params.id);
        if (!entity || !ctx.index.graph.hasNode(entity.id)) throw notFound('entity', params.id);
        const a = ctx.index.graph.getNodeAttributes(entity.id);
        const out: z.infer<typeof EntitySchema> = {
          id: entity.id,
          label: entity.label,
          entityType: entity.type,
          aliases: entity.aliases,
          roles: entity.roles,
          statements: ctx.store.entityStatements(entity.id),
          documents: ctx.store
            .entityDocuments(entity.id, settings.maxLimit)
            .map(({ source: _source, ...d }) => d),
          metrics: {
            degree: a.degree ?? ctx.index.degree(entity.id),
            pagerank: a.pagerank ?? null,
            community: a.community ?? null,
          },
          mentions: entity.mentionCount,
        };
        if (entity.firstSeen) out.firstSeen = entity.firstSeen;
        if (entity.lastSeen) out.lastSeen = entity.lastSeen;
        return out;
      },
    )
    .add(
      {
        method: 'get',
        path: '/:id/neighbors',
        summary: 'The neighbourhood of an entity, with evidence',
        description: `Breadth-first up to depth steps; the heaviest edges are followed first and the walk stops at limit nodes (besides the entity). Each edge carries up to evidence sentences (default ${settings.evidencePerEdge}; all via /api/relations) and its evidenceCount.`,
        params: IdParams,
        query: NeighborsQuery,
        response: z.object({
          nodes: z.array(NodeViewSchema),
          edges: z.array(EdgeViewSchema),
          truncated: z.boolean(),
        }),
        errors: [404],
      },
      ({ params, query }, _req, res) => {
        if (!ctx.index.graph.hasNode(params.id)) throw notFound('entity', params.id);
        // The answer depends only on the graph (evidence changes only with it) and the query.
        const version = ctx.index.version;
        const relations = query.relation ? [...new Set(query.relation)].sort() : undefined;
        const key = [
          params.id,
          query.depth,
          query.direction,
          relations?.join(',') ?? '*',
          query.minWeight,
          query.limit,
          query.evidence,
        ].join('\u0000');
        let body = ctx.neighborCache.get(version, key);
        if (body === undefined) {
          const hood = neighborhood(ctx.index.graph, params.id, {
            depth: query.depth,
            direction: query.direction,
            relations: relations ? new Set(relations) : undefined,
            minWeight: query.minWeight,
            limit: query.limit,
          });
          body = Buffer.from(
            JSON.stringify({
              nodes: hood.nodes.map((n) => nodeView(ctx, n.id, n.depth)),
              edges: edgeViews(ctx, hood.edges, query.evidence),
              truncated: hood.truncated,
            }),
          );
          ctx.neighborCache.set(version, key, body);
        }
        res.set('Content-Type', 'application/json; charset=utf-8').send(body);
      },
    );
}
