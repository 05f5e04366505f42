/**
 * Rules that read who belongs where off the way names are written: titles ("Russian President
 * Vladimir Putin"), "White House press secretary X", "Zbigniew Rau of Poland", appositions ("The
 * State Duma, Russia's lower house"), owners of places ("Russia's Belgorod region") and places
 * written after a town ("Wichita, Kansas").
 */
import { findCity, findCountry, findPartyAdjective, findRegion, isStateOrProvince } from '../../gazetteer';
import type { EntityType, LocalRelation, Mention, RelationType, Token } from '../../types';
import { isPossessive, tokenAt, type DocView } from '../document';
import { actorsOf, mentionEntity, modifierEntity } from '../actors';
import { ORG_PART_NOUNS, PLACE_NOUNS, PUBLIC_BODY_WORDS, ROLE_NOUNS } from '../lexicon';
import { inMention, scanPhrase, type NounPhrase } from '../phrases';
import type { RelationRule, RuleContext } from '../types';
import { relate } from './emit';

function mentionsOf(ctx: RuleContext): Mention[] {
  // A loop, not .map(): optimised code makes a map()'s array with another elements kind than the
  // interpreter does, and the rules iterating over it were deoptimised for the second one.
  const out: Mention[] = [];
  for (const m of ctx.doc.mentionsBySentence[ctx.sentence] ?? []) out.push(ctx.doc.mentions[m]!);
  return out;
}

/** First token index of a mention's span (its title included). */
export function firstToken(doc: DocView, m: Mention): number {
  let t = m.tokenStart;
  while (t - 1 >= 0 && doc.tokens[t - 1]!.start >= m.start) t--;
  return t;
}

function typeOf(doc: DocView, entity: number): EntityType | undefined {
  return doc.input.entities[entity]?.type;
}

/** What "X, <owner>'s <noun>" makes of X, by X's type and the noun's class. */
function belonging(type: EntityType | undefined, noun: string, lemma: string): RelationType | undefined {
  const has = (set: ReadonlySet<string>) => set.has(noun) || set.has(lemma);
  if (type === 'person' && has(ROLE_NOUNS)) return 'affiliated-with';
  if (type === 'location' && has(PLACE_NOUNS)) return 'located-in';
  // The noun says what the name is when the tagger's type is off ("The State Duma, Russia's lower
  // house" with the Duma typed as a person): no person is a "lower house".
  if (type !== 'location' && has(ORG_PART_NOUNS) && !has(ROLE_NOUNS)) return 'part-of';
  return undefined;
}

/**
 * A title the mention layer left inside the name ("German Chancellor Olaf Scholz" as one name):
 * a capitalised first word followed by role words. The first word counts only if it resolves.
 */
function unsplitTitle(doc: DocView, m: Mention): { roleOf: string; role: string } | undefined {
  const first = doc.tokens[m.tokenStart];
  if (!first || m.tokenEnd - m.tokenStart < 3 || !/^[A-Z]/.test(first.text)) return undefined;
  const role: string[] = [];
  for (let t = m.tokenStart + 1; t < m.tokenEnd - 1 && ROLE_NOUNS.has(doc.tokens[t]!.lower); t++)
    role.push(doc.tokens[t]!.text);
  if (!role.length || ROLE_NOUNS.has(first.lower)) return undefined;
  return { roleOf: first.text, role: role.join(' ') };
}

export const titleRoleRule: RelationRule = {
  name: 'title-role',
  description:
    'A title split off a person\'s name names what the person belongs to: "Russian President Vladimir Putin" ' +
    'gives affiliated-with(Putin, Russia) with role "President"; "NATO Secretary-General X" gives NATO.',
  apply(ctx) {
    for (const m of mentionsOf(ctx)) {
      if (m.entity === undefined || m.type !== 'person') continue;
      const title = m.roleOf ? { roleOf: m.roleOf, role: m.role } : unsplitTitle(ctx.doc, m);
      if (!title) continue;
      const owner = ctx.doc.resolve(title.roleOf);
      if (owner === undefined || typeOf(ctx.doc, owner) === 'person') continue;
      relate(ctx, [m.entity], [owner], {
        relation: 'affiliated-with',
        modality: 'asserted',
        rule: 'title-role',
        trigger: title.roleOf,
        ...(title.role ? { role: title.role } : {}),
      });
    }
  },
};

/**
 * Posts held in an organisation (the last word of a title): "Governor", "Chief executive",
 * "Spokesman". Not "President" or "Director", which name heads of state and film-makers as often,
 * nor "Manager" or "Coach", whose sentence before names the other team as often as their own.
 */
