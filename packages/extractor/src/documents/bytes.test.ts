import { decodeUtf8, firstInvalidUtf8 } from './bytes';
import { ArticleError } from './errors';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', bytes(0x61, 0x62), -1],
    ['two-, three- and four-byte forms', Buffer.from('é€😀'), -1],
    ['a Latin-1 byte', bytes(0x61, 0xe9, 0x62), 1],
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['an overlong two-byte form', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['an encoded surrogate', bytes(0x61, 0xed, 0xa0, 0x80), 1],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short at the end', bytes(0x61, 0x62, 0xe2, 0x82), 2],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8(Buffer.from('\ufeffKyiv – Kiev', 'utf8'), 'a.txt')).toBe('Kyiv – Kiev');
  });

  it('refuses binary data and other encodings, naming the file and the bad byte', () => {
    expect(() => decodeUtf8(bytes(0x47, 0x00, 0x49), 'img.txt')).toThrow(
      new ArticleError('img.txt', 'binary content (NUL bytes)'),
    );
    expect(() => decodeUtf8(Buffer.from('Gda\xf1sk', 'latin1'), 'pl.txt')).toThrow(
      'pl.txt: not valid UTF-8 (byte 0xF1 at offset 3); save it as UTF-8',
    );
  });
});
