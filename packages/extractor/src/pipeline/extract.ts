/**
 * One article's extraction, start to end: text -> sentences/tokens -> mentions -> local entities ->
 * relations and statements. Pure and CPU-bound: it runs in worker threads for large inputs.
 */
import { detectMentions, type TokenTagger } from '../mentions';
import { analyzeText } from '../nlp';
import { extractRelations } from '../relations';
import { makeNameResolver, resolveWithinDocument } from '../resolve';
import type { DocumentExtraction, NewsDocument } from '../types';
import { defaultTagger } from './tagger';

export interface ExtractOptions {
  /** The sequence tagger; defaults to the shipped model (or capitalised runs when it is missing). */
  tagger?: TokenTagger | null;
}

export function extractDocument(document: NewsDocument, options: ExtractOptions = {}): DocumentExtraction {
  const analyzed = analyzeText(document.text, document.titleLength);
  const tagger = options.tagger === undefined ? defaultTagger() : options.tagger;
  const mentions = detectMentions(analyzed, { tagger });
  const entities = resolveWithinDocument(mentions);
  const { relations, statements } = extractRelations({
    analyzed,
    mentions,
    entities,
    resolveName: makeNameResolver(entities),
  });
  return {
    document,
    sentences: analyzed.sentences,
    mentions,
    entities,
    relations,
    statements,
    tokenCount: analyzed.tokens.length,
  };
}
