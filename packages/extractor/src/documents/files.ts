/**
 * Which files an input list stands for: files as given, folders walked recursively in a fixed
 * order, hidden entries and READMEs left out, symbolic links followed but never in a loop.
 */
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { resolveSettings, type ExtractorSettings } from '../settings';
import type { SkippedArticle } from './errors';

export type WalkEntry = { kind: 'file'; path: string } | ({ kind: 'skipped' } & SkippedArticle);

const README = /^readme(?:\.[^.]*)?$/i;

/** A file-system error as a short reason ("not found", "permission denied"). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a folder';
    default:
      return (error as Error)?.message ?? String(error);
  }
}

/** Code-unit order, not locale order: the same files come out in the same order on every machine. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Walks the inputs: a file given by name is read whatever its extension; inside folders only the
 * configured extensions are, except hidden files and READMEs. The same file or folder reached twice
 * (repeated input, symbolic link) is listed once.
 */
export async function* walkInputs(
  inputs: readonly string[],
  settings: Pick<ExtractorSettings, 'extensions'>,
): AsyncGenerator<WalkEntry> {
  const extensions = new Set(settings.extensions.map((e) => e.toLowerCase()));
  const seenFolders = new Set<string>();
  const seenFiles = new Set<string>();

  /** `real`: the resolved path when the caller knows it (a plain entry of a resolved folder). */
  async function* file(filePath: string, real?: string): AsyncGenerator<WalkEntry> {
    if (real === undefined)
      try {
        real = await fs.realpath(filePath);
      } catch (error) {
        yield { kind: 'skipped', source: filePath, reason: describeFsError(error) };
        return;
      }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    yield { kind: 'file', path: filePath };
  }

  async function* folder(dir: string): AsyncGenerator<WalkEntry> {
    let entries: Dirent[];
    let real: string;
    try {
      real = await fs.realpath(dir);
      if (seenFolders.has(real)) return; // a link back up the tree, or a folder given twice
      seenFolders.add(real);
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      yield { kind: 'skipped', source: dir, reason: describeFsError(error) };
      return;
    }
    for (const entry of entries.sort(byName)) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = await fs.stat(full);
          isFolder = stat.isDirectory();
          isFile = stat.isFile();
        } catch (error) {
          yield { kind: 'skipped', source: full, reason: `broken symbolic link (${describeFsError(error)})` };
          continue;
        }
      }
      if (isFolder) yield* folder(full);
      else if (isFile && !README.test(entry.name) && extensions.has(path.extname(entry.name).toLowerCase()))
        // Only a link needs resolving: a plain entry's real path is its folder's plus its name.
        yield* file(full, entry.isSymbolicLink() ? undefined : path.join(real, entry.name));
    }
  }

  for (const input of inputs) {
    try {
      const stat = await fs.stat(input);
      if (stat.isDirectory()) yield* folder(input);
      else if (stat.isFile()) yield* file(input);
      else yield { kind: 'skipped', source: input, reason: 'not a file or folder' };
    } catch (error) {
      yield { kind: 'skipped', source: input, reason: describeFsError(error) };
    }
  }
}

/** The article files the inputs stand for, in loading order (for a progress total: a JSONL file counts once). */
export async function listArticleFiles(
  inputs: readonly string[],
  settings: Partial<ExtractorSettings> = {},
): Promise<string[]> {
  const resolved = resolveSettings(settings);
  const files: string[] = [];
  for await (const entry of walkInputs(inputs, resolved)) if (entry.kind === 'file') files.push(entry.path);
  return files;
}
