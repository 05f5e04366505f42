import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../nlp';
import type { AnalyzedText } from '../types';
import { scoreTokens } from './decode';
import { extractFeatures, type FeatureResources } from './features';
import { LABEL_COUNT } from './labels';
import { deserializeModel, modelResources, type LoadedModel } from './model';
import { SequenceScratch, tagDocument } from './sequence';
import { createTagger, DEFAULT_MODEL_PATH } from './tagger';
import { WordTable } from './wordtable';

/** Written for this test: names, capitals, sentence starts, possessives, words shared across texts. */
const TEXTS: [text: string, titleLength: number][] = [
  [
    'MERKEL MEETS MACRON IN BERLIN\nChancellor Angela Merkel met President Emmanuel Macron in Berlin on ' +
      "Monday. Merkel's spokesman said the talks went well. Macron flew back to Paris in the evening.",
    29,
  ],
  [
    'Oil prices rose on Tuesday after Opec said it would cut output. Analysts at Goldman Sachs in New ' +
      "York expected prices to keep rising. Opec's next meeting is in Vienna in March.",
    0,
  ],
  [
    'Blair Defends Iraq Policy\nPrime Minister Tony Blair defended his policy on Iraq in the House of ' +
      "Commons. Blair said Britain's troops would stay. Michael Howard, the Tory leader, disagreed.",
    25,
  ],
  [
    'Arsenal beat Chelsea 2-1 at Highbury. Thierry Henry scored twice. Chelsea manager Jose Mourinho ' +
      "said Arsenal's second goal was offside. Henry's form delights Arsene Wenger.",
    0,
  ],
  [
    'MICROSOFT UNVEILS NEW XBOX\nMicrosoft showed its new Xbox console in Los Angeles. Bill Gates said ' +
      'the console would go on sale in Europe and Japan. Sony and Nintendo declined to comment.',
    26,
  ],
  [
    "Angela Merkel and Tony Blair spoke by phone. Merkel's office in Berlin said Blair called her. " +
      'In Paris, Macron said nothing. Paris Hilton was not involved.',
    0,
  ],
  ['', 0],
  ['the talks ended late on monday and nobody said anything at all.', 0],
];

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/bbc');
const CORPUS_ARTICLES = 200;

let model: LoadedModel;
let stored: FeatureResources;

beforeAll(() => {
  model = deserializeModel(readFileSync(DEFAULT_MODEL_PATH), DEFAULT_MODEL_PATH);
  stored = modelResources(model);
});

/** The tagger without the table: every feature listed as an id and looked up one by one. */
function uncachedTags(analyzed: AnalyzedText): number[] {
  const features = extractFeatures(analyzed, stored, model.mask);
  return Array.from(
    tagDocument(model.weights, features, analyzed.sentences, model.mask, new SequenceScratch()),
  );
}

/** Emission scores of every sentence without the document memory, as scoreTokens gives them. */
function emissions(analyzed: AnalyzedText, resources: FeatureResources): Float64Array {
  const features = extractFeatures(analyzed, resources, model.mask);
  const out = new Float64Array(analyzed.tokens.length * LABEL_COUNT);
  for (const { tokenStart, tokenEnd } of analyzed.sentences) {
    const n = tokenEnd - tokenStart;
    const scores = new Float64Array(n * LABEL_COUNT);
    scoreTokens(model.weights, features, tokenStart, tokenEnd, new Int32Array(n).fill(-1), scores);
    out.set(scores, tokenStart * LABEL_COUNT);
  }
  return out;
}

/** Up to `limit` BBC articles, taken in turn from each category folder. */
function corpusTexts(limit: number): string[] {
  const folders = readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(CORPUS, entry.name))
    .sort();
  const files = folders.map((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => path.join(folder, name)),
  );
  const texts: string[] = [];
  for (let k = 0; texts.length < limit && files.some((list) => k < list.length); k++)
    for (const list of files)
      if (k < list.length && texts.length < limit) texts.push(readFileSync(list[k]!, 'utf8'));
  return texts;
}

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
    const resources = { ...stored, words: new WordTable(model.weights, model.mask, stored.lexicon) };
    for (const [text, titleLength] of TEXTS) {
      const analyzed = analyzeText(text, titleLength);
      expect(emissions(analyzed, resources)).toEqual(emissions(analyzed, stored));
    }
    expect(resources.words.size).toBeGreaterThan(100);
  });

  it('tags the same when it starts again every few documents', () => {
    const words = new WordTable(model.weights, model.mask, stored.lexicon, 80);
    const resources = { ...stored, words };
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
    const words = new WordTable(model.weights, model.mask, stored.lexicon, 100);
    const resources = { ...stored, words };
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

  (existsSync(CORPUS) ? it : it.skip)(
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

  it('refuses float weights and training', () => {
    const float = { ...model.weights, emission: Float32Array.from(model.weights.emission) };
    expect(() => new WordTable(float, model.mask, stored.lexicon)).toThrow(
      /WordTable: the weights must be int16/,
    );
    const words = new WordTable(model.weights, model.mask, stored.lexicon);
    expect(() =>
      extractFeatures(analyzeText('Blair spoke.'), { ...stored, words, leaveOwnOut: true }, model.mask),
    ).toThrow(/extractFeatures: a WordTable is for run time/);
    expect(() =>
      extractFeatures(analyzeText('Blair spoke.'), { ...stored, words }, model.mask >>> 1),
    ).toThrow(/with the lexicon and mask it was built with/);
  });
});
