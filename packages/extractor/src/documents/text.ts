/**
 * Plain-text articles: an optional header (title line, date line, URL line, in the layouts news
 * scrapers and the BBC corpus use), then the body, whose boilerplate is removed.
 */
import { BULLET, boilerplateNames, cleanBody } from './boilerplate';
import { normaliseCharacters } from './characters';
import { normaliseDate } from './dates';
import type { ParsedArticle } from './types';

const URL_LINE = /^(?:(?:url|link|source|original(?: article)?)\s*:\s*)?(https?:\/\/\S+)$/i;

/** Titles are short: a longer first line is the body starting without one. */
const MAX_TITLE_CHARS = 250;
const MAX_TITLE_WORDS = 40;
/** A first line ending in a full stop is a title only when this short and set apart from the body. */
const MAX_STOPPED_TITLE_WORDS = 15;

function isMetaLine(line: string): boolean {
  return URL_LINE.test(line) || normaliseDate(line) !== undefined;
}

/** Ends like a sentence: a full stop or exclamation mark, not initials ("U.S.") or an ellipsis. */
function endsLikeSentence(line: string): boolean {
  const bare = line.replace(/["'”’»)\]]+$/, '');
  return /[.!]$/.test(bare) && !/(?:^|[\s(])(?:\p{Lu}\.)+$/u.test(bare) && !/(?:\.\.\.|…)$/.test(bare);
}

/**
 * Whether `lines[index]` is a title: not a bullet, a byline or a teaser; short; not a lead-in
 * ("MOSCOW (AP) —", "Officials said:"); and either unpunctuated like a headline, or short and
 * followed by a blank line or a date / URL line.
 */
function isTitleLine(lines: string[], index: number): boolean {
  const line = lines[index]!;
  if (BULLET.test(line) || boilerplateNames(line) !== undefined) return false;
  const words = line.split(' ').length;
  if (line.length > MAX_TITLE_CHARS || words > MAX_TITLE_WORDS) return false;
  if (/[:;,\-–—]$/.test(line)) return false;
  const rest = lines.slice(index + 1);
  const next = rest.find((l) => l !== '');
  if (next === undefined) return false; // a lone line is the whole article, not a title
  if (!endsLikeSentence(line)) return true;
  return words <= MAX_STOPPED_TITLE_WORDS && (rest[0] === '' || isMetaLine(next));
}

/**
 * Parses a `.txt` article. The first line is the title unless it reads as the start of the body;
 * date (`20220215`, `2022-02-15`, `15 February 2022`, `February 15, 2022`) and URL lines may
 * follow it, or open the file when there is no title. Bullet markers are dropped (the lines stay
 * as sentences), boilerplate is removed, byline names become `authors`. The date is returned
 * normalised (YYYY-MM-DD).
 */
export function parseTextArticle(raw: string, source: string): ParsedArticle {
  const lines = normaliseCharacters(raw).split('\n');
  let i = 0;
  let date: string | undefined;
  let url: string | undefined;
  const readMeta = () => {
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line) continue;
      const iso = date ? undefined : normaliseDate(line);
      const link = url ? undefined : URL_LINE.exec(line)?.[1];
      if (iso) date = iso;
      else if (link) url = link;
      else return;
    }
  };

  readMeta();
  let title: string | undefined;
  if (i < lines.length && isTitleLine(lines, i)) {
    title = lines[i];
    i++;
    readMeta();
  }
  const { body, authors } = cleanBody(lines.slice(i).join('\n'));
  return {
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    text: body,
    authors,
    source,
  };
}
