/**
 * Name normalisation for search: accent-insensitive (NFKD, marks dropped), lower case, dots and
 * apostrophes removed (`U.S.` = `US`, `O'Brien` = `OBrien`), any other punctuation to one space.
 * The result holds only letters, digits and single spaces.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How a search key was made; lower ranks first. */
export const NameKind = { label: 0, alias: 1, word: 2 } as const;
export type NameKind = (typeof NameKind)[keyof typeof NameKind];

/**
 * The search keys of one entity: its label and aliases, whole, and every word-initial suffix of
 * them ("vladimir putin" also gives "putin"), so that a prefix search finds a name by any word.
 */
export function nameKeys(label: string, aliases: readonly string[]): Map<string, NameKind> {
  const keys = new Map<string, NameKind>();
  const add = (key: string, kind: NameKind): void => {
    const seen = keys.get(key);
    if (key !== '' && (seen === undefined || kind < seen)) keys.set(key, kind);
  };
  const names: [string, NameKind][] = [
    [label, NameKind.label],
    ...aliases.map((a): [string, NameKind] => [a, NameKind.alias]),
  ];
  for (const [name, kind] of names) {
    const words = normalizeName(name).split(' ');
    for (let i = 0; i < words.length; i++) add(words.slice(i).join(' '), i === 0 ? kind : NameKind.word);
  }
  return keys;
}
