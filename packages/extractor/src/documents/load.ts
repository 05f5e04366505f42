/**
 * Files and folders to documents, as a stream of events: each article becomes a document or a
 * skip with the reason; one bad file never stops the rest. Identical articles are ingested once.
 */
import path from 'node:path';
import { resolveSettings, type ExtractorSettings } from '../settings';
import type { NewsDocument } from '../types';
import { makeDocument } from './document';
import { ArticleError } from './errors';
import { describeFsError, walkInputs } from './files';
import { parseJsonArticles, parseJsonlLine } from './json';
import { readFileLines, readTextFile } from './read';
import { parseTextArticle } from './text';
import type { ParsedArticle } from './types';

export type LoadEvent =
  { kind: 'document'; document: NewsDocument } | { kind: 'skipped'; source: string; reason: string };

/** A JSON Lines file whose first lines are all malformed is some other file: say so once, not per line. */
const MAX_LEADING_BAD_LINES = 20;

function skipped(source: string, reason: string): LoadEvent {
  return { kind: 'skipped', source, reason };
}

function reasonOf(error: unknown): string {
  return error instanceof ArticleError ? error.reason : describeFsError(error);
}

/** Remembers what was loaded, to refuse the same article twice and two articles under one id. */
class Registry {
  private readonly byHash = new Map<string, NewsDocument>();
  private readonly byId = new Map<string, string>();

  constructor(private readonly settings: ExtractorSettings) {}

  /** The document, or why not. `where` names the article in messages (`file:line` inside JSONL). */
  accept(article: ParsedArticle, where = article.source ?? 'api'): LoadEvent {
    let document: NewsDocument;
    try {
      document = makeDocument(article, this.settings);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      return skipped(where, error.reason);
    }
    const original = this.byHash.get(document.hash);
    if (original) return skipped(where, `duplicate of ${original.id} (${original.source})`);
    const holder = this.byId.get(document.id);
    if (holder) return skipped(where, `id "${document.id}" is already used by ${holder}`);
    this.byHash.set(document.hash, document);
    this.byId.set(document.id, document.source);
    return { kind: 'document', document };
  }
}

async function* loadJsonl(file: string, registry: Registry, limit: number): AsyncGenerator<LoadEvent> {
  let articles = 0;
  // Bad lines before the first good one are held back: if they go on, the file is not JSONL at all.
  let leading: LoadEvent[] = [];
  for await (const line of readFileLines(file, limit)) {
    const where = `${file}:${line.line}`;
    let article: ParsedArticle | undefined;
    try {
      if ('error' in line) throw new ArticleError(where, line.error);
      article = parseJsonlLine(line.text, file, line.line);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      if (articles) {
        yield skipped(where, error.reason);
        continue;
      }
      leading.push(skipped(where, error.reason));
      if (leading.length < MAX_LEADING_BAD_LINES) continue;
      yield skipped(file, `not JSON Lines: the first ${MAX_LEADING_BAD_LINES} lines are malformed`);
      return;
    }
    if (!article) continue;
    if (!articles++) {
      yield* leading;
      leading = [];
    }
    yield registry.accept(article, where);
  }
  yield* leading;
  if (!articles && !leading.length) yield skipped(file, 'empty file');
}

async function* loadFile(file: string, registry: Registry, limit: number): AsyncGenerator<LoadEvent> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.jsonl') {
    yield* loadJsonl(file, registry, limit);
    return;
  }
  if (extension === '.json') {
    const raw = await readTextFile(file, limit, '; use .jsonl for large collections');
    const { articles, skipped: bad } = parseJsonArticles(raw, file);
    for (const s of bad) yield skipped(s.source, s.reason);
    if (!articles.length && !bad.length) yield skipped(file, 'no articles in the file');
    for (const article of articles) yield registry.accept(article);
    return;
  }
  // Everything else given by name (.txt, .md, no extension) is read as a plain-text article.
  const raw = await readTextFile(file, limit);
  yield registry.accept(parseTextArticle(raw, file));
}

/**
 * Loads articles from files and folders (recursively, in a fixed order: inputs as given, folder
 * entries sorted by name). Yields a `document` event per article and a `skipped` event, naming the
 * file (`file:line` inside JSON Lines, `file[i]` inside JSON arrays) and the reason, for anything
 * that cannot be used: missing, empty, binary, not UTF-8, too large, malformed, or a duplicate.
 */
export async function* loadArticles(
  inputs: readonly string[],
  settings: Partial<ExtractorSettings> = {},
): AsyncGenerator<LoadEvent> {
  const resolved = resolveSettings(settings);
  const registry = new Registry(resolved);
  for await (const entry of walkInputs(inputs, resolved)) {
    if (entry.kind === 'skipped') {
      yield skipped(entry.source, entry.reason);
      continue;
    }
    try {
      yield* loadFile(entry.path, registry, resolved.maxArticleBytes);
    } catch (error) {
      // Errors after some of a file's articles were yielded (a read failing half-way) land here too.
      yield skipped(entry.path, reasonOf(error));
    }
  }
}
