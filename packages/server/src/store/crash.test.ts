import { spawn } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../app';
import { fakeDocument, fakeExtract, FakeResolver, fakePipeline } from '../test-utils/fake-pipeline';
import { tmpStore } from '../test-utils/harness';
import { syntheticArticle } from '../test-utils/synthetic';
import { factsOf } from './facts';
import { SqliteGraphStore } from './sqlite';

const CHILD = path.join(__dirname, '../test-utils/crash-child.cjs');

/** Runs the child until it has committed `commits` articles (and is busy with the next), then SIGKILLs it. */
function ingestThenKill(file: string, from: number, commits: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, file, String(from)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = 0;
    let stderr = '';
    let buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      seen += lines.filter((l) => l.startsWith('committed')).length;
      if (seen >= commits && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(seen);
      else reject(new Error(`crash child ended with ${code ?? signal} before the kill: ${stderr}`));
    });
  });
}

/** What article i must have put in each table, recomputed from the same generator. */
function expectedRows(i: number): { mentions: number; evidence: number; statements: number } {
  const resolved = new FakeResolver().resolve(fakeExtract(fakeDocument(syntheticArticle(i))));
  const facts = factsOf(resolved, { coMentions: true, keepModalEdges: true });
  const mentions = new Set(resolved.extraction.mentions.map((m) => `${m.start}-${m.end}`)).size;
  return { mentions, evidence: facts.relations.length, statements: facts.statements.length };
}

describe('a crash during a bulk ingest', () => {
  it('leaves every article fully present or absent, and the server starts again on the file', async () => {
    const tmp = tmpStore();
    tmp.store.close();
    try {
      // Two crashes in a row, the second resuming where the file stands.
      const first = await ingestThenKill(tmp.file, 0, 15);
      const second = await ingestThenKill(tmp.file, 1000, 10);
      expect(first).toBeGreaterThanOrEqual(15);
      expect(second).toBeGreaterThanOrEqual(10);

      const store = new SqliteGraphStore(tmp.file);
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.db.pragma('foreign_key_check')).toEqual([]);
      const count = (sql: string, id: string): number => (store.db.prepare(sql).get(id) as { n: number }).n;
      let present = 0;
      for (const i of [...Array(first + 3).keys(), ...[...Array(second + 3).keys()].map((k) => 1000 + k)]) {
        const id = `synthetic-${i}`;
        const rows = {
          mentions: count('SELECT COUNT(*) AS n FROM mentions WHERE doc_id = ?', id),
          evidence: count('SELECT COUNT(*) AS n FROM evidence WHERE doc_id = ?', id),
          statements: count('SELECT COUNT(*) AS n FROM statements WHERE doc_id = ?', id),
        };
        if (store.getDocument(id)) {
          present++;
          expect({ id, ...rows }).toEqual({ id, ...expectedRows(i) });
        } else expect({ id, ...rows }).toEqual({ id, mentions: 0, evidence: 0, statements: 0 });
      }
      // Every commit the child reported is there (and possibly the one it was killed after).
      expect(present).toBeGreaterThanOrEqual(first + second);
      expect(store.stats().documents).toBe(present);

      // The server starts on the same file and goes on ingesting.
      const app = createApp({ store, settings: { logLevel: 'silent' }, pipeline: fakePipeline() });
      expect((await request(app).get('/api/stats').expect(200)).body.documents).toBe(present);
      await request(app).post('/api/documents').send(syntheticArticle(5000)).expect(201);
      await request(app).post('/api/documents').send(syntheticArticle(0)).expect(200);
      app.shutdown();
      store.close();
    } finally {
      tmp.cleanup();
    }
  }, 60_000);
});
