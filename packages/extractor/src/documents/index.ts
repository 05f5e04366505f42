export { ArticleError, type SkippedArticle } from './errors';
export type { ParsedArticle, ParsedRecords } from './types';
export { normaliseDate } from './dates';
export { parseTextArticle } from './text';
export {
  articleRecordSchema,
  parseJsonArticles,
  parseJsonlArticles,
  parseJsonlLine,
  parseJsonRecord,
  type ArticleRecord,
} from './json';
export { cleanBody, type CleanBody } from './boilerplate';
export { decodeUtf8 } from './bytes';
export { documentHash, makeDocument, sanitiseId } from './document';
export { listArticleFiles } from './files';
export { loadArticles, type LoadEvent } from './load';
