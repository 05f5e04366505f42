import { z } from 'zod';
import type { ApiRouter } from '../http/route';
import type { ApiContext } from './context';

const Counts = z.record(z.string(), z.number().int());
export const StatsSchema = z.object({
  documents: z.number().int(),
  entities: z.number().int(),
  relations: z.number().int(),
  byEntityType: Counts,
  byRelation: Counts,
});

export function healthRoutes(router: ApiRouter, ctx: ApiContext): ApiRouter {
  return router
    .add(
      {
        method: 'get',
        path: '/health',
        summary: 'Liveness',
        response: z.object({ status: z.literal('ok') }),
      },
      () => ({
        status: 'ok' as const,
      }),
    )
    .add(
      {
        method: 'get',
        path: '/stats',
        summary: 'Counts of documents, entities and relations, by type',
        response: StatsSchema,
      },
      () => ctx.index.stats(),
    );
}
