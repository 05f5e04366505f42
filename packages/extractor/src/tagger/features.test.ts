import { analyzeText } from '../nlp';
import { extractFeatures } from './features';
import { Gazetteer } from './gazetteer';
import { hashString, mix } from './hash';
import { CaseLexicon } from './lexicon';

const MASK = (1 << 18) - 1;

function gazetteer(): Gazetteer {
  const g = new Gazetteer();
  g.add('Burkina Faso', 1);
  g.add('Ouagadougou', 4);
  return g;
}

function featuresOf(text: string, g = gazetteer()) {
  return extractFeatures(analyzeText(text), { gazetteer: g, lexicon: new CaseLexicon() }, MASK);
}

function tokenIds(f: ReturnType<typeof featuresOf>, i: number): number[] {
  return Array.from(f.ids.subarray(f.offsets[i]!, f.offsets[i + 1]!));
}

describe('extractFeatures', () => {
  it('is deterministic: the same text gives the same ids', () => {
    const text = 'Ibrahim Traore spoke in Ouagadougou on Friday.';
    const a = featuresOf(text);
    const b = featuresOf(text);
    expect(Array.from(a.ids)).toEqual(Array.from(b.ids));
    expect(Array.from(a.offsets)).toEqual(Array.from(b.offsets));
    expect(a.ids.every((id) => id <= MASK)).toBe(true);
  });

  it('depends on the word and on its neighbours', () => {
    const a = featuresOf('Traore spoke in Ouagadougou.');
    const b = featuresOf('Traore spoke in Bobo.');
    // "in" (token 2) sees a different next word; "Traore" (token 0) is two words too far to notice.
    expect(tokenIds(a, 0)).toEqual(tokenIds(b, 0));
    expect(tokenIds(a, 2)).not.toEqual(tokenIds(b, 2));
  });

  it('marks gazetteer matches, multi-word ones included', () => {
    const withGaz = featuresOf('Troops left Burkina Faso today.');
    const without = featuresOf('Troops left Burkina Faso today.', new Gazetteer());
    for (const i of [2, 3]) expect(tokenIds(withGaz, i).length).toBeGreaterThan(tokenIds(without, i).length);
    expect(tokenIds(withGaz, 0)).toEqual(tokenIds(without, 0));
  });

  it('gives headline tokens features of their own', () => {
    const f = featuresOf('TRAORE VISITS OUAGADOUGOU\nTraore visited Ouagadougou on Friday.');
    expect(Array.from(f.position.subarray(0, 3))).toEqual([2, 2, 2]);
    // Same lower-cased word, different position and case: different feature lists.
    expect(tokenIds(f, 0)).not.toEqual(tokenIds(f, 3));
  });
});

describe('the case lexicon', () => {
  it('classes words by how the body text writes them, leaving a document out of its own counts', () => {
    const lexicon = new CaseLexicon();
    for (let i = 0; i < 9; i++) lexicon.count('warns', false);
    lexicon.count('warns', true);
    for (let i = 0; i < 5; i++) lexicon.count('ouagadougou', true);
    expect(lexicon.classOf('warns')).toBe(1);
    expect(lexicon.classOf('ouagadougou')).toBe(4);
    expect(lexicon.classOf('unseen')).toBe(0);
    // Its own five mentions removed, a document knows nothing of the word.
    expect(lexicon.classOf('ouagadougou', 0, 5)).toBe(0);
    expect(CaseLexicon.fromText(lexicon.toText()).counts).toEqual(lexicon.counts);
  });

  it('changes the features of a headline word the body text never shows', () => {
    const lexicon = new CaseLexicon();
    for (let i = 0; i < 10; i++) lexicon.count('visits', false);
    const text = 'TRAORE VISITS BOBO\nThe minister left.';
    const plain = extractFeatures(
      analyzeText(text),
      { gazetteer: gazetteer(), lexicon: new CaseLexicon() },
      MASK,
    );
    const known = extractFeatures(analyzeText(text), { gazetteer: gazetteer(), lexicon }, MASK);
    expect(tokenIds(known, 0)).toEqual(tokenIds(plain, 0));
    expect(tokenIds(known, 1)).not.toEqual(tokenIds(plain, 1));
  });
});

describe('hashing', () => {
  it('is stable across runs (the shipped model depends on it)', () => {
    expect(hashString('Paris')).toBe(hashString('Paris'));
    expect(hashString('')).toBe(0x811c9dc5);
    expect(mix(3, hashString('paris'))).not.toBe(mix(4, hashString('paris')));
  });
});

describe('extractFeatures with a window around capitals', () => {
  const text =
    'The talks ended late on Monday after the two sides failed to agree on anything at all, and Putin left.\nMERKEL VISITS PARIS';
  const resources = (window?: number) => ({ gazetteer: gazetteer(), lexicon: new CaseLexicon(), window });

  it('gives features only to tokens near a capital letter, and to every headline token', () => {
    const analyzed = analyzeText(text);
    const f = extractFeatures(analyzed, resources(2), MASK);
    const flags = Object.fromEntries(analyzed.tokens.map((t, i) => [t.text, f.active![i]]));
    expect(flags).toMatchObject({
      Monday: 1,
      after: 1,
      the: 1,
      two: 0,
      failed: 0,
      and: 1,
      MERKEL: 1,
      PARIS: 1,
    });
    analyzed.tokens.forEach((_t, i) => expect(tokenIds(f, i).length > 0).toBe(f.active![i] === 1));
  });

  it('leaves the features of the tokens it keeps as they are without the window', () => {
    const analyzed = analyzeText(text);
    const windowed = extractFeatures(analyzed, resources(2), MASK);
    const full = extractFeatures(analyzed, resources(undefined), MASK);
    expect(full.active).toBeUndefined();
    analyzed.tokens.forEach((_t, i) => {
      if (windowed.active![i]) expect(tokenIds(windowed, i)).toEqual(tokenIds(full, i));
    });
  });
});
