/**
 * The loader on real corpora: the project's demo articles, and (read in place, never copied) the
 * shared seed articles and BBC News files. The shared ones are skipped when absent, except in CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NewsDocument } from '../types';
import { loadArticles, type LoadEvent } from '.';

const EXAMPLES = path.resolve(__dirname, '../../../../examples/articles');
const SHARED = path.resolve(__dirname, '../../../../../shared/corpus');
const SEEDS = path.join(SHARED, 'seeds');
const BBC_POLITICS = path.join(SHARED, 'bbc', 'politics');

async function loadAll(inputs: string[]): Promise<{ documents: NewsDocument[]; skipped: string[] }> {
  const events: LoadEvent[] = [];
  for await (const event of loadArticles(inputs)) events.push(event);
  return {
    documents: events.flatMap((e) => (e.kind === 'document' ? [e.document] : [])),
    skipped: events.flatMap((e) => (e.kind === 'skipped' ? [`${e.source}: ${e.reason}`] : [])),
  };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Lines that boilerplate removal should have taken out. */
const LEFTOVER =
  /^(?:also read|read more|related:|contributing:|[–—]\s|by\s\p{Lu}\p{L}+\s\p{Lu}\p{L}+$)|\(reporting by/imu;

function describeShared(name: string, folder: string, fn: () => void): void {
  if (existsSync(folder)) return describe(name, fn);
  const message = `${folder} is missing: the shared corpus is read in place from ../shared`;
  if (process.env.CI) {
    describe(name, () => {
      it('needs the shared corpus', () => {
        throw new Error(message);
      });
    });
  } else {
    console.warn(`skipping "${name}": ${message}`);
    describe.skip(name, fn);
  }
}

describe('the demo corpus (examples/articles)', () => {
  let documents: NewsDocument[];
  let skipped: string[];
  beforeAll(async () => {
    ({ documents, skipped } = await loadAll([EXAMPLES]));
  });

  it('loads eight short articles from every format without skipping any', () => {
    expect(skipped).toEqual([]);
    expect(documents).toHaveLength(8);
    const formats = new Set(documents.map((d) => path.extname(d.source.replace(/(#\d+|\[\d+\])$/, ''))));
    expect([...formats].sort()).toEqual(['.json', '.jsonl', '.txt']);
    for (const d of documents) {
      expect(words(d.text.slice(d.titleLength))).toBeGreaterThanOrEqual(150);
      expect(words(d.text)).toBeLessThanOrEqual(350);
    }
  });

  it('has headers, dates and bylines read, and no boilerplate left in the text', () => {
    expect(documents.filter((d) => d.title).length).toBeGreaterThanOrEqual(7);
    expect(documents.filter((d) => d.date).length).toBeGreaterThanOrEqual(6);
    expect(documents.filter((d) => d.authors.length).length).toBeGreaterThanOrEqual(3);
    for (const d of documents) expect(d.text).not.toMatch(LEFTOVER);
  });

  it('has the Putin-Scholz meeting the viewer test relies on', () => {
    const meeting = documents.find((d) => /Putin met German Chancellor Olaf Scholz in Moscow/.test(d.text));
    expect(meeting).toBeDefined();
    const full = meeting!.text.indexOf('Russian President Vladimir Putin');
    expect(full).toBeGreaterThanOrEqual(0);
    expect(meeting!.text.indexOf('Putin said', full)).toBeGreaterThan(full);
  });
});

describeShared('the shared seed articles', SEEDS, () => {
  let documents: NewsDocument[];
  let skipped: string[];
  beforeAll(async () => {
    ({ documents, skipped } = await loadAll([SEEDS]));
  });

  it('loads all three with the header each one has', () => {
    expect(skipped).toEqual([]);
    expect(documents).toHaveLength(3);
    const [plain, header, bullets] = documents;
    // A title line and nothing else in the header.
    expect(plain!.title).toBeTruthy();
    expect(plain!.date).toBeUndefined();
    // Title, YYYYMMDD date and URL.
    expect(header!.title).toBeTruthy();
    expect(header!.date).toBe('2022-02-15');
    expect(header!.url).toMatch(/^https:\/\//);
    // Bullet lines open the article: no title, markers dropped, the dash bylines and the
    // "Contributing:" line give the authors.
    expect(bullets!.title).toBeUndefined();
    expect(bullets!.text).not.toMatch(/^- /m);
    expect(bullets!.authors).toHaveLength(2);
  });

  it('leaves no teaser lines or bylines in the text', () => {
    for (const d of documents) expect(d.text).not.toMatch(LEFTOVER);
  });
});

describeShared('BBC News files', BBC_POLITICS, () => {
  it('read as title, blank line, paragraphs, with nothing removed from the body', async () => {
    const { documents, skipped } = await loadAll([BBC_POLITICS]);
    expect(documents.length).toBeGreaterThan(350);
    expect(skipped.every((s) => / duplicate of doc-/.test(s))).toBe(true);
    for (const d of documents) {
      expect(d.title).toBeTruthy();
      expect(d.text.slice(d.titleLength, d.titleLength + 2)).toBe('\n\n');
      expect(d.authors).toEqual([]);
      expect(d.date).toBeUndefined();
      // Bullet markers ("- Increased spending on ...") are the only thing taken out.
      const withoutDashes = (text: string) => words(text.replace(/(?:^|\s)-(?=\s)/g, ' '));
      expect(withoutDashes(d.text)).toBe(withoutDashes(readFileSync(d.source, 'utf8')));
    }
    expect(documents.filter((d) => d.text.includes('\n\n', d.titleLength + 2)).length).toBeGreaterThan(350);
  });
});
