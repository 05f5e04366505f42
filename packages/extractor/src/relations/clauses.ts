/**
 * Verb groups and their subjects, objects and modality, read off tokens and POS tags: auxiliaries
 * and negation before the verb, the subject phrase to its left (through appositions, relative
 * pronouns, coordination, participial clauses and infinitive control), and what follows it.
 */
import type { Modality } from '../types';
import { entityAt, isPossessive, lower, type DocView } from './document';
import {
  AGENT_NOUNS,
  CONDITIONALS,
  FUTURE_AUXILIARIES,
  IMPLICATIVE_GOVERNORS,
  MODAL_AUXILIARIES,
  NEGATIVE_GOVERNORS,
  NEGATORS,
  PERSON_PRONOUNS,
  PLACE_PART_NOUNS,
  PLANNING_GOVERNORS,
  RELATIVE_PRONOUNS,
  TIME_WORDS,
} from './lexicon';
import { inMention, isPhraseToken, phraseListEndingAt, scanPhraseList, type NounPhrase } from './phrases';
import { verbTriggers, type RelationVocabularyEntry } from './vocabulary';

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
const CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'when', 'since', 'despite', 'by', 'upon', 'on']);
const MAX_SUBJECT_DEPTH = 4;

const cache = new WeakMap<DocView, Map<number, VerbGroup[]>>();

function sentenceOf(doc: DocView, s: number) {
  return doc.sentences[s]!;
}

