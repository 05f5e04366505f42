import { cleanBody } from './boilerplate';
import { makeDocument } from './document';
import { parseTextArticle } from './text';

const BODY_1 =
  'Finland said on Monday it would apply to join NATO, ending decades of military non-alignment.';
const BODY_2 = 'President Sauli Niinisto told reporters in Helsinki that the decision was historic.';

describe('parseTextArticle: header', () => {
  it('reads a title, a compact date and a URL', () => {
    const raw = `Finland to apply for NATO membership\n20220515\nhttps://example.org/news/finland-nato\n${BODY_1}\n${BODY_2}\n`;
    expect(parseTextArticle(raw, 'a.txt')).toEqual({
      title: 'Finland to apply for NATO membership',
      date: '2022-05-15',
      url: 'https://example.org/news/finland-nato',
      text: `${BODY_1}\n${BODY_2}`,
      authors: [],
      source: 'a.txt',
    });
  });

  it('reads an ISO date and a written date, URL first, blank lines between header lines', () => {
    const iso = parseTextArticle(
      `Title here\n\nURL: https://example.org/x\n\n2022-05-15\n\n${BODY_1}`,
      'b.txt',
    );
    expect(iso).toMatchObject({ title: 'Title here', date: '2022-05-15', url: 'https://example.org/x' });
    expect(iso.text).toBe(BODY_1);
    const written = parseTextArticle(`Title here\nMay 15, 2022\n${BODY_1}`, 'c.txt');
    expect(written).toMatchObject({ title: 'Title here', date: '2022-05-15', text: BODY_1 });
  });

  it('reads a header without a title', () => {
    const article = parseTextArticle(`15 May 2022\nhttps://example.org/y\n${BODY_1}\n${BODY_2}`, 'd.txt');
    expect(article.title).toBeUndefined();
    expect(article).toMatchObject({
      date: '2022-05-15',
      url: 'https://example.org/y',
      text: `${BODY_1}\n${BODY_2}`,
    });
  });

  it('keeps a first line that is the start of the body in the body', () => {
    const article = parseTextArticle(`${BODY_1}\n${BODY_2}`, 'e.txt');
    expect(article.title).toBeUndefined();
    expect(article.text).toBe(`${BODY_1}\n${BODY_2}`);
  });

  it('takes a short stopped line as a title only when set apart from the body', () => {
    expect(parseTextArticle(`Finland applies.\n\n${BODY_1}`, 'f.txt').title).toBe('Finland applies.');
    expect(parseTextArticle(`Finland applies.\n${BODY_1}`, 'f.txt').title).toBeUndefined();
  });

  it('takes headline questions and lines ending in initials as titles, lead-ins not', () => {
    expect(parseTextArticle(`Will Sweden follow?\n${BODY_1}`, 'g.txt').title).toBe('Will Sweden follow?');
    expect(parseTextArticle(`Finland turns to the U.S.\n${BODY_1}`, 'g.txt').title).toBe(
      'Finland turns to the U.S.',
    );
    expect(parseTextArticle(`HELSINKI (Reuters) -\n${BODY_1}`, 'g.txt').title).toBeUndefined();
  });

  it('does not take a lone line as a title: it is the article', () => {
    const article = parseTextArticle('Finland to apply for NATO membership\n', 'h.txt');
    expect(article.title).toBeUndefined();
    expect(article.text).toBe('Finland to apply for NATO membership');
  });

  it('reads the BBC layout: title, blank line, paragraphs separated by blank lines', () => {
    const raw = `Finland to apply for NATO membership\n\n${BODY_1}\n\n${BODY_2} More followed.\n\n"It is a new era," he said.\n`;
    const article = parseTextArticle(raw, 'bbc.txt');
    expect(article.title).toBe('Finland to apply for NATO membership');
    expect(article.text).toBe(`${BODY_1}\n\n${BODY_2} More followed.\n\n"It is a new era," he said.`);
  });

  it('handles CRLF line endings, a BOM and odd spaces', () => {
    const article = parseTextArticle(`\ufeffFinland\u00a0applies\r\n20220515\r\n${BODY_1}  \r\n`, 'win.txt');
    expect(article).toMatchObject({ title: 'Finland applies', date: '2022-05-15', text: BODY_1 });
  });
});

