/**
 * Newsgraph extractor: news articles to entities, relations and a graphology graph.
 *
 *   const { graph } = await buildGraph(['articles/']);
 *   const extraction = extractDocument(makeDocument({ title, text }));
 */
export * from './types';
export {
  DEFAULT_SETTINGS,
  resolveSettings,
  validateSettings,
  SettingsError,
  type ExtractorSettings,
} from './settings';
export * from './documents';
export { analyzeText } from './nlp';
export { detectMentions, type TokenTagger } from './mentions';
export { EntityResolver, resolveWithinDocument } from './resolve';
export { coMentions, extractRelations, MAX_CO_MENTION_ENTITIES } from './relations';
export * from './graph';
export * from './pipeline';
export { runCli, type CommandHandler } from './cli';
