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
};

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
  let s = name
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
  if (s.includes(' ') || SPELLING[s]) {
    // Loops here and in acronymOf, not map() and filter(): optimised code makes their arrays
    // holey, the interpreter packed, and the joins were deoptimised for the second kind.
    const words = s.split(' ');
    let spelled = '';
    for (let i = 0; i < words.length; i++)
      spelled += (i === 0 ? '' : ' ') + (SPELLING[words[i]!] ?? words[i]!);
    s = spelled;
  }
  return s;
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
