/**
 * Rules around trigger nouns: "Scholz's meeting with Putin", "an appeal to Putin" (the appeal's
 * author being the subject of "submit"), "held talks with", and participial clauses ("Speaking
 * after talks with Scholz, Putin said" gives met-with(Putin, Scholz)).
 */
import type { Modality } from '../../types';
import { isPossessive, type DocView } from '../document';
import {
  actorsOf,
  actorsOfList,
  modifierEntity,
  targetsOf,
  uniqueEntities,
  withoutAppealCourts,
} from '../actors';
import { complementsAfter } from '../complements';
import { subjectOf, type Subject } from '../subjects';
import { inConditional, strongest, verbGroups } from '../verbs';
import { HYPOTHETICAL_FRAMES, HYPOTHETICAL_MODIFIERS, LIGHT_VERBS, PLANNED_MODIFIERS } from '../lexicon';
import { inMention, isPhraseToken, scanPhrase, type NounPhrase } from '../phrases';
import type { RelationRule, RuleContext } from '../types';
import { nounTriggers } from '../vocabulary';
import { relate, relatePairs, stateAll } from './emit';

/** The noun phrase whose head is token `t`, if any. */
function phraseOfHead(doc: DocView, t: number, floor: number, end: number): NounPhrase | undefined {
  let start = t;
  while (start - 1 >= floor && isPhraseToken(doc, start - 1, end)) start--;
  for (let s = start; s <= t; s++) {
    const np = scanPhrase(doc, s, end);
    if (np && np.head === t) return np;
  }
  return undefined;
}

/** Modality written on the noun phrase: "planned talks", "a possible invasion", "no meeting", "fears of". */
function nounModality(doc: DocView, np: NounPhrase, floor: number): Modality {
  let modality: Modality = 'asserted';
  for (let k = np.start; k < np.head; k++) {
    const w = doc.tokens[k]!.lower;
    if (w === 'no') modality = strongest(modality, 'negated');
    else if (PLANNED_MODIFIERS.has(w)) modality = strongest(modality, 'planned');
    else if (HYPOTHETICAL_MODIFIERS.has(w)) modality = strongest(modality, 'hypothetical');
  }
  const of = np.start - 1;
  if (of - 1 >= floor && doc.tokens[of]!.lower === 'of' && HYPOTHETICAL_FRAMES.has(doc.tokens[of - 1]!.lower))
    modality = strongest(modality, 'hypothetical');
  if (inConditional(doc, np.head)) modality = strongest(modality, 'hypothetical');
  return modality;
}

/** The entity named as the noun's author inside its phrase: "Scholz's meeting", "the Russian invasion". */
function ownerOf(doc: DocView, np: NounPhrase): number | undefined {
  return modifierEntity(doc, np, true);
}

/** Prepositions that place a verb's action in the time of an event noun, and what that says of the event. */
const EVENT_FRAMES: Record<string, Modality> = {
  after: 'asserted',
  during: 'asserted',
  following: 'asserted',
  at: 'asserted',
  in: 'asserted',
  since: 'asserted',
  before: 'planned',
  ahead: 'planned',
};

/** Nouns that hold an event noun in their "of": "a package of sanctions", "a new round of talks". */
const CONTAINER_NOUNS = new Set(['package', 'round', 'set', 'wave', 'series', 'raft', 'batch', 'tranche']);

/** Whether the one preposition before the noun phrase is the "of" of a container: "a package of". */
function inContainer(doc: DocView, np: NounPhrase): boolean {
  const of = np.start - 1;
  return (
    of > 0 && doc.tokens[of]!.lower === 'of' && CONTAINER_NOUNS.has(doc.tokens[of - 1]!.lemma.toLowerCase())
  );
}

/** Verbs whose "to" leads to an event yet to come: "agreed to talks with Kyiv", "invited to talks". */
const TOWARD_EVENT_VERBS = new Set(['agree', 'commit', 'consent', 'return', 'invite']);

/**
 * Journeys whose "for" is their purpose: "arrived in Egypt on Monday for talks with al-Sisi". Not
 * "open for talks" or "ready for talks", which only say one would talk.
 */
