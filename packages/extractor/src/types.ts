/**
 * The typed boundaries of the extractor's data flow:
 *
 *   text -> ArticleInput -> NewsDocument -> AnalyzedText (sentences/tokens) -> Mention[]
 *        -> LocalEntity[] (one article) -> Entity (resolved across articles)
 *        -> LocalRelation / LocalStatement -> graph (NodeAttributes / EdgeAttributes)
 *
 * Each step is a module with one of these as input and the next as output, so that it can be
 * tested and measured alone. Everything here is plain data (structured-clone safe) so that it can
 * cross worker-thread boundaries and be persisted by the server.
 */

/** Entity types that become graph nodes. Lower case, as the graph contract asks. */
export const ENTITY_TYPES = ['person', 'organization', 'location', 'misc'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * The relation vocabulary (CAMEO-aligned). `co-mention` is the untyped same-sentence edge.
 * Trigger lemmas for each live in `relations/vocabulary.ts`.
 */
export const RELATION_TYPES = [
  'met-with',
  'spoke-with',
  'announced',
  'said',
  'warned',
  'urged',
  'accused',
  'rejected',
  'agreed',
  'reported',
  'deployed-near',
  'annexed',
  'sanctioned',
  'aided',
  'affiliated-with',
  'part-of',
  'located-in',
  'co-mention',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that hold both ways: stored once, with the endpoints in canonical (sorted) order. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set([
  'met-with',
  'spoke-with',
  'co-mention',
]);

export const MODALITIES = ['asserted', 'negated', 'planned', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

/** An article as a user hands it over (JSON/JSONL record, HTTP body, or parsed text file). */
export interface ArticleInput {
  id?: string;
  title?: string;
  /** Any date string; normalised to YYYY-MM-DD when the document is made. */
  date?: string;
  url?: string;
  text: string;
  /** Where it came from: a file path (with `#line` for JSONL), or `api`. */
  source?: string;
}

/** A cleaned article, ready for extraction. */
export interface NewsDocument {
  /** Stable id: the caller's id if given, else derived from the content hash. */
  id: string;
  title?: string;
  /** ISO date, YYYY-MM-DD. */
  date?: string;
  url?: string;
  /** Byline names recorded from "– Name" / "Contributing: ..." lines; not extracted from. */
  authors: string[];
  /**
   * The text extraction runs over and every offset refers to: the title (when there is one) as the
   * first paragraph, then the body with boilerplate ("Also Read | ...", bylines) removed.
   */
  text: string;
  /** Character length of the title paragraph at the start of `text` (0 when there is no title). */
  titleLength: number;
  /** sha256 (hex) of the normalised title + body: identical articles are ingested once. */
  hash: string;
  source: string;
}

// ---------------------------------------------------------------------------------------------
// NLP (the wink-nlp adapter's output)
// ---------------------------------------------------------------------------------------------

export interface Token {
  /** Surface text as it appears in the document. */
  text: string;
  /** The text in lower case with straight apostrophes: what the rules compare words by. */
  lower: string;
  /** Character offsets into NewsDocument.text, end exclusive. */
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ...). */
  pos: string;
  lemma: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token index range, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** True for the title paragraph, or a sentence written in capitals (headline style). */
  isHeadline: boolean;
}

export interface AnalyzedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// ---------------------------------------------------------------------------------------------
// Mentions and entities
// ---------------------------------------------------------------------------------------------

export interface Mention {
  /** Character offsets of the whole mention, title included ("Russian President Vladimir Putin"). */
  start: number;
  end: number;
  /** Token range of the name itself, end exclusive ("Vladimir Putin"). */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** The full surface form, title included. */
  text: string;
  /** The name without title or possessive ("Vladimir Putin"). */
  name: string;
  type: EntityType;
  /** Title or role split off the name ("President", "Foreign Minister"). */
  role?: string;
  /**
   * The organisation or country named in the title ("Russian" in "Russian President", "NATO" in
   * "NATO Secretary-General"), as written; relations turn it into affiliated-with.
   */
  roleOf?: string;
  /** Index into DocumentExtraction.entities once resolved within the document. */
  entity?: number;
}

/** One real-world entity as it appears within one article. */
export interface LocalEntity {
  /** The best name seen in this article ("Vladimir Putin" rather than "Putin"). */
  label: string;
  type: EntityType;
  /** Every surface form seen in this article, titles included. */
  aliases: string[];
  /** Roles from titles ("President"). */
  roles: string[];
  /** Indices into DocumentExtraction.mentions. */
  mentions: number[];
}

/** An entity resolved across articles: one graph node. */
export interface Entity {
  /** Stable id, assigned once when the entity is first seen; safe in URLs. */
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentionCount: number;
  documents: string[];
  /** ISO dates of the earliest and latest dated article that mentions it. */
  firstSeen?: string;
  lastSeen?: string;
}

// ---------------------------------------------------------------------------------------------
// Relations, statements, evidence
// ---------------------------------------------------------------------------------------------

/** Where a fact was written. */
export interface Evidence {
  docId: string;
  /** The sentence text. */
  sentence: string;
  /** Character offsets of the sentence in the document text. */
  start: number;
  end: number;
  title?: string;
  url?: string;
  date?: string;
}

/** A relation between two entities of one article (indices into DocumentExtraction.entities). */
export interface LocalRelation {
  source: number;
  target: number;
  relation: RelationType;
  modality: Modality;
  /** For affiliated-with: the role ("President"). */
  role?: string;
  /** The trigger word as written ("rejected", "talks"). */
  trigger?: string;
  /** Name of the rule in the registry that produced it. */
  rule: string;
  /** Index into AnalyzedText.sentences. */
  sentence: number;
}

/** A one-actor speech act or announcement with no entity object. */
export interface LocalStatement {
  entity: number;
  relation: RelationType;
  /** The sentence (or clause) that states it. */
  text: string;
  modality: Modality;
  sentence: number;
}

/** Everything one article yields; plain data, made in a worker, merged in the main thread. */
export interface DocumentExtraction {
  document: NewsDocument;
  sentences: Sentence[];
  mentions: Mention[];
  entities: LocalEntity[];
  relations: LocalRelation[];
  statements: LocalStatement[];
  /** Token count, for throughput figures. */
  tokenCount: number;
}

// ---------------------------------------------------------------------------------------------
// Graph attributes (the graphology contract read by the scorer, the server and the viewer)
// ---------------------------------------------------------------------------------------------

export interface StatementRecord {
  relation: RelationType;
  text: string;
  doc: string;
  modality: Modality;
  evidence: Evidence;
}

export interface NodeAttributes {
  label: string;
  entityType: EntityType;
  aliases: string[];
  roles: string[];
  mentions: number;
  documents: string[];
  firstSeen?: string;
  lastSeen?: string;
  statements: StatementRecord[];
  // Written by graph metrics and layout:
  degree?: number;
  pagerank?: number;
  community?: number;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttributes {
  relation: RelationType;
  modality: Modality;
  /** Number of distinct documents that state the fact (same fact twice in one document counts once). */
  weight: number;
  /** Roles for affiliated-with edges ("President"). */
  roles?: string[];
  evidence: Evidence[];
  firstSeen?: string;
  lastSeen?: string;
  size?: number;
  color?: string;
}

export interface GraphAttributes {
  name?: string;
  createdAt?: string;
  documents?: number;
}

// ---------------------------------------------------------------------------------------------
// Cross-document resolution (the resolver's output, the graph builder's and the store's input)
// ---------------------------------------------------------------------------------------------

/** One article's extraction with its local entities mapped to corpus-wide entities. */
export interface ResolvedExtraction {
  extraction: DocumentExtraction;
  /** Per local entity (same index as extraction.entities): the global entity id, or null when dropped. */
  entityIds: (string | null)[];
  /** The current records of every entity this article touched (after merging it in). */
  entities: Entity[];
  /** Ids of the entities this article created. */
  created: string[];
}
