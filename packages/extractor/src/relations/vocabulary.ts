/**
 * The relation vocabulary (CAMEO-aligned, the one in the evaluation gold) as one typed list: for each
 * relation its description, the verb and noun lemmas that trigger it, and how a trigger finds its
 * target. Rules read this table; they hold no trigger words of their own.
 */
import type { EntityType, RelationType } from '../types';
import { AID_NOUNS, ASSET_NOUNS } from './lexicon';

export interface RelationVocabularyEntry {
  description: string;
  /** Verb lemmas; two words ("call on") when the particle is what makes the sense. */
  verbs: readonly string[];
  /** Noun lemmas ("meeting", "talk" for "talks", "appeal"). */
  nouns: readonly string[];
  /** Prepositions that introduce the target after a trigger ("met with X", "an appeal to X"). */
  prepositions: readonly string[];
  /** The direct object of a verb trigger is the target ("warned Russia"). */
  directObject: boolean;
  /** The actor of the reported or conditional clause is the target ("warns that Russia could invade"). */
  clauseTarget: boolean;
  /** The owner of the object noun is the target ("rejected Moscow's demand", "cast the U.S. warnings as"). */
  ownerTarget: boolean;
  /** Coordinated actors with no object relate to each other ("Biden and Macron met"). */
  reciprocal: boolean;
  /** A one-actor use with no entity object becomes a statement of the actor. */
  statement: boolean;
  /** Verbs that trigger the relation only with an object of `weakObjects` ("moved troops toward X"). */
  weakVerbs?: readonly string[];
  /** What a weak verb's object must be (lower case or lemma); military nouns when unset. */
  weakObjects?: ReadonlySet<string>;
  /** Verbs that trigger the relation only in the frame "V X as Y" ("cast the warnings as hysteria"). */
  asFrameVerbs?: readonly string[];
  /** Verbs that trigger the relation only with a person as their sole object ("Biden called Putin"). */
  personObjectVerbs?: readonly string[];
  /**
   * Verbs that trigger the relation only when their object is to act, an infinitive after it:
   * "asked Scholz to send tanks" is a request, "asked Scholz about rates" a question.
   */
  requestVerbs?: readonly string[];
  /** When set, only these verbs take their direct object as target ("told CNBC", not "said the bridge"). */
  objectVerbs?: readonly string[];
  /** When set, only these verbs relate coordinated actors to each other ("agreed", not "accepted"). */
  reciprocalVerbs?: readonly string[];
  /** When set, targets must be of these types: one annexes or deploys near places, not people. */
  targetTypes?: readonly EntityType[];
}

// Every entry has every field, in one order (the optional ones undefined): entries that each added
// their own optional fields were objects of different maps in V8, and the rules reading them went
// polymorphic and were deoptimised as each new one came.
const entry = (e: Partial<RelationVocabularyEntry> & { description: string }): RelationVocabularyEntry => ({
  verbs: [],
  nouns: [],
  prepositions: [],
  directObject: false,
  clauseTarget: false,
  ownerTarget: false,
  reciprocal: false,
  statement: false,
  weakVerbs: undefined,
  weakObjects: undefined,
  asFrameVerbs: undefined,
  personObjectVerbs: undefined,
  requestVerbs: undefined,
  objectVerbs: undefined,
  reciprocalVerbs: undefined,
  targetTypes: undefined,
  ...e,
});

