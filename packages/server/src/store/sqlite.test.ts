import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fakeDocument, fakeExtract, FakeResolver } from '../test-utils/fake-pipeline';
import { ARTICLES, tmpStore, type TmpStore } from '../test-utils/harness';
import { MIGRATIONS } from './schema';
import { migrate, SqliteGraphStore, StoreConflictError } from './sqlite';

const OPTIONS = { coMentions: true, keepModalEdges: true };

describe('SqliteGraphStore', () => {
  let tmp: TmpStore;
  let resolver: FakeResolver;
  beforeEach(() => {
    tmp = tmpStore();
    resolver = new FakeResolver();
  });
  afterEach(() => tmp.cleanup());
  const resolved = (i: number, extra: Partial<(typeof ARTICLES)[number]> = {}) =>
    resolver.resolve(fakeExtract(fakeDocument({ ...ARTICLES[i]!, ...extra })));

  it('opens in WAL mode with foreign keys and every migration applied once', () => {
    expect(tmp.store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(tmp.store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = tmp.store.db.prepare('SELECT version FROM schema_migrations').all();
    expect(versions).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    tmp.store.close();
    const again = new SqliteGraphStore(tmp.file);
    expect(migrate(again.db, MIGRATIONS)).toEqual([]);
    again.close();
  });

  it('creates the folder of a new database file', () => {
    const file = join(dirname(tmp.file), 'new', 'nested', 'graph.db');
    const store = new SqliteGraphStore(file);
    expect(existsSync(file)).toBe(true);
    store.close();
  });

  it('refuses a file written by a newer schema', () => {
    tmp.store.db.prepare('INSERT INTO schema_migrations VALUES (999, ?, ?)').run('future', 'now');
    tmp.store.close();
    expect(() => new SqliteGraphStore(tmp.file)).toThrow(/schema version 999, newer than this server knows/);
  });

  it('ingests an article: document, entities, mentions, relations with evidence, statements', () => {
    const result = tmp.store.ingest(resolved(0), OPTIONS);
    expect(result.status).toBe('created');
    expect(result.createdEntities).toEqual(
      expect.arrayContaining(['olaf-scholz', 'vladimir-putin', 'moscow', 'nato', 'russia', 'ukraine']),
    );
    const met = result.relations.find((r) => r.relation === 'met-with')!;
    // Symmetric relations are stored with sorted ends.
    expect(met).toMatchObject({
      id: 'olaf-scholz:met-with:vladimir-putin',
      source: 'olaf-scholz',
      target: 'vladimir-putin',
      weight: 1,
      created: true,
      firstSeen: '2022-02-15',
    });
    expect(tmp.store.evidence([met.id], 10).get(met.id)).toEqual([
      expect.objectContaining({
        docId: result.documentId,
        sentence: 'Olaf Scholz met Vladimir Putin in Moscow.',
        title: 'Scholz in Moscow',
        date: '2022-02-15',
      }),
    ]);
    const doc = tmp.store.getDocument(result.documentId)!;
    const mentions = tmp.store.documentMentions(result.documentId);
    expect(mentions.map((m) => doc.text.slice(m.start, m.end))).toContain('Vladimir Putin');
    expect(tmp.store.entityStatements('vladimir-putin')).toEqual([
      expect.objectContaining({
        relation: 'said',
        doc: result.documentId,
        text: 'Vladimir Putin said talks would go on.',
      }),
    ]);
    expect(tmp.store.getEntity('vladimir-putin')).toMatchObject({
      label: 'Vladimir Putin',
      type: 'person',
      mentionCount: 2,
      statementCount: 1,
    });
  });

  it('is idempotent by content hash, and refuses a second article under a used id', () => {
    const first = tmp.store.ingest(resolved(0), OPTIONS);
    const again = tmp.store.ingest(resolved(0), OPTIONS);
    expect(again).toMatchObject({ status: 'duplicate', documentId: first.documentId, relations: [] });
    expect(tmp.store.stats().documents).toBe(1);
    expect(() => tmp.store.ingest(resolved(1, { id: first.documentId } as never), OPTIONS)).toThrow(
      StoreConflictError,
    );
  });

  it('weighs a relation by distinct documents and merges evidence and dates', () => {
    tmp.store.ingest(resolved(0), OPTIONS);
    tmp.store.ingest(resolved(1), OPTIONS);
    const relation = tmp.store
      .ingest(
        resolved(0, { text: ARTICLES[0]!.text + ' Nato accused Russia once more.', date: '2022-03-01' }),
        OPTIONS,
      )
      .relations.find((r) => r.id === 'nato:accused:russia')!;
    expect(relation).toMatchObject({
      weight: 3,
      evidenceCount: 4,
      firstSeen: '2022-02-15',
      lastSeen: '2022-03-01',
      created: false,
    });
    expect(
      tmp.store
        .evidence(['nato:accused:russia'], 2)
        .get('nato:accused:russia')!
        .map((e) => e.date),
    ).toEqual(['2022-03-01', '2022-03-01']);
  });

  it('rolls the whole article back when one write fails', () => {
    const bad = resolved(0);
    // An entity id the store has never seen: the relation's foreign key fails half-way through.
    bad.entityIds[0] = 'ghost';
    expect(() => tmp.store.ingest(bad, OPTIONS)).toThrow(/FOREIGN KEY/);
    expect(tmp.store.stats()).toEqual({ documents: 0, entities: 0, relations: 0 });
    expect(tmp.store.db.prepare('SELECT COUNT(*) AS n FROM mentions').get()).toEqual({ n: 0 });
  });

  it('keeps HTML and SQL-looking text as plain data', () => {
    const text = `Robert said "'); DROP TABLE documents; --" and <script>alert(1)</script> in Paris.`;
    const result = tmp.store.ingest(
      resolver.resolve(fakeExtract(fakeDocument({ title: "<b>O'Brien</b>", text }))),
      OPTIONS,
    );
    expect(tmp.store.getDocument(result.documentId)).toMatchObject({
      title: "<b>O'Brien</b>",
      text: `<b>O'Brien</b>\n\n${text}`,
    });
    expect(tmp.store.stats().documents).toBe(1);
  });

  it('searches names and aliases by prefix, accent-insensitively, ranked', () => {
    for (const i of [0, 1, 2]) tmp.store.ingest(resolved(i), OPTIONS);
    expect(tmp.store.searchEntities('jose alv', undefined, 10, 0).items.map((h) => h.label)).toEqual([
      'José Álvarez',
    ]);
    expect(tmp.store.searchEntities('BOGOTA', undefined, 10, 0).items.map((h) => h.id)).toEqual(['bogota']);
    // A later word matches too, but ranks below a name that starts with the query.
    const putin = tmp.store.searchEntities('putin', undefined, 10, 0);
    expect(putin.items[0]).toMatchObject({ id: 'vladimir-putin', score: expect.any(Number) });
    const m = tmp.store.searchEntities('m', undefined, 10, 0);
    // "Macron" (a title's mention) and "Moscow" start with m; "Emmanuel Macron" only has a later word that does.
    expect(m.items.map((h) => h.label).sort()).toEqual(['Emmanuel Macron', 'Macron', 'Moscow']);
    expect(m.items[2]!.label).toBe('Emmanuel Macron');
    expect(m.items.every((h, i, all) => i === 0 || all[i - 1]!.score >= h.score)).toBe(true);
    expect(tmp.store.searchEntities('', 'location', 2, 0)).toMatchObject({
      total: 5,
      items: [expect.anything(), expect.anything()],
    });
    expect(tmp.store.searchEntities("%' OR 1=1 --", undefined, 10, 0)).toEqual({ items: [], total: 0 });
  });

  it('bulk-loads entities and relations that load back the same', () => {
    tmp.store.bulkLoad({
      documents: [
        {
          id: 'd1',
          hash: 'h1',
          title: 'T',
          date: '2020-01-01',
          source: 'bench',
          authors: [],
          text: 'A met B.',
          titleLength: 0,
        },
      ],
      entities: [
        {
          id: 'a',
          label: 'Alpha',
          type: 'person',
          aliases: ['Alpha', 'A.'],
          roles: [],
          mentionCount: 1,
          documents: ['d1'],
        },
        { id: 'b', label: 'Beta', type: 'location', aliases: ['Beta'], roles: [], mentionCount: 1 },
      ],
      relations: [
        {
          source: 'a',
          target: 'b',
          relation: 'located-in',
          modality: 'asserted',
          evidence: [{ docId: 'd1', sentence: 'A met B.', start: 0, end: 8 }],
        },
      ],
    });
    expect([...tmp.store.eachRelation()]).toEqual([
      expect.objectContaining({ id: 'a:located-in:b', weight: 1, evidenceCount: 1, firstSeen: '2020-01-01' }),
    ]);
    expect([...tmp.store.eachEntity()].find((e) => e.id === 'a')).toMatchObject({
      aliases: ['A.', 'Alpha'],
      documents: ['d1'],
    });
  });

  it('reads evidence the same way with and without evidence counts, stale counts included', () => {
    const doc = (id: string, date?: string) => ({
      id,
      hash: `hash-${id}`,
      title: `Title ${id}`,
      ...(date ? { date } : {}),
      source: 'test',
      authors: [],
      text: 'x',
      titleLength: 0,
    });
    const entity = (id: string) => ({
      id,
      label: id,
      type: 'person' as const,
      aliases: [id],
      roles: [],
      mentionCount: 1,
    });
    // Undated documents sort last; equal dates by document id, then offset.
    const docs = [doc('d1', '2021-05-01'), doc('d2', '2023-01-01'), doc('d3'), doc('d0', '2021-05-01')];
    const sentences = (n: number) =>
      docs.slice(0, n).flatMap((d, i) => [
        { docId: d.id, sentence: `${d.id} second`, start: 20 + i, end: 30 },
        { docId: d.id, sentence: `${d.id} first`, start: i, end: 10 },
      ]);
    tmp.store.bulkLoad({
      documents: docs,
      entities: ['a', 'b', 'c', 'd'].map(entity),
      relations: [
        { source: 'a', target: 'b', relation: 'said', modality: 'asserted', evidence: sentences(4) },
        { source: 'a', target: 'c', relation: 'said', modality: 'asserted', evidence: sentences(1) },
        { source: 'c', target: 'd', relation: 'said', modality: 'asserted', evidence: [] },
      ],
    });
    const keys = ['a:said:b', 'a:said:c', 'c:said:d', 'a:said:b'];
    const counts = new Map([...tmp.store.eachRelation()].map((r) => [r.id, r.evidenceCount]));
    expect(counts).toEqual(
      new Map([
        ['a:said:b', 8],
        ['a:said:c', 2],
        ['c:said:d', 0],
      ]),
    );
    const window = tmp.store.evidence(keys, 100);
    expect(window.get('a:said:b')!.map((e) => `${e.docId}@${e.start}`)).toEqual([
      'd2@1',
      'd2@21',
      'd0@3',
      'd0@23',
      'd1@0',
      'd1@20',
      'd3@2',
      'd3@22',
    ]);
    expect(window.get('a:said:b')![0]).toEqual({
      docId: 'd2',
      sentence: 'd2 first',
      start: 1,
      end: 10,
      title: 'Title d2',
      date: '2023-01-01',
    });
    for (const perRelation of [1, 2, 3, 8, 100])
      for (const hint of [
        (key: string) => counts.get(key),
        () => 0, // stale: every edge grew since
        () => undefined,
        () => 1000,
      ]) {
        const answer = tmp.store.evidence(keys, perRelation, hint);
        const expected = tmp.store.evidence(keys, perRelation);
        expect([...answer.keys()].sort()).toEqual(['a:said:b', 'a:said:c', 'c:said:d']);
        for (const key of answer.keys()) expect(answer.get(key)).toEqual(expected.get(key));
        expect(answer.get('a:said:b')).toHaveLength(Math.min(perRelation, 8));
      }
    expect(tmp.store.evidence(keys, 0, (key) => counts.get(key)).size).toBe(0);
  });

  it('names the file when it cannot be opened', () => {
    // A regular file where the folder should be: neither the folder nor the database can be made.
    const blocker = join(dirname(tmp.file), 'blocker');
    writeFileSync(blocker, 'not a folder');
    const file = join(blocker, 'graph.db');
    expect(() => new SqliteGraphStore(file)).toThrow(`SqliteGraphStore: cannot open '${file}'`);
  });
});