const ORGANIZATION_POSTS: ReadonlySet<string> = new Set([
  'governor',
  'chairman',
  'chairwoman',
  'chair',
  'executive',
  'ceo',
  'boss',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'director-general',
  'secretary-general',
  'founder',
]);

/**
 * The organisation sentence `s` opens with ("The Bank of England raised rates."), when it names
 * no other: one named later in the sentence is more often a client, a product or a payer ("a
 * payment from Chelsea", "burgers like the Big Mac") than the employer of the next one's post.
 */
function openingOrganization(doc: DocView, s: number): number | undefined {
  const mentions = doc.mentionsBySentence[s] ?? [];
  const first = mentions[0] === undefined ? undefined : doc.mentions[mentions[0]]!;
  if (first?.entity === undefined || typeOf(doc, first.entity) !== 'organization') return undefined;
  // Nothing before it but "The": not a quotation ('"BT has been challenged to play fair," ...').
  const start = doc.sentences[s]!.tokenStart;
  const at = firstToken(doc, first);
  if (at > start + 1 || (at === start + 1 && doc.tokens[start]!.lower !== 'the')) return undefined;
  for (const i of mentions) {
    const entity = doc.mentions[i]!.entity;
    if (entity !== undefined && entity !== first.entity && typeOf(doc, entity) === 'organization')
      return undefined;
  }
  return first.entity;
}

/**
 * Whether the title opens its clause: at the sentence's start, or after punctuation or a verb
 * ('..." said chief executive X'). Any other word before it may be the owner the tagger missed
 * ("Segas chairman", "May's chairman", "Band Aid founder").
 */
function opensClause(doc: DocView, m: Mention): boolean {
  const before = doc.tokens[firstToken(doc, m) - 1];
  return (
    !before ||
    before.sentence !== doc.tokens[m.tokenStart]!.sentence ||
    before.pos === 'PUNCT' ||
    before.pos === 'VERB'
  );
}

export const titleAntecedentRule: RelationRule = {
  name: 'title-antecedent',
  description:
    'A post with no owner, at the start of a clause naming no organisation, is held in the organisation the ' +
    'sentence before opens with: "The Bank of England raised rates. Governor Andrew Bailey said..." gives ' +
    'affiliated-with(Andrew Bailey, Bank of England) with role "Governor".',
  apply(ctx) {
    const { doc } = ctx;
    if (ctx.sentence === 0) return;
    const mentions = mentionsOf(ctx);
    // An organisation of its own sentence may hold the post ("Governor Andrew Bailey of the Bank").
    if (mentions.some((m) => m.entity !== undefined && typeOf(doc, m.entity) === 'organization')) return;
    for (const m of mentions) {
      if (m.entity === undefined || m.type !== 'person' || m.roleOf || !m.role) continue;
      const words = m.role.toLowerCase().split(' ');
      if (!ORGANIZATION_POSTS.has(words[words.length - 1]!) || !opensClause(doc, m)) continue;
      const owner = openingOrganization(doc, ctx.sentence - 1);
      if (owner === undefined) continue;
      relate(ctx, [m.entity], [owner], {
        relation: 'affiliated-with',
        modality: 'asserted',
        rule: 'title-antecedent',
        trigger: m.role,
        role: m.role,
      });
    }
  },
};

