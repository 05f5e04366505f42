/**
 * JSON and JSON Lines articles: `{ id?, title?, date?, url?, text, authors? }` records, checked
 * with zod. One bad record is skipped with a message naming it; only a file that is not JSON at
 * all (or not an object / array of them) is refused as a whole.
 */
import type { z } from 'zod';
import { ArticleError } from './errors';
import type { ParsedArticle, ParsedRecords } from './types';

/** Extra fields (tags, sections...) are ignored; `null` counts as absent, as exporters often write it. */
function makeArticleRecordSchema() {
  // zod is loaded on the first JSON article: a third of the start-up of `newsgraph build` on
  // folders of text files, which never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { z } = require('zod') as typeof import('zod');
  return z.object({
    id: z.union([z.string(), z.number()]).nullish(),
    title: z.string().nullish(),
    date: z.string().nullish(),
    url: z.string().nullish(),
    text: z.string(),
    authors: z.union([z.string(), z.array(z.string())]).nullish(),
  });
}
let schema: ReturnType<typeof makeArticleRecordSchema> | undefined;

/** The zod schema of one JSON article record, made once on first use. */
export function articleRecordSchema(): ReturnType<typeof makeArticleRecordSchema> {
  return (schema ??= makeArticleRecordSchema());
}
export type ArticleRecord = z.infer<ReturnType<typeof makeArticleRecordSchema>>;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.join('.') : 'record';
      const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
      if (missing) return `missing "${field}"`;
      if (issue.code === 'invalid_type' && !issue.path.length) return 'a record must be a JSON object';
      return `"${field}": ${issue.message}`;
    })
    .join('; ');
}

/** Checks one decoded JSON value as an article record; throws ArticleError naming `source`. */
export function parseJsonRecord(value: unknown, source: string): ParsedArticle {
  const result = articleRecordSchema().safeParse(value);
  if (!result.success) throw new ArticleError(source, describeIssues(result.error));
  const { id, title, date, url, text, authors } = result.data;
  return {
    ...(id !== undefined && id !== null ? { id: String(id) } : {}),
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    text,
    ...(authors ? { authors: typeof authors === 'string' ? [authors] : authors } : {}),
    source,
  };
}

function parseJsonValue(raw: string, source: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ArticleError(source, `malformed JSON (${(error as Error).message})`);
  }
}

/**
 * A `.json` file: one article object, or an array of them (sources `file[0]`, `file[1]`...).
 * Throws ArticleError when the file is not JSON or holds something else.
 */
export function parseJsonArticles(raw: string, source: string): ParsedRecords {
  const value = parseJsonValue(raw, source);
  if (value === null || typeof value !== 'object')
    throw new ArticleError(source, 'expected an article object or an array of them');
  if (!Array.isArray(value)) return { articles: [parseJsonRecord(value, source)], skipped: [] };
  const result: ParsedRecords = { articles: [], skipped: [] };
  value.forEach((item, index) => {
    const where = `${source}[${index}]`;
    try {
      result.articles.push(parseJsonRecord(item, where));
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      result.skipped.push({ source: where, reason: error.reason });
    }
  });
  return result;
}

/**
 * One line of a `.jsonl` file (1-based `line`): the article, or undefined for a blank line.
 * Articles get the source `file#line`; errors name `file:line`.
 */
export function parseJsonlLine(line: string, source: string, lineNumber: number): ParsedArticle | undefined {
  if (!line.trim()) return undefined;
  const value = parseJsonValue(line, `${source}:${lineNumber}`);
  const article = parseJsonRecord(value, `${source}:${lineNumber}`);
  return { ...article, source: `${source}#${lineNumber}` };
}

/** A `.jsonl` file: one article per line; a malformed line is skipped, not the whole file. */
export function parseJsonlArticles(raw: string, source: string): ParsedRecords {
  const result: ParsedRecords = { articles: [], skipped: [] };
  raw.split('\n').forEach((line, index) => {
    try {
      const article = parseJsonlLine(line, source, index + 1);
      if (article) result.articles.push(article);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      result.skipped.push({ source: error.source, reason: error.reason });
    }
  });
  return result;
}