export const RELATION_VOCABULARY: Readonly<Record<RelationType, RelationVocabularyEntry>> = Object.freeze({
  'met-with': entry({
    description: 'in-person meeting or talks (symmetric)',
    // "Macron and Scholz discussed the crisis", "discussed it with Lavrov"; what is discussed is no party.
    verbs: ['meet', 'negotiate', 'confer', 'host', 'discuss'],
    nouns: ['meeting', 'talk', 'summit', 'negotiation', 'encounter'],
    prepositions: ['with', 'between'],
    directObject: true,
    objectVerbs: ['meet', 'host'],
    reciprocal: true,
    // "Lula received Milei at the palace", "visited Pope Francis", but not "received a letter",
    // "visited Kyiv" or "welcomed the decision".
    personObjectVerbs: ['receive', 'welcome', 'visit', 'greet'],
  }),
  'spoke-with': entry({
    description: 'phone call or conversation at a distance (symmetric)',
    verbs: ['speak', 'talk', 'phone', 'telephone', 'chat', 'converse'],
    nouns: ['call', 'conversation', 'videoconference'],
    prepositions: ['with', 'to', 'between'],
    directObject: false,
    reciprocal: true,
    // "called Putin on Tuesday", but not "called him a liar" or "called the vote".
    personObjectVerbs: ['call', 'ring'],
  }),
  announced: entry({
    description: 'formal public announcement or claim',
    verbs: ['announce', 'declare', 'claim', 'proclaim', 'unveil'],
    nouns: ['announcement', 'statement', 'declaration', 'proclamation'],
    statement: true,
  }),
  said: entry({
    description: 'generic statement; object = addressee or the actor the statement is about',
    verbs: [
      'say',
      'tell',
      'add',
      'state',
      'comment',
      'note',
      'remark',
      'reiterate',
      'insist',
      'stress',
      'emphasize',
      'emphasise',
      'explain',
      'tweet',
      'assert',
      'argue',
      'indicate',
      'acknowledge',
      'admit',
      'inform',
      'brief',
      'assure',
      'remind',
    ],
    nouns: ['remark', 'comment'],
    directObject: true,
    objectVerbs: ['tell', 'inform', 'brief', 'assure', 'remind'],
    clauseTarget: true,
    statement: true,
  }),
  warned: entry({
    description: 'warning or threat (CAMEO 13)',
    verbs: ['warn', 'threaten', 'caution', 'alert'],
    nouns: ['warning', 'threat', 'ultimatum'],
    prepositions: ['to', 'against'],
    directObject: true,
    clauseTarget: true,
    statement: true,
  }),
  urged: entry({
    description: 'appeal, demand, call on (CAMEO 02 and 10)',
    verbs: [
      'urge',
      // "appealed to Moscow", "appealed for calm"; alone, "Google said it would appeal" goes to court.
      'appeal to',
      'appeal for',
      'implore',
      'call on',
      'call upon',
      'call for',
      'press',
      'plead',
      'exhort',
      'beg',
      'demand',
    ],
    nouns: ['appeal', 'plea', 'exhortation'],
    // "told Moscow to withdraw": a demand (CAMEO 10). Not "ordered": what is ordered to act is
    // one's own ("ordered British troops to march"), not another party.
    requestVerbs: ['ask', 'request', 'tell', 'encourage'],
    prepositions: ['to', 'on', 'upon', 'for'],
    directObject: true,
    // "demanded that Moscow withdraw"
    clauseTarget: true,
    statement: true,
  }),
  accused: entry({
    description: 'accusation, criticism, dismissal (CAMEO 11)',
    verbs: [
      'accuse',
      'blame',
      'criticize',
      'criticise',
      'condemn',
      'denounce',
      'slam',
      'rebuke',
      'chide',
      'castigate',
      'lambast',
      'lambaste',
    ],
    nouns: ['accusation', 'criticism', 'condemnation', 'rebuke'],
    prepositions: ['against', 'of'],
    directObject: true,
    ownerTarget: true,
    statement: true,
    asFrameVerbs: ['cast', 'brand', 'portray', 'paint', 'label', 'depict', 'dismiss', 'describe'],
  }),
  rejected: entry({
    description: 'rejection or refusal (CAMEO 12)',
    verbs: ['reject', 'refuse', 'deny', 'rebuff', 'veto', 'spurn', 'dismiss', 'turn down'],
    nouns: ['rejection', 'refusal', 'denial'],
    prepositions: ['of'],
    directObject: true,
    ownerTarget: true,
    statement: true,
  }),
  agreed: entry({
    description: 'agreement or acceptance (CAMEO 03 and 05)',
    verbs: ['agree', 'accept', 'endorse'],
    nouns: ['agreement', 'accord', 'deal', 'treaty', 'pact'],
    // "agreed to Kyiv's demands", "accepted Moscow's proposal": the owner of what is accepted.
    prepositions: ['with', 'to'],
    directObject: true,
    objectVerbs: ['accept', 'endorse'],
    ownerTarget: true,
    // "Russia and Ukraine signed a deal", "Turkey and Sweden agreed": with each other; but
    // "Indonesia and Sri Lanka accepted the offer" each accepted it.
    reciprocal: true,
    reciprocalVerbs: ['agree'],
    statement: true,
  }),
  reported: entry({
    description: 'reporting or monitoring by an observer',
    verbs: ['report', 'monitor', 'observe', 'document'],
    nouns: ['report'],
    statement: true,
  }),
  'deployed-near': entry({
    description: 'military posture or troop movement towards a place (CAMEO 15)',
    verbs: ['deploy', 'mass', 'amass', 'station', 'build up'],
    // Military drills near a border are a posture too: "held exercises near the border with Ukraine".
    nouns: ['deployment', 'buildup', 'build-up', 'drill', 'exercise'],
    prepositions: ['near', 'to', 'toward', 'towards', 'along', 'on', 'at', 'into', 'in', 'around', 'inside'],
    weakVerbs: ['move', 'send', 'place', 'position', 'concentrate', 'gather', 'dispatch', 'rush'],
    targetTypes: ['location'],
  }),
  annexed: entry({
    description: 'annexation, seizure, occupation, invasion (CAMEO 19)',
    verbs: ['annex', 'invade', 'occupy', 'seize', 'capture', 'conquer', 'attack'],
    nouns: ['annexation', 'invasion', 'occupation', 'seizure', 'attack'],
    prepositions: ['of', 'on'],
    directObject: true,
    // "launches attack on Blair" is a verbal attack: only places are invaded or seized.
    targetTypes: ['location'],
  }),
  sanctioned: entry({
    description: 'sanctions or coercion (CAMEO 16 and 17)',
    verbs: ['sanction', 'punish', 'penalize', 'penalise', 'embargo', 'blacklist', 'blockade', 'ban'],
    // "a ban on Russian oil"; "froze the assets of Roman Abramovich" (see weakVerbs); "tariffs on
    // Chinese electric vehicles", trade's coercion.
    nouns: ['sanction', 'embargo', 'blockade', 'penalty', 'ban', 'tariff'],
    prepositions: ['on', 'against'],
    directObject: true,
    // "sanctions on five Russian banks", "on Putin's daughters": on their country, their father.
    ownerTarget: true,
    weakVerbs: ['freeze', 'confiscate'],
    weakObjects: ASSET_NOUNS,
  }),
  aided: entry({
    description: 'aid or material support (CAMEO 07)',
    verbs: ['aid', 'assist', 'arm', 'fund', 'finance', 'help'],
    nouns: ['aid', 'assistance'],
    prepositions: ['to', 'for'],
    directObject: true,
    // "deliver tanks to Kyiv", "supply Ukraine with jets"; not "provide details to reporters".
    weakVerbs: ['supply', 'provide', 'deliver', 'give', 'donate', 'ship', 'pledge', 'transfer', 'send'],
    weakObjects: AID_NOUNS,
  }),
  'affiliated-with': entry({
    description: 'person holds a role in an organization or country (role kept as an edge attribute)',
  }),
  'part-of': entry({ description: 'organization is part of an organization or country' }),
  'located-in': entry({ description: 'place lies within a place' }),
  'co-mention': entry({ description: 'the two entities are named in the same sentence (untyped)' }),
});

