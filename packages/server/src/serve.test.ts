/** The real pipeline end to end: `newsgraph serve --ingest-only` on files, then a server on the same database. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from './cli';
import { startServer } from './server';
import { SqliteGraphStore } from './store/sqlite';
import { tmpStore } from './test-utils/harness';

describe('newsgraph serve', () => {
  it('ingests files with the extractor, recognises them the second time, and serves the result', async () => {
    const tmp = tmpStore();
    tmp.store.close();
    const dir = path.join(tmp.dir, 'articles');
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, 'moscow.txt'),
      'Scholz meets Putin\n\nGerman Chancellor Olaf Scholz met Russian President Vladimir Putin in Moscow on Tuesday. Putin said Russia did not want a war.\n',
    );
    writeFileSync(path.join(dir, 'empty.txt'), '   \n');
    try {
      const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
      expect(await main(['serve', dir, '--db', tmp.file, '--ingest-only'])).toBe(0);
      const firstRun = stderr.mock.calls.map((c) => String(c[0])).join('');
      stderr.mockClear();
      expect(await main(['serve', dir, '--db', tmp.file, '--ingest-only'])).toBe(0);
      const secondRun = stderr.mock.calls.map((c) => String(c[0])).join('');
      expect(await main(['serve', '--port', 'http'])).toBe(1);
      const usage = stderr.mock.calls.map((c) => String(c[0])).join('');
      stderr.mockRestore();
      expect(firstRun).toMatch(/ingest: 1 articles in [\d.]+ s: 1 new, 0 already stored, 1 skipped/);
      expect(firstRun).toMatch(/skipped .*empty\.txt: empty/);
      expect(secondRun).toMatch(/0 new, 1 already stored/);
      expect(usage).toContain("newsgraph serve: --port takes a port number, not 'http'");

      const store = new SqliteGraphStore(tmp.file);
      const running = await startServer({ store, settings: { port: 0, logLevel: 'silent' } });
      const get = async (url: string) => (await fetch(running.url + url)).json();
      expect(await get('/api/stats')).toMatchObject({ documents: 1 });
      const putin = (await get('/api/entities?q=putin')) as { items: { id: string; entityType: string }[] };
      expect(putin.items[0]).toMatchObject({ entityType: 'person' });
      const hood = (await get(`/api/entities/${putin.items[0]!.id}/neighbors`)) as {
        nodes: { label: string }[];
      };
      expect(hood.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['Olaf Scholz']));
      await running.close();
      expect(store.db.open).toBe(false);
    } finally {
      tmp.cleanup();
    }
  }, 30_000);
});
