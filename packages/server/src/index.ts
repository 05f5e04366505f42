/**
 * Newsgraph server: a persistent graph store (SQLite), ingest over HTTP and the query API.
 *
 *   const store = new SqliteGraphStore('newsgraph.db');
 *   const running = await startServer({ store, settings: { port: 3000 } });
 */
export { createApp, type AppOptions, type NewsgraphApp } from './app';
export { startServer, listen, closeOnSignals, type RunningServer } from './server';
export {
  DEFAULT_SERVER_SETTINGS,
  resolveServerSettings,
  validateServerSettings,
  settingsFromEnv,
  ServerSettingsError,
  type ServerSettings,
} from './settings';
export { SqliteGraphStore, StoreConflictError, migrate } from './store/sqlite';
export { MIGRATIONS, type Migration } from './store/schema';
export { factsOf, type FactOptions, type RelationFact, type StatementFact } from './store/facts';
export { normalizeName } from './store/normalize';
export type * from './store/types';
export {
  LiveGraphIndex,
  type LiveGraph,
  type LiveNodeAttributes,
  type LiveEdgeAttributes,
  type GraphStats,
} from './graph/live';
export { neighborhood, type NeighborhoodQuery, type Neighborhood, type Direction } from './graph/neighbors';
export { shortestPaths, type PathResult } from './graph/paths';
export { filterGraph, type GraphFilter, type SerializedSubgraph } from './graph/subgraph';
export { Ingestor, type IngestReport, type DocumentOutcome, type IngestInput } from './ingest/ingestor';
export { extractorPipeline, type Pipeline } from './ingest/pipeline';
export { EventHub, type GraphEvent } from './events';
export { HttpError } from './http/errors';
export { ResponseCache } from './http/response-cache';
export { runServeCommand, SERVE_USAGE } from './serve';
