/**
 * Rules around trigger verbs: subject-verb-object with prepositions, passives, coordinated actors
 * with no object, and speech acts whose target is the actor of the reported clause.
 */
import { isPossessive, type DocView } from '../document';
import { actorsOf, actorsOfList, targetsOf, uniqueEntities, withoutAppealCourts } from '../actors';
import { complementsAfter, conditionalActors, type Complements } from '../complements';
import { scanPhrase, type NounPhrase } from '../phrases';
import { subjectOf } from '../subjects';
import { verbGroups, type VerbGroup } from '../verbs';
import { CIRCUMSTANCE_PREPOSITIONS, MILITARY_NOUNS, PERSONNEL_NOUNS } from '../lexicon';
import type { Token } from '../../types';
import type { RelationRule, RuleContext } from '../types';
import { nounTriggers, RELATION_VOCABULARY, verbTriggers, type Trigger } from '../vocabulary';
import { relate, relatePairs, stateAll } from './emit';

interface VerbSite {
  group: VerbGroup;
  trigger: Trigger;
  complements: Complements;
}

/** Verbs of sending, which give aid unless what is sent is people under arms. */
const SUPPLY_VERBS = new Set(['send', 'dispatch', 'ship']);

/** Sites by context: four rules read them for every sentence, and they depend only on the sentence. */
const sitesOf = new WeakMap<RuleContext, VerbSite[]>();

/** Every trigger verb of the sentence with what follows it. */
function verbSites(ctx: RuleContext): VerbSite[] {
  let sites = sitesOf.get(ctx);
  if (!sites) sitesOf.set(ctx, (sites = findVerbSites(ctx)));
  return sites;
}

function findVerbSites(ctx: RuleContext): VerbSite[] {
  const { doc } = ctx;
  const sites: VerbSite[] = [];
  if (!hasTriggerVerb(doc, ctx.sentence)) return sites;
  for (const group of verbGroups(doc, ctx.sentence)) {
    const next = doc.tokens[group.head + 1];
    const triggers = verbTriggers(group.lemma, next?.lower);
    if (!triggers.length) continue;
    const complements = complementsAfter(doc, group.head, { verb: true });
    for (const trigger of triggers) sites.push({ group, trigger, complements });
  }
  return sites;
}

/**
 * Whether a verb of the sentence is a trigger: every site's head is one, and most sentences have
 * none, so this saves reading their verb groups (auxiliaries, voice, modality) for nothing.
 */
function hasTriggerVerb(doc: DocView, s: number): boolean {
  const { tokenStart, tokenEnd } = doc.sentences[s]!;
  for (let t = tokenStart; t < tokenEnd; t++) {
    const token = doc.tokens[t]!;
    if (token.pos !== 'VERB') continue;
    const next = doc.tokens[t + 1];
    if (verbTriggers(token.lemma.toLowerCase(), next?.lower).length) return true;
  }
  return false;
}

