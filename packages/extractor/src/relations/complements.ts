/**
 * What follows a verb or an event noun: its object phrases, its prepositional phrases, the subject
 * of a reported clause ("warns that Russia could invade") and the actors of a later conditional
 * ("threatens sanctions if Russia invades").
 */
import { type DocView } from './document';
import { actorsOfList } from './actors';
import { CONDITIONALS, TIME_WORDS } from './lexicon';
import { inMention, scanPhraseList, type NounPhrase } from './phrases';
import { sentenceOf } from './verbs';

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
    const w = t.lower;
    if (
      (t.pos === 'ADV' && !inMention(doc, j)) ||
      (TIME_WORDS.has(w) && !inMention(doc, j) && t.pos !== 'ADP')
    )
      j++;
    else if (w === 'on' && TIME_WORDS.has((doc.tokens[j + 1] ?? t).lower) && j + 1 < end) j += 2;
    else break;
  }
  return j;
}

function startsClause(doc: DocView, t: number): boolean {
  const token = doc.tokens[t];
  if (!token || (token.pos !== 'AUX' && token.pos !== 'VERB') || inMention(doc, t)) return false;
  // "condemned the sanctions imposed by Washington": a participle with its agent qualifies the
  // phrase before it; it is not the verb of a reported clause.
  const by = doc.tokens[t + 1];
  return !(token.pos === 'VERB' && by?.lower === 'by' && token.lower !== token.lemma.toLowerCase());
}

/** Objects, prepositional phrases and the reported clause after token `from` (a verb or noun). */
export function complementsAfter(doc: DocView, from: number, opts: { verb: boolean }): Complements {
  const end = sentenceOf(doc, doc.tokens[from]!.sentence).tokenEnd;
  const result: Complements = { object: [], preps: [], clause: [], end: from + 1 };
  let j = opts.verb ? skipFillers(doc, from + 1, end) : from + 1;
  if (opts.verb) {
    const w = doc.tokens[j] ? doc.tokens[j]!.lower : '';
    let k = j;
    if (w === 'that' || w === ':') k = skipFillers(doc, j + 1, end);
    if (doc.tokens[k]?.pos === 'SCONJ' && doc.tokens[k]!.lower !== 'if') k++;
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
    j = repeatedPreposition(doc, j, end, result.preps[result.preps.length - 1]?.prep);
    const t = doc.tokens[j];
    if (!t || t.pos !== 'ADP' || inMention(doc, j)) break;
    const list = scanPhraseList(doc, j + 1, end, opts.verb);
    if (!list.length) break;
    result.preps.push({ prep: t.lower, phrases: list });
    j = list[list.length - 1]!.end;
  }
  result.end = j;
  return result;
}

/**
 * "spoken with Badenoch and with Johnson": a conjunction (and an adverb: "and later with") before
 * the preposition just read is skipped, so the second phrase is read as the first. Another
 * preposition after "and" may open a new clause ("and in Moscow, Putin said"), so it ends the list.
 */
function repeatedPreposition(doc: DocView, j: number, end: number, prep: string | undefined): number {
  const t = doc.tokens[j];
  if (!prep || !t || t.pos !== 'CCONJ') return j;
  let k = j + 1;
  while (k < end && doc.tokens[k]!.pos === 'ADV') k++;
  return k < end && doc.tokens[k]!.lower === prep && doc.tokens[k]!.pos === 'ADP' ? k : j;
}

/** "threatens sanctions if Russia invades": the actors of a conditional clause later in the clause. */
export function conditionalActors(doc: DocView, from: number): number[] {
  const end = sentenceOf(doc, doc.tokens[from]!.sentence).tokenEnd;
  for (let j = from + 1; j < end; j++) {
    const t = doc.tokens[j]!;
    if (t.text === ';' || t.text === ':') break;
    if (!CONDITIONALS.has(t.lower)) continue;
    const list = scanPhraseList(doc, j + 1, end);
    const last = list[list.length - 1];
    if (last && startsClause(doc, last.end)) return actorsOfList(doc, list);
    break;
  }
  return [];
}
