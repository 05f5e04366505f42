/** Test fixtures: a real SQLite file in a fresh temporary folder, and an app over it with the fake pipeline. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type NewsgraphApp } from '../app';
import type { ServerSettings } from '../settings';
import { SqliteGraphStore } from '../store/sqlite';
import { fakePipeline } from './fake-pipeline';

export interface TmpStore {
  dir: string;
  file: string;
  store: SqliteGraphStore;
  cleanup(): void;
}

export function tmpStore(): TmpStore {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-server-'));
  const file = path.join(dir, 'graph.db');
  const store = new SqliteGraphStore(file);
  return {
    dir,
    file,
    store,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TmpApp extends TmpStore {
  app: NewsgraphApp;
}

export function tmpApp(settings: Partial<ServerSettings> = {}): TmpApp {
  const tmp = tmpStore();
  const app = createApp({
    store: tmp.store,
    settings: { logLevel: 'silent', ...settings },
    pipeline: fakePipeline(),
  });
  return {
    ...tmp,
    app,
    cleanup: () => {
      app.shutdown();
      tmp.cleanup();
    },
  };
}

/** Articles written for these tests (real names, invented sentences). */
export const ARTICLES = [
  {
    title: 'Scholz in Moscow',
    date: '2022-02-15',
    url: 'https://example.com/scholz-moscow',
    text: 'Olaf Scholz met Vladimir Putin in Moscow. Vladimir Putin said talks would go on. Nato accused Russia of a build-up near Ukraine.',
  },
  {
    title: 'Macron calls Kyiv',
    date: '2022-02-16',
    text: 'Emmanuel Macron met Zelensky in Kyiv. Emmanuel Macron will meet Vladimir Putin soon. Nato accused Russia again.',
  },
  {
    title: 'Talks in Bogotá',
    date: '2022-02-10',
    text: 'José Álvarez met Emmanuel Macron in Bogotá. José Álvarez said trade would grow.',
  },
];