const JOURNEY_VERBS = new Set(['arrive', 'travel', 'fly', 'come', 'go', 'head', 'return', 'visit']);

function prepositionBefore(doc: DocView, from: number, to: number): string | undefined {
  for (let k = from + 1; k < to; k++) if (doc.tokens[k]!.pos === 'ADP') return doc.tokens[k]!.lower;
  return undefined;
}

interface Governor {
  subject: Subject;
  modality: Modality;
  rule: 'light-verb' | 'participial' | 'nominal';
}

/**
 * The verb whose object or prepositional chain the noun phrase sits in ("held talks with", "voted to
 * submit an appeal", "Speaking after talks with"), with its subject and modality.
 */
function governorOf(doc: DocView, np: NounPhrase, sentence: number): Governor | undefined {
  const groups = verbGroups(doc, sentence);
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g.head >= np.start) continue;
    // Only determiners, adjectives, nouns and one preposition may stand between the verb and the noun.
    let prepositions = 0;
    let ok = true;
    for (let k = g.head + 1; k < np.start && ok; k++) {
      const t = doc.tokens[k]!;
      if (t.pos === 'ADP' && !inMention(doc, k)) prepositions++;
      else if (!(isPhraseToken(doc, k, np.start) || t.pos === 'ADV' || t.pos === 'PART')) ok = false;
    }
    if (!ok) return undefined;
    // A journey may name where and when before its purpose: "arrived in Egypt on Monday for talks".
    if (prepositions > 1) {
      const last = prepositionBefore(doc, np.start - 2, np.start);
      if (!(JOURNEY_VERBS.has(g.lemma) && last === 'for' && prepositions <= 3)) return undefined;
      const subject = subjectOf(doc, g);
      return subject && { subject, modality: strongest(g.modality, 'planned'), rule: 'nominal' };
    }
    // "imposed sanctions", and "approved a package of sanctions" as well.
    const light =
      LIGHT_VERBS.has(g.lemma) && (prepositions === 0 || (prepositions === 1 && inContainer(doc, np)));
    let modality = g.modality;
    if (!light) {
      // Only a time frame ties an event noun to any verb: "Speaking after talks with", "said during a
      // meeting with"; "open for talks with" or "ready for talks" is no meeting.
      const prep = prepositions === 1 ? prepositionBefore(doc, g.head, np.start) : undefined;
      const toward =
        (prep === 'to' && TOWARD_EVENT_VERBS.has(g.lemma)) || (prep === 'for' && JOURNEY_VERBS.has(g.lemma));
      if (!prep || !(prep in EVENT_FRAMES || toward)) return undefined;
      modality = strongest(modality, toward ? 'planned' : EVENT_FRAMES[prep]!);
    }
    const subject = subjectOf(doc, g);
    if (!subject) return undefined;
    const rule = light ? 'light-verb' : subject.via === 'participle' ? 'participial' : 'nominal';
    return { subject, modality, rule };
  }
  return undefined;
}

/**
 * The subject of the main clause after a fronted frame: "In a phone call with Scholz, Putin said",
 * "During talks with Lavrov on Friday, Blinken warned". The event noun's phrase must open the
 * sentence after one preposition of time or place, and a comma must close the frame.
 */
function frontedFrame(
  doc: DocView,
  np: NounPhrase,
  sentence: number,
  end: number,
): { subject: Subject; modality: Modality } | undefined {
  const first = doc.sentences[sentence]!.tokenStart;
  const prep = doc.tokens[first]!;
  if (prep.pos !== 'ADP' || !(prep.lower in EVENT_FRAMES)) return undefined;
  for (let k = first + 1; k < np.start; k++) if (!isPhraseToken(doc, k, np.start)) return undefined;
  let comma = end;
  while (comma < doc.sentences[sentence]!.tokenEnd && doc.tokens[comma]!.text !== ',') comma++;
  const main = verbGroups(doc, sentence).find((g) => g.head > comma && g.form === 'finite');
  const subject = main && subjectOf(doc, main);
  // "Before her meeting with Martinez, Davenport believes": the meeting is still to come.
  return subject && { subject, modality: EVENT_FRAMES[prep.lower]! };
}

/**
 * The triggers of a noun. A capitalised first word ("Talks between ...") is tagged as a proper noun
 * with itself as lemma, so its lower-case singular is tried too.
 */