export const titlePrefixRule: RelationRule = {
  name: 'title-prefix',
  description:
    'An organisation or country named right before a lower-case role and a person: "White House principal ' +
    'deputy press secretary Karine Jean-Pierre" gives affiliated-with(Jean-Pierre, White House).',
  apply(ctx) {
    const { doc } = ctx;
    for (const m of mentionsOf(ctx)) {
      if (m.entity === undefined || m.type !== 'person' || m.roleOf) continue;
      const first = firstToken(doc, m);
      const words: string[] = [];
      let k = first - 1;
      // Title words: nouns and adjectives ("principal deputy press secretary", "Foreign Ministry
      // spokesperson"), hyphens of "Secretary-General".
      while (k >= 0 && !inMention(doc, k) && words.length < 6) {
        const t = doc.tokens[k]!;
        const hyphen = t.text === '-' && t.pos === 'PUNCT';
        if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || hyphen) || isPossessive(t)) break;
        words.unshift(t.text);
        k--;
      }
      const titleWords = [...words, ...(m.role ? m.role.toLowerCase().split(/[\s-]+/) : [])];
      if (!titleWords.some((w) => ROLE_NOUNS.has(w.toLowerCase()))) continue;
      if (k >= 0 && isPossessive(doc.tokens[k])) k--;
      const ownerMention = k >= 0 ? (doc.mentionAt[k] ?? -1) : -1;
      if (ownerMention < 0 || doc.tokens[k]!.sentence !== ctx.sentence) continue;
      const owner = doc.mentions[ownerMention]!;
      // A nationality ("Russian Foreign Ministry spokesperson") stands for its country.
      const ownerEntity = owner.type === 'misc' ? doc.resolve(owner.name) : owner.entity;
      // The entity's type as well as the mention's: the article's other mentions may settle it.
      if (ownerEntity === undefined || owner.type === 'person') continue;
      const ownerType = typeOf(doc, ownerEntity);
      if (ownerType === 'person' || ownerType === 'misc') continue;
      relate(ctx, [m.entity], [ownerEntity], {
        relation: 'affiliated-with',
        modality: 'asserted',
        rule: 'title-prefix',
        trigger: owner.name,
        role: [...words, ...(m.role ? [m.role] : [])].join(' ').replace(/ - /g, '-'),
      });
    }
  },
};

const PEERAGE =
  /^(?:the\s+)?(?:Lord|Lady|Baroness|Baron|Earl|Duke|Duchess|Viscount|Marquess|Bishop|Archbishop)\b/;

export const personOfRule: RelationRule = {
  name: 'person-of',
  description:
    'A person followed by "of" and an organisation or country: "Foreign Minister Zbigniew Rau of Poland" ' +
    'gives affiliated-with(Rau, Poland).',
  apply(ctx) {
    const { doc } = ctx;
    for (const m of mentionsOf(ctx)) {
      if (m.entity === undefined || m.type !== 'person') continue;
      if ((tokenAt(doc, m.tokenEnd) ?? doc.tokens[0]!).lower !== 'of') continue;
      // "Lord Nicholls of Birkenhead" is a peerage title, not a post.
      if (PEERAGE.test(m.text)) continue;
      const end = doc.sentences[ctx.sentence]!.tokenEnd;
      const np = scanPhrase(doc, m.tokenEnd + 1, end);
      if (!np || np.headMention < 0) continue;
      const owner = doc.mentions[np.headMention]!;
      if (owner.entity === undefined || owner.type === 'person') continue;
      relate(ctx, [m.entity], [owner.entity], {
        relation: 'affiliated-with',
        modality: 'asserted',
        rule: 'person-of',
        trigger: 'of',
        ...(m.role ? { role: m.role } : {}),
      });
    }
  },
};

/** Prepositions of a post's place: "ambassador to Germany", "correspondent in Moscow", "envoy at the UN". */
const POST_PREPOSITIONS = new Set(['to', 'in', 'at', 'for']);

interface Post {
  /** Where the role's phrase really ends: after "ambassador to Germany", not at "ambassador". */
  end: number;
  /** The organisation "at" or "for" which the post is held: "US economist at Deutsche Bank". */
  employer?: number;
  /** The place "in" which it lies, after a place noun: "a city in eastern Ukraine". */
  place?: number;
}

/** The prepositional phrase that may follow a role noun, and the employer it may name. */
function postAfter(doc: DocView, np: NounPhrase, limit: number): Post {
  const prep = tokenAt(doc, np.end);
  if (!prep || prep.pos !== 'ADP' || !POST_PREPOSITIONS.has(prep.lower) || np.end + 1 >= limit)
    return { end: np.end };
  const place = scanPhrase(doc, np.end + 1, limit);
  if (!place) return { end: np.end };
  // "ambassador to Germany" serves the country that sends him; "economist at Deutsche Bank" the bank.
  const named = prep.lower === 'to' ? undefined : actorsOf(doc, place)[0];
  const type = named === undefined ? undefined : typeOf(doc, named);
  const employer = prep.lower !== 'in' && type === 'organization' ? named : undefined;
  return { end: place.end, employer, place: prep.lower === 'in' && type === 'location' ? named : undefined };
}

/**
 * What "its" stands for before a role ("The Kremlin reacted sharply. Its spokesman, Dmitry Peskov,
 * said"): the one organisation named earlier in the sentence, else in the two sentences before;
 * a place when no organisation is named. Two candidates of the kind found first, none.
 */