describe('parseTextArticle: bullets, boilerplate and bylines', () => {
  it('keeps bullet lines as sentences without their markers', () => {
    const raw = `- Finland will apply to join NATO.\n* Sweden is expected to follow.\n• Russia warned of consequences.\n${BODY_1}`;
    const article = parseTextArticle(raw, 'bullets.txt');
    expect(article.title).toBeUndefined();
    expect(article.text.split('\n')).toEqual([
      'Finland will apply to join NATO.',
      'Sweden is expected to follow.',
      'Russia warned of consequences.',
      BODY_1,
    ]);
  });

  it('removes teaser lines of every common form', () => {
    const teasers = [
      'Also Read | Sweden weighs its own NATO bid',
      'ALSO READ: What membership would mean',
      'READ MORE: Nordic defence explained',
      'Read more: Nordic defence explained',
      'Related: Finland and Russia share a long border',
      'Related Articles: Timeline of the bid',
      'See also: Erdogan raises objections',
      'https://example.org/other-story',
      'Advertisement',
      '© 2022 Example News. All rights reserved.',
      'Photo: Sauli Niinisto arrives in Brussels, May 2022.',
      'Finnish soldiers at a drill near Hamina, Finland, March 2022. REUTERS/File Photo',
    ];
    const article = parseTextArticle(`Title line\n${BODY_1}\n${teasers.join('\n')}\n${BODY_2}`, 't.txt');
    expect(article.text).toBe(`${BODY_1}\n${BODY_2}`);
  });

  it('removes dash and "By" bylines and records the names as authors', () => {
    const raw = [
      'Title line',
      'By Anna Virtanen and Jean-Luc Moreau, Example Wire',
      BODY_1,
      '– Mikko Laine',
      BODY_2,
      '— Sofia O’Brien',
    ].join('\n');
    const article = parseTextArticle(raw, 'by.txt');
    expect(article.text).toBe(`${BODY_1}\n${BODY_2}`);
    expect(article.authors).toEqual(['Anna Virtanen', 'Jean-Luc Moreau', 'Mikko Laine', 'Sofia O’Brien']);
    // makeDocument cleans again: a clean body comes back as it is, with its authors kept once.
    const document = makeDocument(article);
    expect(document.text).toBe(`Title line\n\n${BODY_1}\n${BODY_2}`);
    expect(document.authors).toEqual(article.authors);
    expect(cleanBody(article.text)).toEqual({ body: article.text, authors: [] });
  });

  it('reads "Contributing:" lines, keeping people and leaving outlets out', () => {
    const raw = `Title line\n${BODY_1}\nContributing: Eero Salo, EXAMPLE TODAY; Associated Press; Reuters`;
    const article = parseTextArticle(raw, 'c.txt');
    expect(article.text).toBe(BODY_1);
    expect(article.authors).toEqual(['Eero Salo']);
  });

  it('removes trailing and whole-line Reuters credits, recording reporters but not editors', () => {
    const trailing = `${BODY_2} (Reporting by Anne Kauranen in Helsinki; additional reporting by Simon Johnson in Stockholm; Editing by Alex Richardson)`;
    const article = parseTextArticle(`Title line\n${BODY_1}\n${trailing}`, 'r.txt');
    expect(article.text).toBe(`${BODY_1}\n${BODY_2}`);
    expect(article.authors).toEqual(['Anne Kauranen', 'Simon Johnson']);

    const line = parseTextArticle(
      `Title line\n${BODY_1}\nReporting by Anne Kauranen; Editing by Alex Richardson`,
      'r2.txt',
    );
    expect(line.text).toBe(BODY_1);
    expect(line.authors).toEqual(['Anne Kauranen']);
  });

  it('keeps sentences that merely start like bylines or credits', () => {
    const sentences = [
      'By Tuesday, troops had moved closer to the border.',
      'Research by the Finnish Institute shows support rising.',
      'Reporting by state media suggested otherwise.',
      'Contributors to the fund include Norway and Denmark.',
      '– Troops were seen near the border on Sunday.',
      '(Reporting restrictions apply in the region.)',
    ];
    const article = parseTextArticle(`Title line\n${sentences.join('\n')}`, 'k.txt');
    expect(article.text).toBe(sentences.join('\n').replace('– Troops', 'Troops'));
    expect(article.authors).toEqual([]);
  });

  it('reads "- Name" as a byline, except among bullet lines', () => {
    expect(parseTextArticle(`Title line\n${BODY_1}\n- Mikko Laine`, 'h.txt').authors).toEqual([
      'Mikko Laine',
    ]);
    const bullets = parseTextArticle(`- Sauli Niinisto\n- Sanna Marin\n${BODY_1}`, 'h2.txt');
    expect(bullets.authors).toEqual([]);
    expect(bullets.text).toBe(`Sauli Niinisto\nSanna Marin\n${BODY_1}`);
  });
});
