import { z } from 'zod';
import { shortestPaths } from '../graph/paths';
import { notFound } from '../http/errors';
import type { ApiRouter } from '../http/route';
import { EdgeViewSchema, Id } from './common';
import { edgeViews, type ApiContext } from './context';

export function pathRoutes(router: ApiRouter, ctx: ApiContext): ApiRouter {
  const { settings } = ctx;
  const Query = z.object({
    from: Id.describe('Entity id'),
    to: Id.describe('Entity id'),
    maxLength: z.coerce
      .number()
      .int()
      .min(1)
      .max(settings.maxPathLength)
      .default(Math.min(4, settings.maxPathLength))
      .describe(`Most edges in a path (1 to ${settings.maxPathLength}).`),
  });
  return router.add(
    {
      method: 'get',
      path: '',
      summary: 'Shortest paths between two entities, with evidence',
      description: `Every shortest path (up to ${settings.maxPaths}), edges taken either way; between two steps the strongest edge is given. No path within maxLength: an empty list.`,
      query: Query,
      response: z.object({
        paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(EdgeViewSchema) })),
      }),
      errors: [404],
    },
    ({ query }) => {
      const graph = ctx.index.graph;
      for (const id of [query.from, query.to]) if (!graph.hasNode(id)) throw notFound('entity', id);
      const paths = shortestPaths(graph, query.from, query.to, query.maxLength, settings.maxPaths);
      return {
        paths: paths.map((p) => ({
          nodes: p.nodes,
          edges: edgeViews(ctx, p.edges, settings.evidencePerEdge),
        })),
      };
    },
  );
}
