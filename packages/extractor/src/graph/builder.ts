import { resolveSettings, type ExtractorSettings } from '../settings';
import type {
  EdgeAttributes,
  Entity,
  Evidence,
  Modality,
  NodeAttributes,
  RelationType,
  ResolvedExtraction,
  Sentence,
  StatementRecord,
} from '../types';
import { useDictionaryAdjacency } from './adjacency';
import { documentCount, evidenceFor, evidenceKey } from './evidence';
import { edgeKey, orientEndpoints } from './keys';
import { createGraph, GraphInputError, type NewsGraph } from './types';

/** One relation between two global entities, read in one sentence. */
interface EdgeFact {
  kind: 'edge';
  source: string;
  target: string;
  relation: RelationType;
  modality: Modality;
  role?: string;
  evidence: Evidence;
}

/** One one-actor statement of a global entity. */
interface StatementFact {
  kind: 'statement';
  entity: string;
  record: StatementRecord;
}

type Fact = EdgeFact | StatementFact;

/** What one call to `addDocument` touched: node ids and edge keys (added or updated). */
export interface AddDocumentResult {
  nodes: string[];
  edges: string[];
}

const FN = 'GraphBuilder.addDocument';

/**
 * Builds the news graph one resolved article at a time with graphology's insert-or-update calls:
 * an entity is one node (its attributes are the resolver's current record), a fact is one edge per
 * (source, relation, target, modality) whose weight is the number of distinct documents stating it.
 *
 * Entities that do not (yet) qualify as nodes (`misc` without `includeMisc`, or fewer mentions
 * than `minMentions`) keep their facts aside: when a later article brings them over the threshold,
 * the facts are added then, so the result does not depend on the order of the articles.
 */
export class GraphBuilder {
  readonly graph: NewsGraph;
  private readonly settings: ExtractorSettings;
  private readonly documentIds = new Set<string>();
  /** Facts waiting for an entity to become a node, by entity id (an edge is filed under both ends). */
  private readonly pending = new Map<string, Fact[]>();
  private readonly knownEntities = new Set<string>();
  /** The lists the builder grows in place, indexed once they are long (see ListIndex). */
  private readonly statements = new StatementList();
  private readonly evidence = new EvidenceIndex();

  constructor(graph: NewsGraph = createGraph(), settings: Partial<ExtractorSettings> = {}) {
    this.graph = graph;
    this.settings = resolveSettings(settings);
    // A graph handed over (e.g. loaded by the server) already counts its documents.
    graph.forEachNode((node, attributes) => {
      this.knownEntities.add(node);
      for (const doc of attributes.documents ?? []) this.documentIds.add(doc);
    });
  }

  /** Number of distinct documents added to the graph (also kept as the graph attribute `documents`). */
  get documentCount(): number {
    return this.documentIds.size;
  }

