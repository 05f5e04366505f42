import { readFileSync } from 'node:fs';
import { analyzeText } from '../nlp';
import type { AnalyzedText, Sentence, Token } from '../types';
import { addRawWeights } from './decode';
import {
  extractFeatures,
  type FeatureResources,
  gazetteerM1Id,
  gazetteerP1Id,
  MATCH_ENTITY,
  MATCH_NEXT,
  MATCH_OWN,
  MATCH_PREVIOUS,
  POS_AFTER,
  POS_BEFORE,
  posM1Id,
  posM1PosId,
  posP1Id,
  posPosP1Id,
  writeCapIds,
  writeCaseIds,
  writeEntityIds,
  writeGazetteerIds,
} from './features';
import { Gazetteer } from './gazetteer';
import { hashString } from './hash';
import { LABEL_COUNT } from './labels';
import { deserializeModel, modelResources, type LoadedModel } from './model';
import { PatternTable } from './patterns';
import { DEFAULT_MODEL_PATH } from './tagger';
import { corpusTexts, differences, emissions, HAVE_CORPUS, runTime, TEXTS } from './__fixtures__/runtime';

const CORPUS_ARTICLES = 200;
const L = LABEL_COUNT;

let model: LoadedModel;
let stored: FeatureResources;

beforeAll(() => {
  model = deserializeModel(readFileSync(DEFAULT_MODEL_PATH), DEFAULT_MODEL_PATH);
  stored = modelResources(model);
});

/** The raw weight sums of the ids `write` lists, as the reference path adds them. */
function listed(write: (ids: Uint32Array) => number): Float64Array {
  const ids = new Uint32Array(16);
  const sums = new Int32Array(L);
  const count = write(ids);
  for (let f = 0; f < count; f++) addRawWeights(model.weights, ids[f]!, sums, 0);
  return Float64Array.from(sums);
}

/** What one of the table's add methods adds to zero scores (it must not refuse). */
function added(add: (out: Float64Array) => boolean | void): Float64Array {
  const out = new Float64Array(L);
  if (add(out) === false) throw new Error('the table refused a row it should hold');
  return out;
}

/** A document of one sentence whose tokens carry the given POS tags. */
function tagged(words: readonly string[], tags: readonly string[]): AnalyzedText {
  const tokens: Token[] = [];
  let at = 0;
  words.forEach((text, i) => {
    tokens.push({
      text,
      lower: text.toLowerCase(),
      start: at,
      end: at + text.length,
      pos: tags[i]!,
      lemma: text,
      sentence: 0,
    });
    at += text.length + 1;
  });
  const sentence: Sentence = {
    index: 0,
    start: 0,
    end: at - 1,
    tokenStart: 0,
    tokenEnd: tokens.length,
    isHeadline: false,
  };
  return { text: words.join(' '), tokens, sentences: [sentence] };
}

