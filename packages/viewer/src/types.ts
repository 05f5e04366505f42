/**
 * Shapes of the server's API responses (the contract in packages/server). Everything that arrives
 * from the API is untrusted: api.ts checks the outer shape, and the panels only ever put these
 * strings into the page through textContent.
 */
import type { EntityType, Modality } from './vocabulary';

/** Node attributes of GET /api/graph. */
export interface NodeData {
  label: string;
  entityType: EntityType | string;
  aliases: string[];
  roles: string[];
  mentions: number;
  documents: string[];
  firstSeen?: string;
  lastSeen?: string;
  degree?: number;
  pagerank?: number;
  community?: number | string;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  statementCount?: number;
}

/** Edge attributes of GET /api/graph. */
export interface EdgeData {
  relation: string;
  modality?: Modality | string;
  weight: number;
  roles?: string[];
  firstSeen?: string;
  lastSeen?: string;
  evidenceCount?: number;
  color?: string;
  size?: number;
}

/** graphology's serialized form, as GET /api/graph returns it. */
export interface SerializedGraph {
  attributes?: { truncated?: unknown; edgesMatched?: unknown; [key: string]: unknown };
  options?: { type?: string; multi?: boolean; allowSelfLoops?: boolean };
  nodes: { key: string; attributes?: Partial<NodeData> }[];
  edges: { key?: string; source: string; target: string; attributes?: Partial<EdgeData> }[];
}

export interface EntityHit {
  id: string;
  label: string;
  entityType: string;
  aliases: string[];
  mentions: number;
  score: number;
}

export interface SearchResult {
  items: EntityHit[];
  total: number;
}

export interface Statement {
  relation: string;
  text: string;
  doc: string;
  modality?: string;
  /** The sentence that states it, with its source (older servers sent the sentence alone). */
  evidence?: Evidence | string;
}

export interface DocumentRef {
  id: string;
  title?: string;
  date?: string;
  url?: string;
}

export interface EntityDetail {
  id: string;
  label: string;
  entityType: string;
  aliases: string[];
  roles: string[];
  statements: Statement[];
  documents: DocumentRef[];
  metrics: { degree?: number; pagerank?: number; community?: number | string };
  mentions: number;
  firstSeen?: string;
  lastSeen?: string;
}

export interface Evidence {
  docId: string;
  sentence: string;
  start?: number;
  end?: number;
  title?: string;
  url?: string;
  date?: string;
}

export interface RelationDetail {
  id: string;
  source: string;
  target: string;
  relation: string;
  modality?: string;
  weight: number;
  /** How many sentences support the relation; `evidence` may hold only the first few. */
  evidenceCount?: number;
  evidence: Evidence[];
}

export interface Neighborhood {
  nodes: { id: string; label: string; entityType: string }[];
  edges: RelationDetail[];
}

export interface IngestResult {
  documents: { id: string | null; title?: string; status: string; reason?: string }[];
  entitiesAdded: unknown[];
  relationsAdded: number;
}

export interface ArticleUpload {
  title?: string;
  date?: string;
  url?: string;
  text: string;
}
