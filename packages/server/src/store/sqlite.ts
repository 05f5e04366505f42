/**
 * The default GraphStore: one SQLite file through better-sqlite3. WAL journal (readers never wait
 * for the writer), foreign keys on, every statement prepared once with bound parameters, and one
 * transaction per article, so that a crash leaves each article either fully stored or absent.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { edgeKey } from '@newsgraph/extractor';
import type {
  EntityType,
  Evidence,
  Modality,
  RelationType,
  ResolvedExtraction,
  StatementRecord,
} from '@newsgraph/extractor';
import { factsOf, type FactOptions } from './facts';
import { nameKeys, normalizeName } from './normalize';
import { MIGRATIONS, type Migration } from './schema';
import type {
  BulkData,
  DocumentSummary,
  EntityHit,
  GraphStore,
  IngestResult,
  StoredDocument,
  StoredEntity,
  StoredMention,
  StoredRelation,
  StoreStats,
} from './types';

/** A write the store refuses for a reason the client can fix (e.g. an id already taken). */
export class StoreConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConflictError';
  }
}

/** Above every code point: `norm < prefix + TOP` bounds a prefix range on the index. */
const TOP = '\u{10FFFF}';
const STATEMENTS_PER_ENTITY = 1000;
/** Edge keys per evidence query (one JSON parameter). */
const EVIDENCE_BATCH = 500;
/** Documents whose title, URL and date are kept in memory for evidence (documents never change). */
const DOCUMENT_CACHE_SIZE = 50_000;
/** Read through a memory map rather than read() calls: random evidence lookups on a large file. */
const MMAP_BYTES = 1024 * 1024 * 1024;

interface DocumentMeta {
  title: string | null;
  url: string | null;
  date: string | null;
}

interface DocumentRow {
  id: string;
  hash: string;
  title: string | null;
  date: string | null;
  url: string | null;
  source: string;
  authors: string;
  text: string;
  title_length: number;
  ingested_at: string;
}
interface SummaryRow {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  source: string;
}
interface EntityRow {
  id: string;
  label: string;
  type: string;
  mention_count: number;
  roles: string;
  first_seen: string | null;
  last_seen: string | null;
}
interface RelationRow {
  id: number;
  key: string;
  source: string;
  target: string;
  relation: string;
  modality: string;
  weight: number;
  roles: string;
  first_seen: string | null;
  last_seen: string | null;
  evidence_count: number;
}
interface EvidenceRow {
  doc_id: string;
  sentence: string;
  start_offset: number;
  end_offset: number;
  title: string | null;
  url: string | null;
  date: string | null;
}

function summary(row: SummaryRow): DocumentSummary {
  const out: DocumentSummary = { id: row.id, source: row.source };
  if (row.title !== null) out.title = row.title;
  if (row.date !== null) out.date = row.date;
  if (row.url !== null) out.url = row.url;
  return out;
}

function evidenceOf(row: EvidenceRow): Evidence {
  const out: Evidence = {
    docId: row.doc_id,
    sentence: row.sentence,
    start: row.start_offset,
    end: row.end_offset,
  };
  if (row.title !== null) out.title = row.title;
  if (row.url !== null) out.url = row.url;
  if (row.date !== null) out.date = row.date;
  return out;
}

function relationOf(row: RelationRow): StoredRelation {
  const out: StoredRelation = {
    id: row.key,
    source: row.source,
    target: row.target,
    relation: row.relation as RelationType,
    modality: row.modality as Modality,
    weight: row.weight,
    // Most edges have no roles: skip the parse (it matters when a million edges load at start).
    roles: row.roles === '[]' ? [] : (JSON.parse(row.roles) as string[]),
    evidenceCount: row.evidence_count,
  };
  if (row.first_seen !== null) out.firstSeen = row.first_seen;
  if (row.last_seen !== null) out.lastSeen = row.last_seen;
  return out;
}

