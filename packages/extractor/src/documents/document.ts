/**
 * ArticleInput -> NewsDocument: checks the text, removes boilerplate, normalises the date and URL,
 * hashes the content for de-duplication and gives the article a stable, safe id.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_SETTINGS, type ExtractorSettings } from '../settings';
import type { NewsDocument } from '../types';
import { cleanBody } from './boilerplate';
import { comparableText, normaliseLine, textProblem } from './characters';
import { normaliseDate } from './dates';
import { ArticleError } from './errors';
import type { ParsedArticle } from './types';

/** Ids end up in URLs, file names and SQLite keys: this keeps them short and plain. */
const MAX_ID_LENGTH = 100;
/** Names Windows refuses as file names, whatever the extension. */
const RESERVED_FILE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;

/**
 * A caller's id made safe for URLs and file names: ASCII letters (accents dropped), digits, `.`,
 * `_`, `-` only, no `..`, no leading or trailing dot or dash, no Windows device name. Undefined
 * when nothing usable is left.
 */
export function sanitiseId(raw: string): string | undefined {
  const id = raw
    .normalize('NFKD') // "ü" -> "u" + a combining mark, which goes next
    .replace(/\p{M}+/gu, '')
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+/, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/[-.]+$/, '');
  if (!id) return undefined;
  return RESERVED_FILE_NAME.test(id) ? `doc-${id}` : id;
}

/** sha256 (hex) of the title and body in comparable form: spacing and quote styles do not count. */
export function documentHash(title: string, body: string): string {
  return createHash('sha256')
    .update(`${comparableText(title)}\n\n${comparableText(body)}`)
    .digest('hex');
}

function clip(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}...` : value;
}

/** Only web links: an article's URL is shown to users as a link, so `javascript:` and the like are refused. */
function normaliseUrl(raw: string, source: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ArticleError(source, `invalid url ${JSON.stringify(clip(raw))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ArticleError(
      source,
      `url must start with http:// or https:// (got ${JSON.stringify(clip(raw))})`,
    );
  return url.href;
}

function optionalString(
  input: ParsedArticle,
  field: 'id' | 'title' | 'date' | 'url',
  source: string,
): string {
  const value: unknown = input[field];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new ArticleError(source, `"${field}" must be a string`);
  return value;
}

function uniqueNames(names: string[]): string[] {
  // A loop, not map().filter(): optimised code makes map()'s array holey, the interpreter packed,
  // and makeDocument was deoptimised for the second kind.
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const raw of names) {
    const name = normaliseLine(raw);
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    unique.push(name);
  }
  return unique;
}

/**
 * Makes the document extraction runs over. `text` is the title (when there is one) as its own
 * paragraph, then the cleaned body; `titleLength` marks where the title ends. Throws ArticleError
 * for text that is empty, binary, broken Unicode or larger than `maxArticleBytes`, and for a date
 * or URL it cannot read.
 */
export function makeDocument(
  input: ParsedArticle,
  settings: Partial<Pick<ExtractorSettings, 'maxArticleBytes'>> = {},
): NewsDocument {
  const source = typeof input?.source === 'string' && input.source ? input.source : 'api';
  if (typeof input !== 'object' || input === null)
    throw new ArticleError(source, 'an article must be an object');
  if (typeof input.text !== 'string') throw new ArticleError(source, '"text" must be a string');
  const rawTitle = optionalString(input, 'title', source);
  const rawDate = optionalString(input, 'date', source);
  const rawUrl = optionalString(input, 'url', source);
  const rawId = optionalString(input, 'id', source);

  const limit = settings.maxArticleBytes ?? DEFAULT_SETTINGS.maxArticleBytes;
  const size = Buffer.byteLength(input.text) + Buffer.byteLength(rawTitle);
  if (size > limit)
    throw new ArticleError(source, `too large: ${size} bytes (the maxArticleBytes setting allows ${limit})`);
  const problem = textProblem(input.text) ?? textProblem(rawTitle);
  if (problem) throw new ArticleError(source, problem);

  const title = normaliseLine(rawTitle);
  const cleaned = cleanBody(input.text);
  let body = cleaned.body;
  // Records whose text repeats the title as its first line would count every name in it twice.
  if (title && body.startsWith(`${title}\n`)) body = body.slice(title.length).trimStart();
  if (!body) {
    const why = input.text.trim() ? 'no article text left after removing boilerplate' : 'empty text';
    throw new ArticleError(source, why);
  }

  const date = rawDate.trim() ? normaliseDate(rawDate) : undefined;
  if (rawDate.trim() && !date)
    throw new ArticleError(source, `unrecognised date ${JSON.stringify(clip(rawDate))} (use YYYY-MM-DD)`);
  const url = rawUrl.trim() ? normaliseUrl(rawUrl, source) : undefined;

  const hash = documentHash(title, body);
  const id = (rawId && sanitiseId(rawId)) || `doc-${hash.slice(0, 16)}`;
  const given = Array.isArray(input.authors)
    ? input.authors.filter((a): a is string => typeof a === 'string')
    : [];
  const authors = uniqueNames([...given, ...cleaned.authors]);
  return {
    id,
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    authors,
    text: title ? `${title}\n\n${body}` : body,
    titleLength: title.length,
    hash,
    source,
  };
}