function antecedentOfIts(doc: DocView, its: Token): number | undefined {
  for (let s = its.sentence; s >= Math.max(0, its.sentence - 2); s--) {
    const found: Record<'organization' | 'location', Set<number>> = {
      organization: new Set(),
      location: new Set(),
    };
    for (const m of doc.mentionsBySentence[s] ?? []) {
      const mention = doc.mentions[m]!;
      if (mention.entity === undefined || (s === its.sentence && mention.start >= its.start)) continue;
      const type = typeOf(doc, mention.entity);
      if (type === 'organization' || type === 'location') found[type].add(mention.entity);
    }
    for (const kind of [found.organization, found.location])
      if (kind.size) return kind.size === 1 ? [...kind][0] : undefined;
  }
  return undefined;
}

/** Nouns that refer back to an organisation named before: "the party's president". */
const ORGANIZATION_NOUNS = new Set(['party', 'company', 'firm', 'group', 'bank', 'club', 'agency']);

/**
 * The organisation a role's phrase refers back to: "Its spokesman" or "the party's president"
 * (see antecedentOfIts), or undefined.
 */
function referredOwner(doc: DocView, np: NounPhrase): number | undefined {
  const first = doc.tokens[np.start]!;
  if (first.lower === 'its') return antecedentOfIts(doc, first);
  const noun = doc.tokens[np.start + 1];
  const possessive = doc.tokens[np.start + 2];
  if (first.lower !== 'the' || !noun || !ORGANIZATION_NOUNS.has(noun.lower) || !isPossessive(possessive))
    return undefined;
  return antecedentOfIts(doc, first);
}

export const appositionRule: RelationRule = {
  name: 'apposition',
  description:
    'A name followed by ", <owner>\'s <noun>" or ", the <noun> of <owner>": "The State Duma, Russia\'s lower ' +
    'house" gives part-of(State Duma, Russia); a person with a role noun gives affiliated-with, a place with a ' +
    'place noun located-in. Also "<owner>\'s foreign minister, Sergey Lavrov," the other way round.',
  apply(ctx) {
    const { doc } = ctx;
    const end = doc.sentences[ctx.sentence]!.tokenEnd;
    for (const m of mentionsOf(ctx)) {
      if (m.entity === undefined) continue;
      // "X, Russia's lower house"
      // The token is checked before its text is compared: `undefined === ','` deoptimised the rule.
      const comma = tokenAt(doc, m.tokenEnd);
      if (comma !== undefined && comma.text === ',') {
        const np = scanPhrase(doc, m.tokenEnd + 1, end);
        const post = np ? postAfter(doc, np, end) : undefined;
        const after = post && tokenAt(doc, post.end);
        // "Brad Smith, Microsoft's vice chair and president,": a second role may follow.
        const secondRole = after?.pos === 'CCONJ' && ROLE_NOUNS.has(tokenAt(doc, np!.end + 1)?.lower ?? '');
        if (
          np &&
          np.headMention < 0 &&
          (!after || after.pos === 'PUNCT' || after.pos === 'VERB' || secondRole)
        ) {
          const head = doc.tokens[np.head]!;
          const relation = belonging(m.type, head.lower, head.lemma.toLowerCase());
          const owner =
            (relation === 'located-in' ? post?.place : post?.employer) ??
            (np.modifierMentions.length
              ? modifierEntity(doc, np, false)
              : np.of
                ? actorsOf(doc, np.of)[0]
                : relation === 'affiliated-with'
                  ? referredOwner(doc, np)
                  : undefined);
          if (relation && owner !== undefined && typeOf(doc, owner) !== 'person') {
            const role =
              relation === 'affiliated-with'
                ? words(doc, np.start, np.head + 1, np.modifierMentions)
                : undefined;
            relate(ctx, [m.entity], [owner], {
              relation,
              modality: 'asserted',
              rule: 'apposition',
              trigger: head.text,
              ...(role ? { role } : {}),
            });
          }
        }
      }
      // "Russia's foreign minister, Sergey Lavrov,"
      const first = firstToken(doc, m);
      if (m.type === 'person' && doc.tokens[first - 1]?.text === ',') {
        let start = first - 2;
        while (
          start - 1 >= 0 &&
          doc.tokens[start - 1]!.sentence === ctx.sentence &&
          doc.tokens[start - 1]!.text !== ','
        )
          start--;
        for (let s = start; s < first - 1; s++) {
          const np = scanPhrase(doc, s, first - 1);
          const post = np && postAfter(doc, np, first - 1);
          if (!np || !post || post.end !== first - 1) continue;
          const head = doc.tokens[np.head]!;
          if (np.headMention >= 0 || !belonging('person', head.lower, head.lemma.toLowerCase())) break;
          const ownerMention = np.modifierMentions[0];
          const party = partyAmongModifiers(doc, np);
          const owner =
            post.employer ??
            (ownerMention !== undefined
              ? // "The French ambassador, Sylvain Itte,": a demonym's misc mention stands for its country.
                mentionEntity(doc, ownerMention)
              : party !== undefined
                ? doc.resolve(party)
                : (referredOwner(doc, np) ??
                  // "The head of the International Atomic Energy Agency, Rafael Grossi,"
                  (np.of && actorsOf(doc, np.of)[0])));
          if (owner !== undefined && typeOf(doc, owner) !== 'person')
            relate(ctx, [m.entity], [owner], {
              relation: 'affiliated-with',
              modality: 'asserted',
              rule: 'apposition',
              trigger: head.text,
              role: words(doc, np.start, np.head + 1, np.modifierMentions),
            });
          break;
        }
      }
    }
  },
};