export interface Trigger {
  relation: RelationType;
  entry: RelationVocabularyEntry;
  /**
   * How the trigger matched: a plain trigger, a weak verb needing a military object, an "as"
   * frame, a verb needing a person as its object, or a request (an object to act).
   */
  kind: 'plain' | 'weak' | 'as-frame' | 'person-object' | 'request';
}

function indexBy(pick: (e: RelationVocabularyEntry) => readonly string[], kind: Trigger['kind']) {
  const map = new Map<string, Trigger[]>();
  for (const [relation, e] of Object.entries(RELATION_VOCABULARY) as [
    RelationType,
    RelationVocabularyEntry,
  ][])
    for (const lemma of pick(e)) {
      const list = map.get(lemma) ?? [];
      list.push({ relation, entry: e, kind });
      map.set(lemma, list);
    }
  return map;
}

const VERB_TRIGGERS = indexBy((e) => e.verbs, 'plain');
const WEAK_VERB_TRIGGERS = indexBy((e) => e.weakVerbs ?? [], 'weak');
const AS_FRAME_TRIGGERS = indexBy((e) => e.asFrameVerbs ?? [], 'as-frame');
const PERSON_OBJECT_TRIGGERS = indexBy((e) => e.personObjectVerbs ?? [], 'person-object');
const REQUEST_TRIGGERS = indexBy((e) => e.requestVerbs ?? [], 'request');
const NOUN_TRIGGERS = indexBy((e) => e.nouns, 'plain');

/**
 * The triggers a verb can be: `lemma` alone and `lemma particle` ("call on"). A two-word entry wins,
 * since the particle is what picks the sense ("call on" urges, "call" alone does not).
 */
export function verbTriggers(lemma: string, next?: string): Trigger[] {
  if (next) {
    const phrasal = VERB_TRIGGERS.get(`${lemma} ${next}`);
    if (phrasal) return phrasal;
  }
  // Pushed, not spread from `list ?? []`: an empty literal and a trigger list are arrays of two
  // elements kinds, and spreading both deoptimised the callers.
  const triggers: Trigger[] = [];
  for (const index of SINGLE_VERB_INDEXES) {
    const list = index.get(lemma);
    if (list) for (const trigger of list) triggers.push(trigger);
  }
  return triggers;
}
const SINGLE_VERB_INDEXES = [
  VERB_TRIGGERS,
  WEAK_VERB_TRIGGERS,
  AS_FRAME_TRIGGERS,
  PERSON_OBJECT_TRIGGERS,
  REQUEST_TRIGGERS,
];

export function nounTriggers(lemma: string): Trigger[] {
  return NOUN_TRIGGERS.get(lemma) ?? [];
}

/** Relations that, with one actor and no entity object, become a statement. */
export const STATEMENT_RELATIONS: ReadonlySet<RelationType> = new Set(
  (Object.keys(RELATION_VOCABULARY) as RelationType[]).filter((r) => RELATION_VOCABULARY[r].statement),
);
