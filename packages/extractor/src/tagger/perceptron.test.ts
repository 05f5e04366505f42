import { analyzeText } from '../nlp';
import type { Weights } from './decode';
import { extractFeatures } from './features';
import { Gazetteer } from './gazetteer';
import { CaseLexicon } from './lexicon';
import { LABELS, labelIndex } from './labels';
import { trainPerceptron, type TrainingDocument } from './perceptron';
import { seededRandom } from './random';
import { SequenceScratch, tagDocument } from './sequence';

const BITS = 16;
const MASK = (1 << BITS) - 1;
const resources = { gazetteer: new Gazetteer(), lexicon: new CaseLexicon() };

/** Invented names: the toy pattern is "Dr First Last" = person, "to Place" = place. */
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vu', 'ne', 'dor', 'ix', 'pa', 'qu'];
function name(random: () => number): string {
  const n = 2 + Math.floor(random() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

function toyDocument(random: () => number): { text: string; tags: string[] } {
  const first = name(random);
  const last = name(random);
  const place = name(random);
  const text = `Yesterday Dr ${first} ${last} travelled to ${place} by train .`;
  const tags = ['O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'O'];
  return { text, tags };
}

function prepare(text: string, tags: string[]): TrainingDocument {
  const analyzed = analyzeText(text);
  expect(analyzed.tokens).toHaveLength(tags.length);
  return {
    features: extractFeatures(analyzed, resources, MASK),
    sentences: analyzed.sentences,
    gold: Int32Array.from(tags, labelIndex),
  };
}

function tag(weights: Weights, text: string): string[] {
  const analyzed = analyzeText(text);
  const labels = tagDocument(
    weights,
    extractFeatures(analyzed, resources, MASK),
    analyzed.sentences,
    MASK,
    new SequenceScratch(),
  );
  return Array.from(labels, (l) => LABELS[l]!);
}

describe('trainPerceptron', () => {
  const random = seededRandom(7);
  const documents = Array.from({ length: 60 }, () => {
    const { text, tags } = toyDocument(random);
    return prepare(text, tags);
  });

  it('learns a toy pattern and applies it to names it never saw', () => {
    const { weights } = trainPerceptron(documents, { bits: BITS, epochs: 5, seed: 1, minCount: 1 });
    expect(tag(weights, 'Yesterday Dr Zebulon Quaxley travelled to Wobbleton by train .')).toEqual([
      'O',
      'O',
      'B-PER',
      'I-PER',
      'O',
      'O',
      'B-LOC',
      'O',
      'O',
      'O',
    ]);
  });

  it('is deterministic for a seed', () => {
    const a = trainPerceptron(documents, { bits: BITS, epochs: 2, seed: 3, minCount: 1 });
    const b = trainPerceptron(documents, { bits: BITS, epochs: 2, seed: 3, minCount: 1 });
    expect(Buffer.from(a.weights.emission.buffer).equals(Buffer.from(b.weights.emission.buffer))).toBe(true);
    expect(Array.from(a.weights.transition)).toEqual(Array.from(b.weights.transition));
  });

  it('keeps the epoch with the best score and reports it', () => {
    const scores = [0.5, 0.9, 0.7];
    const result = trainPerceptron(documents, {
      bits: BITS,
      epochs: 3,
      seed: 1,
      minCount: 1,
      onEpoch: (epoch) => scores[epoch - 1]!,
    });
    expect(result.bestEpoch).toBe(2);
    expect(result.bestScore).toBe(0.9);
  });

  it('rejects bad options, naming them', () => {
    expect(() => trainPerceptron(documents, { bits: 40, epochs: 1, seed: 1, minCount: 1 })).toThrow(/bits/);
    expect(() => trainPerceptron(documents, { bits: BITS, epochs: 0, seed: 1, minCount: 1 })).toThrow(
      /epochs/,
    );
  });
});