export const whoseRule: RelationRule = {
  name: 'whose',
  description:
    'A person followed by ", whose <organisation>": "Nigel Farage, whose Reform UK party won four seats" gives ' +
    'affiliated-with(Farage, Reform UK); ", who heads <organisation>" as well ("Ivan Petrov, who heads ' +
    'Russia\'s Security Council,").',
  apply(ctx) {
    const { doc } = ctx;
    for (const m of mentionsOf(ctx)) {
      if (m.entity === undefined || m.type !== 'person') continue;
      const comma = tokenAt(doc, m.tokenEnd);
      const whose = tokenAt(doc, m.tokenEnd + 1);
      if (comma?.text !== ',' || whose === undefined || whose.sentence !== ctx.sentence) continue;
      if (whose.lower === 'who') {
        headsOrganization(ctx, m, m.tokenEnd + 2);
        continue;
      }
      if (whose.lower !== 'whose') continue;
      const owned = doc.mentionAt[m.tokenEnd + 2] ?? -1;
      const entity = owned >= 0 ? doc.mentions[owned]!.entity : undefined;
      if (entity === undefined || typeOf(doc, entity) !== 'organization') continue;
      relate(ctx, [m.entity], [entity], {
        relation: 'affiliated-with',
        modality: 'asserted',
        rule: 'whose',
        trigger: 'whose',
      });
    }
  },
};

/** Verbs of leading an organisation: "who heads", "who has led", "who chairs". */
const LEADING_VERBS = new Set(['head', 'lead', 'run', 'chair', 'manage', 'command', 'found']);

/** ", who heads Russia's Security Council": the organisation (or the country) the person leads. */
function headsOrganization(ctx: RuleContext, m: Mention, from: number): void {
  const { doc } = ctx;
  let v = from;
  while (tokenAt(doc, v)?.pos === 'AUX' || tokenAt(doc, v)?.pos === 'ADV') v++;
  const verb = tokenAt(doc, v);
  if (!verb || verb.pos !== 'VERB' || !LEADING_VERBS.has(verb.lemma.toLowerCase())) return;
  const np = scanPhrase(doc, v + 1, doc.sentences[ctx.sentence]!.tokenEnd);
  const owner = np ? actorsOf(doc, np)[0] : undefined;
  if (owner === undefined || typeOf(doc, owner) === 'person') return;
  relate(ctx, [m.entity!], [owner], {
    relation: 'affiliated-with',
    modality: 'asserted',
    rule: 'whose',
    trigger: verb.text,
  });
}

/** "The Conservative leader": a party's adjective before the role noun (see findPartyAdjective). */
function partyAmongModifiers(doc: DocView, np: NounPhrase): string | undefined {
  for (let t = np.start; t < np.head; t++) {
    const text = doc.tokens[t]!.text;
    if (findPartyAdjective(text)) return text;
  }
  return undefined;
}

/** The role words of a phrase, without determiners, owners and possessive marks. */
function words(doc: DocView, from: number, to: number, skip: number[]): string {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (skip.includes(doc.mentionAt[k] ?? -1) || isPossessive(t) || t.pos === 'DET' || t.pos === 'PRON')
      continue;
    out.push(t.text);
  }
  return out.join(' ');
}

/**
 * "Russia's State Duma" is part of Russia; "Germany's Lufthansa" is only based there. The name's own
 * words tell a public body from a company.
 */
