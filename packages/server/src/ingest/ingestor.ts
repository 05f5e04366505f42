/**
 * Ingest, one article at a time: document -> duplicate check -> extraction -> resolution -> one
 * store transaction -> in-memory graph update -> events. Each article is handled synchronously from
 * the duplicate check to the graph update, so concurrent requests cannot interleave inside one;
 * between articles the event loop gets a turn, so that queries keep being answered during a bulk
 * ingest.
 */
import type { ArticleInput, Entity, NewsDocument } from '@newsgraph/extractor';
import type { Logger } from 'pino';
import type { EventHub } from '../events';
import type { LiveGraphIndex } from '../graph/live';
import type { FactOptions } from '../store/facts';
import type { GraphStore } from '../store/types';
import { reasonOf, type Pipeline } from './pipeline';

export type DocumentStatus = 'created' | 'duplicate' | 'rejected';

export interface DocumentOutcome {
  /** The stored id (for a duplicate: the id of the article already stored); null when rejected before one was made. */
  id: string | null;
  title?: string;
  status: DocumentStatus;
  reason?: string;
}

export interface IngestReport {
  documents: DocumentOutcome[];
  entitiesAdded: string[];
  relationsAdded: number;
}

export type IngestInput =
  { kind: 'article'; article: ArticleInput } | { kind: 'document'; document: NewsDocument };

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class Ingestor {
  /** Whether the resolver has been given the stored entities (done at the first ingest, not at start-up). */
  private primed = false;

  constructor(
    private readonly store: GraphStore,
    private readonly index: LiveGraphIndex,
    private readonly pipeline: Pipeline,
    private readonly events: EventHub,
    private readonly options: FactOptions,
    private readonly logger?: Logger,
  ) {}

  /** Loads the resolver's memory from the store: call once at start. */
  static storedEntities(store: GraphStore): Entity[] {
    const entities: Entity[] = [];
    for (const e of store.eachEntity()) {
      const entity: Entity = {
        id: e.id,
        label: e.label,
        type: e.type,
        aliases: e.aliases,
        roles: e.roles,
        mentionCount: e.mentionCount,
        documents: e.documents,
      };
      if (e.firstSeen) entity.firstSeen = e.firstSeen;
      if (e.lastSeen) entity.lastSeen = e.lastSeen;
      entities.push(entity);
    }
    return entities;
  }

  async ingest(
    inputs: Iterable<IngestInput> | AsyncIterable<IngestInput>,
    onProgress?: (outcome: DocumentOutcome, report: IngestReport) => void,
  ): Promise<IngestReport> {
    const report: IngestReport = { documents: [], entitiesAdded: [], relationsAdded: 0 };
    let first = true;
    for await (const input of inputs) {
      if (!first) await yieldToEventLoop();
      first = false;
      const outcome = this.ingestOne(input, report);
      report.documents.push(outcome);
      onProgress?.(outcome, report);
    }
    return report;
  }

  private ingestOne(input: IngestInput, report: IngestReport): DocumentOutcome {
    let document: NewsDocument;
    if (input.kind === 'document') document = input.document;
    else {
      try {
        document = this.pipeline.makeDocument({ ...input.article, source: input.article.source ?? 'api' });
      } catch (error) {
        const outcome: DocumentOutcome = {
          id: input.article.id ?? null,
          status: 'rejected',
          reason: reasonOf(error),
        };
        if (typeof input.article.title === 'string') outcome.title = input.article.title;
        return outcome;
      }
    }
    const outcome: DocumentOutcome = { id: document.id, status: 'created' };
    if (document.title) outcome.title = document.title;

    // Cheap checks before the costly extraction.
    const known = this.store.findDocumentIdByHash(document.hash);
    if (known !== undefined) return { ...outcome, id: known, status: 'duplicate' };
    if (this.store.getDocument(document.id))
      return {
        ...outcome,
        status: 'rejected',
        reason: `id '${document.id}' is already used by a different article`,
      };

    if (!this.primed) {
      this.pipeline.reset(Ingestor.storedEntities(this.store));
      this.primed = true;
    }
    let stored;
    try {
      const resolved = this.pipeline.resolve(this.pipeline.extract(document));
      stored = this.store.ingest(resolved, this.options);
    } catch (error) {
      // The resolver may hold entities the failed write never stored: start it again from the store.
      this.pipeline.reset(Ingestor.storedEntities(this.store));
      this.logger?.error({ err: error, document: document.id }, 'ingest failed');
      return { ...outcome, status: 'rejected', reason: `could not be ingested: ${reasonOf(error)}` };
    }
    if (stored.status === 'duplicate') return { ...outcome, id: stored.documentId, status: 'duplicate' };

    this.index.apply(stored);
    report.entitiesAdded.push(...stored.createdEntities);
    const created = new Set(stored.createdEntities);
    this.events.publish({
      type: 'document',
      data: outcome.title ? { id: document.id, title: outcome.title } : { id: document.id },
    });
    for (const entity of stored.entities)
      if (created.has(entity.id))
        this.events.publish({
          type: 'entity',
          data: { id: entity.id, label: entity.label, entityType: entity.type },
        });
    for (const relation of stored.relations) {
      if (!relation.created) continue;
      report.relationsAdded++;
      this.events.publish({
        type: 'relation',
        data: {
          id: relation.id,
          source: relation.source,
          target: relation.target,
          relation: relation.relation,
        },
      });
    }
    return outcome;
  }
}
