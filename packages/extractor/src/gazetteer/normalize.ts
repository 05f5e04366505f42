/**
 * Name normalisation shared by gazetteers and entity resolution: the key under which two surface
 * forms of one name meet ("U.S." / "US", "Defence" / "Defense", "Russia's" / "Russias").
 */

/** British spellings that differ from American ones in names of organisations and offices. */
const SPELLING: Record<string, string> = {
  defence: 'defense',
  organisation: 'organization',
  organisations: 'organizations',
  centre: 'center',
  programme: 'program',
  labour: 'labor',
  harbour: 'harbor',
  honour: 'honor',
  kiev: 'kyiv',
  zelensky: 'zelenskyy',
  zelenskiy: 'zelenskyy',
  // Sports pages shorten clubs: "Man Utd", "Sheff Wed", "Dundee Utd".
  utd: 'united',
};

/** "Man City" and "Man Utd" are Manchester's clubs: "Man" is shortened only before a club word. */
const MAN_CLUBS = /^man (city|united)$/;

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Names repeat across an article and a corpus, and resolution and the span rules ask for the same
 * keys again and again: a bounded memo saves most of the work.
 */
const memo = new Map<string, string>();
const MEMO_SIZE = 50_000;

/** Lower case, accents and dots removed, quotes straightened, British spellings folded, possessive dropped. */
export function normalizeName(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    key = foldName(name);
    memo.set(name, key);
  }
  return key;
}

/** normalizeName without the memo, for building gazetteers (keys that are looked up, not asked for again). */
export function foldName(name: string): string {
  // Nine names in ten are ASCII words with single spaces ("Tony Blair"). For them the Unicode
  // decomposition and the replacements of foldCharacters change nothing but the case and a
  // leading "the": skipping them takes about a third off (BBC's 33k names, 105-120 -> 75-81 ms).
  const s = isPlainName(name) ? foldPlainName(name) : foldCharacters(name);
  if (!s.includes(' ') && !SPELLING[s]) return s;
  // Loops here and in acronymOf, not map() and filter(): optimised code makes their arrays
  // holey, the interpreter packed, and the joins were deoptimised for the second kind.
  const words = s.split(' ');
  let spelled = '';
  for (let i = 0; i < words.length; i++) spelled += (i === 0 ? '' : ' ') + (SPELLING[words[i]!] ?? words[i]!);
  return MAN_CLUBS.test(spelled) ? `manchester ${spelled.slice(4)}` : spelled;
}

/** Letters, quotes, dashes and dots of any name: accents off, lower case, possessive and a leading "the" dropped. */
export function foldCharacters(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/'s$|s'$|'$/g, (m) => (m === "s'" ? 's' : ''))
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}'&-]+/gu, ' ')
    .trim();
}

/** ASCII letters in words separated by single spaces, nothing else: what foldPlainName handles. */
export function isPlainName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i) | 0x20; // ASCII letters to lower case, space stays a space
    if (c >= 97 && c <= 122) continue;
    // A space only between two letters (the next one is checked by the next turn).
    if (name.charCodeAt(i) !== 32 || i === 0 || i === name.length - 1 || name.charCodeAt(i - 1) === 32)
      return false;
  }
  return true;
}

/** foldCharacters for a name that isPlainName accepts. */
export function foldPlainName(name: string): string {
  const s = name.toLowerCase();
  return s.startsWith('the ') ? s.slice(4) : s;
}

/** The initials of a multi-word name, function words left out ("Organization for Security and Cooperation in Europe" -> "osce"). */
export function acronymOf(name: string): string {
  let initials = '';
  let words = 0;
  for (const w of name.split(/[\s-]+/))
    if (/^\p{Lu}/u.test(w)) {
      initials += w[0]!.toLowerCase();
      words++;
    }
  return words >= 2 ? initials : '';
}
