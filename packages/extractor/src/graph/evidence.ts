import type { Evidence, NewsDocument, Sentence } from '../types';

/** The provenance of a fact: the sentence it was read in, with the document's title, URL and date. */
export function evidenceFor(document: NewsDocument, sentence: Sentence): Evidence {
  const evidence: Evidence = {
    docId: document.id,
    sentence: document.text.slice(sentence.start, sentence.end).trim(),
    start: sentence.start,
    end: sentence.end,
  };
  // Optional fields are left out rather than set to undefined, so exports carry no empty keys.
  if (document.title) evidence.title = document.title;
  if (document.url) evidence.url = document.url;
  if (document.date) evidence.date = document.date;
  return evidence;
}

/**
 * Identity of a piece of evidence: one per document per sentence. The sentence is compared by its
 * text, not its offsets, because articles repeat sentences (a summary above the body, a lead
 * quoted again) and a reader wants each once.
 */
export function evidenceKey(evidence: Pick<Evidence, 'docId' | 'sentence'>): string {
  return `${evidence.docId}\u0000${evidence.sentence}`;
}

/** Number of distinct documents among the evidence: the weight of a fact. */
export function documentCount(evidence: readonly Evidence[]): number {
  return new Set(evidence.map((e) => e.docId)).size;
}