  addDocument(resolved: ResolvedExtraction): AddDocumentResult {
    checkResolved(resolved);
    const { extraction, entityIds } = resolved;
    const { document } = extraction;
    const touchedNodes = new Set<string>();
    const touchedEdges = new Set<string>();

    const records = new Map<string, Entity>();
    for (const entity of resolved.entities) {
      records.set(entity.id, entity);
      this.knownEntities.add(entity.id);
    }
    for (const [index, id] of entityIds.entries()) {
      if (id !== null && !this.knownEntities.has(id))
        throw new GraphInputError(
          FN,
          `document "${document.id}" maps local entity ${index} to "${id}", which is neither in resolved.entities nor in the graph.`,
        );
    }

    // 1. Nodes: the resolver's record replaces the node's entity fields; statements accumulate.
    const admitted: string[] = [];
    // A node's document list is read from the record when the node is made; after that the
    // builder adds the documents it merges (the record's list is the same, but reading it copies).
    const again = this.documentIds.has(document.id);
    for (const entity of records.values()) {
      const known = this.graph.hasNode(entity.id);
      if (!known && !this.qualifies(entity)) continue;
      this.graph.updateNode(entity.id, (current) => ({
        ...current,
        ...entityAttributes(entity),
        documents: current.documents
          ? withDocument(current.documents, document.id, again)
          : [...entity.documents],
        statements: current.statements ?? [],
      }));
      if (!known) useDictionaryAdjacency(this.graph, [entity.id]);
      touchedNodes.add(entity.id);
      admitted.push(entity.id);
    }

    // 2. Facts of this document.
    const sentences = sentenceIndex(extraction.sentences, document.id);
    // One evidence record per sentence, shared by its facts: a sentence naming k entities gives
    // k(k-1)/2 co-mentions. Evidence is never changed once made, so sharing it is safe.
    const evidenceOf = new Map<number, Evidence>();
    const evidenceAt = (index: number): Evidence => {
      let evidence = evidenceOf.get(index);
      if (!evidence)
        evidenceOf.set(index, (evidence = evidenceFor(document, sentenceAt(sentences, index, document.id))));
      return evidence;
    };
    const facts: Fact[] = [];
    for (const relation of extraction.relations) {
      if (!this.keeps(relation.relation, relation.modality)) continue;
      const source = entityIds[relation.source];
      const target = entityIds[relation.target];
      if (source === undefined || target === undefined)
        throw new GraphInputError(
          FN,
          `document "${document.id}" has a ${relation.relation} relation between local entities ${relation.source} and ${relation.target}, but only ${entityIds.length} entities.`,
        );
      if (source === null || target === null || source === target) continue;
      const fact: EdgeFact = {
        kind: 'edge',
        source,
        target,
        relation: relation.relation,
        modality: relation.modality,
        evidence: evidenceAt(relation.sentence),
      };
      if (relation.role) fact.role = relation.role;
      facts.push(fact);
    }
    for (const statement of extraction.statements) {
      if (!this.keeps(statement.relation, statement.modality)) continue;
      const entity = entityIds[statement.entity];
      if (entity === undefined)
        throw new GraphInputError(
          FN,
          `document "${document.id}" has a statement of local entity ${statement.entity}, but only ${entityIds.length} entities.`,
        );
      if (entity === null) continue;
      const evidence = evidenceAt(statement.sentence);
      facts.push({
        kind: 'statement',
        entity,
        record: {
          relation: statement.relation,
          text: statement.text,
          doc: document.id,
          modality: statement.modality,
          evidence,
        },
      });
    }

    for (const fact of facts) this.applyOrDefer(fact, touchedNodes, touchedEdges);
    // 3. Facts of earlier documents that waited for an entity admitted now.
    for (const id of admitted) this.flush(id, touchedNodes, touchedEdges);

    this.documentIds.add(document.id);
    this.graph.setAttribute('documents', this.documentIds.size);
    return { nodes: [...touchedNodes], edges: [...touchedEdges] };
  }

  private qualifies(entity: Entity): boolean {
    if (entity.type === 'misc' && !this.settings.includeMisc) return false;
    return entity.mentionCount >= this.settings.minMentions;
  }

  private keeps(relation: RelationType, modality: Modality): boolean {
    if (relation === 'co-mention' && !this.settings.coMentions) return false;
    return modality === 'asserted' || this.settings.keepModalEdges;
  }

  private applyOrDefer(fact: Fact, nodes: Set<string>, edges: Set<string>): void {
    const ends = fact.kind === 'edge' ? [fact.source, fact.target] : [fact.entity];
    const missing = ends.filter((id) => !this.graph.hasNode(id));
    if (missing.length === 0) {
      this.apply(fact, nodes, edges);
      return;
    }
    for (const id of missing) {
      const list = this.pending.get(id);
      if (list) list.push(fact);
      else this.pending.set(id, [fact]);
    }
  }

