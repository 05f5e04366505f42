import { foldCharacters, foldName, foldPlainName, isPlainName, normalizeName } from './normalize';

/** Every string of up to `length` pieces (with repeats): exhaustive, so no generator or seed. */
function allStrings(pieces: readonly string[], length: number): string[] {
  let level = [''];
  const all = [''];
  for (let n = 0; n < length; n++) {
    const longer: string[] = [];
    for (const prefix of level) for (const piece of pieces) longer.push(prefix + piece);
    all.push(...longer);
    level = longer;
  }
  return all;
}

describe('foldName', () => {
  it.each([
    ['U.S.', 'us'],
    ['US', 'us'],
    ['Ministry of Defence', 'ministry of defense'],
    ["Russia's", 'russia'],
    ['Russia’s', 'russia'],
    ['The Hague', 'hague'],
    ['the', 'the'],
    ['Kiev', 'kyiv'],
    ['Volodymyr Zelenskiy', 'volodymyr zelenskyy'],
    ['Zürich', 'zurich'],
    ['Al-Qaeda', 'al-qaeda'],
    ['AT&T', 'at&t'],
    ['  Tony   Blair ', 'tony blair'],
  ])('folds %p to %p', (name, key) => {
    expect(foldName(name)).toBe(key);
    expect(normalizeName(name)).toBe(key);
  });
});

describe('the plain-name shortcut', () => {
  // Letters of both cases, the article, the spelling-folded words, and every character the full
  // fold acts on: spaces (single, double, at the ends), dots, quotes, dashes, accents, digits.
  const pieces = ['a', 'B', 'the', 'The', 'Kiev', ' ', '  ', '.', "'", '’', '-', 'é', 's', '1', '&'];
  const strings = allStrings(pieces, 4);

  it('takes exactly the ASCII words with single spaces', () => {
    const plain = /^[A-Za-z]+( [A-Za-z]+)*$/;
    expect(strings.filter((s) => isPlainName(s) !== plain.test(s))).toEqual([]);
  });

  it('gives what the full fold gives for every name it takes', () => {
    const taken = strings.filter(isPlainName);
    expect(taken.filter((s) => foldPlainName(s) !== foldCharacters(s))).toEqual([]);
    // The check above ran on enough names to mean something.
    expect(taken.length).toBeGreaterThan(1000);
  });
});
