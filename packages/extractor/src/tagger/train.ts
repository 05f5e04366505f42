/**
 * `pnpm train:ner`: trains the tagger on CoNLL-2003 train, picks the epoch by dev F1 (never trains
 * on dev), and writes the model the extractor ships.
 *
 *   node packages/extractor/dist/tagger/train.js [--train FILE] [--dev FILE] [--out FILE]
 *        [--epochs N] [--seed N] [--bits N] [--min-count N] [--prune N] [--no-entities]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConll } from '../conll/reader';
import { analyzeConllDocument, type AlignedDocument } from '../conll/align';
import type { ConllDocument } from '../conll/types';
import {
  buildCaseLexicon,
  prepareDocument,
  predictConll,
  TITLE_CASE_SENTENCES,
  titleCaseVariant,
  type PreparedDocument,
} from './corpus';
import type { FeatureResources } from './features';
import { formatScores, scoreEntities } from './evaluate';
import { getGazetteer } from './gazetteer';
import { deserializeModel, modelResources, serializeModel } from './model';
import { trainPerceptron } from './perceptron';
import { TrainingEntities } from './entities';
import type { Weights } from './decode';
import { DEFAULT_MODEL_PATH } from './tagger';

/** ../shared relative to the repository root, wherever this file runs from (src or dist). */
const SHARED = path.resolve(__dirname, '../../../../../shared/eval/conll2003');

export interface TrainCommandOptions {
  train: string;
  dev: string;
  out: string;
  epochs: number;
  seed: number;
  bits: number;
  minCount: number;
  prune: number;
  /** Use the gazetteer of training entities (leave-own-document-out). */
  entities: boolean;
}

export const DEFAULT_TRAIN_OPTIONS: TrainCommandOptions = {
  train: path.join(SHARED, 'train.txt'),
  dev: path.join(SHARED, 'dev.txt'),
  out: DEFAULT_MODEL_PATH,
  epochs: 15,
  seed: 1,
  bits: 20,
  minCount: 2,
  prune: 1,
  entities: true,
};

export function parseTrainArgs(args: readonly string[]): TrainCommandOptions {
  const options = { ...DEFAULT_TRAIN_OPTIONS };
  const numeric: Record<string, 'epochs' | 'seed' | 'bits' | 'minCount' | 'prune'> = {
    '--epochs': 'epochs',
    '--seed': 'seed',
    '--bits': 'bits',
    '--min-count': 'minCount',
    '--prune': 'prune',
  };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (flag === '--no-entities') {
      options.entities = false;
      continue;
    }
    const value = args[i + 1];
    if (value === undefined) throw new Error(`train:ner: ${flag} needs a value.`);
    if (flag === '--train' || flag === '--dev' || flag === '--out')
      options[flag.slice(2) as 'train'] = path.resolve(value);
    else if (numeric[flag]) {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0)
        throw new Error(`train:ner: ${flag} must be a non-negative integer, got '${value}'.`);
      options[numeric[flag]] = n;
    } else throw new Error(`train:ner: unknown option '${flag}'.`);
    i++;
  }
  return options;
}

interface AnalysedCorpus {
  documents: ConllDocument[];
  aligned: AlignedDocument[];
  /** Title Case variants (null where the headline is not in capitals) and their analyses. */
  variants: (ConllDocument | null)[];
  alignedVariants: (AlignedDocument | null)[];
}