describe('the pattern table', () => {
  it('holds in every capitalisation and case row the weights of the ids training lists', () => {
    const table = new PatternTable(model.weights, model.mask);
    let rows = 0;
    let nonZero = 0;
    let wrong = 0;
    for (let pos = 0; pos < 3; pos++)
      for (let cap = 0; cap < 7; cap++)
        for (let capM1 = 0; capM1 < 8; capM1++)
          for (let capP1 = 0; capP1 < 8; capP1++)
            for (let seen = 0; seen < 4; seen++)
              for (let usual = 0; usual < 5; usual++) {
                const sums = added((out) => table.addCase(out, 0, capM1, cap, capP1, pos, seen, usual));
                const expected = listed((ids) => writeCapIds(ids, 0, capM1, cap, capP1, pos, model.mask));
                // Digits and punctuation (Cap.Digits, Cap.Other) list no case features.
                if (cap !== 4 && cap !== 5) {
                  const kase = listed((ids) => writeCaseIds(ids, 0, cap, pos, seen, usual, model.mask));
                  for (let y = 0; y < L; y++) expected[y] = expected[y]! + kase[y]!;
                }
                wrong += differences(sums, expected);
                rows++;
                if (sums.some((s) => s !== 0)) nonZero++;
              }
    expect(wrong).toBe(0);
    expect(rows).toBe(3 * 7 * 8 * 8 * 4 * 5);
    // The shipped model has weights for these features: the comparison is not of zeros.
    expect(nonZero).toBeGreaterThan(rows / 2);
  });

  it('holds in every gazetteer row the weights of the ids training lists, and refuses odd flags', () => {
    const table = new PatternTable(model.weights, model.mask);
    const { mask } = model;
    let wrong = 0;
    for (let flags = 1; flags < 32; flags++)
      for (let inside = 0; inside < 2; inside++) {
        const cases: [number, (ids: Uint32Array) => number][] = [
          [MATCH_OWN, (ids) => writeGazetteerIds(ids, 0, flags, inside, mask)],
          [MATCH_ENTITY, (ids) => writeEntityIds(ids, 0, flags, inside, mask)],
          [MATCH_PREVIOUS, (ids) => ((ids[0] = gazetteerM1Id(flags, inside, mask)), 1)],
          [MATCH_NEXT, (ids) => ((ids[0] = gazetteerP1Id(flags, inside, mask)), 1)],
        ];
        for (const [kind, write] of cases)
          wrong += differences(
            added((out) => table.addMatch(out, 0, kind, flags, inside)),
            listed(write),
          );
      }
    expect(wrong).toBe(0);
    const out = new Float64Array(L);
    expect(table.addMatch(out, 0, MATCH_OWN, 32, 0)).toBe(false);
    expect(table.addMatch(out, 0, MATCH_PREVIOUS, -1, 0)).toBe(false);
    expect(out.every((s) => s === 0)).toBe(true);
  });

  it('holds in every POS row the weights of the ids training lists, edges included', () => {
    const table = new PatternTable(model.weights, model.mask);
    const { mask } = model;
    const tags = ['PROPN', 'NOUN', 'VERB', 'ADP', 'DET', 'PUNCT', 'X', '<s>', 'NEW-TAG'];
    const index = tags.map((tag) => table.posIndex(tag));
    expect(new Set(index).size).toBe(tags.length);
    expect(index.every((q) => q > 0)).toBe(true);
    // Index 0 stands for the edges: before the first token, after the last.
    const hashes = [0, ...tags.map(hashString)];
    let wrong = 0;
    for (let a = 0; a < hashes.length; a++)
      for (let b = 1; b < hashes.length; b++)
        for (let c = 0; c < hashes.length; c++) {
          const sums = added((out) => table.addPos(out, 0, a, b, c));
          const before = a === 0 ? POS_BEFORE : hashes[a]!;
          const after = c === 0 ? POS_AFTER : hashes[c]!;
          const expected = listed((ids) => {
            ids[0] = posM1Id(before, mask);
            ids[1] = posP1Id(after, mask);
            ids[2] = posM1PosId(before, hashes[b]!, mask);
            ids[3] = posPosP1Id(hashes[b]!, after, mask);
            return 4;
          });
          wrong += differences(sums, expected);
        }
    expect(wrong).toBe(0);
  });

  it('gives tokens the scores of the listed features when tags outrun its room', () => {
    const resources = runTime(model, stored);
    const patterns = resources.patterns!;
    // Fill the table's POS room, then tag a sentence with tags inside it and past it.
    const many = Array.from({ length: 40 }, (_, i) => `TAG${i}`);
    const indices = many.map((tag) => patterns.posIndex(tag));
    expect(indices.filter((q) => q < 0).length).toBeGreaterThan(0);
    const words = ['Ministers', 'met', 'in', 'Berlin', 'and', 'London', 'on', 'Monday', '.'];
    for (const tags of [
      words.map((_, i) => many[i]!),
      words.map((_, i) => many[39 - i]!),
      words.map((_, i) => (i % 2 ? 'NOUN' : many[35]!)),
    ]) {
      const analyzed = tagged(words, tags);
      expect(differences(emissions(model, analyzed, resources), emissions(model, analyzed, stored))).toBe(0);
    }
  });

  it('gives tokens the scores of the listed features for gazetteer flags past its rows', () => {
    const gazetteer = new Gazetteer();
    gazetteer.add('Berlin', 1 | 64);
    gazetteer.add('New York', 4);
    gazetteer.add('Burkina Faso', 1 << 30);
    const own = { ...stored, gazetteer };
    const resources = runTime(model, own);
    const text = 'Officials from Berlin, New York and Burkina Faso met in Berlin on Monday.';
    const analyzed = analyzeText(text);
    const scores = emissions(model, analyzed, resources);
    expect(differences(scores, emissions(model, analyzed, own))).toBe(0);
    // The flags change the scores: the comparison covers the listed fallback.
    expect(differences(scores, emissions(model, analyzed, stored))).toBeGreaterThan(0);
  });

  it('gives emission scores equal to the bit to those of the listed features on written texts', () => {
    const resources = runTime(model, stored);
    // Twice over, so that the second pass reads rows and words filled by the first.
    for (const pass of [1, 2])
      for (const [text, titleLength] of TEXTS) {
        const analyzed = analyzeText(text, titleLength);
        const different = differences(
          emissions(model, analyzed, resources),
          emissions(model, analyzed, stored),
        );
        expect({ pass, text, different }).toEqual({ pass, text, different: 0 });
      }
  });

  (HAVE_CORPUS ? it : it.skip)(
    `gives emission scores equal to the bit to those of the listed features on ${CORPUS_ARTICLES} BBC articles`,
    () => {
      const resources = runTime(model, stored);
      let scores = 0;
      let different = 0;
      for (const text of corpusTexts(CORPUS_ARTICLES)) {
        const analyzed = analyzeText(text, Math.max(0, text.indexOf('\n')));
        const reference = emissions(model, analyzed, stored);
        scores += reference.length;
        different += differences(emissions(model, analyzed, resources), reference);
      }
      expect(scores).toBeGreaterThan(50_000 * L);
      expect(different).toBe(0);
    },
  );

  it('refuses float weights, and goes with a word table of the same weights', () => {
    const float = { ...model.weights, emission: Float32Array.from(model.weights.emission) };
    expect(() => new PatternTable(float, model.mask)).toThrow(/PatternTable: the weights must be int16/);
    const resources = {
      ...runTime(model, stored),
      patterns: new PatternTable({ ...model.weights }, model.mask),
    };
    expect(() => extractFeatures(analyzeText('Blair spoke.'), resources, model.mask)).toThrow(
      /a WordTable and a PatternTable go together, built of the same weights/,
    );
  });
});
