import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NewsDocument } from '../types';
import { listArticleFiles, loadArticles, type LoadEvent } from '.';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'newsgraph-load-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(relative: string, content: string | Uint8Array): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

async function load(inputs: string[], settings = {}): Promise<LoadEvent[]> {
  const events: LoadEvent[] = [];
  for await (const event of loadArticles(inputs, settings)) events.push(event);
  return events;
}

const rel = (p: string) => path.relative(root, p);
const documents = (events: LoadEvent[]): NewsDocument[] =>
  events.flatMap((e) => (e.kind === 'document' ? [e.document] : []));
const skips = (events: LoadEvent[]) =>
  events.flatMap((e) => (e.kind === 'skipped' ? [`${rel(e.source)}: ${e.reason}`] : []));

const story = (n: number) =>
  `Story ${n}\n\nThe council of Exampleton met on day ${n} and approved budget ${n}.`;

describe('loadArticles: walking', () => {
  it('walks folders recursively in name order, leaving out hidden files, READMEs and other extensions', async () => {
    write('b.txt', story(2));
    write('a.txt', story(1));
    write('sub/c.txt', story(3));
    write('sub/deeper/d.json', JSON.stringify({ text: 'Fourth story about the council.' }));
    write('.hidden.txt', story(90));
    write('.git/e.txt', story(91));
    write('README.md', '# not an article');
    write('readme.txt', 'Not an article either, just notes about the folder.');
    write('notes.csv', 'a,b');
    write('Z.txt', story(5)); // capitals sort before lower case, on every machine
    const events = await load([root]);
    expect(skips(events)).toEqual([]);
    expect(documents(events).map((d) => rel(d.source))).toEqual([
      'Z.txt',
      'a.txt',
      'b.txt',
      'sub/c.txt',
      'sub/deeper/d.json',
    ]);
    expect((await listArticleFiles([root])).map(rel)).toEqual(documents(events).map((d) => rel(d.source)));
  });

  it('keeps the order of the inputs, reads a named file whatever its extension, and names missing inputs', async () => {
    const b = write('b.txt', story(2));
    const a = write('a.md', story(1));
    const events = await load([b, path.join(root, 'missing.txt'), a]);
    expect(
      events.map((e) => (e.kind === 'document' ? rel(e.document.source) : `skip ${rel(e.source)}`)),
    ).toEqual(['b.txt', 'skip missing.txt', 'a.md']);
    expect(skips(events)).toEqual(['missing.txt: not found']);
  });

  it('survives symbolic link loops and lists a file reached twice once', async () => {
    write('news/a.txt', story(1));
    symlinkSync(path.join(root, 'news'), path.join(root, 'news', 'loop'));
    symlinkSync(path.join(root, 'news', 'a.txt'), path.join(root, 'news', 'same.txt'));
    symlinkSync(path.join(root, 'nowhere.txt'), path.join(root, 'news', 'broken.txt'));
    const events = await load([path.join(root, 'news'), path.join(root, 'news')]);
    expect(documents(events).map((d) => rel(d.source))).toEqual(['news/a.txt']);
    expect(skips(events)).toEqual(['news/broken.txt: broken symbolic link (not found)']);
  });
});