function orgRelation(doc: DocView, m: Mention): RelationType {
  for (let t = m.tokenStart; t < m.tokenEnd; t++)
    if (ORG_PART_NOUNS.has(doc.tokens[t]!.lower) || PUBLIC_BODY_WORDS.has(doc.tokens[t]!.lower))
      return 'part-of';
  return 'located-in';
}

export const ownedPlaceRule: RelationRule = {
  name: 'owned-place',
  description:
    'An owner written before a name: "Russia\'s Belgorod region" gives located-in(Belgorod, Russia), ' +
    '"Russia\'s State Duma" part-of, "Germany\'s Olaf Scholz" affiliated-with; "the Russian city of Belgorod" ' +
    'gives located-in as well.',
  apply(ctx) {
    const { doc } = ctx;
    const end = doc.sentences[ctx.sentence]!.tokenEnd;
    for (const m of mentionsOf(ctx)) {
      if (m.entity === undefined) continue;
      const first = firstToken(doc, m);
      // "<owner>'s <name>", but not "Britain's Europe Director X", where the name is part of a title.
      const mark = first - 1;
      const next = tokenAt(doc, m.tokenEnd);
      // The name must head its phrase: not "the SEC's Washington DC headquarters".
      const inTitle =
        !!next &&
        (ROLE_NOUNS.has(next.lower) ||
          inMention(doc, m.tokenEnd) ||
          ((next.pos === 'NOUN' || next.pos === 'PROPN') && !PLACE_NOUNS.has(next.lower)));
      if (!inTitle && mark - 1 >= 0 && isPossessive(doc.tokens[mark]) && inMention(doc, mark - 1)) {
        const owner = doc.mentions[doc.mentionAt[mark - 1]!]!;
        const ownerType = owner.entity === undefined ? undefined : typeOf(doc, owner.entity);
        // "Russia's Belgorod region" is a place whatever type the name got.
        const placeNoun = !!next && next.sentence === ctx.sentence && PLACE_NOUNS.has(next.lower);
        const relation: RelationType | undefined = placeNoun
          ? 'located-in'
          : m.type === 'person'
            ? 'affiliated-with'
            : m.type === 'organization'
              ? orgRelation(doc, m)
              : m.type === 'location'
                ? 'located-in'
                : undefined;
        const fits =
          relation !== undefined &&
          (ownerType === 'location' || (ownerType === 'organization' && relation !== 'located-in'));
        if (relation && owner.entity !== undefined && fits && doc.tokens[mark - 1]!.sentence === ctx.sentence)
          relate(ctx, [m.entity], [owner.entity], {
            relation,
            modality: 'asserted',
            rule: 'owned-place',
            trigger: "'s",
          });
      }
      // "the Russian city of Belgorod", "Ukraine's second city of Kharkiv"
      if (m.type === 'location' && first >= 2 && doc.tokens[first - 1]!.lower === 'of') {
        const noun = doc.tokens[first - 2]!;
        if (!PLACE_NOUNS.has(noun.lower) || noun.pos !== 'NOUN') continue;
        let s = first - 2;
        while (s - 1 >= doc.sentences[ctx.sentence]!.tokenStart && doc.tokens[s - 1]!.text !== ',') {
          const np = scanPhrase(doc, s - 1, first - 1);
          if (!np || np.head !== first - 2) break;
          s--;
        }
        const np = scanPhrase(doc, s, Math.min(end, first - 1));
        if (!np || np.head !== first - 2) continue;
        // Loops, not .map().find(): see mentionsOf.
        let owner: number | undefined;
        // A nationality stands for its country: "the Bulgarian port of Burgas" is in Bulgaria.
        for (const x of np.modifierMentions) {
          owner = mentionEntity(doc, x);
          if (owner !== undefined) break;
        }
        if (owner === undefined)
          for (const w of np.modifierWords) {
            // Every word is resolved, the first entity kept: resolving may add an entity to the article.
            const e = doc.resolve(doc.tokens[w]!.text);
            if (owner === undefined) owner = e;
          }
        if (owner !== undefined && typeOf(doc, owner) === 'location')
          relate(ctx, [m.entity], [owner], {
            relation: 'located-in',
            modality: 'asserted',
            rule: 'owned-place',
            trigger: noun.text,
          });
      }
    }
  },
};

// Bits, not one kind per name: "Georgia" is a country and a state.
const COUNTRY = 1;
const STATE = 2;
const REGION = 4;

