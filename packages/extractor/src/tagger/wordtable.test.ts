import { readFileSync } from 'node:fs';
import { analyzeText } from '../nlp';
import type { AnalyzedText } from '../types';
import { extractFeatures, type FeatureResources } from './features';
import { deserializeModel, modelResources, type LoadedModel } from './model';
import { SequenceScratch, tagDocument } from './sequence';
import { createTagger, DEFAULT_MODEL_PATH } from './tagger';
import { WordTable } from './wordtable';
import * as fixtures from './__fixtures__/runtime';
import { corpusTexts, HAVE_CORPUS, TEXTS } from './__fixtures__/runtime';

const CORPUS_ARTICLES = 200;

let model: LoadedModel;
let stored: FeatureResources;

beforeAll(() => {
  model = deserializeModel(readFileSync(DEFAULT_MODEL_PATH), DEFAULT_MODEL_PATH);
  stored = modelResources(model);
});

const runTime = (words?: WordTable) => fixtures.runTime(model, stored, words);
const uncachedTags = (analyzed: AnalyzedText) => fixtures.uncachedTags(model, stored, analyzed);
const emissions = (analyzed: AnalyzedText, resources: FeatureResources) =>
  fixtures.emissions(model, analyzed, resources);

describe('the word table', () => {
  it('gives the tagger the labels it gives without the table, on texts that share words', () => {
    const tagger = createTagger(model);
    // Twice over, so that the second pass finds every word in the table.
    for (const pass of [1, 2])
      for (const [text, titleLength] of TEXTS) {
        const analyzed = analyzeText(text, titleLength);
        expect({ pass, text, tags: Array.from(tagger.tagIndices(analyzed)) }).toEqual({
          pass,
          text,
          tags: uncachedTags(analyzed),
        });
      }
  });

  it('gives emission scores equal to the bit to those of the listed features', () => {
    const resources = runTime(new WordTable(model.weights, model.mask, stored));
    for (const [text, titleLength] of TEXTS) {
      const analyzed = analyzeText(text, titleLength);
      expect(emissions(analyzed, resources)).toEqual(emissions(analyzed, stored));
    }
    expect(resources.words!.size).toBeGreaterThan(100);
  });

  it('tags the same when it starts again every few documents', () => {
    const words = new WordTable(model.weights, model.mask, stored, 80);
    const resources = runTime(words);
    const scratch = new SequenceScratch();
    let largest = 0;
    let restarts = 0;
    for (const [text, titleLength] of [...TEXTS, ...TEXTS]) {
      const analyzed = analyzeText(text, titleLength);
      const before = words.size;
      const features = extractFeatures(analyzed, resources, model.mask);
      if (words.size < before) restarts++;
      largest = Math.max(largest, words.size);
      const tags = tagDocument(model.weights, features, analyzed.sentences, model.mask, scratch);
      expect(Array.from(tags)).toEqual(uncachedTags(analyzed));
    }
    expect(restarts).toBeGreaterThanOrEqual(3);
    // These documents are shorter than the limit: none takes the table past it.
    expect(largest).toBeLessThanOrEqual(80);
  });

  it('tags the same after a document with more words than its limit', () => {
    const words = new WordTable(model.weights, model.mask, stored, 100);
    const resources = runTime(words);
    const scratch = new SequenceScratch();
    // 3,000 distinct words in one document: the arrays grow past the limit, then shrink back.
    const long = Array.from({ length: 300 }, (_, s) =>
      Array.from({ length: 10 }, (_, w) => (w === 0 ? `Name${s}` : `word${s}x${w}`)).join(' '),
    ).join('. ');
    for (const [text, titleLength] of [[long, 0] as const, ...TEXTS]) {
      const analyzed = analyzeText(text, titleLength);
      const features = extractFeatures(analyzed, resources, model.mask);
      const tags = tagDocument(model.weights, features, analyzed.sentences, model.mask, scratch);
      expect(Array.from(tags)).toEqual(uncachedTags(analyzed));
    }
    expect(words.size).toBeLessThanOrEqual(100);
  });

  (HAVE_CORPUS ? it : it.skip)(
    `gives the same labels as without it on ${CORPUS_ARTICLES} BBC articles`,
    () => {
      const tagger = createTagger(model);
      let tokens = 0;
      let differences = 0;
      for (const text of corpusTexts(CORPUS_ARTICLES)) {
        const analyzed = analyzeText(text, Math.max(0, text.indexOf('\n')));
        const cached = tagger.tagIndices(analyzed);
        const reference = uncachedTags(analyzed);
        tokens += reference.length;
        for (let i = 0; i < reference.length; i++) if (cached[i] !== reference[i]) differences++;
      }
      expect(tokens).toBeGreaterThan(50_000);
      expect(differences).toBe(0);
    },
  );

  it('keeps the case a document gives a word (any case of it) for that document only', () => {
    const words = new WordTable(model.weights, model.mask, stored);
    words.startDocument(3);
    const lower = words.slotOf('the');
    const upper = words.slotOf('The');
    const name = words.slotOf('Blair');
    expect(words.caseSeen(lower)).toBe(0);
    words.noteCase(lower, 2);
    expect(words.caseSeen(upper)).toBe(2);
    words.noteCase(upper, 1);
    words.noteCase(name, 1);
    expect([words.caseSeen(lower), words.caseSeen(name)]).toEqual([3, 1]);
    words.startDocument(3);
    expect([words.caseSeen(lower), words.caseSeen(upper), words.caseSeen(name)]).toEqual([0, 0, 0]);
  });

  it('refuses float weights and training', () => {
    const float = { ...model.weights, emission: Float32Array.from(model.weights.emission) };
    expect(() => new WordTable(float, model.mask, stored)).toThrow(/WordTable: the weights must be int16/);
    const resources = runTime(new WordTable(model.weights, model.mask, stored));
    expect(() =>
      extractFeatures(analyzeText('Blair spoke.'), { ...resources, leaveOwnOut: true }, model.mask),
    ).toThrow(/extractFeatures: a WordTable is for run time/);
    expect(() => extractFeatures(analyzeText('Blair spoke.'), resources, model.mask >>> 1)).toThrow(
      /with the resources and mask it was built with/,
    );
    expect(() =>
      extractFeatures(analyzeText('Blair spoke.'), { ...resources, patterns: undefined }, model.mask),
    ).toThrow(/a WordTable and a PatternTable go together/);
  });
});
