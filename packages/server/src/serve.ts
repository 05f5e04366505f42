/**
 * `newsgraph serve [inputs...] --db FILE --port N`: ingest the inputs (files and folders, as for
 * `newsgraph build`) into the database with a progress line, then serve the API and the viewer.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles } from '@newsgraph/extractor';
import { createApp } from './app';
import type { IngestInput } from './ingest/ingestor';
import { closeOnSignals, listen } from './server';
import { resolveServerSettings, settingsFromEnv, type ServerSettings } from './settings';
import { SqliteGraphStore } from './store/sqlite';

export const SERVE_USAGE = `newsgraph serve [file|folder]... [options]

Ingests the articles given (folders recursively: .txt, .json, .jsonl) into the database, then
serves the API on http://HOST:PORT/api and the viewer at / (when packages/viewer/dist is built).
Articles already in the database are recognised and skipped.

Options:
  --db FILE        the SQLite database (default: newsgraph.db; created when missing)
  -p, --port N     port (default: 3000, or $PORT)
  --host HOST      address to listen on (default: 127.0.0.1, or $HOST)
  --viewer DIR     the built viewer to serve at / (default: packages/viewer/dist)
  --ingest-only    ingest, then exit without serving
  -q, --quiet      no progress line

Environment: NEWSGRAPH_TOKEN (writes need 'Authorization: Bearer <token>'), LOG_LEVEL (pino level; default warn, info logs every request).
`;

const DEFAULT_VIEWER = path.resolve(__dirname, '../../viewer/dist');

async function* documents(
  inputs: string[],
  onSkip: (source: string, reason: string) => void,
): AsyncGenerator<IngestInput> {
  for await (const event of loadArticles(inputs)) {
    if (event.kind === 'document') yield { kind: 'document', document: event.document };
    else onSkip(event.source, event.reason);
  }
}

export async function runServeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      viewer: { type: 'string' },
      'ingest-only': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(SERVE_USAGE);
    return 0;
  }
  const partial: Partial<ServerSettings> = {
    ...settingsFromEnv(),
    viewerDir: path.resolve(values.viewer ?? DEFAULT_VIEWER),
  };
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535)
      throw new Error(`--port takes a port number, not '${values.port}'`);
    partial.port = port;
  }
  if (values.host !== undefined) partial.host = values.host;
  const settings = resolveServerSettings(partial);
  const quiet = values.quiet ?? false;
  const say = (line: string): void => {
    if (!quiet) process.stderr.write(`${line}\n`);
  };

  const dbFile = path.resolve(values.db ?? 'newsgraph.db');
  const store = new SqliteGraphStore(dbFile);
  const started = Date.now();
  const app = createApp({ store, settings });
  const loaded = app.context.index.stats();
  say(
    `newsgraph: ${dbFile}: ${loaded.documents} documents, ${loaded.entities} entities, ${loaded.relations} relations (loaded in ${Date.now() - started} ms)`,
  );

  if (positionals.length > 0) {
    const skipped: string[] = [];
    const counts = { created: 0, duplicate: 0, rejected: 0 };
    const tty = process.stderr.isTTY && !quiet;
    const t0 = Date.now();
    const report = await app.context.ingestor.ingest(
      documents(positionals, (source, reason) => skipped.push(`${source}: ${reason}`)),
      (outcome, r) => {
        counts[outcome.status]++;
        if (outcome.status === 'rejected')
          skipped.push(`${outcome.id ?? '?'}: ${outcome.reason ?? 'rejected'}`);
        const done = counts.created + counts.duplicate + counts.rejected;
        const line = `ingest: ${done} articles (${counts.created} new, ${counts.duplicate} already stored, ${skipped.length} skipped), +${r.entitiesAdded.length} entities, +${r.relationsAdded} relations`;
        if (tty) process.stderr.write(`\r${line}`);
        else if (!quiet && done % 100 === 0) say(line);
      },
    );
    if (tty) process.stderr.write('\n');
    const done = counts.created + counts.duplicate + counts.rejected;
    say(
      `ingest: ${done} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${counts.created} new, ${counts.duplicate} already stored, ${skipped.length} skipped; +${report.entitiesAdded.length} entities, +${report.relationsAdded} relations`,
    );
    for (const line of skipped.slice(0, 20)) say(`  skipped ${line}`);
    if (skipped.length > 20) say(`  ... and ${skipped.length - 20} more`);
  }

  if (values['ingest-only']) {
    app.shutdown();
    store.close();
    return 0;
  }
  app.context.index.computeMetrics();
  const running = await listen(app, {
    host: settings.host,
    port: settings.port,
    closeStore: () => store.close(),
  });
  const stats = app.context.index.stats();
  say(
    `newsgraph: serving ${stats.entities} entities and ${stats.relations} relations on ${running.url} (API at ${running.url}/api, OpenAPI at ${running.url}/api/openapi.json${settings.token ? ', writes need the bearer token' : ''})`,
  );
  await closeOnSignals(running, say);
  return 0;
}
