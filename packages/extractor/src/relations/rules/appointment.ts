/**
 * Appointments: the way business and political news says who holds a post. "Boeing named Kelly
 * Ortberg as its new chief executive", "Nissan has named Ivan Espinosa its next CEO", "Kelly Ortberg
 * was named chief executive of Boeing" all give affiliated-with(person, organisation) with the role;
 * "Mbappe joined Real Madrid", "signed for Arsenal" give it without one.
 */
import type { Mention, Modality, Token } from '../../types';
import { isPossessive, type DocView } from '../document';
import { ROLE_NOUNS } from '../lexicon';
import type { RelationRule, RuleContext } from '../types';
import { subjectOf } from '../subjects';
import { verbGroups, type VerbGroup } from '../verbs';
import { relate } from './emit';

/** Verbs of giving someone a post, as lemmas. */
const APPOINTING = new Set(
  'name appoint hire pick choose tap elect nominate promote install select'.split(' '),
);

/** Words between "as" and the role that are no part of it ("as its new chief executive"). */
const ROLE_DETERMINERS = new Set('its the their his her a an'.split(' '));
const ROLE_TIMING = new Set('new next incoming'.split(' '));

/** The role after `from`: "as its new chief executive", "its next CEO", "chairman". */
function roleAfter(doc: DocView, from: number, sentence: number): { role: string; end: number } | undefined {
  let t = from;
  const at = (k: number): Token | undefined => {
    const token = doc.tokens[k];
    return token && token.sentence === sentence ? token : undefined;
  };
  if (at(t)?.lower === 'as') t++;
  if (ROLE_DETERMINERS.has(at(t)?.lower ?? '')) t++;
  while (ROLE_TIMING.has(at(t)?.lower ?? '')) t++;
  const words: string[] = [];
  let hasRole = false;
  for (; words.length < 5; t++) {
    const token = at(t);
    if (!token || mentionIndex(doc, t) >= 0) break;
    // wink tags "new" in "its new chief executive" an adverb.
    const pos = token.pos;
    if (pos !== 'ADJ' && pos !== 'ADV' && pos !== 'NOUN' && pos !== 'PROPN' && token.text !== '-') break;
    words.push(token.text);
    if (ROLE_NOUNS.has(token.lower)) hasRole = true;
  }
  return hasRole ? { role: words.join(' ').replace(/ - /g, '-'), end: t } : undefined;
}

/** The index of the mention covering token `t`, or -1. */
function mentionIndex(doc: DocView, t: number): number {
  return doc.mentionAt[t] ?? -1;
}

function mentionAt(doc: DocView, t: number): Mention | undefined {
  const m = mentionIndex(doc, t);
  return m < 0 ? undefined : doc.mentions[m];
}

function isOrganization(doc: DocView, m: Mention | undefined): m is Mention & { entity: number } {
  return m?.entity !== undefined && doc.input.entities[m.entity]?.type === 'organization';
}

export const appointmentRule: RelationRule = {
  name: 'appointment',
  description:
    'A post given: "Boeing named Kelly Ortberg as its new chief executive" and "Kelly Ortberg was named ' +
    'chief executive of Boeing" give affiliated-with(Ortberg, Boeing) with the role; a person who appoints ' +
    '("Starmer appointed Rachel Reeves as chancellor") gives none.',
  apply(ctx: RuleContext) {
    const { doc } = ctx;
    for (const g of verbGroups(doc, ctx.sentence)) {
      if (!APPOINTING.has(g.lemma)) continue;
      if (g.passive) passiveAppointment(ctx, g.start, g.head, g.modality);
      else activeAppointment(ctx, g.start, g.head, g.modality);
    }
  },
};

