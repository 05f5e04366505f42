import { ENTITY_TYPES, GRAPH_FORMATS, RELATION_TYPES, serializeGraph } from '@newsgraph/extractor';
import { z } from 'zod';
import { filterGraph } from '../graph/subgraph';
import { badRequest } from '../http/errors';
import type { ApiRouter } from '../http/route';
import { IsoDate, listParam } from './common';
import type { ApiContext } from './context';

const CONTENT_TYPES: Record<(typeof GRAPH_FORMATS)[number], string> = {
  json: 'application/json',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  csv: 'text/csv',
};

export function graphRoutes(router: ApiRouter, ctx: ApiContext): ApiRouter {
  const GraphQuery = z.object({
    types: listParam(ENTITY_TYPES, 'entity types').optional(),
    relations: listParam(RELATION_TYPES, 'relations').optional(),
    minWeight: z.coerce
      .number()
      .min(0)
      .max(1e9)
      .optional()
      .describe('Keep edges stated by at least this many documents.'),
    from: IsoDate.optional().describe('Keep what was seen on or after this date.'),
    to: IsoDate.optional().describe('Keep what was seen on or before this date.'),
  });
  const ExportQuery = z.object({
    format: z.enum(GRAPH_FORMATS).default('gexf'),
    file: z
      .enum(['nodes', 'edges'])
      .default('edges')
      .describe('For csv: which of the two tables (nodes.csv or edges.csv).'),
  });
  const Serialized = z.object({
    attributes: z.record(z.string(), z.unknown()),
    options: z.object({
      type: z.literal('directed'),
      multi: z.literal(true),
      allowSelfLoops: z.literal(true),
    }),
    nodes: z.array(z.object({ key: z.string(), attributes: z.record(z.string(), z.unknown()) })),
    edges: z.array(
      z.object({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: z.record(z.string(), z.unknown()),
      }),
    ),
  });

  return router
    .add(
      {
        method: 'get',
        path: '/graph',
        summary: 'The graph, or a filtered subgraph, in graphology form',
        description: `Node attributes without statements (statementCount instead), edge attributes without evidence (evidenceCount instead). With relations or minWeight, nodes left without edges are dropped. Beyond ${ctx.settings.maxGraphEdges} edges the heaviest are kept and attributes.truncated is set.`,
        query: GraphQuery,
        response: Serialized,
      },
      ({ query }) => {
        if (query.from && query.to && query.from > query.to)
          throw badRequest('query.from: must not be after query.to');
        return filterGraph(
          ctx.index.graph,
          {
            types: query.types ? new Set(query.types) : undefined,
            relations: query.relations ? new Set(query.relations) : undefined,
            minWeight: query.minWeight,
            from: query.from,
            to: query.to,
            maxEdges: ctx.settings.maxGraphEdges,
          },
          { name: 'newsgraph', documents: ctx.index.stats().documents },
        );
      },
    )
    .add(
      {
        method: 'get',
        path: '/export',
        summary: 'Download the whole graph (with statements and evidence)',
        description:
          'gexf (Gephi), graphml, json (graphology export) or csv. CSV is two tables: ?file=nodes or ?file=edges (default).',
        query: ExportQuery,
        produces: Object.values(CONTENT_TYPES),
      },
      ({ query }, _req, res) => {
        const { files } = serializeGraph(ctx.index.exportGraph(), query.format);
        const file = query.format === 'csv' ? files.find((f) => f.name.startsWith(query.file)) : files[0];
        if (!file) throw new Error(`export: ${query.format} produced no ${query.file} file`);
        res
          .status(200)
          // attachment() guesses a type from the file name: set ours after it.
          .attachment(`newsgraph-${file.name}`)
          .type(CONTENT_TYPES[query.format])
          .send(file.content);
        return undefined;
      },
    );
}