/** The entity targets of an active trigger verb from its object and prepositional phrases. */
function activeTargets(ctx: RuleContext, site: VerbSite): number[] | undefined {
  const { doc } = ctx;
  const { trigger, complements } = site;
  const { entry } = trigger;
  if (trigger.kind === 'as-frame') {
    // "cast the U.S. warnings as hysteria": only with "as" right after the object.
    if (complements.preps[0]?.prep !== 'as' || !complements.object.length) return undefined;
    const targets: number[] = [];
    for (const np of complements.object) targets.push(...targetsOf(doc, np, entry));
    return targets;
  }
  if (trigger.kind === 'person-object') {
    // "Biden called Putin on Tuesday": one person as the whole object, then a preposition, a time or the end.
    const [np] = complements.object;
    const after = np && doc.tokens[np.end];
    // The person, not what is theirs: "welcomed Blair's courage", "receiving her award".
    const owned = np && (isPossessive(doc.tokens[np.end - 1]) || doc.tokens[np.start]!.pos === 'PRON');
    const person =
      np && !owned && complements.object.length === 1 && doc.mentions[np.headMention]?.type === 'person';
    const ends =
      !after ||
      after.pos === 'ADP' ||
      after.pos === 'PUNCT' ||
      after.pos === 'CCONJ' ||
      /day$/i.test(after.text);
    return person && ends ? actorsOf(doc, np) : undefined;
  }
  if (trigger.kind === 'request') {
    // "asked Scholz to send tanks": the entities asked to act; "asked Scholz about rates" asks nothing.
    if (!asksToAct(doc, complements)) return undefined;
    const targets: number[] = [];
    for (const np of complements.object) targets.push(...targetsOf(doc, np, entry));
    return uniqueEntities(targets);
  }
  // "Biden told Putin to withdraw" is a demand (the request above), not something said to Putin.
  if (entry.requestVerbs === undefined && REQUEST_VERBS.has(site.group.lemma) && asksToAct(doc, complements))
    return undefined;
  if (trigger.kind === 'weak') {
    // The material is an object ("delivered tanks to Kyiv", "gave Ukraine $800 million") or
    // comes with "with" or "in" ("supplied Ukraine with jets", "$800 million in military aid").
    const objects = entry.weakObjects ?? MILITARY_NOUNS;
    const heads: Token[] = [];
    // "thousands of troops", "a shipment of tanks": what is counted or packed is the material too.
    for (const np of complements.object) {
      heads.push(doc.tokens[np.head]!);
      if (np.of) heads.push(doc.tokens[np.of.head]!);
    }
    for (const { prep, phrases } of complements.preps)
      if (prep === 'with' || prep === 'in') for (const np of phrases) heads.push(doc.tokens[np.head]!);
    // With no object, the material may be the subject itself: "Russian troops moved into Donbas".
    const before = complements.object.length ? undefined : doc.tokens[site.group.start - 1];
    if (before && before.sentence === doc.tokens[site.group.head]!.sentence) heads.push(before);
    if (!heads.some((h) => objects.has(h.lower) || objects.has(h.lemma.toLowerCase()))) return undefined;
    // "Britain will send anti-tank weapons to Ukraine" gives arms; sending troops deploys them.
    if (
      trigger.relation === 'deployed-near' &&
      SUPPLY_VERBS.has(site.group.lemma) &&
      !heads.some((h) => PERSONNEL_NOUNS.has(h.lower))
    )
      return undefined;
  }
  const targets: number[] = [];
  const takesObject =
    entry.directObject && (!entry.objectVerbs || entry.objectVerbs.includes(site.group.lemma));
  if (takesObject)
    for (const np of complements.object)
      if (!dismissesPerson(doc, site.group.lemma, np)) targets.push(...targetsOf(doc, np, entry));
  for (const { prep, phrases } of complements.preps) {
    // "offered to host talks between Kyiv and Moscow", "to discuss relations between their two
    // countries": after an object, "between" names the object's parties, not the verb's.
    if (prep === 'between' && complements.object.length) continue;
    if (CIRCUMSTANCE_PREPOSITIONS.has(prep)) break;
    if (entry.prepositions.includes(prep))
      for (const np of phrases) targets.push(...targetsOf(doc, np, entry));
    // "Speaking after talks with X": what follows an event noun belongs to the noun, not the verb.
    if (phrases.some((np) => nounTriggers(doc.tokens[np.head]!.lemma.toLowerCase()).length)) break;
  }
  return withoutAppealCourts(doc, site.group.lemma, uniqueEntities(targets));
}

/** The verbs some relation reads as requests (see RelationVocabularyEntry.requestVerbs). */
const REQUEST_VERBS: ReadonlySet<string> = new Set(
  Object.values(RELATION_VOCABULARY).flatMap((e) => e.requestVerbs ?? []),
);

/** "to" and a verb at token `at`, in the sentence of token `of`. */
function infinitiveAt(doc: DocView, at: number, of: number): boolean {
  const to = doc.tokens[at];
  const verb = doc.tokens[at + 1];
  return (
    to?.lower === 'to' &&
    !!verb &&
    to.sentence === doc.tokens[of]!.sentence &&
    verb.sentence === to.sentence &&
    (verb.pos === 'VERB' || verb.pos === 'AUX')
  );
}

/**
 * "to" and a verb after a passive's agent: "was asked by Zelensky to send tanks". (Written before
 * the agent, "was asked to send tanks by Zelensky", the infinitive ends the verb's complements, so
 * no agent is found.)
 */
function infinitiveAfterAgent(doc: DocView, site: VerbSite, agents: NounPhrase[]): boolean {
  const last = agents[agents.length - 1];
  return !!last && infinitiveAt(doc, last.end, site.group.head);
}

