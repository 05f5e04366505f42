/** Turns CoNLL documents into the tagger's training and evaluation material. */
import { projectFromConll, projectToConll, type AlignedDocument } from '../conll/align';
import type { ConllDocument } from '../conll/types';
import type { Weights } from './decode';
import { countsForLexicon, extractFeatures, type FeatureResources } from './features';
import { CaseLexicon } from './lexicon';
import { ownEntityCounts } from './entities';
import { LABELS, labelIndex } from './labels';
import type { TrainingDocument } from './perceptron';
import { SequenceScratch, tagDocument } from './sequence';

/** Words a title in Title Case keeps in lower case. */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'as',
  'from',
  'vs',
  'v',
]);

function titleCaseWord(word: string, first: boolean, inEntity: boolean): string {
  if (!/\p{L}/u.test(word)) return word;
  const lower = word.toLowerCase();
  if (/[a-z]/.test(word)) {
    // Running text: capitalise every word but the small ones; names keep their own case.
    if (!first && SMALL_WORDS.has(word)) return word;
    return word[0]!.toUpperCase() + word.slice(1);
  }
  const letters = word.replace(/[^A-Z]/g, '').length;
  // Short names and dotted abbreviations stay in capitals in real titles ("EU", "U.S.", "UN").
  if (inEntity && (letters <= 3 || word.includes('.'))) return word;
  if (!first && SMALL_WORDS.has(lower)) return lower;
  return lower.replace(
    /(^|[-'])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/**
 * How many leading sentences titleCaseVariant rewrites. Rewriting the dateline and the lead as well
 * (3) was tried: dev F1 fell from 0.928 to 0.926 and titles tagged no better, so only the headline.
 */
export const TITLE_CASE_SENTENCES = 1;

/**
 * The document with its headline in capitals (and TITLE_CASE_SENTENCES - 1 sentences after it)
 * rewritten in Title Case, as news sites print titles ("Japan Get Lucky Win" for "JAPAN GET LUCKY
 * WIN"), or null when the document has no headline in capitals. CoNLL headlines are all in
 * capitals: without this the tagger never sees a title in Title Case, and tags a whole title such
 * as "Putin Warns Nato Over Ukraine" as one organisation.
 */
export function titleCaseVariant(doc: ConllDocument): ConllDocument | null {
  const first = doc.sentences[0];
  if (!first || !inCapitals(first.tokens.map((t) => t.text))) return null;
  const rewritten = doc.sentences.slice(0, TITLE_CASE_SENTENCES).map((sentence) => ({
    tokens: sentence.tokens.map((token, i) => ({
      ...token,
      text: titleCaseWord(token.text, i === 0, token.tag !== 'O'),
    })),
  }));
  return { index: doc.index, sentences: [...rewritten, ...doc.sentences.slice(TITLE_CASE_SENTENCES)] };
}

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

/**
 * Projects a CoNLL document's gold tags onto the wink tokens of its analysis and extracts features.
 */
export function prepareDocument(
  doc: ConllDocument,
  aligned: AlignedDocument,
  resources: FeatureResources,
  mask: number,
): PreparedDocument {
  const conllTags = doc.sentences.flatMap((s) => s.tokens.map((t) => t.tag));
  const winkTags = projectFromConll(aligned, conllTags);
  const gold = Int32Array.from(winkTags, labelIndex);
  // Leave-own-document-out: the document's own names do not count in the training-entity gazetteer.
  const own =
    resources.leaveOwnOut && resources.entities
      ? { ...resources, ownEntities: ownEntityCounts(doc) }
      : resources;
  return {
    aligned,
    features: extractFeatures(aligned.analyzed, own, mask),
    sentences: aligned.analyzed.sentences,
    gold,
    goldConll: doc.sentences.map((s) => s.tokens.map((t) => t.tag)),
    capsSentence: doc.sentences.map((s) => inCapitals(s.tokens.map((t) => t.text))),
  };
}

/** Counts how each word is written in the body text of the documents. */
export function buildCaseLexicon(documents: readonly AlignedDocument[]): CaseLexicon {
  const lexicon = new CaseLexicon();
  for (const doc of documents)
    countsForLexicon(doc.analyzed, (lower, capitalised) => lexicon.count(lower, capitalised));
  return lexicon;
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
