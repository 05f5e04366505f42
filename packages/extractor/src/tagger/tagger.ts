/** The run-time tagger: a loaded model plus the gazetteer, tagging analysed documents. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnalyzedText } from '../types';
import { extractFeatures } from './features';
import { LABELS } from './labels';
import { deserializeModel, modelResources, type LoadedModel } from './model';
import { SequenceScratch, tagDocument } from './sequence';
import { PatternTable } from './patterns';
import { WordTable, type WordResources } from './wordtable';

export interface NerTagger {
  /**
   * One IOB2 label per `analyzed.tokens` entry ('B-PER', 'I-PER', 'O', ...). Uses each sentence's
   * `isHeadline` flag and the document itself as context (earlier tags of the same name).
   */
  tag(analyzed: AnalyzedText): string[];
  /** Label indices into LABELS instead of strings (no allocation per token). */
  tagIndices(analyzed: AnalyzedText): Int32Array;
  /**
   * How the training text writes a lower-cased word away from sentence starts (CaseLexicon.classOf):
   * 0 unknown, 1 or 2 mostly in lower case (an ordinary word), 3 or 4 mostly capitalised (a name).
   */
  wordCase(lower: string): number;
}

/** The shipped model: resolves from src/tagger (jest) and from dist/tagger (built) alike. */
export const DEFAULT_MODEL_PATH = path.resolve(__dirname, '../../models/ner.bin');

export function createTagger(model: LoadedModel): NerTagger {
  const scratch = new SequenceScratch();
  const stored = modelResources(model);
  const resources = { ...stored, ...runTimeTables(model, stored) };
  const tagIndices = (analyzed: AnalyzedText): Int32Array => {
    const features = extractFeatures(analyzed, resources, model.mask);
    return tagDocument(model.weights, features, analyzed.sentences, model.mask, scratch);
  };
  return {
    tagIndices,
    wordCase: (lower) => stored.lexicon.classOf(lower),
    tag(analyzed) {
      const labels = tagIndices(analyzed);
      const out: string[] = new Array<string>(labels.length);
      for (let i = 0; i < labels.length; i++) out[i] = LABELS[labels[i]!]!;
      return out;
    },
  };
}

/**
 * The sums of a model's weights per word and per context pattern, when they are int16 (every model
 * file): the tagger then tags exactly as without them, with less work per token (see WordTable and
 * PatternTable).
 */
function runTimeTables(
  model: LoadedModel,
  resources: WordResources,
): { words?: WordTable; patterns?: PatternTable } {
  const { weights, mask } = model;
  if (!(weights.emission instanceof Int16Array)) return {};
  return { words: new WordTable(weights, mask, resources), patterns: new PatternTable(weights, mask) };
}

/** Loads a model file and makes a tagger of it; errors name the file. */
export function loadTagger(file: string): NerTagger {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (error) {
    throw new Error(
      `loadTagger: cannot read the NER model '${file}' (${(error as Error).message}); run pnpm train:ner.`,
      { cause: error },
    );
  }
  return createTagger(deserializeModel(data, file));
}

let shared: NerTagger | undefined;

/** The tagger of the shipped model, loaded once on first use. */
export function getTagger(): NerTagger {
  if (!shared) shared = loadTagger(DEFAULT_MODEL_PATH);
  return shared;
}