  private flush(id: string, nodes: Set<string>, edges: Set<string>): void {
    const facts = this.pending.get(id);
    if (!facts) return;
    this.pending.delete(id);
    for (const fact of facts) {
      // An edge filed under both of its ends waits for the other one too (it stays filed there).
      if (fact.kind === 'edge' && !(this.graph.hasNode(fact.source) && this.graph.hasNode(fact.target)))
        continue;
      this.apply(fact, nodes, edges);
    }
  }

  private apply(fact: Fact, nodes: Set<string>, edges: Set<string>): void {
    if (fact.kind === 'statement') {
      this.graph.updateNodeAttribute(fact.entity, 'statements', (statements = []) =>
        this.statements.add(statements, fact.record),
      );
      nodes.add(fact.entity);
      return;
    }
    const [source, target] = orientEndpoints(fact.relation, fact.source, fact.target);
    const key = edgeKey(source, fact.relation, target, fact.modality);
    this.graph.updateEdgeWithKey(key, source, target, (current) =>
      mergeEdgeFact(current, fact, this.evidence),
    );
    edges.add(key);
  }
}

/**
 * The keys of a list's items, for lists that grow long: a hub gathers thousands of statements or
 * sentences of evidence, and comparing each new one with all of them made building quadratic in
 * the corpus. Keyed by the list itself (which the builder grows in place), so that an index can
 * never describe another list; short lists are scanned, which costs less than keeping a set.
 */
const INDEXED_LENGTH = 16;

class ListIndex<T> {
  private readonly sets = new WeakMap<T[], Set<string>>();

  constructor(private readonly keyOf: (item: T) => string) {}

  has(list: T[], key: string): boolean {
    if (list.length < INDEXED_LENGTH) return list.some((item) => this.keyOf(item) === key);
    let keys = this.sets.get(list);
    if (!keys) this.sets.set(list, (keys = new Set(list.map(this.keyOf))));
    return keys.has(key);
  }

  /** Appends the item (in place) and records its key. */
  push(list: T[], item: T, key: string): void {
    list.push(item);
    this.record(list, key);
  }

  /** Records the key of an item already appended, when the list is indexed. */
  record(list: T[], key: string): void {
    this.sets.get(list)?.add(key);
  }
}

/** A node's statements, without repeats (same document, sentence, relation and text). */
class StatementList {
  private readonly index = new ListIndex<StatementRecord>(statementKey);

  add(statements: StatementRecord[], record: StatementRecord): StatementRecord[] {
    const key = statementKey(record);
    if (!this.index.has(statements, key)) this.index.push(statements, record, key);
    return statements;
  }
}

/**
 * Node attributes taken from the resolver's entity record (optional dates left out when unknown);
 * the document list is kept apart (see addDocument).
 */
function entityAttributes(entity: Entity): Omit<NodeAttributes, 'statements' | 'documents'> {
  const attributes: Omit<NodeAttributes, 'statements' | 'documents'> = {
    label: entity.label,
    entityType: entity.type,
    aliases: [...entity.aliases],
    roles: [...entity.roles],
    mentions: entity.mentionCount,
  };
  if (entity.firstSeen) attributes.firstSeen = entity.firstSeen;
  if (entity.lastSeen) attributes.lastSeen = entity.lastSeen;
  return attributes;
}

/**
 * The node's document list with this document added (in place), once. Only a document added
 * before (`again`) can be in the list already, so the list is searched only then.
 */
function withDocument(documents: string[], id: string, again: boolean): string[] {
  if (!again || !documents.includes(id)) documents.push(id);
  return documents;
}

/** Identity of a statement: the same document, sentence, relation, modality and text. */
function statementKey(record: StatementRecord): string {
  return `${record.relation}|${record.modality}|${evidenceKey(record.evidence)}|${record.text}`;
}

/**
 * Which documents, and which sentences of each, an edge's evidence holds: for long lists (see
 * ListIndex), the two questions mergeEdgeFact asks of every new fact.
 */
