import { normaliseCharacters } from './characters';

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
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = next() % 12;
      for (let k = 0; k < length; k++) text += pieces[next() % pieces.length];
      expect(normaliseCharacters(text)).toBe(normaliseEveryTime(text));
    }
  });
});
