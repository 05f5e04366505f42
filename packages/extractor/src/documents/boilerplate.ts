/**
 * Lines of an article body that are not the story: link teasers ("Also Read | ...", "READ MORE: ..."),
 * bylines ("– Jane Doe", "By Jane Doe"), credits ("Contributing: ...", "(Reporting by ...)"), bare
 * URLs, copyright notices, photo captions. They are removed before extraction (a teaser's headline would otherwise
 * add facts the article does not state); the byline names are kept as the article's authors.
 */
import { normaliseCharacters } from './characters';

/** Link teasers and furniture: the whole line goes. */
const TEASER =
  /^(?:also read|read also|read more|more to read|must read|see also|related(?: (?:articles?|stories|news|coverage|content|reading|links?))?|recommended(?: reading)?|trending|watch|listen)\s*(?:[:|>»]|[-–—]\s)/i;
const FURNITURE =
  /^(?:advertisement|advert|sponsored(?: content)?|story continues below|scroll to continue[^.]*|share this (?:article|story))$/i;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
/**
 * A photo caption: labelled ("Photo: ...", "File photo: ...") or ending in an agency's photo
 * credit ("... in Kyiv, December 2023. REUTERS/File Photo"). It describes a picture, not the story.
 * Two expressions, the credit tried only on lines with a slash: unanchored and case-blind, it
 * stopped at every "ap" of every line: half the time spent reading the BBC corpus (540 -> 250 ms).
 */
const CAPTION_LABEL = /^(?:file )?(?:photo|image|picture|caption)s?\s*(?::|\||[-–—]\s)/i;
const PHOTO_CREDIT = /\b(?:REUTERS|AFP|AP|EPA|Getty Images)\s*\/\s*[\p{L} .'’-]{1,40}$/iu;
const isCaption = (line: string) =>
  CAPTION_LABEL.test(line) || (line.includes('/') && PHOTO_CREDIT.test(line));
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;

/** "Contributing: A. Writer, Agency; Associated Press": a labelled credit line. */
const CREDIT_LABEL =
  /^(?:(contributing|contributors?)\s*(?::|\||[-–—]\s)|(?:additional reporting(?: by)?|reporting by|written by|writing by|compiled by)\s*(?::|\||[-–—]\s)?)\s*(.+)$/i;
/** One part of a Reuters-style credit: "Reporting by X in Moscow", "Editing by Y". */
const CREDIT_PART =
  /^(?:additional\s+)?(reporting|writing|editing|compiled|contributing|contributions|produced|graphics|research)\s+by\s+(.+)$/i;
/** How a line of credits (isCreditList) starts: its first part matches CREDIT_PART. */
const CREDIT_START =
  /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|contributing|contributions|produced|graphics|research)\s+by\s/i;
/** "(Reporting by X; Editing by Y)" at the end of a paragraph. */
const TRAILING_CREDIT =
  /\s*\(\s*((?:additional\s+)?(?:reporting|writing|compiled|contributing)\s+by\s[^()]*)\)\s*$/i;

const DASH_BYLINE = /^[–—]\s*(.+)$/;
const HYPHEN_BYLINE = /^-\s*(.+)$/;
const BY_BYLINE = /^(?:by|written by|words by)\s+(.+)$/i;

/** Bullet markers before summary lines; the line stays, the marker goes. */
export const BULLET = /^(?:[-*•·▪►‣]|[–—](?=\s))\s+(?=\S)/;

/** Name particles written in lower case inside a person's name. */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'dos', 'del', 'ter']); // prettier-ignore
/** Words that make a credit part an outlet rather than a person ("Associated Press", "USA TODAY"). */
const OUTLET_WORDS =
  /\b(?:press|reuters|afp|agence|agency|news|newswire|wire|service|times|post|journal|staff|bloomberg|today|media|network|associated|correspondents?|reporters?|editors?|desk|team|herald|tribune|guardian|telegraph|bureau|online|digital|television|radio|tv)\b/i;

/** A capitalised name word ("Jane", "O'Neill", "Smith-Jones") or initials ("J.", "J.R."). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.)+)$/u;
/** A word in capitals, more than one letter, no dots: an acronym or a shouted outlet ("USA", "TODAY"). */
const CAPITALS_WORD = /^[\p{Lu}\d&]{2,}$/u;

/** "Jane Doe", "Jean-Yves Le Drian", "J. R. Smith": two to five name words, no outlet words. */
export function looksLikePersonName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  if (OUTLET_WORDS.test(text)) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (!NAME_WORD.test(first) || !NAME_WORD.test(last) || CAPITALS_WORD.test(last)) return false;
  return words.every((w) => PARTICLES.has(w) || (NAME_WORD.test(w) && !CAPITALS_WORD.test(w)));
}

/** "Associated Press", "USA TODAY", "Reuters": capitalised words only, at most six. */
function looksLikeProperName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    words.every((w) => PARTICLES.has(w) || NAME_WORD.test(w) || CAPITALS_WORD.test(w))
  );
}

