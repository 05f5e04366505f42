import { ArticleError } from './errors';
import { parseJsonArticles, parseJsonlArticles } from './json';

const TEXT = 'The Bank of England raised interest rates to 0.5 per cent on Thursday.';

describe('parseJsonArticles', () => {
  it('reads one object, keeping only the known fields', () => {
    const raw = JSON.stringify({
      id: 42,
      title: 'Rates rise',
      date: '2022-02-03',
      text: TEXT,
      section: 'business',
    });
    expect(parseJsonArticles(raw, 'one.json')).toEqual({
      articles: [{ id: '42', title: 'Rates rise', date: '2022-02-03', text: TEXT, source: 'one.json' }],
      skipped: [],
    });
  });

  it('reads an array, treats null as absent and accepts authors as a string or a list', () => {
    const raw = JSON.stringify([
      { title: null, url: null, text: TEXT, authors: 'Jane Roe' },
      { text: 'Second story.', authors: ['A. Writer', 'B. Writer'] },
    ]);
    const { articles, skipped } = parseJsonArticles(raw, 'many.json');
    expect(skipped).toEqual([]);
    expect(articles).toEqual([
      { text: TEXT, authors: ['Jane Roe'], source: 'many.json[0]' },
      { text: 'Second story.', authors: ['A. Writer', 'B. Writer'], source: 'many.json[1]' },
    ]);
  });

  it('skips bad records of an array with a message naming each one', () => {
    const raw = JSON.stringify([{ title: 'No text' }, { text: 7 }, 'just a string', { text: TEXT }]);
    const { articles, skipped } = parseJsonArticles(raw, 'mixed.json');
    expect(articles.map((a) => a.source)).toEqual(['mixed.json[3]']);
    expect(skipped).toEqual([
      { source: 'mixed.json[0]', reason: 'missing "text"' },
      { source: 'mixed.json[1]', reason: expect.stringMatching(/^"text": .*string/) },
      { source: 'mixed.json[2]', reason: 'a record must be a JSON object' },
    ]);
  });

  it('refuses malformed JSON and other top-level values as a whole', () => {
    expect(() => parseJsonArticles('{"text": "unfinished', 'bad.json')).toThrow(ArticleError);
    expect(() => parseJsonArticles('{"text": "unfinished', 'bad.json')).toThrow(/^bad\.json: malformed JSON/);
    expect(() => parseJsonArticles('"a string"', 'str.json')).toThrow(
      /str\.json: expected an article object/,
    );
    expect(() => parseJsonArticles('{"title": "x"}', 'obj.json')).toThrow('obj.json: missing "text"');
  });
});

describe('parseJsonlArticles', () => {
  it('reads one record per line, skipping blank lines, with file#line sources', () => {
    const raw = `${JSON.stringify({ id: 'a', text: TEXT })}\n\n${JSON.stringify({ id: 'b', text: 'Two.' })}\r\n`;
    const { articles, skipped } = parseJsonlArticles(raw, 'feed.jsonl');
    expect(skipped).toEqual([]);
    expect(articles).toEqual([
      { id: 'a', text: TEXT, source: 'feed.jsonl#1' },
      { id: 'b', text: 'Two.', source: 'feed.jsonl#3' },
    ]);
  });

  it('skips a malformed line with a message naming file:line, and keeps the rest', () => {
    const raw = [
      JSON.stringify({ text: TEXT }),
      '{"text": "cut off',
      JSON.stringify({ title: 'no text' }),
      '[1, 2]',
      JSON.stringify({ text: 'Last.' }),
    ].join('\n');
    const { articles, skipped } = parseJsonlArticles(raw, 'feed.jsonl');
    expect(articles.map((a) => a.source)).toEqual(['feed.jsonl#1', 'feed.jsonl#5']);
    expect(skipped).toEqual([
      { source: 'feed.jsonl:2', reason: expect.stringMatching(/^malformed JSON/) },
      { source: 'feed.jsonl:3', reason: 'missing "text"' },
      { source: 'feed.jsonl:4', reason: 'a record must be a JSON object' },
    ]);
  });
});