/** Whether token `t` is inside an if/unless/whether clause (up to the next comma or colon). */
export function inConditional(doc: DocView, t: number): boolean {
  const floor = sentenceOf(doc, doc.tokens[t]!.sentence).tokenStart;
  for (let k = t - 1; k >= floor; k--) {
    const token = doc.tokens[k]!;
    if (token.text === ',' || token.text === ';' || token.text === ':') return false;
    if (CONDITIONALS.has(lower(token)) && (token.pos === 'SCONJ' || token.pos === 'ADP')) return true;
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
      const w = lower(a);
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
    while (start < t && doc.tokens[start]!.pos === 'ADV' && lower(doc.tokens[start]!) !== 'never') start++;
    const hasAux = auxiliaries.some((a) => !NEGATORS.has(a) && a !== 'not');
    const text = lower(token);
    const form: VerbForm = infinitive ? 'infinitive' : !hasAux && text.endsWith('ing') ? 'gerund' : 'finite';
    const participle = /(ed|en|wn|ne|lt|pt)$/.test(text) || text !== token.lemma.toLowerCase();
    const passive =
      !text.endsWith('ing') &&
      participle &&
      (auxiliaries.some((a) => BE_FORMS.has(a)) ||
        (!hasAux && lower(doc.tokens[t + 1] ?? token) === 'by' && doc.tokens[t - 1]?.pos === 'NOUN'));
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
    const w = lower(a);
    const lemma = a.lemma.toLowerCase();
    if (NEGATORS.has(w) || w === 'never') modality = strongest(modality, 'negated');
    else if (a.pos === 'AUX' && (FUTURE_AUXILIARIES.has(lemma) || FUTURE_AUXILIARIES.has(w)))
      modality = strongest(modality, 'planned');
    else if (a.pos === 'AUX' && (MODAL_AUXILIARIES.has(lemma) || MODAL_AUXILIARIES.has(w)))
      modality = strongest(modality, 'hypothetical');
  }
  if (inConditional(doc, g.head)) modality = strongest(modality, 'hypothetical');
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

// ---------------------------------------------------------------------------------------------
// Who a phrase stands for
// ---------------------------------------------------------------------------------------------

/** The entity of a mention; a nationality ("Russian", "British") stands for its country when it resolves. */
export function mentionEntity(doc: DocView, m: number): number | undefined {
  const mention = doc.mentions[m]!;
  if (mention.type !== 'misc') return mention.entity;
  const found = doc.resolve(mention.name);
  return found !== undefined && doc.input.entities[found]?.type !== 'misc' ? found : undefined;
}

/**
 * The named owner or modifier of a phrase's head: the name before "'s" when there is an owner mark
 * ("the party's Treasury spokesman" has no named owner), else the first named modifier ("the U.S.
 * warnings"), else a demonym ("Russian lawmakers").
 */
export function modifierEntity(doc: DocView, np: NounPhrase, allowPeople: boolean): number | undefined {
  const fits = (e: number | undefined) =>
    e !== undefined && (allowPeople || doc.input.entities[e]?.type !== 'person') ? e : undefined;
  for (let k = np.start; k < np.head; k++) {
    if (!isPossessive(doc.tokens[k])) continue;
    const m = doc.mentionAt[k - 1] ?? -1;
    return m >= 0 ? fits(mentionEntity(doc, m)) : undefined;
  }
  for (const m of np.modifierMentions) {
    const e = fits(mentionEntity(doc, m));
    if (e !== undefined) return e;
  }
  for (const w of np.modifierWords) {
    const e = fits(doc.resolve(doc.tokens[w]!.text));
    if (e !== undefined) return e;
  }
  return undefined;
}

function headWord(doc: DocView, np: NounPhrase): [string, string] {
  const h = doc.tokens[np.head]!;
  return [lower(h), h.lemma.toLowerCase()];
}

/**
 * The entities a phrase stands for as an actor: the named head ("the U.S."), the named apposition,
 * or the country or organisation behind a group noun ("Russian lawmakers", "Ukraine's leaders").
 */
export function actorsOf(doc: DocView, np: NounPhrase): number[] {
  if (np.headMention >= 0) {
    const e = doc.mentions[np.headMention]!.entity;
    return e === undefined ? [] : [e];
  }
  if (np.apposition) return actorsOf(doc, np.apposition);
  const [word, lemma] = headWord(doc, np);
  if (AGENT_NOUNS.has(word) || AGENT_NOUNS.has(lemma)) {
    const e = modifierEntity(doc, np, false) ?? (np.of ? actorsOf(doc, np.of)[0] : undefined);
    if (e !== undefined && doc.input.entities[e]?.type !== 'person') return [e];
  }
  return [];
}

/** The entities a phrase stands for as a relation's target, given how the trigger finds targets. */
export function targetsOf(doc: DocView, np: NounPhrase, entry: RelationVocabularyEntry): number[] {
  const actors = actorsOf(doc, np);
  if (actors.length) return actors;
  const [word, lemma] = headWord(doc, np);
  if (PLACE_PART_NOUNS.has(word) || PLACE_PART_NOUNS.has(lemma)) {
    // "the Black Sea peninsula of Crimea" is Crimea; "Ukraine's western flank" is Ukraine.
    const e = (np.of ? actorsOf(doc, np.of)[0] : undefined) ?? modifierEntity(doc, np, false);
    return e === undefined ? [] : [e];
  }
  if (entry.ownerTarget && np.modifierMentions.length) {
    const e = modifierEntity(doc, np, true);
    return e === undefined ? [] : [e];
  }
  return [];
}

export function actorsOfList(doc: DocView, list: NounPhrase[]): number[] {
  return [...new Set(list.flatMap((np) => actorsOf(doc, np)))];
}

// ---------------------------------------------------------------------------------------------
// Subjects
// ---------------------------------------------------------------------------------------------

export interface Subject {
  actors: number[];
  /** How it was found, for the rule names: an explicit phrase or one carried over from another clause. */
  via: 'phrase' | 'pronoun' | 'participle' | 'control' | 'coordination' | 'relative' | 'inverted';
}

/** "he"/"she": the one person named in this sentence before it, else in the nearest earlier sentence. */
function resolvePronoun(doc: DocView, t: number): number | undefined {
  const s = doc.tokens[t]!.sentence;
  const people = (sentence: number, before: number) => {
    const found = new Set<number>();
    for (const m of doc.mentionsBySentence[sentence] ?? []) {
      const mention = doc.mentions[m]!;
      if (mention.type === 'person' && mention.start < before && mention.entity !== undefined)
        found.add(mention.entity);
    }
    return [...found];
  };
  const here = people(s, doc.tokens[t]!.start);
  if (here.length) return here.length === 1 ? here[0] : undefined;
  for (let back = s - 1; back >= Math.max(0, s - 2); back--) {
    const there = people(back, Number.POSITIVE_INFINITY);
    if (there.length) return there.length === 1 ? there[0] : undefined;
  }
  return undefined;
}

/** Skips ", a commercial imagery company that monitors X," leftwards; returns the comma before it. */
function skipAppositionLeft(doc: DocView, comma: number, floor: number): number | undefined {
  for (let k = comma - 1; k >= floor && comma - k <= 30; k--) {
    const token = doc.tokens[k]!;
    if (token.text !== ',') continue;
    const inner = doc.tokens[k + 1]!;
    // ", a veteran diplomat,", ", one of ...,", ", from the Institute for Fiscal Studies,"
    const opener = isPhraseToken(doc, k + 1, comma) || lower(inner) === 'one' || inner.pos === 'ADP';
    if (!opener) return undefined;
    // Verbs inside are allowed only in a relative clause ("a company that has been monitoring").
    let relative = false;
    for (let j = k + 1; j < comma; j++) {
      const tj = doc.tokens[j]!;
      if (RELATIVE_PRONOUNS.has(lower(tj)) && (tj.pos === 'PRON' || tj.pos === 'SCONJ' || tj.pos === 'DET'))
        relative = true;
      if ((tj.pos === 'VERB' || tj.pos === 'AUX') && !relative && !isPhraseToken(doc, j, comma))
        return undefined;
    }
    return k - 1 >= floor && inMention(doc, k - 1) ? k : undefined;
  }
  return undefined;
}

function previousFinite(doc: DocView, g: VerbGroup): VerbGroup | undefined {
  const groups = verbGroups(doc, g.sentence);
  for (let i = groups.indexOf(g) - 1; i >= 0; i--) if (groups[i]!.form === 'finite') return groups[i];
  return undefined;
}

/** Verbs that introduce a quotation with the speaker after them. */
const QUOTE_VERBS = new Set([
  'say',
  'add',
  'tell',
  'ask',
  'write',
  'tweet',
  'insist',
  'warn',
  'explain',
  'continue',
  'argue',
]);

/** Verbs after which a phrase may open a clause of its own: speech, thought and evidence verbs. */
const CLAUSE_VERBS = new Set([
  'believe',
  'think',
  'know',
  'hope',
  'fear',
  'suggest',
  'show',
  'mean',
  'expect',
  'feel',
  'find',
  'learn',
  'hear',
  'see',
  'realise',
  'realize',
  'ensure',
  'predict',
  'deny',
  'confirm',
  'reveal',
  'suspect',
]);

function takesClause(lemma: string): boolean {
  return (
    CLAUSE_VERBS.has(lemma) || verbTriggers(lemma).some((t) => t.entry.clauseTarget || t.entry.statement)
  );
}

/** Who does the verb group's action. */
export function subjectOf(doc: DocView, g: VerbGroup, depth = 0): Subject | undefined {
  if (depth > MAX_SUBJECT_DEPTH) return undefined;
  const sentence = sentenceOf(doc, g.sentence);
  const floor = sentence.tokenStart;
  const groups = verbGroups(doc, g.sentence);

  if (g.form === 'infinitive') {
    const governor = infinitiveGovernor(doc, g);
    if (!governor) return undefined;
    if (governor.controller.length) {
      const actors = actorsOfList(doc, governor.controller);
      return actors.length ? { actors, via: 'control' } : undefined;
    }
    const govGroup = groups.find((x) => x.head === governor.token);
    if (govGroup) {
      const s = subjectOf(doc, govGroup, depth + 1);
      return s && { actors: s.actors, via: 'control' };
    }
    // "is ready to engage": the subject of the copula before the adjective or noun.
    const s = leftSubject(doc, governor.token, floor, depth);
    return s && { actors: s.actors, via: 'control' };
  }

  if (g.form === 'gerund') {
    const prev = doc.tokens[g.start - 1];
    const prevWord = prev ? lower(prev) : '';
    const opensSentence =
      g.start === floor ||
      (g.start - 1 === floor && CLAUSE_OPENERS.has(prevWord)) ||
      (prev?.pos === 'PUNCT' && g.start - 1 === floor);
    if (opensSentence) {
      // "Speaking after talks with X, Putin said": the subject of the main clause after the comma.
      let comma = g.head + 1;
      while (comma < sentence.tokenEnd && doc.tokens[comma]!.text !== ',') comma++;
      const main = groups.find((x) => x.head > comma && x.form === 'finite');
      const s = main && subjectOf(doc, main, depth + 1);
      return s && { actors: s.actors, via: 'participle' };
    }
    if (
      prev &&
      (prev.text === ',' || (CLAUSE_OPENERS.has(prevWord) && doc.tokens[g.start - 2]?.text === ','))
    ) {
      // "..., telling Sky News that": the subject of the clause before.
      const before = previousFinite(doc, g);
      const s = before && subjectOf(doc, before, depth + 1);
      return s && { actors: s.actors, via: 'participle' };
    }
    if (prev?.pos === 'VERB') {
      // "started pulling back": the subject of the verb before.
      const before = groups.find((x) => x.head === g.start - 1);
      const s = before && subjectOf(doc, before, depth + 1);
      return s && { actors: s.actors, via: 'control' };
    }
    return undefined;
  }
  return leftSubject(doc, g.start, floor, depth, g);
}

function leftSubject(
  doc: DocView,
  pos: number,
  floor: number,
  depth: number,
  g?: VerbGroup,
): Subject | undefined {
  let k = pos - 1;
  while (k >= floor && (doc.tokens[k]!.pos === 'ADV' || doc.tokens[k]!.pos === 'AUX') && !inMention(doc, k))
    k--;
  if (k < floor) return inverted(doc, g);
  const token = doc.tokens[k]!;
  const word = lower(token);
  if (token.pos === 'PRON' && !inMention(doc, k)) {
    if (RELATIVE_PRONOUNS.has(word)) return relativeAntecedent(doc, k, floor);
    if (!PERSON_PRONOUNS.has(word)) return undefined;
    const e = resolvePronoun(doc, k);
    return e === undefined ? undefined : { actors: [e], via: 'pronoun' };
  }
  if (RELATIVE_PRONOUNS.has(word) && token.pos !== 'PRON') return relativeAntecedent(doc, k, floor);
  let end = k + 1;
  if (token.text === ',') {
    const open = skipAppositionLeft(doc, k, floor);
    if (open === undefined) return g ? (coordinated(doc, g, depth) ?? inverted(doc, g)) : undefined;
    end = open;
  }
  const list = phraseListEndingAt(doc, floor, end);
  if (list.length) {
    // "Robinson, who presents The Weakest Link tells Cockerell": a phrase right after a verb is that
    // verb's object, unless the verb takes a clause ("said the U.S. and NATO rejected").
    const before = doc.tokens[list[0]!.start - 1];
    if (
      before &&
      before.pos === 'VERB' &&
      list[0]!.start - 1 >= floor &&
      !takesClause(before.lemma.toLowerCase())
    )
      return undefined;
    const actors = actorsOfList(doc, list);
    return actors.length ? { actors, via: 'phrase' } : undefined;
  }
  if (g && token.pos === 'CCONJ') return coordinated(doc, g, depth);
  if (g && token.pos === 'PUNCT') return inverted(doc, g);
  return undefined;
}

/** "... and discussed": the subject of the previous finite verb of the sentence. */
function coordinated(doc: DocView, g: VerbGroup, depth: number): Subject | undefined {
  const prev = doc.tokens[g.start - 1];
  if (!prev || prev.pos !== 'CCONJ') return undefined;
  const before = previousFinite(doc, g);
  const s = before && subjectOf(doc, before, depth + 1);
  return s && { actors: s.actors, via: 'coordination' };
}

/** '"...," said Vladimir Konovalenko.': a speech verb after a quote, its subject after it. */
function inverted(doc: DocView, g?: VerbGroup): Subject | undefined {
  if (!g || !QUOTE_VERBS.has(g.lemma)) return undefined;
  // Only right after a quotation: '..." said X' or '...," said X'.
  const quoteBefore = [1, 2].some((d) =>
    /^["\u201C\u201D'\u2019]$/.test(doc.tokens[g.start - d]?.text ?? ''),
  );
  if (!quoteBefore) return undefined;
  const end = sentenceOf(doc, g.sentence).tokenEnd;
  const list = scanPhraseList(doc, g.head + 1, end);
  const last = list[list.length - 1];
  if (!last) return undefined;
  const after = doc.tokens[last.end];
  if (after && after.pos !== 'PUNCT') return undefined;
  const actors = actorsOfList(doc, list);
  return actors.length ? { actors, via: 'inverted' } : undefined;
}

/** "Maxar Technologies, a company that has been monitoring": the named antecedent. */
function relativeAntecedent(doc: DocView, k: number, floor: number): Subject | undefined {
  // "Ben Wallace, who met ...": the antecedent stands before the comma.
  const end = doc.tokens[k - 1]?.text === ',' ? k - 1 : k;
  const list = phraseListEndingAt(doc, floor, end);
  const np = list[list.length - 1];
  if (!np) return undefined;
  let actors = actorsOf(doc, np);
  if (!actors.length && doc.tokens[np.start - 1]?.text === ',') {
    const named = phraseListEndingAt(doc, floor, np.start - 1);
    actors = actorsOfList(doc, named);
  }
  return actors.length ? { actors, via: 'relative' } : undefined;
}

// ---------------------------------------------------------------------------------------------
// What follows a verb
// ---------------------------------------------------------------------------------------------

export interface Complements {
  /** The direct object phrases, unless they open a reported clause. */
  object: NounPhrase[];
  /** Prepositional phrases in order ("in Moscow", "with Lavrov"). */
  preps: { prep: string; phrases: NounPhrase[] }[];
  /** The subject phrases of a reported clause ("warns that Russia could invade"). */
  clause: NounPhrase[];
  /** Token after the last complement. */
  end: number;
}

function skipFillers(doc: DocView, j: number, end: number): number {
  while (j < end) {
    const t = doc.tokens[j]!;
    const w = lower(t);
    if (
      (t.pos === 'ADV' && !inMention(doc, j)) ||
      (TIME_WORDS.has(w) && !inMention(doc, j) && t.pos !== 'ADP')
    )
      j++;
    else if (w === 'on' && TIME_WORDS.has(lower(doc.tokens[j + 1] ?? t)) && j + 1 < end) j += 2;
    else break;
  }
  return j;
}

function startsClause(doc: DocView, t: number): boolean {
  const token = doc.tokens[t];
  return !!token && (token.pos === 'AUX' || token.pos === 'VERB') && !inMention(doc, t);
}

/** Objects, prepositional phrases and the reported clause after token `from` (a verb or noun). */
export function complementsAfter(doc: DocView, from: number, opts: { verb: boolean }): Complements {
  const end = sentenceOf(doc, doc.tokens[from]!.sentence).tokenEnd;
  const result: Complements = { object: [], preps: [], clause: [], end: from + 1 };
  let j = opts.verb ? skipFillers(doc, from + 1, end) : from + 1;
  if (opts.verb) {
    const w = doc.tokens[j] ? lower(doc.tokens[j]!) : '';
    let k = j;
    if (w === 'that' || w === ':') k = skipFillers(doc, j + 1, end);
    if (doc.tokens[k]?.pos === 'SCONJ' && lower(doc.tokens[k]!) !== 'if') k++;
    const list = scanPhraseList(doc, k, end);
    const last = list[list.length - 1];
    if (last && startsClause(doc, skipFillers(doc, last.end, end))) {
      result.clause = list;
      result.end = last.end;
      return result;
    }
    const object = k === j ? scanPhraseList(doc, k, end, true) : [];
    if (object.length) {
      result.object = object;
      j = object[object.length - 1]!.end;
    }
  }
  while (j < end) {
    j = opts.verb ? skipFillers(doc, j, end) : j;
    const t = doc.tokens[j];
    if (!t || t.pos !== 'ADP' || inMention(doc, j)) break;
    const list = scanPhraseList(doc, j + 1, end, opts.verb);
    if (!list.length) break;
    result.preps.push({ prep: lower(t), phrases: list });
    j = list[list.length - 1]!.end;
  }
  result.end = j;
  return result;
}

/** "threatens sanctions if Russia invades": the actors of a conditional clause later in the clause. */
export function conditionalActors(doc: DocView, from: number): number[] {
  const end = sentenceOf(doc, doc.tokens[from]!.sentence).tokenEnd;
  for (let j = from + 1; j < end; j++) {
    const t = doc.tokens[j]!;
    if (t.text === ';' || t.text === ':') break;
    if (!CONDITIONALS.has(lower(t))) continue;
    const list = scanPhraseList(doc, j + 1, end);
    const last = list[list.length - 1];
    if (last && startsClause(doc, last.end)) return actorsOfList(doc, list);
    break;
  }
  return [];
}

export { entityAt };
