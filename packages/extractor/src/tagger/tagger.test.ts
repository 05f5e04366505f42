import { analyzeText } from '../nlp';
import { readFileSync } from 'node:fs';
import { extractFeatures } from './features';
import { getTagger, loadTagger, createTagger, DEFAULT_MODEL_PATH } from './index';
import { deserializeModel, modelResources } from './model';
import { SequenceScratch, tagDocument } from './sequence';

/** Pairs of [token, tag] for the tokens the tagger put in an entity. */
function entities(text: string, titleLength = 0): [string, string][] {
  const analyzed = analyzeText(text, titleLength);
  const tags = getTagger().tag(analyzed);
  expect(tags).toHaveLength(analyzed.tokens.length);
  return analyzed.tokens.flatMap((t, i) => (tags[i] === 'O' ? [] : [[t.text, tags[i]!] as [string, string]]));
}

describe('the shipped tagger', () => {
  it('finds a person and a place', () => {
    expect(entities('Angela Merkel visited Paris on Monday.')).toEqual([
      ['Angela', 'B-PER'],
      ['Merkel', 'I-PER'],
      ['Paris', 'B-LOC'],
    ]);
  });

  it('types organisations and keeps titles out of names', () => {
    const found = entities(
      'NATO Secretary-General Jens Stoltenberg met officials of the World Bank in Brussels.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ['NATO', 'B-ORG'],
        ['Jens', 'B-PER'],
        ['Stoltenberg', 'I-PER'],
        ['Brussels', 'B-LOC'],
      ]),
    );
    expect(found.find(([t]) => t === 'Secretary')).toBeUndefined();
  });

  it('tags an all-caps headline with the help of the body', () => {
    const text =
      'MERKEL WELCOMES MACRON TO BERLIN\nChancellor Angela Merkel received French President Emmanuel Macron in Berlin on Tuesday.';
    const found = new Map(entities(text, text.indexOf('\n')));
    expect(found.get('MERKEL')).toBe('B-PER');
    expect(found.get('MACRON')).toBe('B-PER');
    expect(found.get('BERLIN')).toBe('B-LOC');
  });

  it('tags a title in Title Case (marked by titleLength) without running it into one name', () => {
    const text =
      'Putin Warns Nato Over Ukraine Troop Build-Up\nRussian President Vladimir Putin spoke on Tuesday.';
    const found = new Map(entities(text, text.indexOf('\n')));
    expect(found.get('Ukraine')).toBe('B-LOC');
    expect(found.get('Warns')).toBeUndefined();
    expect(found.get('Over')).toBeUndefined();
  });

  it('tags a later surname alone as the person', () => {
    const found = entities(
      'Prime Minister Jacinda Ardern spoke in Wellington. Ardern said the plan would work.',
    );
    expect(found.filter(([t]) => t === 'Ardern').map(([, tag]) => tag)).toEqual(['I-PER', 'B-PER']);
  });

  it('tags with every resource stored in the model file, as training scored it', () => {
    const model = deserializeModel(readFileSync(DEFAULT_MODEL_PATH), DEFAULT_MODEL_PATH);
    const resources = modelResources(model);
    expect(resources.entities?.counts.size).toBeGreaterThan(1000);
    expect(resources.lexicon.counts.size).toBeGreaterThan(1000);
    const analyzed = analyzeText(
      'Juventus beat Ajax in Rome while Kofi Annan met officials of the UN in Geneva.',
    );
    const features = extractFeatures(analyzed, resources, model.mask);
    const expected = tagDocument(
      model.weights,
      features,
      analyzed.sentences,
      model.mask,
      new SequenceScratch(),
    );
    expect(Array.from(createTagger(model).tagIndices(analyzed))).toEqual(Array.from(expected));
  });

  it('tags the same with the window around capitals as with every token scored', () => {
    const model = deserializeModel(readFileSync(DEFAULT_MODEL_PATH), DEFAULT_MODEL_PATH);
    const analyzed = analyzeText(
      'After a long and tiring night of talks that went nowhere, the Bank of England said on ' +
        'Thursday that rates would stay where they were, and officials in Frankfurt agreed.',
    );
    const tags = (window?: number) =>
      Array.from(
        tagDocument(
          model.weights,
          extractFeatures(analyzed, { ...modelResources(model), window }, model.mask),
          analyzed.sentences,
          model.mask,
          new SequenceScratch(),
        ),
      );
    const full = tags(undefined);
    expect(tags(2)).toEqual(full);
    expect(full.filter((label) => label !== 0).length).toBeGreaterThanOrEqual(4);
  });

  it('gives an empty list for an empty text', () => {
    expect(getTagger().tag(analyzeText(''))).toEqual([]);
  });

  it('names a missing model file', () => {
    expect(() => loadTagger('/nonexistent/ner.bin')).toThrow(
      /loadTagger: cannot read the NER model '\/nonexistent\/ner\.bin'/,
    );
  });
});