/** Reads and analyses a CoNLL file, with the Title Case variant of each document that has one. */
function analyseAll(file: string, label: string): AnalysedCorpus {
  const started = Date.now();
  const documents = readConll(file);
  const corpus: AnalysedCorpus = { documents, aligned: [], variants: [], alignedVariants: [] };
  documents.forEach((doc, i) => {
    corpus.aligned.push(analyzeConllDocument(doc));
    const variant = titleCaseVariant(doc);
    corpus.variants.push(variant);
    corpus.alignedVariants.push(
      variant
        ? analyzeConllDocument(variant, Math.min(TITLE_CASE_SENTENCES, variant.sentences.length))
        : null,
    );
    if ((i + 1) % 200 === 0 || i + 1 === documents.length)
      process.stderr.write(`\r${label}: analysed ${i + 1}/${documents.length} documents`);
  });
  const tokens = corpus.aligned.reduce((n, d) => n + d.analyzed.tokens.length, 0);
  process.stderr.write(` (${tokens} tokens, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return corpus;
}

/** Features and gold labels of every document; each variant becomes its document's `alternative`. */
function prepareAll(corpus: AnalysedCorpus, resources: FeatureResources, mask: number): PreparedDocument[] {
  return corpus.documents.map((doc, i) => {
    const prepared = prepareDocument(doc, corpus.aligned[i]!, resources, mask);
    const variant = corpus.variants[i];
    if (variant) prepared.alternative = prepareDocument(variant, corpus.alignedVariants[i]!, resources, mask);
    return prepared;
  });
}

/** F1 over the headlines of the documents that have a Title Case variant: as written, and in Title Case. */
function headlineScores(
  dev: readonly PreparedDocument[],
  weights: Weights,
  mask: number,
): { caps: number; title: number } {
  const withVariant = dev.filter((d) => d.alternative);
  const variants = withVariant.map((d) => d.alternative as PreparedDocument);
  const firstSentences = (docs: readonly PreparedDocument[], tags: string[][]): string[][] => {
    const out: string[][] = [];
    let s = 0;
    for (const doc of docs) {
      out.push(tags[s]!);
      s += doc.goldConll.length;
    }
    return out;
  };
  const gold = firstSentences(
    withVariant,
    withVariant.flatMap((d) => d.goldConll),
  );
  const caps = scoreEntities(gold, firstSentences(withVariant, predictConll(withVariant, weights, mask)));
  const title = scoreEntities(gold, firstSentences(variants, predictConll(variants, weights, mask)));
  return { caps: caps.micro.f1, title: title.micro.f1 };
}

export function runTraining(options: TrainCommandOptions): { devF1: number; bytes: number } {
  const mask = (1 << options.bits) - 1;
  const trainText = analyseAll(options.train, 'train');
  const devText = analyseAll(options.dev, 'dev');
  const gazetteer = getGazetteer();
  // Case statistics of the training text only; each training document is left out of its own.
  const lexicon = buildCaseLexicon(trainText.aligned);
  const entities = new TrainingEntities();
  if (options.entities) for (const doc of trainText.documents) entities.addDocument(doc);
  const resources = options.entities ? { gazetteer, lexicon, entities } : { gazetteer, lexicon };
  const train = prepareAll(trainText, { ...resources, leaveOwnOut: true }, mask);
  const dev = prepareAll(devText, resources, mask);
  const devGold = dev.flatMap((d) => d.goldConll);
  // Sentences in capitals (headlines, datelines) are scored apart too: they tag markedly worse.
  const capsSentences = dev.flatMap((d) => d.goldConll.map((_, s) => d.capsSentence[s]!));
  const capsOnly = <T>(list: T[]): T[] => list.filter((_, s) => capsSentences[s]);

  const started = Date.now();
  const result = trainPerceptron(train, {
    bits: options.bits,
    epochs: options.epochs,
    seed: options.seed,
    minCount: options.minCount,
    onEpoch(epoch, weights, stats) {
      const predicted = predictConll(dev, weights, mask);
      const main = scoreEntities(devGold, predicted);
      const all = scoreEntities(devGold, predicted, ['PER', 'ORG', 'LOC', 'MISC']);
      const caps = scoreEntities(capsOnly(devGold), capsOnly(predicted));
      const headlines = headlineScores(dev, weights, mask);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(
        `epoch ${String(epoch).padStart(2)}  train errors ${(stats.mistakes / stats.tokens).toFixed(4)}  dev ${formatScores(main)}  | all ${all.micro.f1.toFixed(4)} MISC ${all.byType.MISC!.f1.toFixed(4)} | caps ${caps.micro.f1.toFixed(4)} | headlines ${headlines.caps.toFixed(4)}, in Title Case ${headlines.title.toFixed(4)}  (${seconds} s)`,
      );
      return main.micro.f1;
    },
  });
  console.log(`best epoch ${result.bestEpoch}: dev PER/ORG/LOC F1 ${result.bestScore.toFixed(4)}`);

  const data = serializeModel(result.weights, {
    bits: options.bits,
    pruneSteps: options.prune,
    gazetteer,
    lexicon,
    entities: options.entities ? entities : undefined,
    trainedWith: {
      epochs: result.bestEpoch,
      seed: options.seed,
      minCount: options.minCount,
      devF1: Number(result.bestScore.toFixed(4)),
      train: path.basename(options.train),
    },
  });
  // Score the model as shipped: quantised and pruned weights, and features recomputed from the
  // resources stored in the file (what the run-time tagger uses), not the in-memory ones.
  const loaded = deserializeModel(data);
  const shippedDev = prepareAll(devText, modelResources(loaded), loaded.mask);
  const shippedPredictions = predictConll(shippedDev, loaded.weights, loaded.mask);
  const shipped = scoreEntities(devGold, shippedPredictions);
  const shippedAll = scoreEntities(devGold, shippedPredictions, ['PER', 'ORG', 'LOC', 'MISC']);
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, data);
  console.log(`shipped model: dev ${formatScores(shipped)}`);
  console.log(`shipped model, all types: ${formatScores(shippedAll)}`);
  console.log(
    `wrote ${options.out}: ${(data.length / 1024 / 1024).toFixed(2)} MB, ${loaded.info.rows} feature rows, gazetteer ${(loaded.info.gazetteerBytes / 1024).toFixed(0)} kB uncompressed`,
  );
  return { devF1: shipped.micro.f1, bytes: data.length };
}

if (require.main === module) {
  try {
    runTraining(parseTrainArgs(process.argv.slice(2)));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