/**
 * An object, then "to" and a verb, in the verb's sentence: "asked Scholz to send", "told Moscow to
 * withdraw". Not when the infinitive follows a common noun of the object's "of" phrase: "told Mr
 * Brown of his intention to stand down" asks nothing of Mr Brown.
 */
function asksToAct(doc: DocView, complements: Complements): boolean {
  const last = complements.object[complements.object.length - 1];
  if (!last || (last.of && last.of.headMention < 0)) return false;
  return infinitiveAt(doc, last.end, last.start);
}

/**
 * "Zelenskiy dismissed the commander of the armed forces, Valery Zaluzhnyi": a person dismissed is
 * removed from a post, not a claim rejected. What a person owns may still be dismissed ("dismissed
 * Gordon Brown's Budget").
 */
function dismissesPerson(doc: DocView, lemma: string, np: NounPhrase): boolean {
  if (lemma !== 'dismiss') return false;
  const named = np.headMention >= 0 ? np : np.apposition;
  return !!named && named.headMention >= 0 && doc.mentions[named.headMention]!.type === 'person';
}

export const svoRule: RelationRule = {
  name: 'svo',
  description:
    'Subject, trigger verb, object or prepositional target: "Rau met in Moscow with Lavrov" gives met-with; ' +
    '"the U.S. and NATO rejected Moscow\'s demand" gives rejected from each actor to the owner of the demand. ' +
    'One-actor speech acts with no entity object become statements.',
  apply(ctx) {
    for (const site of verbSites(ctx)) {
      if (site.group.passive) continue;
      const found = activeTargets(ctx, site);
      if (!found) continue;
      const subject = subjectOf(ctx.doc, site.group);
      if (!subject) continue;
      // '"...," said Orlova': the name after the verb is its subject, not its object.
      // A loop, not filter(): see uniqueEntities.
      const targets: number[] = [];
      for (const t of found) if (!subject.actors.includes(t)) targets.push(t);
      const { relation } = site.trigger;
      const f = {
        relation,
        modality: site.group.modality,
        rule: 'svo',
        trigger: ctx.doc.tokens[site.group.head]!.text,
      };
      const made = relate(ctx, subject.actors, targets, f);
      const hasClauseTarget =
        site.trigger.entry.clauseTarget &&
        (site.complements.clause.length > 0 ||
          (relation === 'warned' && conditionalActors(ctx.doc, site.complements.end - 1).length > 0));
      if (made === 0 && targets.length === 0 && !hasClauseTarget && site.trigger.kind === 'plain')
        stateAll(ctx, subject.actors, relation, site.group.modality);
    }
  },
};

/** An infinitive or a "that" clause right after the verb: "agreed to discuss", "agreed that". */
function takesProposition(doc: DocView, head: number): boolean {
  const next = doc.tokens[head + 1];
  if (!next || next.sentence !== doc.tokens[head]!.sentence) return false;
  if (next.lower === 'that') return true;
  const after = doc.tokens[head + 2];
  return next.lower === 'to' && !!after && (after.pos === 'VERB' || after.pos === 'AUX');
}

export const reciprocalRule: RelationRule = {
  name: 'reciprocal',
  description:
    'Coordinated actors of a reciprocal verb with no object relate to each other: "Biden and Macron talked ' +
    'on Tuesday" gives spoke-with(Biden, Macron).',
  apply(ctx) {
    for (const site of verbSites(ctx)) {
      const { entry, relation } = site.trigger;
      if (!entry.reciprocal || site.group.passive || site.trigger.kind !== 'plain') continue;
      if (entry.reciprocalVerbs && !entry.reciprocalVerbs.includes(site.group.lemma)) continue;
      if ((activeTargets(ctx, site) ?? []).length) continue;
      // "the U.S. and NATO have agreed to discuss ...": what both accept is a proposition, not
      // an agreement with each other ("Turkey and Sweden agreed on Tuesday" is one).
      if (entry.statement && takesProposition(ctx.doc, site.group.head)) continue;
      const subject = subjectOf(ctx.doc, site.group);
      if (!subject || subject.actors.length < 2) continue;
      // "The U.S. and NATO have agreed to discuss security measures" (with Russia): coordinated
      // actors who only mean to discuss need not discuss with each other.
      if (site.group.lemma === 'discuss' && subject.via !== 'phrase') continue;
      relatePairs(ctx, subject.actors, {
        relation,
        modality: site.group.modality,
        rule: 'reciprocal',
        trigger: ctx.doc.tokens[site.group.head]!.text,
      });
    }
  },
};

