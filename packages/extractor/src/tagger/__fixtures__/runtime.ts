/**
 * Shared by the tests of the run-time tables (wordtable.test.ts, patterns.test.ts): texts written
 * for them, the BBC corpus when it is there, and the scores and tags of the reference path (every
 * feature listed as an id and looked up one by one, as in training).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnalyzedText } from '../../types';
import { scoreTokens } from '../decode';
import { extractFeatures, type FeatureResources } from '../features';
import { LABEL_COUNT } from '../labels';
import type { LoadedModel } from '../model';
import { PatternTable } from '../patterns';
import { SequenceScratch, tagDocument } from '../sequence';
import { WordTable } from '../wordtable';

/** Written for these tests: names, capitals, sentence starts, possessives, words shared across texts. */
export const TEXTS: [text: string, titleLength: number][] = [
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

const CORPUS = path.resolve(__dirname, '../../../../../../shared/corpus/bbc');

/** Whether the BBC corpus is there (it is not part of the repository). */
export const HAVE_CORPUS = existsSync(CORPUS);

/** The run-time resources: the model's stored ones with both tables (`words` given or a new one). */
export function runTime(
  model: LoadedModel,
  stored: FeatureResources,
  words = new WordTable(model.weights, model.mask, stored),
): FeatureResources {
  return { ...stored, words, patterns: new PatternTable(model.weights, model.mask) };
}

/** The tags of the reference path (`stored`: no tables). */
export function uncachedTags(model: LoadedModel, stored: FeatureResources, analyzed: AnalyzedText): number[] {
  const features = extractFeatures(analyzed, stored, model.mask);
  return Array.from(
    tagDocument(model.weights, features, analyzed.sentences, model.mask, new SequenceScratch()),
  );
}

/** Emission scores of every sentence without the document memory, as scoreTokens gives them. */
export function emissions(
  model: LoadedModel,
  analyzed: AnalyzedText,
  resources: FeatureResources,
): Float64Array {
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

/** Number of scores that differ, bit for bit (-0 included), between two score arrays. */
export function differences(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let count = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) count++;
  return count;
}

/** Up to `limit` BBC articles, taken in turn from each category folder. */
export function corpusTexts(limit: number): string[] {
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
