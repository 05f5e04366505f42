/**
 * The persistence boundary. The server talks to a `GraphStore`, never to SQLite directly, so that a
 * server database (PostgreSQL, say) can replace the embedded one for users who outgrow one machine.
 * Every method is synchronous because better-sqlite3 is; a networked store would wrap the app's
 * ingest and query services in promises, which the routes already await.
 */
import type {
  EntityType,
  Evidence,
  Modality,
  RelationType,
  ResolvedExtraction,
  StatementRecord,
} from '@newsgraph/extractor';
import type { FactOptions } from './facts';

export interface DocumentSummary {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  source: string;
}

export interface StoredDocument extends DocumentSummary {
  authors: string[];
  text: string;
  titleLength: number;
  hash: string;
  ingestedAt: string;
}

export interface StoredMention {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
}

/** An entity row as the store keeps it (documents are listed apart: they can be many). */
export interface StoredEntity {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentionCount: number;
  firstSeen?: string;
  lastSeen?: string;
  statementCount: number;
}

/** A graph edge as the store keeps it; `id` is the edge key in the in-memory graph. */
export interface StoredRelation {
  id: string;
  source: string;
  target: string;
  relation: RelationType;
  modality: Modality;
  /** Distinct documents that state it. */
  weight: number;
  roles: string[];
  firstSeen?: string;
  lastSeen?: string;
  evidenceCount: number;
}

export interface EntityHit {
  id: string;
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  /** 1 for an exact label match, lower for prefixes, aliases and later words. */
  score: number;
}

export type IngestStatus = 'created' | 'duplicate';

export interface IngestResult {
  status: IngestStatus;
  documentId: string;
  /** Entities this article created. */
  createdEntities: string[];
  /** Current rows of every entity the article touched. */
  entities: StoredEntity[];
  /** Current rows of every relation the article touched, with whether it created them. */
  relations: (StoredRelation & { created: boolean })[];
}

export interface StoreStats {
  documents: number;
  entities: number;
  relations: number;
}

/** Bench and import path: rows written in large transactions, without extraction. */
export interface BulkData {
  documents: Omit<StoredDocument, 'ingestedAt'>[];
  /** Entities must come after the documents they list. */
  entities: (Omit<StoredEntity, 'statementCount'> & { documents?: string[] })[];
  relations: {
    source: string;
    target: string;
    relation: RelationType;
    modality: Modality;
    evidence: Omit<Evidence, 'title' | 'url' | 'date'>[];
  }[];
}

export interface GraphStore {
  /** Ingests one resolved article in one transaction; the same content hash twice is a duplicate. */
  ingest(resolved: ResolvedExtraction, options: FactOptions): IngestResult;
  bulkLoad(data: BulkData): void;

  findDocumentIdByHash(hash: string): string | undefined;
  getDocument(id: string): StoredDocument | undefined;
  listDocuments(limit: number, offset: number): { items: DocumentSummary[]; total: number };
  documentMentions(id: string): StoredMention[];

  getEntity(id: string): StoredEntity | undefined;
  searchEntities(
    q: string,
    type: EntityType | undefined,
    limit: number,
    offset: number,
  ): { items: EntityHit[]; total: number };
  entityStatements(id: string): StatementRecord[];
  entityDocuments(id: string, limit?: number): DocumentSummary[];

  /**
   * Evidence of each relation id, newest documents first, at most `perRelation` each.
   * `evidenceCount`, when given, tells how many sentences each relation has as far as the caller
   * knows (the in-memory graph does): a store may read those with few sentences more cheaply.
   * It is a hint: the answer is right even when a count is stale.
   */
  evidence(
    relationIds: readonly string[],
    perRelation: number,
    evidenceCount?: (relationId: string) => number | undefined,
  ): Map<string, Evidence[]>;

  /** Streams for loading the in-memory graph at start. */
  eachEntity(): IterableIterator<StoredEntity & { documents: string[] }>;
  eachRelation(): IterableIterator<StoredRelation>;
  eachStatement(): IterableIterator<StatementRecord & { entityId: string }>;

  stats(): StoreStats;
  close(): void;
}
