/**
 * Verb groups read off tokens and POS tags: the auxiliaries, negation and "to" before a verb, its
 * form (finite, gerund, infinitive), voice, and the modality of what it says (negated, planned,
 * hypothetical), including what an infinitive inherits from the word it depends on.
 */
import type { DocView } from './document';
import type { Modality } from '../types';
import {
  CONDITIONALS,
  DENIAL_WORDS,
  FUTURE_AUXILIARIES,
  IMPLICATIVE_GOVERNORS,
  MODAL_AUXILIARIES,
  NEGATIVE_GOVERNORS,
  NEGATORS,
  PLANNING_GOVERNORS,
} from './lexicon';
import { inMention, isPhraseToken, phraseListEndingAt, type NounPhrase } from './phrases';

export type VerbForm = 'finite' | 'gerund' | 'infinitive';

export interface VerbGroup {
  sentence: number;
  /** First token of the group (auxiliaries, negation, "to"). */
  start: number;
  head: number;
  lemma: string;
  form: VerbForm;
  passive: boolean;
  modality: Modality;
}

const BE_FORMS = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  "'s",
  "'re",
  'get',
  'got',
  'gets',
]);
/** Openers of a participial clause at the start of a sentence ("After meeting X, ..."). */
export const MAX_SUBJECT_DEPTH = 4;

const cache = new WeakMap<DocView, Map<number, VerbGroup[]>>();

export function sentenceOf(doc: DocView, s: number) {
  return doc.sentences[s]!;
}

/** Whether token `t` is inside an if/unless/whether clause (up to the next comma or colon). */
export function inConditional(doc: DocView, t: number): boolean {
  const floor = sentenceOf(doc, doc.tokens[t]!.sentence).tokenStart;
  for (let k = t - 1; k >= floor; k--) {
    const token = doc.tokens[k]!;
    if (token.text === ',' || token.text === ';' || token.text === ':') return false;
    if (CONDITIONALS.has(token.lower) && (token.pos === 'SCONJ' || token.pos === 'ADP')) return true;
  }
  return false;
}

/**
 * Whether a finite verb is what a denial before it denies, in the same clause: "denied that its
 * troops had crossed", "denied accusations that he threatened Neville". A comma, a conjunction or
 * another verb between them ends the search ("X, who denied wrongdoing, met Y"; "denied it and
 * accused ...").
 */
function inDeniedClause(doc: DocView, g: VerbGroup): boolean {
  const floor = sentenceOf(doc, doc.tokens[g.head]!.sentence).tokenStart;
  for (let k = g.start - 1; k >= floor; k--) {
    const token = doc.tokens[k]!;
    if (DENIAL_WORDS.has(token.lemma.toLowerCase())) {
      // A verb, or the noun with its clause ("his denial that"): not a headline's "'denial'".
      if (token.pos !== 'VERB' && doc.tokens[k + 1]?.lower !== 'that') return false;
      // "did not deny", "failed to deny": what is not denied is only reported.
      for (let j = k - 1; j >= Math.max(floor, k - 3); j--) {
        const before = doc.tokens[j]!;
        if (NEGATORS.has(before.lower) || NEGATIVE_GOVERNORS.has(before.lemma.toLowerCase())) return false;
      }
      return true;
    }
    if (token.text === ',' || token.text === ';' || token.text === ':') return false;
    // "denied any involvement and accused Warsaw": a verb of its own, coordinated.
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'CCONJ') return false;
  }
  return false;
}

/** The verb groups of a sentence, in order. */
export function verbGroups(doc: DocView, s: number): VerbGroup[] {
  let perDoc = cache.get(doc);
  if (!perDoc) cache.set(doc, (perDoc = new Map()));
  const known = perDoc.get(s);
  if (known) return known;
  const sentence = sentenceOf(doc, s);
  const groups: VerbGroup[] = [];
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const token = doc.tokens[t]!;
    if (token.pos !== 'VERB' || inMention(doc, t)) continue;
    if (isPhraseToken(doc, t, sentence.tokenEnd)) continue; // "the withdrawing troops"
    let k = t - 1;
    let adverbs = 0;
    const auxiliaries: string[] = [];
    let infinitive = false;
    while (k >= sentence.tokenStart) {
      const a = doc.tokens[k]!;
      const w = a.lower;
      if (a.pos === 'AUX') auxiliaries.push(a.lemma.toLowerCase(), w);
      else if (a.pos === 'PART' && NEGATORS.has(w)) auxiliaries.push('not');
      else if (a.pos === 'PART' && w === 'to') infinitive = true;
      else if (a.pos === 'ADV' && adverbs < 2 && !inMention(doc, k)) {
        adverbs++;
        if (w === 'never') auxiliaries.push('not');
      } else break;
      k--;
      if (infinitive) break;
    }
    // Trailing adverbs that no auxiliary follows belong to the clause, not the group.
    let start = k + 1;
    while (start < t && doc.tokens[start]!.pos === 'ADV' && doc.tokens[start]!.lower !== 'never') start++;
    const hasAux = auxiliaries.some((a) => !NEGATORS.has(a) && a !== 'not');
    const text = token.lower;
    const form: VerbForm = infinitive ? 'infinitive' : !hasAux && text.endsWith('ing') ? 'gerund' : 'finite';
    const participle = /(ed|en|wn|ne|lt|pt)$/.test(text) || text !== token.lemma.toLowerCase();
    const passive =
      !text.endsWith('ing') &&
      participle &&
      (auxiliaries.some((a) => BE_FORMS.has(a)) ||
        (!hasAux && (doc.tokens[t + 1] ?? token).lower === 'by' && doc.tokens[t - 1]?.pos === 'NOUN'));
    groups.push({
      sentence: s,
      start,
      head: t,
      lemma: token.lemma.toLowerCase(),
      form,
      passive,
      modality: 'asserted',
    });
  }
  perDoc.set(s, groups);
  for (const g of groups) g.modality = groupModality(doc, g, groups, 0);
  return groups;
}

