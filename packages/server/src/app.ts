/**
 * createApp builds the Express app around a store, without listening: tests drive it with
 * supertest, index.ts / cli.ts listen and shut down. At creation the graph is loaded from the
 * store into memory; ingest keeps both in step.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { EventHub } from './events';
import { LiveGraphIndex } from './graph/live';
import { bearerGuard } from './http/auth';
import { apiNotFound, errorHandler } from './http/middleware';
import { openApiDocument } from './http/openapi';
import { ResponseCache } from './http/response-cache';
import { securityHeaders } from './http/security';
import { ApiRouter, type RouteSpec } from './http/route';
import { Ingestor } from './ingest/ingestor';
import { extractorPipeline, type Pipeline } from './ingest/pipeline';
import { createLogger } from './logger';
import type { ApiContext } from './routes/context';
import { documentRoutes } from './routes/documents';
import { entityRoutes } from './routes/entities';
import { eventRoutes } from './routes/events';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';
import { pathRoutes } from './routes/paths';
import { relationRoutes } from './routes/relations';
import { resolveServerSettings, type ServerSettings } from './settings';
import type { GraphStore } from './store/types';

export interface AppOptions {
  store: GraphStore;
  settings?: Partial<ServerSettings>;
  /** The extraction steps; the extractor's by default. */
  pipeline?: Pipeline;
  logger?: Logger;
}

export type NewsgraphApp = Express & {
  context: ApiContext;
  /** Ends event streams and timers; the caller closes the store and the HTTP server. */
  shutdown(): void;
};

const VERSION = '0.1.0';

/** helmet's defaults, with what the viewer needs: it draws with WebGL and loads its own bundle; everything is same-origin. */
export const HELMET_OPTIONS = {
  contentSecurityPolicy: {
    directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'worker-src': ["'self'", 'blob:'] },
  },
} as const;

export function createApp(options: AppOptions): NewsgraphApp {
  const settings = resolveServerSettings(options.settings);
  const logger = options.logger ?? createLogger(settings.logLevel);
  const store = options.store;
  const index = LiveGraphIndex.load(store, { metricsMaxNodes: settings.metricsMaxNodes });
  const events = new EventHub();
  const pipeline = options.pipeline ?? extractorPipeline();
  const factOptions = { coMentions: settings.coMentions, keepModalEdges: settings.keepModalEdges };
  const ingestor = new Ingestor(store, index, pipeline, events, factOptions, logger);
  const ctx: ApiContext = {
    store,
    index,
    ingestor,
    events,
    settings,
    logger,
    neighborCache: new ResponseCache(settings.responseCacheBytes),
    streams: new Set(),
  };

  const app = express() as NewsgraphApp;
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(securityHeaders(HELMET_OPTIONS));
  // No request logging at all when logs are off (tests, benches): it costs a child logger per request.
  if (logger.level !== 'silent')
    app.use(
      pinoHttp({
        logger,
        quietReqLogger: true,
        autoLogging: { ignore: (req) => req.url === '/api/health' },
        // One short line per request: no headers, so no bearer token or cookie reaches the logs.
        serializers: {
          req: (req: { id: unknown; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            url: req.url,
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      }),
    );
  app.use('/api', express.json({ limit: settings.bodyLimitBytes, strict: false }));

  const guard = bearerGuard(settings.token);
  const routers = [
    healthRoutes(new ApiRouter('/api', guard), ctx),
    graphRoutes(new ApiRouter('/api', guard), ctx),
    entityRoutes(new ApiRouter('/api/entities', guard), ctx),
    relationRoutes(new ApiRouter('/api/relations', guard), ctx),
    pathRoutes(new ApiRouter('/api/paths', guard), ctx),
    documentRoutes(new ApiRouter('/api/documents', guard), ctx),
    eventRoutes(new ApiRouter('/api/events', guard), ctx),
  ];
  const specs: RouteSpec[] = routers.flatMap((r) => r.routes);
  specs.push({ method: 'get', path: '/api/openapi.json', summary: 'This document' });
  const document = openApiDocument(specs, {
    title: 'Newsgraph API',
    version: VERSION,
    description:
      'Query and grow a knowledge graph of news articles. Errors: { "error": { "code", "message" } }.',
  });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(document);
  });
  for (const r of routers) app.use(r.base, r.router);
  app.use('/api', apiNotFound);

  if (settings.viewerDir && existsSync(path.join(settings.viewerDir, 'index.html'))) {
    const dir = path.resolve(settings.viewerDir);
    app.use(express.static(dir, { index: 'index.html', maxAge: '1h' }));
    // Single-page app: any other GET that wants HTML gets the viewer, which routes on the client.
    app.get(/^(?!\/api\/).*/, (req, res, next) =>
      req.accepts('html') ? res.sendFile(path.join(dir, 'index.html')) : next(),
    );
  }
  app.use(apiNotFound);
  app.use(errorHandler(logger, settings.bodyLimitBytes));

  app.context = ctx;
  app.shutdown = () => {
    for (const stream of ctx.streams) stream.end();
    ctx.streams.clear();
    index.close();
  };
  return app;
}
