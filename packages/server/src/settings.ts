/**
 * Server settings, in the shape of sigma's (and the extractor's) settings: one interface grouped by
 * concern, the defaults, a validator whose errors name the setting, and a resolver that merges a
 * partial. `settingsFromEnv` is the only place that reads the environment.
 */

export interface ServerSettings {
  // Network
  host: string;
  port: number;

  // Security
  /** When set, writes (POST) need `Authorization: Bearer <token>`. */
  token?: string;
  /** Largest request body accepted, in bytes; larger ones get 413. */
  bodyLimitBytes: number;
  /** Most articles one POST /api/documents may carry. */
  maxArticlesPerRequest: number;

  // Query caps (a request above a cap gets 400 with the reason, rather than a slow answer)
  defaultLimit: number;
  maxLimit: number;
  maxDepth: number;
  maxPathLength: number;
  /** Most shortest paths returned by /api/paths. */
  maxPaths: number;
  /** Evidence sentences attached to each edge by /neighbors and /paths (all of them via /relations). */
  evidencePerEdge: number;
  /**
   * Memory for serialised /neighbors answers kept for reuse (emptied on every change to the
   * graph), in bytes; 0 turns the cache off.
   */
  responseCacheBytes: number;
  /** Most evidence sentences /api/relations returns per edge. */
  maxEvidence: number;
  /** /api/graph keeps the heaviest edges beyond this many and says so in `attributes.truncated`. */
  maxGraphEdges: number;

  // Graph
  /** PageRank and Louvain run (at start and after ingest) only on graphs up to this many nodes. */
  metricsMaxNodes: number;
  /** Keep same-sentence co-mention edges when ingesting. */
  coMentions: boolean;
  /** Keep negated / planned / hypothetical relations (with their modality) when ingesting. */
  keepModalEdges: boolean;

  // Logging and static files
  /**
   * pino level: fatal, error, warn, info, debug, trace or silent. Quiet by default (warnings and
   * errors); `LOG_LEVEL=info` adds a structured line per request.
   */
  logLevel: string;
  /** Folder of the built viewer, served at `/` when it exists. */
  viewerDir?: string;
}

export const DEFAULT_SERVER_SETTINGS: Readonly<ServerSettings> = Object.freeze({
  host: '127.0.0.1',
  port: 3000,
  bodyLimitBytes: 6 * 1024 * 1024,
  maxArticlesPerRequest: 100,
  defaultLimit: 50,
  maxLimit: 500,
  maxDepth: 3,
  maxPathLength: 6,
  maxPaths: 10,
  evidencePerEdge: 3,
  responseCacheBytes: 64 * 1024 * 1024,
  maxEvidence: 200,
  maxGraphEdges: 200_000,
  metricsMaxNodes: 20_000,
  coMentions: true,
  keepModalEdges: true,
  logLevel: 'warn',
});

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export class ServerSettingsError extends Error {
  constructor(message: string) {
    super(`validateServerSettings: ${message}`);
    this.name = 'ServerSettingsError';
  }
}

type IntegerKey = {
  [K in keyof ServerSettings]-?: ServerSettings[K] extends number ? K : never;
}[keyof ServerSettings];

function integer(
  settings: ServerSettings,
  key: IntegerKey,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): void {
  const value = settings[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new ServerSettingsError(
      `the '${key}' setting must be an integer from ${min} to ${max} (got ${String(value)}).`,
    );
}

export function validateServerSettings(settings: ServerSettings): void {
  if (typeof settings.host !== 'string' || settings.host === '')
    throw new ServerSettingsError(`the 'host' setting must be a host name or address.`);
  integer(settings, 'port', 0, 65535);
  integer(settings, 'bodyLimitBytes', 1);
  integer(settings, 'maxArticlesPerRequest', 1);
  integer(settings, 'maxLimit', 1);
  integer(settings, 'defaultLimit', 1, settings.maxLimit);
  integer(settings, 'maxDepth', 1, 10);
  integer(settings, 'maxPathLength', 1, 20);
  integer(settings, 'maxPaths', 1);
  integer(settings, 'evidencePerEdge', 0);
  integer(settings, 'maxEvidence', 1);
  integer(settings, 'responseCacheBytes', 0);
  integer(settings, 'maxGraphEdges', 1);
  integer(settings, 'metricsMaxNodes', 0);
  if (settings.token !== undefined && (typeof settings.token !== 'string' || settings.token.length < 8))
    throw new ServerSettingsError(`the 'token' setting must be a string of at least 8 characters.`);
  if (!LOG_LEVELS.includes(settings.logLevel))
    throw new ServerSettingsError(`the 'logLevel' setting must be one of ${LOG_LEVELS.join(', ')}.`);
}

export function resolveServerSettings(partial: Partial<ServerSettings> = {}): ServerSettings {
  const settings: ServerSettings = { ...DEFAULT_SERVER_SETTINGS, ...partial };
  validateServerSettings(settings);
  return settings;
}

/** The settings the environment gives: NEWSGRAPH_TOKEN, LOG_LEVEL, PORT, HOST. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ServerSettings> {
  const out: Partial<ServerSettings> = {};
  if (env.NEWSGRAPH_TOKEN) out.token = env.NEWSGRAPH_TOKEN;
  // Tests stay quiet unless asked otherwise.
  if (env.LOG_LEVEL) out.logLevel = env.LOG_LEVEL;
  else if (env.NODE_ENV === 'test') out.logLevel = 'silent';
  if (env.PORT) out.port = Number(env.PORT);
  if (env.HOST) out.host = env.HOST;
  return out;
}