/** "<organisation> ... named [modifiers] <person> as its <role>". */
function activeAppointment(ctx: RuleContext, start: number, head: number, modality: Modality) {
  const { doc } = ctx;
  const { tokenStart, tokenEnd } = doc.sentences[ctx.sentence]!;
  // The person: the first mention after the verb, past a few describing words ("aerospace veteran").
  let t = head + 1;
  while (t < tokenEnd && t <= head + 4 && mentionIndex(doc, t) < 0) {
    const pos = doc.tokens[t]!.pos;
    if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'DET') return;
    t++;
  }
  const person = mentionAt(doc, t);
  if (person?.entity === undefined || person.type !== 'person') return;
  const role = roleAfter(doc, person.tokenEnd, ctx.sentence);
  if (!role) return;
  // The appointer: the nearest mention before the verb group, with no verb between.
  let k = start - 1;
  for (; k >= tokenStart && mentionIndex(doc, k) < 0; k--) {
    const pos = doc.tokens[k]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return;
  }
  const appointer = k >= tokenStart ? mentionAt(doc, k) : undefined;
  if (!isOrganization(doc, appointer)) return;
  affiliate(ctx, person.entity, appointer.entity, head, role.role, modality);
}

/** "<person> was named [as] <role> of|at <organisation>". */
function passiveAppointment(ctx: RuleContext, start: number, head: number, modality: Modality) {
  const { doc } = ctx;
  const person = mentionAt(doc, start - 1);
  if (person?.entity === undefined || person.type !== 'person') return;
  const role = roleAfter(doc, head + 1, ctx.sentence);
  if (!role) return;
  const prep = doc.tokens[role.end];
  if (!prep || prep.sentence !== ctx.sentence || (prep.lower !== 'of' && prep.lower !== 'at')) return;
  let t = role.end + 1;
  if (doc.tokens[t]?.lower === 'the') t++;
  const owner = mentionAt(doc, t);
  if (!isOrganization(doc, owner)) return;
  affiliate(ctx, person.entity, owner.entity, head, role.role, modality);
}

function affiliate(
  ctx: RuleContext,
  person: number,
  owner: number,
  verb: number,
  role: string,
  modality: Modality,
) {
  relate(ctx, [person], [owner], {
    relation: 'affiliated-with',
    modality,
    rule: 'appointment',
    trigger: ctx.doc.tokens[verb]!.text,
    role,
  });
}

/**
 * The organisation a person joins: the object of "join" ("joined Real Madrid", "rejoined the
 * BBC"), or what follows "signed for", "signed with" or "signed a five-year contract with". A deal
 * is not a post: "signed a deal with Microsoft" gives nothing.
 */
function joinedOrganization(doc: DocView, g: VerbGroup, sentence: number): number | undefined {
  const at = (k: number): Token | undefined => {
    const token = doc.tokens[k];
    return token && token.sentence === sentence ? token : undefined;
  };
  let t = g.head + 1;
  if (g.lemma === 'sign') {
    const next = at(t)?.lower;
    if (next !== 'for' && next !== 'with') {
      // "a five-year contract with": "contract with" within a few words.
      let k = t;
      while (k < t + 5 && at(k) && at(k)!.lower !== 'contract') k++;
      if (at(k)?.lower !== 'contract' || at(k + 1)?.lower !== 'with') return undefined;
      t = k + 1;
    }
    t++;
  }
  if (at(t)?.lower === 'the') t++;
  const joined = mentionAt(doc, t);
  if (!isOrganization(doc, joined) || joined.tokenStart !== t) return undefined;
  // The organisation must head what is joined: not "joined EastEnders' actress X" or "joined the
  // Channel 4 show".
  const after = at(joined.tokenEnd);
  const continues =
    !!after && (isPossessive(after) || after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'NUM');
  return continues ? undefined : joined.entity;
}

export const joiningRule: RelationRule = {
  name: 'joining',
  description:
    'A person joining an organisation: "Kylian Mbappe joined Real Madrid", "signed for Arsenal", "signed a ' +
    'five-year contract with Real Madrid" give affiliated-with(person, organisation).',
  apply(ctx: RuleContext) {
    const { doc } = ctx;
    for (const g of verbGroups(doc, ctx.sentence)) {
      if ((g.lemma !== 'join' && g.lemma !== 'rejoin' && g.lemma !== 'sign') || g.passive) continue;
      const owner = joinedOrganization(doc, g, ctx.sentence);
      if (owner === undefined) continue;
      const subject = subjectOf(doc, g);
      const people = subject?.actors.filter((a) => doc.input.entities[a]?.type === 'person') ?? [];
      if (!people.length) continue;
      relate(ctx, people, [owner], {
        relation: 'affiliated-with',
        modality: g.modality,
        rule: 'joining',
        trigger: doc.tokens[g.head]!.text,
      });
    }
  },
};