export const passiveRule: RelationRule = {
  name: 'passive',
  description:
    'A passive trigger verb with a "by" agent: "Ukraine was invaded by Russia" gives annexed(Russia, Ukraine).',
  apply(ctx) {
    for (const site of verbSites(ctx)) {
      if (!site.group.passive || !site.trigger.entry.directObject) continue;
      const by = site.complements.preps.find((p) => p.prep === 'by');
      if (!by) continue;
      // "Scholz was asked by Zelensky to send tanks": a request, when the infinitive follows the
      // agent (and then no plain trigger of the verb: "was told by Biden to leave").
      const request = REQUEST_VERBS.has(site.group.lemma) && infinitiveAfterAgent(ctx.doc, site, by.phrases);
      if (site.trigger.kind === 'request' ? !request : site.trigger.kind !== 'plain' || request) continue;
      const agents = actorsOfList(ctx.doc, by.phrases);
      const patient = subjectOf(ctx.doc, site.group);
      if (!agents.length || !patient) continue;
      relate(ctx, agents, patient.actors, {
        relation: site.trigger.relation,
        modality: site.group.modality,
        rule: 'passive',
        trigger: ctx.doc.tokens[site.group.head]!.text,
      });
    }
  },
};

export const speechClauseRule: RelationRule = {
  name: 'speech-clause',
  description:
    'A speech act or warning whose target is the actor of the reported or conditional clause: "the U.S. warns ' +
    'that Russia could invade" gives warned(U.S., Russia); "Biden threatens sanctions if Russia invades" ' +
    'gives warned(Biden, Russia).',
  apply(ctx) {
    for (const site of verbSites(ctx)) {
      const { entry, relation } = site.trigger;
      if (!entry.clauseTarget || site.group.passive || site.trigger.kind !== 'plain') continue;
      const targets = actorsOfList(ctx.doc, site.complements.clause);
      if (relation === 'warned') targets.push(...conditionalActors(ctx.doc, site.complements.end - 1));
      if (!targets.length && !site.complements.clause.length) continue;
      const subject = subjectOf(ctx.doc, site.group);
      if (!subject) continue;
      // "Lavrov warned that patience was running out": a clause about no entity is the speaker's
      // statement (the svo rule leaves every reported clause to this one).
      if (!targets.length) {
        stateAll(ctx, subject.actors, relation, site.group.modality);
        continue;
      }
      const made = relate(ctx, subject.actors, uniqueEntities(targets), {
        relation,
        modality: site.group.modality,
        rule: 'speech-clause',
        trigger: ctx.doc.tokens[site.group.head]!.text,
      });
      // "Scholz said he agrees": the clause is about the speaker, so it is a statement.
      if (made === 0) stateAll(ctx, subject.actors, relation, site.group.modality);
    }
  },
};

export const accordingToRule: RelationRule = {
  name: 'according-to',
  description:
    'The source a fact is attributed to: "Russia has sent troops to the border, according to the Institute ' +
    'for the Study of War" makes a reported statement of the institute ("according to Peskov", a said one).',
  apply(ctx) {
    const { doc } = ctx;
    const sentence = doc.sentences[ctx.sentence]!;
    for (let t = sentence.tokenStart; t + 2 < sentence.tokenEnd; t++) {
      if (doc.tokens[t]!.lower !== 'according' || doc.tokens[t + 1]!.lower !== 'to') continue;
      const np = scanPhrase(doc, t + 2, sentence.tokenEnd);
      if (!np) continue;
      const sources = actorsOf(doc, np);
      // "according to the UN refugee agency": the body whose agency it is.
      if (!sources.length && np.modifierMentions.length) {
        const owner = doc.mentions[np.modifierMentions[0]!]!.entity;
        if (owner !== undefined && doc.input.entities[owner]?.type === 'organization') sources.push(owner);
      }
      // A person says; a body, a government ("according to Kyiv") or a monitor reports.
      const people: number[] = [];
      const bodies: number[] = [];
      for (const e of sources) (doc.input.entities[e]?.type === 'person' ? people : bodies).push(e);
      stateAll(ctx, people, 'said', 'asserted');
      stateAll(ctx, bodies, 'reported', 'asserted');
    }
  },
};