/** The larger units a place name denotes (country, state, region); a town denotes none. */
function unitsOf(name: string): number {
  return (
    (findCountry(name, true) ? COUNTRY : 0) |
    (isStateOrProvince(name) ? STATE : 0) |
    (findRegion(name) !== undefined ? REGION : 0)
  );
}

/** The place mention starting at token `t` of the sentence, if any. */
function placeFrom(ctx: RuleContext, t: number): Mention | undefined {
  const { doc } = ctx;
  const token = tokenAt(doc, t);
  if (token === undefined || token.sentence !== ctx.sentence || !inMention(doc, t)) return undefined;
  const m = doc.mentions[doc.mentionAt[t]!]!;
  if (firstToken(doc, m) !== t || typeOf(doc, m.entity!) !== 'location') return undefined;
  return m;
}

/** Whether the place mention covering token `t` of the sentence ends there. */
function placeEndsAt(ctx: RuleContext, t: number): boolean {
  const { doc } = ctx;
  const token = tokenAt(doc, t);
  if (token === undefined || token.sentence !== ctx.sentence || !inMention(doc, t)) return false;
  const m = doc.mentions[doc.mentionAt[t]!]!;
  return m.tokenEnd === t + 1 && typeOf(doc, m.entity!) === 'location';
}

const isConjunction = (t: Token | undefined) => t?.lower === 'and' || t?.lower === 'or';

