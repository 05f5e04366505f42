/**
 * Bytes to text for files: binary data and encodings other than UTF-8 are refused with a message
 * that says where the first bad byte is, rather than decoded into replacement characters.
 */
import { ArticleError } from './errors';

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length) return i;
    // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and > U+10FFFF (F4).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes as UTF-8 (a leading BOM is dropped); throws ArticleError for binary or other encodings. */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  if (bytes.includes(0)) throw new ArticleError(source, 'binary content (NUL bytes)');
  try {
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = bytes[at] ?? 0;
    throw new ArticleError(
      source,
      `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${at}); save it as UTF-8`,
    );
  }
}
