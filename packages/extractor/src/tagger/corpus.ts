/** Turns CoNLL documents into the tagger's training and evaluation material. */
import { analyzeConllDocument, projectFromConll, projectToConll, type AlignedDocument } from '../conll/align';
import type { ConllDocument } from '../conll/types';
import type { Weights } from './decode';
import { extractFeatures } from './features';
import type { Gazetteer } from './gazetteer';
import { LABELS, labelIndex } from './labels';
import type { TrainingDocument } from './perceptron';
import { SequenceScratch, tagDocument } from './sequence';

export interface PreparedDocument extends TrainingDocument {
  aligned: AlignedDocument;
  /** Gold IOB2 tags per CoNLL sentence (for scoring). */
  goldConll: string[][];
  /** Per CoNLL sentence: written in capitals (a headline or dateline). */
  capsSentence: boolean[];
}

/** Mostly capital letters, as the wink adapter's headline test. */
function inCapitals(words: readonly string[]): boolean {
  const text = words.join(' ');
  const upper = text.replace(/[^A-Z]/g, '').length;
  const lower = text.replace(/[^a-z]/g, '').length;
  return upper >= 4 && upper > 2 * lower;
}

/** Analyses a CoNLL document with wink-nlp, projects its gold tags onto wink tokens, extracts features. */
export function prepareDocument(doc: ConllDocument, gazetteer: Gazetteer, mask: number): PreparedDocument {
  const aligned = analyzeConllDocument(doc);
  const conllTags = doc.sentences.flatMap((s) => s.tokens.map((t) => t.tag));
  const winkTags = projectFromConll(aligned, conllTags);
  const gold = Int32Array.from(winkTags, labelIndex);
  return {
    aligned,
    features: extractFeatures(aligned.analyzed, gazetteer, mask),
    sentences: aligned.analyzed.sentences,
    gold,
    goldConll: doc.sentences.map((s) => s.tokens.map((t) => t.tag)),
    capsSentence: doc.sentences.map((s) => inCapitals(s.tokens.map((t) => t.text))),
  };
}

/** Tags prepared documents and returns the predicted CoNLL tags per sentence (all documents flattened). */
export function predictConll(
  documents: readonly PreparedDocument[],
  weights: Weights,
  mask: number,
  scratch = new SequenceScratch(),
): string[][] {
  const out: string[][] = [];
  for (const doc of documents) {
    const labels = tagDocument(weights, doc.features, doc.sentences, mask, scratch);
    const tags = Array.from(labels, (l) => LABELS[l]!);
    out.push(...projectToConll(doc.aligned, tags));
  }
  return out;
}