export const placeCommaPlaceRule: RelationRule = {
  name: 'place-comma-place',
  description:
    'A place followed by a comma and the country, state or region it lies in: "a plant in Wichita, Kansas" ' +
    'gives located-in(Wichita, Kansas), the dateline "PORT-AU-PRINCE, Haiti (Reuters) -" puts Port-au-Prince ' +
    'in Haiti. Lists ("Germany, Poland and Sweden", "Paris, France and Germany") give nothing.',
  apply(ctx) {
    const { doc } = ctx;
    for (const a of mentionsOf(ctx)) {
      if (a.entity === undefined || typeOf(doc, a.entity) !== 'location') continue;
      const comma = tokenAt(doc, a.tokenEnd);
      if (comma === undefined || comma.text !== ',') continue;
      const b = placeFrom(ctx, a.tokenEnd + 1);
      if (!b || b.entity === a.entity) continue;
      // Lists are far more common than the pattern: only a larger unit after a place that is none
      // reads as "city, region". Two units in a row are a list ("Germany, Poland and Sweden"), and so
      // is a place that is no unit after the comma ("Paris, London and Berlin").
      // A region or state may lie in a country ("Crimea, Ukraine", "Bavaria, Germany"), no more.
      const units = unitsOf(b.name);
      const aUnits = unitsOf(a.name);
      if (units === 0 || (aUnits & COUNTRY) !== 0 || (aUnits !== 0 && (units & COUNTRY) === 0)) continue;
      // A in the middle or at the end of a list: "London, Paris, France", "Berlin and Paris, France".
      const before = firstToken(doc, a) - 1;
      const prev = tokenAt(doc, before);
      if (prev?.text === ',' && placeEndsAt(ctx, before - 1)) continue;
      if (isConjunction(prev)) {
        const k = tokenAt(doc, before - 1)?.text === ',' ? before - 2 : before - 1;
        if (placeEndsAt(ctx, k)) continue;
      }
      // After a fronted "In Kyiv," the larger place starts a clause: "In Kyiv, Russia's envoy said",
      // "In Brussels, Germany pushed for sanctions".
      const next = tokenAt(doc, b.tokenEnd);
      const inSentence = next !== undefined && next.sentence === ctx.sentence;
      if (
        inSentence &&
        (isPossessive(next) || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')
      )
        continue;
      // B opens a list: "Paris, France and Germany", "to London, Singapore and Kuala Lumpur" (a
      // city-state). Another pair may follow: "Seattle, Washington and Portland, Oregon".
      if (inSentence && (next.text === ',' || isConjunction(next))) {
        let k = b.tokenEnd + 1;
        if (next.text === ',' && isConjunction(tokenAt(doc, k))) k++;
        if (tokenAt(doc, k)?.pos === 'DET') k++;
        const other = placeFrom(ctx, k);
        if (other && !(tokenAt(doc, other.tokenEnd)?.text === ',' && placeFrom(ctx, other.tokenEnd + 1)))
          continue;
      }
      relate(ctx, [a.entity], [b.entity!], {
        relation: 'located-in',
        modality: 'asserted',
        rule: 'place-comma-place',
        trigger: ',',
      });
    }
  },
};

/** Words that may stand between "in" and the larger place: "in eastern Ukraine", "in the Donetsk region". */
const COMPASS = new Set(
  `the eastern western northern southern central north south east west northeastern northwestern
   southeastern southwestern north-eastern north-western south-eastern south-western far`.split(/\s+/),
);

/** Nouns that make a region of the place before them: "the Donetsk region", "Kharkiv oblast". */
const REGION_NOUNS = new Set(['region', 'oblast', 'province', 'state', 'county', 'district']);

export const placeInPlaceRule: RelationRule = {
  name: 'place-in-place',
  description:
    'A town followed by "in" and the country, state or region it lies in: "Kramatorsk in the Donetsk region" ' +
    'gives located-in(Kramatorsk, Donetsk), "Lviv in western Ukraine" located-in(Lviv, Ukraine). Only towns ' +
    'and regions the gazetteers know: a country before "in" is none ("Russia\'s war in Ukraine"), nor a ' +
    'product the tagger took for a place ("Freeview in the UK").',
  apply(ctx) {
    const { doc } = ctx;
    // Headlines drop the words that would tell "Water firm Suez in Argentina row" from a town.
    if (doc.sentences[ctx.sentence]!.isHeadline) return;
    for (const a of mentionsOf(ctx)) {
      if (a.entity === undefined || typeOf(doc, a.entity) !== 'location') continue;
      const aUnits = unitsOf(a.name);
      // Only a town or region the gazetteers know: the tagger's places that are none (a drug, a club,
      // an album, "Freeview in the UK") are where a service or product is, not what lies there.
      if ((aUnits & COUNTRY) !== 0 || (aUnits === 0 && !findCity(a.name))) continue;
      const inToken = tokenAt(doc, a.tokenEnd);
      if (inToken === undefined || inToken.lower !== 'in' || inToken.sentence !== ctx.sentence) continue;
      let k = a.tokenEnd + 1;
      while (k < a.tokenEnd + 4 && COMPASS.has(tokenAt(doc, k)?.lower ?? '') && !inMention(doc, k)) k++;
      const b = placeFrom(ctx, k);
      if (!b || b.entity === a.entity) continue;
      const after = tokenAt(doc, b.tokenEnd);
      const region = after !== undefined && after.sentence === ctx.sentence && REGION_NOUNS.has(after.lower);
      const units = unitsOf(b.name) | (region ? REGION : 0);
      // A region lies in a country, no more; a town in anything larger.
      if (units === 0 || (aUnits !== 0 && (units & COUNTRY) === 0)) continue;
      relate(ctx, [a.entity], [b.entity!], {
        relation: 'located-in',
        modality: 'asserted',
        rule: 'place-in-place',
        trigger: 'in',
      });
    }
  },
};

/**
 * More entities than this in one sentence is a list (a team sheet, a table of results, a roll of
 * delegations), not a statement about any pair in it: such a sentence gives no co-mentions. Lists
 * of 13 to 43 names gave a sixth of the BBC corpus's co-mention facts, each one a clique that
 * pulls unrelated names into one community.
 */
export const MAX_CO_MENTION_ENTITIES = 12;

/**
 * The co-mentions of one sentence naming `entities` (local entity indices, repeats allowed): one
 * per pair, the smaller index first, or none for a list (see MAX_CO_MENTION_ENTITIES).
 */
export function coMentions(entities: Iterable<number>, sentence: number): LocalRelation[] {
  const named = [...new Set(entities)];
  if (named.length > MAX_CO_MENTION_ENTITIES) return [];
  named.sort((a, b) => a - b);
  const pairs: LocalRelation[] = [];
  for (let i = 0; i < named.length; i++)
    for (let j = i + 1; j < named.length; j++)
      pairs.push({
        source: named[i]!,
        target: named[j]!,
        relation: 'co-mention',
        modality: 'asserted',
        rule: 'co-mention',
        sentence,
      });
  return pairs;
}

export const coMentionRule: RelationRule = {
  name: 'co-mention',
  description:
    'Entities named in the same sentence: one co-mention per pair per sentence, source < target; none in ' +
    `a sentence naming more than ${MAX_CO_MENTION_ENTITIES} entities (a list).`,
  apply(ctx) {
    const entities: number[] = [];
    for (const m of mentionsOf(ctx)) if (m.entity !== undefined) entities.push(m.entity);
    for (const relation of coMentions(entities, ctx.sentence)) ctx.emit(relation);
  },
};
