import type { ArticleInput } from '../types';

/** An article as read from a file, with the byline names found in it (makeDocument keeps them). */
export type ParsedArticle = ArticleInput & { authors?: string[] };

/** The articles of a JSON or JSONL file, and the records that could not be used (with why). */
export interface ParsedRecords {
  articles: ParsedArticle[];
  skipped: { source: string; reason: string }[];
}
