import { comparableText, normaliseCharacters } from './characters';

/** The clean-up written out in full, without normaliseCharacters's one-scan shortcut. */
function normaliseEveryTime(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\ufeff\u200b-\u200d\u2060\u00ad]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, '') // eslint-disable-line no-control-regex
    .replace(/[\t\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');
}

/** 5,000 texts of up to `maxPieces - 1` pieces each, drawn by a seeded generator (the same every run). */
function randomMixes(pieces: readonly string[], seed: number, maxPieces: number): string[] {
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const texts: string[] = [];
  for (let n = 0; n < 5000; n++) {
    let text = '';
    const length = next() % maxPieces;
    for (let k = 0; k < length; k++) text += pieces[next() % pieces.length];
    texts.push(text);
  }
  return texts;
}

describe('normaliseCharacters', () => {
  it('returns clean text as it is', () => {
    const text = 'Kyiv, 3 March\n\nThe minister said talks would go on.\nNo more.';
    expect(normaliseCharacters(text)).toBe(text);
  });

  it('changes exactly what the full clean-up changes, whatever the mix of characters', () => {
    // Words and every kind of character the clean-up acts on, in seeded random mixes.
    const pieces = [
      'a',
      'Word',
      '.',
      'é',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\r',
      '\t',
      '\f',
      '\u000b',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u009c',
      '\u00a0',
      '\u00ad',
      '\u1680',
      '\u2009',
      '\u200b',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u2060',
      '\u3000',
      '\ufeff',
      '\u0007',
    ];
    for (const text of randomMixes(pieces, 7, 12))
      expect(normaliseCharacters(text)).toBe(normaliseEveryTime(text));
  });
  it('sees every character the full clean-up changes, alone in a clean text', () => {
    // Every UTF-16 code unit but the surrogates, between two letters: each one alone is the only
    // thing that could make the text need the clean-up.
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const text = `a${String.fromCharCode(c)}b`;
      if (normaliseCharacters(text) !== normaliseEveryTime(text)) missed.push(c.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it.each([' a', 'a ', 'a  b', 'a \nb', 'a\n b', 'a\n\n ', ' '])('cleans the spaces of %j', (text) => {
    expect(normaliseCharacters(text)).toBe(normaliseEveryTime(text));
  });
});

describe('comparableText', () => {
  it('collapses whitespace exactly as \\s+ to one space does, whatever the mix', () => {
    const pieces = [
      'a',
      'Word',
      '\u2019',
      '\u201c',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\t',
      '\u00a0',
      '\u2009',
      '\r\n',
      '\u3000',
      '\ufeff',
    ];
    const collapseEveryRun = (text: string) =>
      normaliseCharacters(text)
        .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
        .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
        .replace(/\s+/g, ' ')
        .trim();
    for (const text of randomMixes(pieces, 11, 14)) expect(comparableText(text)).toBe(collapseEveryRun(text));
    expect(comparableText('  \u201cNo\u201d,\n\n she   said\t ')).toBe('"No", she said');
  });
});
