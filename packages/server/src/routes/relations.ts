import { SYMMETRIC_RELATIONS, type RelationType } from '@newsgraph/extractor';
import { z } from 'zod';
import { badRequest, notFound } from '../http/errors';
import type { ApiRouter } from '../http/route';
import { EdgeViewSchema, Id, limitParam, RelationSchema } from './common';
import { edgeViews, type ApiContext } from './context';

export function relationRoutes(router: ApiRouter, ctx: ApiContext): ApiRouter {
  const Query = z.object({
    source: Id.optional().describe(
      'Entity id the relation starts from (either end for symmetric relations).',
    ),
    target: Id.optional().describe('Entity id the relation points to.'),
    relation: RelationSchema.optional(),
    limit: limitParam(ctx.settings),
  });
  return router.add(
    {
      method: 'get',
      path: '',
      summary: 'The evidence behind edges',
      description: `Edges from source, to target, or between the two (at least one is required), optionally of one relation, heaviest first, each with up to ${ctx.settings.maxEvidence} evidence sentences.`,
      query: Query,
      response: z.object({ relations: z.array(EdgeViewSchema) }),
      errors: [404],
    },
    ({ query }) => {
      const graph = ctx.index.graph;
      const { source, target } = query;
      if (source === undefined && target === undefined)
        throw badRequest('query: give a source, a target, or both');
      for (const id of [source, target])
        if (id !== undefined && !graph.hasNode(id)) throw notFound('entity', id);
      const keys = new Set<string>();
      const consider = (key: string, relation: RelationType, from: string, to: string): void => {
        if (query.relation && relation !== query.relation) return;
        const forward = (source === undefined || from === source) && (target === undefined || to === target);
        // Symmetric relations are stored once with sorted ends: they answer either way round.
        const backward =
          SYMMETRIC_RELATIONS.has(relation) &&
          (source === undefined || to === source) &&
          (target === undefined || from === target);
        if (forward || backward) keys.add(key);
      };
      graph.forEachEdge(source ?? target!, (key, a, from, to) => consider(key, a.relation, from, to));
      const sorted = [...keys]
        .sort((a, b) => graph.getEdgeAttribute(b, 'weight') - graph.getEdgeAttribute(a, 'weight'))
        .slice(0, query.limit);
      return { relations: edgeViews(ctx, sorted, ctx.settings.maxEvidence) };
    },
  );
}