class EvidenceIndex {
  private readonly sentences = new ListIndex<Evidence>(evidenceKey);
  private readonly documents = new ListIndex<Evidence>((e) => e.docId);

  /** Whether the evidence has this document, and this sentence of it. */
  find(evidence: Evidence[], added: Evidence): { sameDocument: boolean; known: boolean } {
    if (evidence.length < INDEXED_LENGTH) {
      // One pass, comparing fields rather than building keys.
      let sameDocument = false;
      for (const e of evidence) {
        if (e.docId !== added.docId) continue;
        sameDocument = true;
        if (e.sentence === added.sentence) return { sameDocument, known: true };
      }
      return { sameDocument, known: false };
    }
    const known = this.sentences.has(evidence, evidenceKey(added));
    return { sameDocument: known || this.documents.has(evidence, added.docId), known };
  }

  push(evidence: Evidence[], added: Evidence): void {
    this.sentences.push(evidence, added, evidenceKey(added));
    // The second index sees the item already pushed: it only records the key.
    this.documents.record(evidence, added.docId);
  }
}

/**
 * The edge's attributes after one more piece of evidence. The evidence list is the edge's own and
 * grows in place (a copy per fact made hub edges quadratic); the attributes object is new.
 */
function mergeEdgeFact(
  current: Partial<EdgeAttributes>,
  fact: EdgeFact,
  index: EvidenceIndex,
): EdgeAttributes {
  const evidence = current.evidence ?? [];
  const added = fact.evidence;
  const { sameDocument, known } = index.find(evidence, added);
  const weight =
    current.weight !== undefined && evidence.length
      ? current.weight + (sameDocument ? 0 : 1)
      : documentCount(known ? evidence : [...evidence, added]);
  if (!known) index.push(evidence, added);
  const roles = current.roles ?? [];
  const next: EdgeAttributes = {
    ...current,
    relation: fact.relation,
    modality: fact.modality,
    // Distinct documents: one more unless this document already spoke of the edge.
    weight,
    evidence,
  };
  if (fact.role && !roles.includes(fact.role)) next.roles = [...roles, fact.role];
  const date = known ? undefined : added.date;
  if (date) {
    if (!current.firstSeen || date < current.firstSeen) next.firstSeen = date;
    if (!current.lastSeen || date > current.lastSeen) next.lastSeen = date;
  }
  return next;
}

function sentenceIndex(sentences: readonly Sentence[], docId: string): Map<number, Sentence> {
  const index = new Map<number, Sentence>();
  for (const sentence of sentences) {
    if (sentence.end < sentence.start)
      throw new GraphInputError(
        FN,
        `document "${docId}" has sentence ${sentence.index} ending before it starts.`,
      );
    index.set(sentence.index, sentence);
  }
  return index;
}

function sentenceAt(sentences: Map<number, Sentence>, index: number, docId: string): Sentence {
  const sentence = sentences.get(index);
  if (!sentence)
    throw new GraphInputError(
      FN,
      `document "${docId}" refers to sentence ${index}, which is not among its ${sentences.size} sentences.`,
    );
  return sentence;
}

function checkResolved(resolved: ResolvedExtraction): void {
  if (!resolved || typeof resolved !== 'object' || !resolved.extraction?.document)
    throw new GraphInputError(FN, 'expected a ResolvedExtraction with an extraction and its document.');
  const { extraction, entityIds } = resolved;
  const docId = extraction.document.id;
  if (typeof docId !== 'string' || docId === '') throw new GraphInputError(FN, 'the document has no id.');
  if (!Array.isArray(entityIds) || entityIds.length !== extraction.entities.length)
    throw new GraphInputError(
      FN,
      `document "${docId}" has ${extraction.entities.length} local entities but ${Array.isArray(entityIds) ? entityIds.length : 'no'} entityIds.`,
    );
  if (!Array.isArray(resolved.entities))
    throw new GraphInputError(FN, `document "${docId}" has no resolved entities list.`);
}