/** The window's order: dated documents first, newest first, then by document and offset. */
function newestFirst(a: Evidence, b: Evidence): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  if (a.docId !== b.docId) return a.docId < b.docId ? -1 : 1;
  return a.start - b.start;
}

function parseList(json: string): string[] {
  return json === '[]' ? [] : (JSON.parse(json) as string[]);
}

export class SqliteGraphStore implements GraphStore {
  readonly db: Database.Database;
  private readonly q;
  private readonly documentMeta = new Map<string, DocumentMeta>();

  /**
   * Opens (creating it, its folder and its schema when needed) the database file; ':memory:' works
   * for throwaway stores.
   */
  constructor(readonly file: string) {
    try {
      // A new database may live in a folder that does not exist yet (`--db data/newsgraph.db` on a fresh clone).
      if (file !== ':memory:' && file !== '') mkdirSync(dirname(file), { recursive: true });
      this.db = new Database(file);
    } catch (error) {
      throw new Error(`SqliteGraphStore: cannot open '${file}': ${(error as Error).message}`, {
        cause: error,
      });
    }
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL'); // with WAL: safe against process crashes, fast commits
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      if (file !== ':memory:' && file !== '') this.db.pragma(`mmap_size = ${MMAP_BYTES}`);
      migrate(this.db, MIGRATIONS);
      ensureIndexes(this.db);
    } catch (error) {
      this.db.close();
      throw new Error(`SqliteGraphStore: cannot open '${file}': ${(error as Error).message}`, {
        cause: error,
      });
    }
    const db = this.db;
    this.q = {
      docByHash: db.prepare<[string], { id: string }>('SELECT id FROM documents WHERE hash = ?'),
      docById: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
      docHashById: db.prepare<[string], { hash: string }>('SELECT hash FROM documents WHERE id = ?'),
      insertDoc: db.prepare(
        `INSERT INTO documents (id, hash, title, date, url, source, authors, text, title_length, ingested_at)
         VALUES (@id, @hash, @title, @date, @url, @source, @authors, @text, @titleLength, @ingestedAt)`,
      ),
      listDocs: db.prepare<[number, number], SummaryRow>(
        `SELECT id, title, date, url, source FROM documents
         ORDER BY date IS NULL, date DESC, rowid DESC LIMIT ? OFFSET ?`,
      ),
      countDocs: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM documents'),
      mentions: db.prepare<
        [string],
        { start_offset: number; end_offset: number; entity_id: string; type: string }
      >(
        'SELECT start_offset, end_offset, entity_id, type FROM mentions WHERE doc_id = ? ORDER BY start_offset, end_offset',
      ),
      insertMention: db.prepare(
        'INSERT OR IGNORE INTO mentions (doc_id, start_offset, end_offset, entity_id, type) VALUES (?, ?, ?, ?, ?)',
      ),

      entity: db.prepare<[string], EntityRow>('SELECT * FROM entities WHERE id = ?'),
      upsertEntity: db.prepare(
        `INSERT INTO entities (id, label, type, mention_count, roles, first_seen, last_seen)
         VALUES (@id, @label, @type, @mentionCount, @roles, @firstSeen, @lastSeen)
         ON CONFLICT (id) DO UPDATE SET label = excluded.label, type = excluded.type,
           mention_count = excluded.mention_count, roles = excluded.roles,
           first_seen = excluded.first_seen, last_seen = excluded.last_seen`,
      ),
      aliases: db.prepare<[string], { alias: string }>(
        'SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias',
      ),
      insertAlias: db.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)'),
      upsertName: db.prepare(
        `INSERT INTO entity_names (norm, entity_id, kind) VALUES (?, ?, ?)
         ON CONFLICT (norm, entity_id) DO UPDATE SET kind = min(kind, excluded.kind)`,
      ),
      insertEntityDoc: db.prepare('INSERT OR IGNORE INTO entity_documents (entity_id, doc_id) VALUES (?, ?)'),
      entityDocs: db.prepare<[string, number], SummaryRow>(
        `SELECT d.id, d.title, d.date, d.url, d.source FROM entity_documents ed JOIN documents d ON d.id = ed.doc_id
         WHERE ed.entity_id = ? ORDER BY d.date IS NULL, d.date DESC, d.rowid DESC LIMIT ?`,
      ),
      statementCount: db.prepare<[string], { n: number }>(
        'SELECT COUNT(*) AS n FROM statements WHERE entity_id = ?',
      ),
      statements: db.prepare<
        [string, number],
        EvidenceRow & { relation: string; modality: string; text: string }
      >(
        `SELECT s.relation, s.modality, s.text, s.doc_id, s.sentence, s.start_offset, s.end_offset, d.title, d.url, d.date
         FROM statements s JOIN documents d ON d.id = s.doc_id
         WHERE s.entity_id = ? ORDER BY d.date IS NULL, d.date, s.id LIMIT ?`,
      ),
      insertStatement: db.prepare(
        `INSERT OR IGNORE INTO statements (entity_id, doc_id, relation, modality, text, sentence, start_offset, end_offset)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      search: db.prepare<
        { q: string; hi: string; type: string | null; limit: number; offset: number },
        { id: string; label: string; type: string; mentions: number; rank: number }
      >(
        `SELECT e.id, e.label, e.type, e.mention_count AS mentions, MIN(n.kind * 2 + (n.norm <> @q)) AS rank
         FROM entity_names n JOIN entities e ON e.id = n.entity_id
         WHERE n.norm >= @q AND n.norm < @hi AND (@type IS NULL OR e.type = @type)
         GROUP BY e.id ORDER BY rank, e.mention_count DESC, e.label, e.id LIMIT @limit OFFSET @offset`,
      ),
      searchCount: db.prepare<{ q: string; hi: string; type: string | null }, { n: number }>(
        `SELECT COUNT(DISTINCT n.entity_id) AS n FROM entity_names n JOIN entities e ON e.id = n.entity_id
         WHERE n.norm >= @q AND n.norm < @hi AND (@type IS NULL OR e.type = @type)`,
      ),
      browse: db.prepare<
        { type: string | null; limit: number; offset: number },
        { id: string; label: string; type: string; mentions: number }
      >(
        `SELECT id, label, type, mention_count AS mentions FROM entities WHERE (@type IS NULL OR type = @type)
         ORDER BY mention_count DESC, label, id LIMIT @limit OFFSET @offset`,
      ),
      browseCount: db.prepare<{ type: string | null }, { n: number }>(
        'SELECT COUNT(*) AS n FROM entities WHERE (@type IS NULL OR type = @type)',
      ),

      relationByKey: db.prepare<[string], RelationRow>('SELECT * FROM relations WHERE key = ?'),
      insertRelation: db.prepare<unknown[], { id: number }>(
        `INSERT INTO relations (key, source, target, relation, modality) VALUES (?, ?, ?, ?, ?) RETURNING id`,
      ),
      insertRelationIfNew: db.prepare<unknown[], { id: number }>(
        `INSERT OR IGNORE INTO relations (key, source, target, relation, modality, weight, first_seen, last_seen, evidence_count)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      ),
      touchRelation: db.prepare(
        `UPDATE relations SET weight = weight + 1, evidence_count = evidence_count + @evidence, roles = @roles,
           first_seen = coalesce(min(first_seen, @date), first_seen, @date),
           last_seen = coalesce(max(last_seen, @date), last_seen, @date)
         WHERE id = @id`,
      ),
      insertEvidence: db.prepare(
        'INSERT OR IGNORE INTO evidence (relation_id, doc_id, sentence, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)',
      ),
      // One statement for a whole answer's edges: the keys travel as one JSON array parameter
      // (json_each), and a window keeps the newest few sentences of each edge. Eight times faster
      // than one query per edge on /neighbors.
      evidence: db.prepare<[string, number], EvidenceRow & { key: string }>(
        `SELECT key, doc_id, sentence, start_offset, end_offset, title, url, date FROM (
           SELECT r.key, e.doc_id, e.sentence, e.start_offset, e.end_offset, d.title, d.url, d.date,
             ROW_NUMBER() OVER (PARTITION BY r.id ORDER BY d.date IS NULL, d.date DESC, e.doc_id, e.start_offset) AS rank
           FROM json_each(?) w JOIN relations r ON r.key = w.value
             JOIN evidence e ON e.relation_id = r.id JOIN documents d ON d.id = e.doc_id
         ) WHERE rank <= ? ORDER BY key, rank`,
      ),
      // The cheap path for edges whose every sentence is wanted (most edges have fewer than the
      // budget): no window, no join on documents (their title, URL and date come from a cache),
      // rows as arrays; sorted in JS as the window sorts.
      evidenceAll: db
        .prepare<[string], [string, string, string, number, number]>(
          `SELECT w.value, e.doc_id, e.sentence, e.start_offset, e.end_offset
           FROM json_each(?) w JOIN relations r ON r.key = w.value JOIN evidence e ON e.relation_id = r.id`,
        )
        .raw(true),
      docMeta: db.prepare<[string], DocumentMeta>('SELECT title, url, date FROM documents WHERE id = ?'),
      allEntities: db.prepare<[], EntityRow>('SELECT * FROM entities'),
      allAliases: db.prepare<[], { entity_id: string; alias: string }>(
        'SELECT entity_id, alias FROM entity_aliases',
      ),
      allEntityDocs: db.prepare<[], { entity_id: string; doc_id: string }>(
        'SELECT entity_id, doc_id FROM entity_documents',
      ),
      allStatementCounts: db.prepare<[], { entity_id: string; n: number }>(
        'SELECT entity_id, COUNT(*) AS n FROM statements GROUP BY entity_id',
      ),
      allRelationsRaw: db
        .prepare(
          'SELECT key, source, target, relation, modality, weight, roles, first_seen, last_seen, evidence_count FROM relations',
        )
        .raw(true),
      allStatements: db.prepare<
        [],
        EvidenceRow & { entity_id: string; relation: string; modality: string; text: string }
      >(
        `SELECT s.entity_id, s.relation, s.modality, s.text, s.doc_id, s.sentence, s.start_offset, s.end_offset, d.title, d.url, d.date
         FROM statements s JOIN documents d ON d.id = s.doc_id ORDER BY s.entity_id, d.date, s.id`,
      ),
      countEntities: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM entities'),
      countRelations: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM relations'),
    };
  }

  findDocumentIdByHash(hash: string): string | undefined {
    return this.q.docByHash.get(hash)?.id;
  }

  ingest(resolved: ResolvedExtraction, options: FactOptions): IngestResult {
    const { extraction, entityIds } = resolved;
    const doc = extraction.document;
    if (
      !doc ||
      typeof doc.id !== 'string' ||
      doc.id === '' ||
      typeof doc.hash !== 'string' ||
      doc.hash === ''
    )
      throw new TypeError('SqliteGraphStore.ingest: the document needs a non-empty id and hash.');
    const known = this.findDocumentIdByHash(doc.hash);
    if (known !== undefined)
      return { status: 'duplicate', documentId: known, createdEntities: [], entities: [], relations: [] };
    if (this.q.docHashById.get(doc.id))
      throw new StoreConflictError(`document id '${doc.id}' is already used by a different article.`);
    // Pure work first, so the write transaction stays short.
    const facts = factsOf(resolved, options);
    const date = doc.date ?? null;

    const touched = this.db.transaction(() => {
      this.q.insertDoc.run({
        id: doc.id,
        hash: doc.hash,
        title: doc.title ?? null,
        date,
        url: doc.url ?? null,
        source: doc.source,
        authors: JSON.stringify(doc.authors ?? []),
        text: doc.text,
        titleLength: doc.titleLength ?? 0,
        ingestedAt: new Date().toISOString(),
      });
      for (const entity of resolved.entities) {
        this.q.upsertEntity.run({
          id: entity.id,
          label: entity.label,
          type: entity.type,
          mentionCount: entity.mentionCount,
          roles: JSON.stringify(entity.roles),
          firstSeen: entity.firstSeen ?? null,
          lastSeen: entity.lastSeen ?? null,
        });
        for (const alias of entity.aliases) this.q.insertAlias.run(entity.id, alias);
        for (const [norm, kind] of nameKeys(entity.label, entity.aliases))
          this.q.upsertName.run(norm, entity.id, kind);
      }
      const entityIdsInDoc = new Set<string>();
      for (const id of entityIds) if (id != null) entityIdsInDoc.add(id);
      for (const id of entityIdsInDoc) this.q.insertEntityDoc.run(id, doc.id);
      for (const m of extraction.mentions) {
        const id = m.entity === undefined ? null : entityIds[m.entity];
        if (id != null) this.q.insertMention.run(doc.id, m.start, m.end, id, m.type);
      }

      // Relations: this document is new, so each relation it touches gains exactly one document.
      const perRelation = new Map<
        number,
        { key: string; created: boolean; evidence: number; roles: Set<string> }
      >();
      for (const fact of facts.relations) {
        const key = edgeKey(fact.source, fact.relation, fact.target, fact.modality);
        const row = this.q.relationByKey.get(key);
        const id = row
          ? row.id
          : this.q.insertRelation.get(key, fact.source, fact.target, fact.relation, fact.modality)!.id;
        let entry = perRelation.get(id);
        if (!entry) {
          entry = { key, created: !row, evidence: 0, roles: new Set(row ? parseList(row.roles) : []) };
          perRelation.set(id, entry);
        }
        if (fact.role) entry.roles.add(fact.role);
        const ev = fact.evidence;
        entry.evidence += this.q.insertEvidence.run(id, doc.id, ev.sentence, ev.start, ev.end).changes;
      }
      for (const [id, entry] of perRelation)
        this.q.touchRelation.run({
          id,
          evidence: entry.evidence,
          roles: JSON.stringify([...entry.roles]),
          date,
        });

      for (const s of facts.statements)
        this.q.insertStatement.run(
          s.entityId,
          doc.id,
          s.relation,
          s.modality,
          s.text,
          s.evidence.sentence,
          s.evidence.start,
          s.evidence.end,
        );
      return perRelation;
    })();

    const entities: StoredEntity[] = [];
    for (const e of resolved.entities) {
      const stored = this.getEntity(e.id);
      if (stored) entities.push(stored);
    }
    const relations: IngestResult['relations'] = [];
    for (const entry of touched.values()) {
      const row = this.q.relationByKey.get(entry.key);
      if (row) relations.push({ ...relationOf(row), created: entry.created });
    }
    return {
      status: 'created',
      documentId: doc.id,
      createdEntities: [...resolved.created],
      entities,
      relations,
    };
  }

  bulkLoad(data: BulkData): void {
    // Secondary indexes are built once at the end (far cheaper than a million random inserts);
    // they are recreated at open too, should the process die half-way.
    for (const index of BULK_INDEXES) this.db.exec(index.drop);
    this.db.pragma('synchronous = OFF');
    try {
      this.bulkWrite(data);
    } finally {
      this.db.pragma('synchronous = NORMAL');
      ensureIndexes(this.db);
    }
  }

  private bulkWrite(data: BulkData): void {
    const now = new Date().toISOString();
    const dates = new Map<string, string | undefined>();
    // Chunks keep each transaction's journal moderate while still writing thousands of rows per commit.
    const chunk = <T>(rows: readonly T[], size: number, write: (row: T) => void): void => {
      for (let i = 0; i < rows.length; i += size) {
        const part = rows.slice(i, i + size);
        this.db.transaction(() => part.forEach(write))();
      }
    };
    chunk(data.documents, 5000, (d) => {
      dates.set(d.id, d.date);
      this.q.insertDoc.run({
        id: d.id,
        hash: d.hash,
        title: d.title ?? null,
        date: d.date ?? null,
        url: d.url ?? null,
        source: d.source,
        authors: JSON.stringify(d.authors),
        text: d.text,
        titleLength: d.titleLength,
        ingestedAt: now,
      });
    });
    chunk(data.entities, 20_000, (e) => {
      this.q.upsertEntity.run({
        id: e.id,
        label: e.label,
        type: e.type,
        mentionCount: e.mentionCount,
        roles: JSON.stringify(e.roles),
        firstSeen: e.firstSeen ?? null,
        lastSeen: e.lastSeen ?? null,
      });
      for (const alias of e.aliases) this.q.insertAlias.run(e.id, alias);
      for (const [norm, kind] of nameKeys(e.label, e.aliases)) this.q.upsertName.run(norm, e.id, kind);
      for (const doc of e.documents ?? []) this.q.insertEntityDoc.run(e.id, doc);
    });
    // In key order, the unique key index grows at its end instead of at random places.
    const relations = data.relations
      .map((r) => ({ r, key: edgeKey(r.source, r.relation, r.target, r.modality) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    chunk(relations, 50_000, ({ r, key }) => {
      const docs = new Set(r.evidence.map((e) => e.docId));
      let first: string | null = null;
      let last: string | null = null;
      for (const doc of docs) {
        const date = dates.get(doc) ?? this.q.docById.get(doc)?.date ?? null;
        if (date !== null && (first === null || date < first)) first = date;
        if (date !== null && (last === null || date > last)) last = date;
      }
      const row = this.q.insertRelationIfNew.get(
        key,
        r.source,
        r.target,
        r.relation,
        r.modality,
        docs.size,
        first,
        last,
        r.evidence.length,
      );
      if (!row) return;
      for (const e of r.evidence) this.q.insertEvidence.run(row.id, e.docId, e.sentence, e.start, e.end);
    });
  }

  getDocument(id: string): StoredDocument | undefined {
    const row = this.q.docById.get(id);
    if (!row) return undefined;
    return {
      ...summary(row),
      authors: parseList(row.authors),
      text: row.text,
      titleLength: row.title_length,
      hash: row.hash,
      ingestedAt: row.ingested_at,
    };
  }

  listDocuments(limit: number, offset: number): { items: DocumentSummary[]; total: number } {
    return { items: this.q.listDocs.all(limit, offset).map(summary), total: this.q.countDocs.get()!.n };
  }

  documentMentions(id: string): StoredMention[] {
    return this.q.mentions.all(id).map((m) => ({
      start: m.start_offset,
      end: m.end_offset,
      entityId: m.entity_id,
      type: m.type as EntityType,
    }));
  }

  getEntity(id: string): StoredEntity | undefined {
    const row = this.q.entity.get(id);
    if (!row) return undefined;
    const out: StoredEntity = {
      id: row.id,
      label: row.label,
      type: row.type as EntityType,
      aliases: this.q.aliases.all(id).map((a) => a.alias),
      roles: parseList(row.roles),
      mentionCount: row.mention_count,
      statementCount: this.q.statementCount.get(id)!.n,
    };
    if (row.first_seen !== null) out.firstSeen = row.first_seen;
    if (row.last_seen !== null) out.lastSeen = row.last_seen;
    return out;
  }

  searchEntities(
    q: string,
    type: EntityType | undefined,
    limit: number,
    offset: number,
  ): { items: EntityHit[]; total: number } {
    const norm = normalizeName(q);
    const typeParam = type ?? null;
    const hit = (
      row: { id: string; label: string; type: string; mentions: number },
      rank: number,
    ): EntityHit => ({
      id: row.id,
      label: row.label,
      entityType: row.type as EntityType,
      aliases: this.q.aliases.all(row.id).map((a) => a.alias),
      mentions: row.mentions,
      score: Math.round((1 / (1 + rank)) * 1000) / 1000,
    });
    if (norm === '') {
      return {
        items: this.q.browse.all({ type: typeParam, limit, offset }).map((r) => hit(r, 0)),
        total: this.q.browseCount.get({ type: typeParam })!.n,
      };
    }
    const params = { q: norm, hi: norm + TOP, type: typeParam };
    return {
      items: this.q.search.all({ ...params, limit, offset }).map((r) => hit(r, r.rank)),
      total: this.q.searchCount.get(params)!.n,
    };
  }

  entityStatements(id: string): StatementRecord[] {
    return this.q.statements.all(id, STATEMENTS_PER_ENTITY).map((row) => ({
      relation: row.relation as RelationType,
      text: row.text,
      doc: row.doc_id,
      modality: row.modality as Modality,
      evidence: evidenceOf(row),
    }));
  }

  entityDocuments(id: string, limit = 1000): DocumentSummary[] {
    return this.q.entityDocs.all(id, limit).map(summary);
  }

  evidence(
    relationIds: readonly string[],
    perRelation: number,
    evidenceCount?: (relationId: string) => number | undefined,
  ): Map<string, Evidence[]> {
    const out = new Map<string, Evidence[]>();
    if (perRelation <= 0) return out;
    const keys = [...new Set(relationIds)];
    for (const key of keys) out.set(key, []);
    // Edges known to have no more sentences than asked for take the cheap path; the others (and
    // all of them when the counts are not known) the window, which reads only the newest few.
    const all: string[] = [];
    const newest: string[] = [];
    for (const key of keys) {
      const count = evidenceCount?.(key);
      (count !== undefined && count <= perRelation ? all : newest).push(key);
    }
    for (let i = 0; i < all.length; i += EVIDENCE_BATCH) {
      const batch = JSON.stringify(all.slice(i, i + EVIDENCE_BATCH));
      const touched = new Set<Evidence[]>();
      for (const [key, docId, sentence, start, end] of this.q.evidenceAll.all(batch)) {
        const list = out.get(key)!;
        const ev: Evidence = { docId, sentence, start, end };
        const meta = this.documentMetaOf(docId);
        if (meta.title !== null) ev.title = meta.title;
        if (meta.url !== null) ev.url = meta.url;
        if (meta.date !== null) ev.date = meta.date;
        list.push(ev);
        if (list.length > 1) touched.add(list);
      }
      for (const list of touched) {
        list.sort(newestFirst);
        // A count that was stale (the edge grew since): keep the budget all the same.
        if (list.length > perRelation) list.length = perRelation;
      }
    }
    for (let i = 0; i < newest.length; i += EVIDENCE_BATCH) {
      const batch = JSON.stringify(newest.slice(i, i + EVIDENCE_BATCH));
      for (const row of this.q.evidence.all(batch, perRelation)) out.get(row.key)!.push(evidenceOf(row));
    }
    return out;
  }

  /** A document's title, URL and date, cached: documents are written once and never changed. */
  private documentMetaOf(id: string): DocumentMeta {
    let meta = this.documentMeta.get(id);
    if (meta === undefined) {
      meta = this.q.docMeta.get(id);
      // Foreign keys keep evidence from naming a missing document; do not remember one anyway.
      if (meta === undefined) return { title: null, url: null, date: null };
      if (this.documentMeta.size >= DOCUMENT_CACHE_SIZE) {
        // Forget the oldest entry (Maps iterate in insertion order).
        this.documentMeta.delete(this.documentMeta.keys().next().value!);
      }
      this.documentMeta.set(id, meta);
    }
    return meta;
  }

  *eachEntity(): IterableIterator<StoredEntity & { documents: string[] }> {
    const group = (
      rows: Iterable<{ entity_id: string }>,
      pick: (row: never) => string,
    ): Map<string, string[]> => {
      const map = new Map<string, string[]>();
      for (const row of rows) {
        const list = map.get(row.entity_id);
        const value = pick(row as never);
        if (list) list.push(value);
        else map.set(row.entity_id, [value]);
      }
      return map;
    };
    const aliases = group(this.q.allAliases.iterate(), (r: { alias: string }) => r.alias);
    const documents = group(this.q.allEntityDocs.iterate(), (r: { doc_id: string }) => r.doc_id);
    const statementCounts = new Map<string, number>();
    for (const row of this.q.allStatementCounts.iterate()) statementCounts.set(row.entity_id, row.n);
    for (const row of this.q.allEntities.iterate()) {
      const out: StoredEntity & { documents: string[] } = {
        id: row.id,
        label: row.label,
        type: row.type as EntityType,
        aliases: aliases.get(row.id) ?? [],
        roles: parseList(row.roles),
        mentionCount: row.mention_count,
        statementCount: statementCounts.get(row.id) ?? 0,
        documents: documents.get(row.id) ?? [],
      };
      if (row.first_seen !== null) out.firstSeen = row.first_seen;
      if (row.last_seen !== null) out.lastSeen = row.last_seen;
      yield out;
    }
  }

  *eachRelation(): IterableIterator<StoredRelation> {
    // Rows as arrays (no per-row key objects): this runs a million times at start-up.
    type Raw = [string, string, string, string, string, number, string, string | null, string | null, number];
    for (const [
      id,
      source,
      target,
      relation,
      modality,
      weight,
      roles,
      first,
      last,
      evidenceCount,
    ] of this.q.allRelationsRaw.iterate() as IterableIterator<Raw>) {
      const out: StoredRelation = {
        id,
        source,
        target,
        relation: relation as RelationType,
        modality: modality as Modality,
        weight,
        roles: roles === '[]' ? [] : (JSON.parse(roles) as string[]),
        evidenceCount,
      };
      if (first !== null) out.firstSeen = first;
      if (last !== null) out.lastSeen = last;
      yield out;
    }
  }

  *eachStatement(): IterableIterator<StatementRecord & { entityId: string }> {
    for (const row of this.q.allStatements.iterate())
      yield {
        entityId: row.entity_id,
        relation: row.relation as RelationType,
        text: row.text,
        doc: row.doc_id,
        modality: row.modality as Modality,
        evidence: evidenceOf(row),
      };
  }

  stats(): StoreStats {
    return {
      documents: this.q.countDocs.get()!.n,
      entities: this.q.countEntities.get()!.n,
      relations: this.q.countRelations.get()!.n,
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Secondary indexes that bulkLoad drops and rebuilds (names and statements are constants, from
 * the schema; no input reaches them).
 */
const BULK_INDEXES: readonly { drop: string; create: string }[] = [
  {
    drop: 'DROP INDEX IF EXISTS relations_by_source',
    create: 'CREATE INDEX IF NOT EXISTS relations_by_source ON relations (source)',
  },
  {
    drop: 'DROP INDEX IF EXISTS relations_by_target',
    create: 'CREATE INDEX IF NOT EXISTS relations_by_target ON relations (target)',
  },
  {
    drop: 'DROP INDEX IF EXISTS evidence_by_doc',
    create: 'CREATE INDEX IF NOT EXISTS evidence_by_doc ON evidence (doc_id)',
  },
  {
    drop: 'DROP INDEX IF EXISTS entity_names_by_entity',
    create: 'CREATE INDEX IF NOT EXISTS entity_names_by_entity ON entity_names (entity_id)',
  },
];

function ensureIndexes(db: Database.Database): void {
  for (const index of BULK_INDEXES) db.exec(index.create);
}

/** Applies the migrations the file has not seen yet, each in its own transaction. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((r) => r.version),
  );
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  const future = [...applied].filter((v) => v > newest);
  if (future.length > 0)
    throw new Error(
      `the database has schema version ${Math.max(...future)}, newer than this server knows (${newest}).`,
    );
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)',
  );
  const done: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.description, new Date().toISOString());
    })();
    done.push(m.version);
  }
  return done;
}