const RANK: Record<Modality, number> = { asserted: 0, planned: 1, hypothetical: 2, negated: 3 };
export function strongest(a: Modality, b: Modality): Modality {
  return RANK[a] >= RANK[b] ? a : b;
}

function groupModality(doc: DocView, g: VerbGroup, groups: VerbGroup[], depth: number): Modality {
  let modality: Modality = 'asserted';
  for (let k = g.start; k < g.head; k++) {
    const a = doc.tokens[k]!;
    const w = a.lower;
    const lemma = a.lemma.toLowerCase();
    if (NEGATORS.has(w) || w === 'never') modality = strongest(modality, 'negated');
    else if (a.pos === 'AUX' && (FUTURE_AUXILIARIES.has(lemma) || FUTURE_AUXILIARIES.has(w)))
      modality = strongest(modality, 'planned');
    else if (a.pos === 'AUX' && (MODAL_AUXILIARIES.has(lemma) || MODAL_AUXILIARIES.has(w)))
      modality = strongest(modality, 'hypothetical');
  }
  if (inConditional(doc, g.head)) modality = strongest(modality, 'hypothetical');
  if (g.form === 'finite' && inDeniedClause(doc, g)) modality = strongest(modality, 'negated');
  if (g.form === 'infinitive' && depth < MAX_SUBJECT_DEPTH) {
    const governor = infinitiveGovernor(doc, g);
    if (governor) {
      const govLemma = doc.tokens[governor.token]!.lemma.toLowerCase();
      const govGroup = groups.find((x) => x.head === governor.token);
      const inherited = govGroup ? groupModality(doc, govGroup, groups, depth + 1) : 'asserted';
      if (NEGATIVE_GOVERNORS.has(govLemma)) modality = strongest(modality, 'negated');
      else if (IMPLICATIVE_GOVERNORS.has(govLemma)) modality = strongest(modality, inherited);
      else if (PLANNING_GOVERNORS.has(govLemma))
        modality = strongest(modality, strongest(inherited, 'planned'));
      else modality = strongest(modality, strongest(inherited, 'hypothetical'));
    } else modality = strongest(modality, 'hypothetical');
  }
  return modality;
}

/** Verbs whose object does the infinitive's action ("urged Putin to act", "asked Kyiv to wait"). */
const OBJECT_CONTROL = new Set([
  'urge',
  'ask',
  'tell',
  'call',
  'press',
  'allow',
  'want',
  'force',
  'invite',
  'encourage',
  'persuade',
  'order',
  'request',
  'warn',
  'advise',
  'help',
  'permit',
  'require',
  'pressure',
  'push',
  'expect',
  'need',
  'enable',
]);

/**
 * The word an infinitive depends on ("voted" in "voted to submit", "ready" in "is ready to talk",
 * "urged" in "urged Putin to recognise"), and the object phrase in between, which controls it.
 */
export function infinitiveGovernor(
  doc: DocView,
  g: VerbGroup,
): { token: number; controller: NounPhrase[] } | undefined {
  const floor = sentenceOf(doc, g.sentence).tokenStart;
  let k = g.start - 1;
  while (k >= floor && doc.tokens[k]!.pos === 'ADV') k--;
  if (k < floor) return undefined;
  const t = doc.tokens[k]!;
  if ((t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN') && !inMention(doc, k)) {
    // "urged Putin to": a name directly before "to" is a phrase, not the governor.
    if (t.pos !== 'NOUN' || !isGovernedObject(doc, k, floor)) return { token: k, controller: [] };
  }
  const controller = phraseListEndingAt(doc, floor, k + 1);
  const first = controller[0];
  if (!first) return undefined;
  const before = first.start - 1;
  if (before >= floor && doc.tokens[before]!.pos === 'VERB') {
    // "urged Putin to recognise": the object acts; "met Berlusconi to talk": the subject does.
    const objectControl = OBJECT_CONTROL.has(doc.tokens[before]!.lemma.toLowerCase());
    return { token: before, controller: objectControl ? controller : [] };
  }
  if (t.pos === 'NOUN') return { token: k, controller: [] };
  return undefined;
}

/** "urged residents to": the noun is the object of the verb before it, not a governor. */
function isGovernedObject(doc: DocView, k: number, floor: number): boolean {
  const list = phraseListEndingAt(doc, floor, k + 1);
  const first = list[0];
  return !!first && first.start - 1 >= floor && doc.tokens[first.start - 1]!.pos === 'VERB';
}
