/**
 * The one error the documents module throws: an article that cannot be used, with where it came
 * from and why, so that the loader can skip it and the CLI / server can say so.
 */
export class ArticleError extends Error {
  /** A file path (with `#line` / `[index]` inside JSONL / JSON files), or `api`. */
  readonly source: string;
  /** Why the article was refused, without the source ("empty text", "not valid UTF-8"). */
  readonly reason: string;

  constructor(source: string, reason: string) {
    super(`${source}: ${reason}`);
    this.name = 'ArticleError';
    this.source = source;
    this.reason = reason;
  }
}

/** An input the loader passed over, and why. Plain data: safe to log, send or store. */
export interface SkippedArticle {
  source: string;
  reason: string;
}
