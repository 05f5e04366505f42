import { documentHash, makeDocument, sanitiseId } from './document';
import { ArticleError } from './errors';

const BODY = 'Emmanuel Macron won a second term on Sunday.\nMarine Le Pen conceded defeat in Paris.';

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ArticleError) return `${error.source} | ${error.reason}`;
    throw error;
  }
  throw new Error('expected an ArticleError');
}

describe('makeDocument', () => {
  it('puts the title first as its own paragraph and records its length', () => {
    const doc = makeDocument({ title: ' Macron re-elected ', text: BODY, source: 'a.json' });
    expect(doc.text).toBe(`Macron re-elected\n\n${BODY}`);
    expect(doc.titleLength).toBe('Macron re-elected'.length);
    expect(doc.text.slice(0, doc.titleLength)).toBe(doc.title);
    expect(doc.source).toBe('a.json');
    expect(doc.authors).toEqual([]);
  });

  it('has no title paragraph without a title, and defaults the source to api', () => {
    const doc = makeDocument({ text: BODY });
    expect(doc).toMatchObject({ text: BODY, titleLength: 0, source: 'api' });
    expect(doc.title).toBeUndefined();
  });

  it('cleans boilerplate from JSON/API text too and merges the authors', () => {
    const doc = makeDocument({
      text: `${BODY}\nAlso Read | Who voted for whom\n– Lea Martin`,
      authors: ['Paul Roux'],
    });
    expect(doc.text).toBe(BODY);
    expect(doc.authors).toEqual(['Paul Roux', 'Lea Martin']);
  });

  it('drops a first body line that repeats the title', () => {
    const doc = makeDocument({ title: 'Macron re-elected', text: `Macron re-elected\n${BODY}` });
    expect(doc.text).toBe(`Macron re-elected\n\n${BODY}`);
  });

  it('normalises the date and the URL', () => {
    const doc = makeDocument({ text: BODY, date: 'April 24, 2022', url: 'https://example.org/fr/election' });
    expect(doc.date).toBe('2022-04-24');
    expect(doc.url).toBe('https://example.org/fr/election');
  });

  it('hashes title and body so that spacing and quote styles do not matter', () => {
    const a = makeDocument({ title: 'Macron’s win', text: '“We won,” he said.\nCrowds   cheered.' });
    const b = makeDocument({ title: "Macron's  win", text: '"We won," he said.\r\nCrowds cheered.\n' });
    const c = makeDocument({ title: "Macron's win", text: '"We won," he said.\nCrowds cheered loudly.' });
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
    expect(a.hash).toBe(documentHash("Macron's win", '"We won," he said.\nCrowds cheered.'));
    // Moving a line from the title into the body is a different article.
    expect(makeDocument({ text: `Macron's win\n${BODY}` }).hash).not.toBe(
      makeDocument({ title: "Macron's win", text: BODY }).hash,
    );
  });

  it('derives the id from the hash unless one is given, and sanitises given ids', () => {
    const derived = makeDocument({ text: BODY });
    expect(derived.id).toBe(`doc-${derived.hash.slice(0, 16)}`);
    expect(makeDocument({ id: '../../etc/passwd', text: BODY }).id).toBe('etc-passwd');
    expect(makeDocument({ id: '///', text: BODY }).id).toBe(derived.id);
  });

  it.each([
    ['', { source: 'e.txt', text: '' }, 'e.txt | empty text'],
    ['whitespace', { source: 'w.txt', text: ' \n\t\n' }, 'w.txt | empty text'],
    ['only boilerplate', { source: 'b.txt', text: 'READ MORE: elsewhere\n– Lea Martin' }, 'b.txt | no article text left after removing boilerplate'],
    ['NUL bytes', { source: 'n.txt', text: 'abc\u0000def' }, 'n.txt | binary content (NUL bytes)'],
    ['control characters', { source: 'c.txt', text: 'x\u0001\u0002'.repeat(20) }, 'c.txt | binary content (40 control characters)'],
    ['a lone surrogate', { source: 's.txt', text: 'broken \ud800 text' }, 's.txt | invalid Unicode (a lone surrogate: not encodable as UTF-8)'],
    ['a bad date', { source: 'd.json', text: BODY, date: 'next Tuesday' }, 'd.json | unrecognised date "next Tuesday" (use YYYY-MM-DD)'],
    ['a javascript: URL', { source: 'u.json', text: BODY, url: 'javascript:alert(1)' }, 'u.json | url must start with http:// or https:// (got "javascript:alert(1)")'],
    ['a malformed URL', { source: 'u.json', text: BODY, url: 'not a url' }, 'u.json | invalid url "not a url"'],
    ['a non-string text', { source: 'x.json', text: 12 as unknown as string }, 'x.json | "text" must be a string'],
  ])('refuses %s', (_name, input, expected) => {
    expect(reasonOf(() => makeDocument(input))).toBe(expected);
  }); // prettier-ignore

  it('refuses text over maxArticleBytes, counting bytes not characters', () => {
    const text = 'é'.repeat(60); // 120 bytes
    expect(makeDocument({ text }, { maxArticleBytes: 120 }).text).toBe(text);
    expect(reasonOf(() => makeDocument({ text, source: 'big.txt' }, { maxArticleBytes: 119 }))).toBe(
      'big.txt | too large: 120 bytes (the maxArticleBytes setting allows 119)',
    );
  });

  it('tolerates and removes a few stray control characters', () => {
    expect(makeDocument({ text: 'Macron\u0007 won.' }).text).toBe('Macron won.');
  });
});

describe('sanitiseId', () => {
  it.each([
    ['bbc/politics/001', 'bbc-politics-001'],
    ['article 12 (final)', 'article-12-final'],
    ['..hidden', 'hidden'],
    ['a..b', 'a.b'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['ünïcode-id', 'unicode-id'],
    ['Москва-1', '1'],
    ['CON', 'doc-CON'],
    ['nul.txt', 'doc-nul.txt'],
    ['-.-', undefined],
    ['', undefined],
  ])('%j -> %j', (raw, expected) => {
    expect(sanitiseId(raw)).toBe(expected);
  });

  it('keeps ids short', () => {
    expect(sanitiseId('x'.repeat(500))).toHaveLength(100);
  });
});
