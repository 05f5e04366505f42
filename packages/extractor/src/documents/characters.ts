/**
 * Character-level checks and clean-up shared by every input format: refuse what is not text,
 * then make line breaks and spaces uniform so that headers, boilerplate and hashes see one shape.
 */

/** C0 controls other than tab, line feed, form feed and carriage return; DEL; C1 controls (mojibake). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
/** Invisible characters that only get in the way of matching: BOM, zero-width spaces and joiners, soft hyphen. */
const INVISIBLE = /[\ufeff\u200b-\u200d\u2060\u00ad]/g;
/** Spaces of other widths (no-break, thin, ideographic...) become a plain space. */
const SPACES = /[\t\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/**
 * Anything normaliseCharacters would change: a line ending other than \n, an invisible, control or
 * odd space character, two spaces in a row, or a space at the start or end of a line.
 */
const NEEDS_NORMALISING =
  // eslint-disable-next-line no-control-regex -- control characters are among what it looks for
  /[\r\u2028\u2029\u0085\ufeff\u200b-\u200d\u2060\u00ad\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\t\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}|^ | $/m;
/** A UTF-16 surrogate without its pair: cannot be written as UTF-8, so the text was damaged on the way. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Texts with more control characters than this share are binary data, not articles with a stray byte. */
const MAX_CONTROL_SHARE = 0.01;
const MAX_STRAY_CONTROLS = 16;

/**
 * Why this string cannot be an article's text (binary content, broken Unicode), or undefined when
 * it is fine. A few stray control characters are tolerated; `normaliseCharacters` removes them.
 */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'binary content (NUL bytes)';
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > MAX_STRAY_CONTROLS || (controls >= 4 && controls > text.length * MAX_CONTROL_SHARE))
    return `binary content (${controls} control characters)`;
  if (LONE_SURROGATE.test(text)) return 'invalid Unicode (a lone surrogate: not encodable as UTF-8)';
  return undefined;
}

/**
 * Line endings to `\n`, invisible characters and stray controls removed, odd spaces to one space,
 * runs of spaces collapsed and lines trimmed; blank lines are kept (they separate paragraphs).
 */
export function normaliseCharacters(text: string): string {
  // Most articles need none of it: one scan finds out, where the clean-up takes six.
  if (!NEEDS_NORMALISING.test(text)) return text;
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');
}

/** One line of header text (a title): all whitespace, line breaks included, to single spaces. */
export function normaliseLine(text: string): string {
  return normaliseCharacters(text).replace(/\s+/g, ' ').trim();
}

/**
 * The form articles are compared in for duplicate detection: the same story re-saved with other
 * line breaks, spacing or quote marks is the same article.
 */
export function comparableText(text: string): string {
  return normaliseCharacters(text)
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(WHITESPACE_TO_COLLAPSE, ' ')
    .trim();
}

/**
 * Every run of whitespace but a lone space, which is what `\s+` -> ' ' changes: replacing each of
 * the thousands of single spaces of an article with itself took half of the hashing's time.
 */
const WHITESPACE_TO_COLLAPSE = /[^\S ]\s*| \s+/g;
