/**
 * Reading article files without trusting them: sizes are checked before anything is read whole,
 * JSON Lines files are streamed line by line, and every byte sequence is checked as UTF-8.
 */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeUtf8 } from './bytes';
import { ArticleError } from './errors';

function tooLarge(size: number, limit: number, hint = ''): string {
  return `too large: ${size} bytes (the maxArticleBytes setting allows ${limit})${hint}`;
}

/**
 * A whole file as text, refused (ArticleError) when empty, larger than `limit`, binary or not UTF-8.
 * Synchronous on purpose: articles are small, and an fs.promises open/stat/read/close costs the
 * calling thread more than the read itself (it was an eighth of the main thread's time on a
 * 2,000-article build); the async signature leaves room for streaming sources.
 */
export async function readTextFile(filePath: string, limit: number, hint = ''): Promise<string> {
  const fd = openSync(filePath, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > limit) throw new ArticleError(filePath, tooLarge(size, limit, hint));
    const bytes = readFileSync(fd);
    // The file may have grown between stat and read.
    if (bytes.length > limit) throw new ArticleError(filePath, tooLarge(bytes.length, limit, hint));
    const text = decodeUtf8(bytes, filePath);
    if (!text.trim()) throw new ArticleError(filePath, 'empty file');
    return text;
  } finally {
    closeSync(fd);
  }
}

/** One line of a JSON Lines file: its text, or why it cannot be read. */
export type FileLine = { line: number; text: string } | { line: number; error: string };

const NEWLINE = 0x0a;

/**
 * Streams a file's lines (1-based numbers). A line longer than `limit` bytes is reported, not
 * buffered; each line is decoded as UTF-8 on its own, so one bad line does not spoil the rest.
 */
export async function* readFileLines(filePath: string, limit: number): AsyncGenerator<FileLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let line = 1;
  const finish = (): FileLine | undefined => {
    const current = line++;
    const size = length;
    const bytes = Buffer.concat(parts);
    parts = [];
    length = 0;
    if (size > limit) return { line: current, error: tooLarge(size, limit) };
    if (!size) return undefined;
    try {
      return { line: current, text: decodeUtf8(bytes, filePath) };
    } catch (error) {
      return { line: current, error: (error as ArticleError).reason };
    }
  };
  const take = (piece: Buffer) => {
    length += piece.length;
    if (length <= limit) parts.push(piece);
  };

  for await (const chunk of createReadStream(filePath) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, at));
      start = at + 1;
      const result = finish();
      if (result) yield result;
    }
    take(chunk.subarray(start));
  }
  const last = finish();
  if (last) yield last;
}