/** Splits a credit list on commas, semicolons, "and", "&", "|" and "/"; drops " in Moscow" places. */
function creditParts(text: string): string[] {
  return text
    .split(/\s*(?:[,;|&/]|\band\b)\s*/)
    .map((part) => part.replace(/\s+in\s+\p{Lu}[\p{L}\s.'’-]*$/u, '').trim())
    .filter(Boolean);
}

/**
 * The names of a byline body ("Jane Doe and John Roe, Reuters"), or undefined when it is not a
 * byline: every part must be a name or an outlet, and at least one a person.
 */
function bylineNames(body: string): string[] | undefined {
  const text = body.trim().replace(/[.]$/, '');
  if (!text || text.split(/\s+/).length > 14) return undefined;
  const parts = creditParts(text);
  if (!parts.length || !parts.every(looksLikeProperName)) return undefined;
  const names = parts.filter(looksLikePersonName);
  return names.length ? names : undefined;
}

/** Authors named in a credit: reporters and writers, not editors or producers. */
function creditNames(text: string): string[] {
  const names: string[] = [];
  for (const segment of text.split(/\s*;\s*/)) {
    const part = CREDIT_PART.exec(segment.trim());
    const role = part?.[1]?.toLowerCase();
    const list = part ? part[2]! : segment;
    if (role && !['reporting', 'writing', 'compiled', 'contributing', 'contributions'].includes(role))
      continue;
    // "Courtney Subramanian, USA TODAY": the outlet after the name is dropped by looksLikePersonName.
    names.push(...creditParts(list).filter(looksLikePersonName));
  }
  return names;
}

/**
 * A whole line of Reuters-style credits: "Reporting by X in Moscow; Editing by Y". Every part must
 * credit names, so "Research by handset maker Nokia shows ..." stays a sentence.
 */
function isCreditList(line: string): boolean {
  // The first part must be a credit: one test turns away the story's lines before any splitting.
  if (!CREDIT_START.test(line) || line.split(/\s+/).length > 40) return false;
  return line
    .replace(/^\(|\)$/g, '')
    .split(/\s*;\s*/)
    .every((segment) => {
      const names = CREDIT_PART.exec(segment.trim())?.[2];
      return names !== undefined && creditParts(names).every(looksLikeProperName);
    });
}

export function isTeaserLine(line: string): boolean {
  return (
    TEASER.test(line) ||
    FURNITURE.test(line) ||
    BARE_URL.test(line) ||
    isCaption(line) ||
    (COPYRIGHT.test(line) && line.split(/\s+/).length <= 25)
  );
}

/**
 * What a line is, for the body cleaner and the header reader: the names when it is a byline or
 * credit, `[]` for other boilerplate, undefined for text. `hyphenBylines` says whether "- Name" may
 * be a byline here (not among bullet lines, where it is a one-name bullet).
 */
export function boilerplateNames(line: string, hyphenBylines = true): string[] | undefined {
  if (isTeaserLine(line)) return [];
  let m = CREDIT_LABEL.exec(line);
  if (m && line.split(/\s+/).length <= 40) {
    // "Contributing:" always opens a credit; "Reporting by the BBC showed ..." is a sentence, so
    // the other labels count only when names follow.
    const names = creditNames(m[2]!);
    if (m[1] || names.length) return names;
  }
  if (isCreditList(line)) return creditNames(line.replace(/^\(|\)$/g, ''));
  m = DASH_BYLINE.exec(line) ?? (hyphenBylines ? HYPHEN_BYLINE.exec(line) : null) ?? BY_BYLINE.exec(line);
  if (m) return bylineNames(m[1]!);
  return undefined;
}

export interface CleanBody {
  /** The body with boilerplate lines removed and bullet markers stripped; paragraphs kept. */
  body: string;
  /** Byline and credit names, in order of appearance, without repeats. */
  authors: string[];
}

/**
 * Bodies cleanBody returned, so that cleaning them again (makeDocument after parseTextArticle) is
 * skipped: it is idempotent, and the second pass was a sixth of the main thread's loading time.
 */
const cleanBodies = new Set<string>();
const MAX_REMEMBERED = 64;

/** Removes boilerplate from an article body and collects the byline names. Idempotent. */
export function cleanBody(text: string): CleanBody {
  if (cleanBodies.has(text)) return { body: text, authors: [] };
  const result = cleanText(text);
  if (cleanBodies.size >= MAX_REMEMBERED) cleanBodies.clear();
  cleanBodies.add(result.body);
  return result;
}

function cleanText(text: string): CleanBody {
  const lines = normaliseCharacters(text).split('\n');
  const authors: string[] = [];
  const kept: string[] = [];
  const isBullet = (index: number) => {
    const line = lines[index];
    return line !== undefined && BULLET.test(line) && !DASH_BYLINE.test(line);
  };

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (!line) {
      kept.push('');
      continue;
    }
    const nearBullets = isBullet(i - 1) || isBullet(i + 1);
    const names = boilerplateNames(line, !nearBullets);
    if (names) {
      authors.push(...names);
      continue;
    }
    const credit = TRAILING_CREDIT.exec(line);
    const credited = credit ? creditNames(credit[1]!) : [];
    if (credit && credited.length) {
      authors.push(...credited);
      line = line.slice(0, credit.index).trimEnd();
      if (!line) continue;
    }
    kept.push(line.replace(BULLET, ''));
  }

  const body = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const seen = new Set<string>();
  const unique = authors.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { body, authors: unique };
}