describe('loadArticles: bad files', () => {
  it('skips empty, binary, non-UTF-8 and oversized files with messages naming them, and goes on', async () => {
    write('1-empty.txt', '');
    write('2-blank.txt', '  \n\n ');
    write('3-binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    write('4-latin1.txt', Buffer.from('Caf\xe9 owners in Paris protested.', 'latin1'));
    write('5-big.txt', `Big story\n\n${'The council met again. '.repeat(20)}`);
    write('6-bad.json', '{"text": ');
    write('7-empty-array.json', '[]');
    write('8-good.txt', story(8));
    const events = await load([root], { maxArticleBytes: 300 });
    expect(documents(events).map((d) => rel(d.source))).toEqual(['8-good.txt']);
    expect(skips(events)).toEqual([
      '1-empty.txt: empty file',
      '2-blank.txt: empty file',
      '3-binary.txt: binary content (NUL bytes)',
      '4-latin1.txt: not valid UTF-8 (byte 0xE9 at offset 3); save it as UTF-8',
      '5-big.txt: too large: 471 bytes (the maxArticleBytes setting allows 300)',
      expect.stringMatching(/^6-bad\.json: malformed JSON \(/),
      '7-empty-array.json: no articles in the file',
    ]);
  });

  it('ingests identical articles once, whatever the format, and refuses a reused id', async () => {
    write('a.txt', 'Same story\n\nThe council met on Monday.\n');
    write('b.jsonl', `${JSON.stringify({ title: 'Same  story', text: 'The council met on Monday.' })}\n`);
    write(
      'c.json',
      JSON.stringify([
        { id: 'x', text: 'One.' },
        { id: 'x', text: 'Two.' },
      ]),
    );
    const events = await load([root]);
    const [first] = documents(events);
    expect(documents(events).map((d) => d.id)).toEqual([first!.id, 'x']);
    expect(skips(events)).toEqual([
      `b.jsonl:1: duplicate of ${first!.id} (${first!.source})`,
      `c.json[1]: id "x" is already used by ${path.join(root, 'c.json[0]')}`,
    ]);
  });
});

describe('loadArticles: JSON Lines', () => {
  it('skips malformed and oversized lines by file:line and keeps the rest', async () => {
    const lines = [
      JSON.stringify({ id: 'one', text: 'First story about the council.' }),
      '{"text": broken',
      JSON.stringify({ id: 'big', text: 'x'.repeat(400) }),
      '',
      JSON.stringify({ id: 'two', text: 'Second story about the council.' }),
    ];
    write('feed.jsonl', lines.join('\n'));
    const events = await load([root], { maxArticleBytes: 200 });
    expect(documents(events).map((d) => `${d.id} ${rel(d.source)}`)).toEqual([
      'one feed.jsonl#1',
      'two feed.jsonl#5',
    ]);
    expect(skips(events)).toEqual([
      expect.stringMatching(/^feed\.jsonl:2: malformed JSON/),
      `feed.jsonl:3: too large: ${Buffer.byteLength(lines[2]!)} bytes (the maxArticleBytes setting allows 200)`,
    ]);
  });

  it('streams large files across read chunks without splitting lines or characters', async () => {
    const records = Array.from({ length: 400 }, (_, i) => ({
      id: `r${i}`,
      text: `Record ${i}: ${'Zürich – Genève “quotes” '.repeat(12)}`,
    }));
    write('big.jsonl', `\ufeff${records.map((r) => JSON.stringify(r)).join('\r\n')}`); // > 64 KiB, CRLF, BOM
    const events = await load([path.join(root, 'big.jsonl')]);
    expect(skips(events)).toEqual([]);
    const docs = documents(events);
    expect(docs).toHaveLength(400);
    expect(docs.every((d, i) => d.id === `r${i}` && d.text === records[i]!.text.trim())).toBe(true);
  });

  it('gives up on a .jsonl file whose first lines are all malformed, with one message', async () => {
    write('notes.jsonl', 'just some notes\n'.repeat(100));
    expect(skips(await load([root]))).toEqual([
      'notes.jsonl: not JSON Lines: the first 20 lines are malformed',
    ]);
  });

  it('reports a bad UTF-8 line without losing the others', async () => {
    const good = Buffer.from(`${JSON.stringify({ text: 'A good line about the council.' })}\n`);
    const bad = Buffer.concat([Buffer.from('{"text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    write('mixed.jsonl', Buffer.concat([good, bad, good.subarray(0, good.length - 1)]));
    const events = await load([root]);
    expect(documents(events)).toHaveLength(1);
    expect(skips(events)).toEqual([
      'mixed.jsonl:2: not valid UTF-8 (byte 0xE9 at offset 13); save it as UTF-8',
      expect.stringMatching(/^mixed\.jsonl:3: duplicate of doc-/),
    ]);
  });
});
