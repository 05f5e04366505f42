/**
 * Who a noun phrase stands for: the named head ("the U.S."), a named apposition, the country or
 * organisation behind a group noun ("Russian lawmakers"), and, as a target, the place behind a place
 * noun ("Ukraine's western flank") or the owner of an object noun ("Moscow's demand").
 */
import { isPossessive, type DocView } from './document';
import { ORG_HEADS } from '../gazetteer';
import { AGENT_NOUNS, CURRENCY_NOUNS, MEMBER_NOUNS, PLACE_PART_NOUNS } from './lexicon';
import { scanPhrase, scanPhraseList, type NounPhrase } from './phrases';
import type { RelationVocabularyEntry } from './vocabulary';

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
  return [h.lower, h.lemma.toLowerCase()];
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
  const agent = AGENT_NOUNS.has(word) || AGENT_NOUNS.has(lemma);
  if (agent || MEMBER_NOUNS.has(word)) {
    const e = modifierEntity(doc, np, false) ?? (np.of ? actorsOf(doc, np.of)[0] : undefined);
    const type = e === undefined ? undefined : doc.input.entities[e]?.type;
    // Officials act for a country or a body, members only for a body.
    if (e !== undefined && (agent ? type !== 'person' : type === 'organization')) return [e];
  }
  // Singular only: "the unions" are no one union.
  const named = word === lemma ? definiteReference(doc, np, lemma) : undefined;
  return named === undefined ? [] : [named];
}

/** Institutions news names by a description: "the alliance" for NATO, "the bloc" for the EU. */
const DESCRIBED: Readonly<Record<string, RegExp>> = {
  alliance: /\bnato\b|north atlantic treaty/,
  bloc: /^(?:eu|european union)$/,
};

/**
 * "the alliance", "the ministry", "the party": a definite description of the one organisation of
 * the article, named up to this sentence, that it fits: by its name's head word ("the ministry"
 * for "Russian Foreign Ministry") or, for a few, by what news calls it. Two that fit, none.
 */
function definiteReference(doc: DocView, np: NounPhrase, lemma: string): number | undefined {
  if (doc.tokens[np.start]!.lower !== 'the' || np.modifierMentions.length || np.of) return undefined;
  const described = DESCRIBED[lemma];
  if (!described && !ORG_HEADS.has(lemma)) return undefined;
  const sentence = doc.tokens[np.head]!.sentence;
  let found: number | undefined;
  for (let s = 0; s <= sentence; s++) {
    for (const m of doc.mentionsBySentence[s] ?? []) {
      const e = doc.mentions[m]!.entity;
      const entity = e === undefined ? undefined : doc.input.entities[e];
      if (!entity || entity.type !== 'organization' || e === found) continue;
      const label = entity.label.toLowerCase();
      const words = label.split(' ');
      const fits = described ? described.test(label) : words.length > 1 && words[words.length - 1] === lemma;
      if (!fits) continue;
      if (found !== undefined) return undefined;
      found = e;
    }
  }
  return found;
}

/** The entities a phrase stands for as a relation's target, given how the trigger finds targets. */
export function targetsOf(doc: DocView, np: NounPhrase, entry: RelationVocabularyEntry): number[] {
  const actors = actorsOf(doc, np);
  if (actors.length) return actors;
  const [word, lemma] = headWord(doc, np);
  if (PLACE_PART_NOUNS.has(word) || PLACE_PART_NOUNS.has(lemma)) {
    // "the Black Sea peninsula of Crimea" is Crimea; "Ukraine's western flank" is Ukraine; "the
    // border with Ukraine" and "its border with Belarus" are the neighbour's.
    const e =
      (np.of ? actorsOf(doc, np.of)[0] : undefined) ??
      neighbourAcross(doc, np) ??
      modifierEntity(doc, np, false);
    return e === undefined ? [] : [e];
  }
  if (CURRENCY_NOUNS.has(word)) return [];
  if (entry.ownerTarget && np.modifierMentions.length) {
    const e = modifierEntity(doc, np, true);
    return e === undefined ? [] : [e];
  }
  // "the assets of Roman Abramovich", "the demands of Moscow": the owner in the "of" complement.
  if (entry.ownerTarget && np.of) return actorsOf(doc, np.of);
  if (entry.ownerTarget) return agentAfter(doc, np) ?? senderAfter(doc, np);
  return [];
}

