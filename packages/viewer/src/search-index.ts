/**
 * Autocomplete over entity labels and aliases, run in the page over the loaded graph so that every
 * keystroke answers at once. Ranking: exact name, then a name word starting with the query, then a
 * substring; aliases count a little less than the label; ties go to the most mentioned entity.
 */
export interface SearchEntry {
  key: string;
  label: string;
  aliases: readonly string[];
  mentions: number;
  entityType: string;
}

export interface SearchHit {
  key: string;
  label: string;
  entityType: string;
  /** The alias that matched, when the label did not. */
  matchedAlias: string | null;
  score: number;
}

/** Lower case, accents stripped, punctuation to spaces: "Zelenskyy's" finds "zelenskyy s". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function matchScore(name: string, query: string): number {
  if (name === query) return 3;
  if (name.startsWith(query) || name.includes(` ${query}`)) return 2;
  if (name.includes(query)) return 1;
  return 0;
}

export class SearchIndex {
  private readonly entries: { entry: SearchEntry; label: string; aliases: string[] }[];

  constructor(entries: Iterable<SearchEntry>) {
    this.entries = [...entries].map((entry) => ({
      entry,
      label: normalize(entry.label),
      aliases: entry.aliases.map(normalize),
    }));
  }

  search(query: string, limit = 8): SearchHit[] {
    const q = normalize(query);
    if (q === '') return [];
    const hits: SearchHit[] = [];
    for (const { entry, label, aliases } of this.entries) {
      let score = matchScore(label, q);
      let matchedAlias: string | null = null;
      if (score < 3) {
        aliases.forEach((alias, i) => {
          // An alias match ranks just below the same kind of label match.
          const s = matchScore(alias, q) - 0.5;
          if (s > score) {
            score = s;
            matchedAlias = entry.aliases[i] ?? null;
          }
        });
      }
      if (score > 0) {
        hits.push({ key: entry.key, label: entry.label, entityType: entry.entityType, matchedAlias, score });
      }
    }
    const mentions = new Map(this.entries.map(({ entry }) => [entry.key, entry.mentions]));
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        (mentions.get(b.key) ?? 0) - (mentions.get(a.key) ?? 0) ||
        a.label.localeCompare(b.label),
    );
    return hits.slice(0, limit);
  }

  /** Every key whose label or alias contains the query, for highlighting while typing. */
  matchingKeys(query: string): Set<string> {
    const q = normalize(query);
    const keys = new Set<string>();
    if (q === '') return keys;
    for (const { entry, label, aliases } of this.entries) {
      if (label.includes(q) || aliases.some((a) => a.includes(q))) keys.add(entry.key);
    }
    return keys;
  }
}
