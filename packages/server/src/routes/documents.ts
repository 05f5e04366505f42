import { ENTITY_TYPES } from '@newsgraph/extractor';
import { z } from 'zod';
import { notFound } from '../http/errors';
import type { ApiRouter } from '../http/route';
import { DocumentSummarySchema, Id, limitParam, offsetParam } from './common';
import type { ApiContext } from './context';

/** `null` counts as absent, as exporters often write it. */
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((v) => v ?? undefined);

export const ArticleSchema = z.object({
  id: z
    .string()
    .max(200)
    .nullish()
    .transform((v) => v ?? undefined)
    .describe('Your id for the article; else one is derived from its content.'),
  title: optionalText(2000),
  date: optionalText(100).describe('Any common date form; stored as YYYY-MM-DD.'),
  url: optionalText(4000),
  text: z.string().describe('The article body (plain text).'),
});

export function documentRoutes(router: ApiRouter, ctx: ApiContext): ApiRouter {
  const { settings } = ctx;
  const Articles = z.array(ArticleSchema).min(1).max(settings.maxArticlesPerRequest);
  const Body = z.union([ArticleSchema, z.object({ articles: Articles }), Articles]);
  const Outcome = z.object({
    id: z.string().nullable(),
    title: z.string().optional(),
    status: z.enum(['created', 'duplicate', 'rejected']),
    reason: z.string().optional(),
  });

  return router
    .add(
      {
        method: 'get',
        path: '',
        summary: 'Stored documents, newest first',
        query: z.object({ limit: limitParam(settings), offset: offsetParam }),
        response: z.object({ items: z.array(DocumentSummarySchema), total: z.number().int() }),
      },
      ({ query }) => ctx.store.listDocuments(query.limit, query.offset),
    )
    .add(
      {
        method: 'get',
        path: '/:id',
        summary: 'One document: text and entity mention offsets',
        params: z.object({ id: Id }),
        response: z.object({
          id: z.string(),
          title: z.string().optional(),
          date: z.string().optional(),
          url: z.string().optional(),
          authors: z.array(z.string()),
          text: z.string(),
          mentions: z.array(
            z.object({
              start: z.number().int(),
              end: z.number().int(),
              entityId: z.string(),
              type: z.enum(ENTITY_TYPES),
            }),
          ),
        }),
        errors: [404],
      },
      ({ params }) => {
        const doc = ctx.store.getDocument(params.id);
        if (!doc) throw notFound('document', params.id);
        return {
          id: doc.id,
          title: doc.title,
          date: doc.date,
          url: doc.url,
          authors: doc.authors,
          text: doc.text,
          mentions: ctx.store.documentMentions(doc.id),
        };
      },
    )
    .add(
      {
        method: 'post',
        path: '',
        summary: 'Ingest articles: extract, merge, persist',
        description: `One article, a list, or { articles: [...] } (at most ${settings.maxArticlesPerRequest}). Each is stored in its own transaction; the same text twice is one document (status duplicate); unusable articles are rejected with the reason, the others still go in. 201 when at least one was created.`,
        body: Body,
        response: z.object({
          documents: z.array(Outcome),
          entitiesAdded: z.array(z.string()),
          relationsAdded: z.number().int(),
        }),
        write: true,
      },
      async ({ body }, _req, res) => {
        const articles = Array.isArray(body) ? body : 'articles' in body ? body.articles : [body];
        const report = await ctx.ingestor.ingest(
          articles.map((article) => ({ kind: 'article' as const, article: { ...article, source: 'api' } })),
        );
        res.status(report.documents.some((d) => d.status === 'created') ? 201 : 200);
        return report;
      },
    );
}