/** What one side asks of another, whose sender "from" names: "calls from Washington". */
const DEMAND_NOUNS = new Set([
  'call',
  'demand',
  'request',
  'proposal',
  'offer',
  'appeal',
  'plea',
  'invitation',
  'ultimatum',
  'pressure',
]);

/** "rejected calls from Washington to condemn Moscow": the sender of a demand owns it. */
function senderAfter(doc: DocView, np: NounPhrase): number[] {
  const [, lemma] = headWord(doc, np);
  const from = doc.tokens[np.end];
  if (
    !from ||
    from.lower !== 'from' ||
    !DEMAND_NOUNS.has(lemma) ||
    from.sentence !== doc.tokens[np.head]!.sentence
  )
    return [];
  const sender = scanPhrase(doc, np.end + 1, sentenceEnd(doc, from.sentence));
  return sender ? actorsOf(doc, sender) : [];
}

const BORDER_NOUNS = new Set(['border', 'borders', 'frontier', 'frontiers']);

/** The country a border is shared with: "with Belarus" right after "the border". */
function neighbourAcross(doc: DocView, np: NounPhrase): number | undefined {
  if (!BORDER_NOUNS.has(doc.tokens[np.head]!.lower) || np.end + 1 >= doc.tokens.length) return undefined;
  const with_ = doc.tokens[np.end]!;
  if (with_.lower !== 'with' || with_.sentence !== doc.tokens[np.head]!.sentence) return undefined;
  const across = scanPhrase(doc, np.end + 1, sentenceEnd(doc, with_.sentence));
  return across ? actorsOf(doc, across)[0] : undefined;
}

/**
 * "the sanctions imposed by Washington", "a plan drawn up by France", "joint drills by Washington
 * and Seoul": the agent after the phrase, or after a participle following it, owns it, as
 * "Washington's sanctions" would.
 */
function agentAfter(doc: DocView, np: NounPhrase): number[] | undefined {
  let at = np.end;
  const participle = doc.tokens[at];
  if (participle?.pos === 'VERB' && participle.lower !== participle.lemma.toLowerCase()) at++;
  const by = doc.tokens[at];
  if (!by || by.lower !== 'by' || by.sentence !== doc.tokens[np.head]!.sentence) return undefined;
  return actorsOfList(doc, scanPhraseList(doc, at + 1, sentenceEnd(doc, by.sentence)));
}

function sentenceEnd(doc: DocView, sentence: number): number {
  return doc.sentences[sentence]!.tokenEnd;
}

export function actorsOfList(doc: DocView, list: NounPhrase[]): number[] {
  const actors: number[] = [];
  for (const np of list) for (const e of actorsOf(doc, np)) if (!actors.includes(e)) actors.push(e);
  return actors;
}

/**
 * The entities of `list` without repeats, in first-seen order. Entity lists are built by push, so
 * that they are all arrays of one elements kind: `[...new Set()]`, flatMap() and filter() each made
 * another, and the rules reading them were deoptimised for each new one.
 */
export function uniqueEntities(list: readonly number[]): number[] {
  const unique: number[] = [];
  for (const e of list) if (!unique.includes(e)) unique.push(e);
  return unique;
}

/** Courts by name: "the Supreme Court", "the Fifth Circuit", "an employment tribunal". */
const COURT = /\b(?:court|tribunal|circuit)\b/i;

/**
 * The targets of a trigger without the courts of a legal appeal: "vowed to appeal to the Supreme
 * Court" and "an appeal to the European Court of Human Rights" ask a court to rule, they do not urge
 * it; "appealed to Putin to stop" does.
 */
export function withoutAppealCourts(doc: DocView, lemma: string, targets: number[]): number[] {
  if (lemma !== 'appeal') return targets;
  const kept: number[] = [];
  for (const e of targets) if (!COURT.test(doc.input.entities[e]?.label ?? '')) kept.push(e);
  return kept;
}
