/**
 * The extraction steps the server runs per article, behind one small interface so that tests can
 * hand in a fast deterministic fake and the real one (the extractor) is wired in one place.
 */
import {
  ArticleError,
  EntityResolver,
  extractDocument,
  makeDocument,
  type ArticleInput,
  type DocumentExtraction,
  type Entity,
  type ExtractorSettings,
  type NewsDocument,
  type ResolvedExtraction,
} from '@newsgraph/extractor';

export interface Pipeline {
  /** Cleans an article into a document; throws an error with a `reason` for unusable input. */
  makeDocument(input: ArticleInput): NewsDocument;
  /** CPU-bound extraction of one document. */
  extract(document: NewsDocument): DocumentExtraction;
  /** Maps the article's entities to corpus-wide ones (stateful). */
  resolve(extraction: DocumentExtraction): ResolvedExtraction;
  /** Restarts resolution from the stored entities (at start, and after a failed write). */
  reset(entities: Iterable<Entity>): void;
}

/** Why an article was refused, in words fit for an API answer. */
export function reasonOf(error: unknown): string {
  if (error instanceof ArticleError) return error.reason;
  if (error && typeof error === 'object' && 'reason' in error && typeof error.reason === 'string')
    return error.reason;
  return error instanceof Error ? error.message : String(error);
}

export function extractorPipeline(settings: Partial<ExtractorSettings> = {}): Pipeline {
  let resolver = new EntityResolver([], { includeMisc: settings.includeMisc ?? false });
  return {
    makeDocument: (input) => makeDocument(input, settings),
    extract: (document) => extractDocument(document),
    resolve: (extraction) => resolver.resolve(extraction),
    reset: (entities) => {
      resolver = new EntityResolver(entities, { includeMisc: settings.includeMisc ?? false });
    },
  };
}