function triggerNoun(doc: DocView, t: number, sentenceStart: number) {
  const token = doc.tokens[t]!;
  if (token.pos === 'NOUN') {
    const own = nounTriggers(token.lemma.toLowerCase());
    if (own.length || t <= sentenceStart || !CONTAINER_NOUNS.has(token.lemma.toLowerCase())) return own;
    // "a $200 million aid package for Ukraine", "the sanctions package": the package is its content.
    const content = doc.tokens[t - 1]!;
    return content.pos === 'NOUN' && !inMention(doc, t - 1) ? nounTriggers(content.lemma.toLowerCase()) : own;
  }
  if (token.pos !== 'PROPN' || t !== sentenceStart) return [];
  const word = token.lower;
  const direct = nounTriggers(word);
  return direct.length ? direct : word.endsWith('s') ? nounTriggers(word.slice(0, -1)) : [];
}

export const nominalRule: RelationRule = {
  name: 'nominal',
  description:
    'Trigger nouns with their author and target: "Scholz\'s meeting with Putin" (met-with), "the U.S. and NATO ' +
    'held talks with Russia", "voted to submit an appeal to Putin" (urged, author = subject of the verb chain), ' +
    '"Speaking after talks with Scholz, Putin said" (met-with through the participial clause). With an author ' +
    'and no target, a speech noun ("the ministry\'s announcement") becomes a statement.',
  apply(ctx: RuleContext) {
    const { doc } = ctx;
    const sentence = doc.sentences[ctx.sentence]!;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const token = doc.tokens[t]!;
      if (inMention(doc, t)) continue;
      const triggers = triggerNoun(doc, t, sentence.tokenStart);
      if (!triggers.length) continue;
      const np = phraseOfHead(doc, t, sentence.tokenStart, sentence.tokenEnd);
      if (!np) continue;
      let modality = nounModality(doc, np, sentence.tokenStart);
      let actors: number[] = [];
      let rule: Governor['rule'] = 'nominal';
      // The prepositional phrases after the noun: its targets, and where a fronted frame ends.
      const after = complementsAfter(doc, np.end - 1, { verb: false });
      const owner = ownerOf(doc, np);
      if (owner !== undefined) actors = [owner];
      else {
        const governor = governorOf(doc, np, ctx.sentence);
        if (governor) {
          actors = governor.subject.actors;
          modality = strongest(modality, governor.modality);
          rule = governor.rule;
        } else {
          const fronted = frontedFrame(doc, np, ctx.sentence, after.end);
          if (fronted) {
            actors = fronted.subject.actors;
            modality = strongest(modality, fronted.modality);
            rule = 'participial';
          }
        }
      }
      // Targets: the "of" complement and the prepositional phrases after the noun.
      const preps = np.of ? [{ prep: 'of', phrases: [np.of] }, ...after.preps] : after.preps;
      for (const { relation, entry } of triggers) {
        const targets: number[] = [];
        for (const { prep, phrases } of preps) {
          if (!entry.prepositions.includes(prep)) continue;
          if (prep === 'between') {
            // "talks between Kyiv and Moscow": the pair, whoever the author.
            relatePairs(ctx, actorsOfList(doc, phrases), { relation, modality, rule, trigger: token.text });
            continue;
          }
          for (const p of phrases)
            targets.push(...(prep === 'of' ? actorsOf(doc, p) : targetsOf(doc, p, entry)));
        }
        if (!actors.length) continue;
        const finding = { relation, modality, rule, trigger: token.text };
        // "Biden and Putin held a call": coordinated authors of a reciprocal event, no target.
        if (!targets.length && entry.reciprocal && actors.length > 1) {
          relatePairs(ctx, actors, finding);
          continue;
        }
        const made = relate(
          ctx,
          actors,
          withoutAppealCourts(doc, token.lemma.toLowerCase(), uniqueEntities(targets)),
          finding,
        );
        // A statement needs a named author inside the phrase or an explicit governing verb.
        if (made === 0 && !targets.length && !isPossessive(doc.tokens[np.head + 1]))
          stateAll(ctx, actors, relation, modality);
      }
    }
  },
};
