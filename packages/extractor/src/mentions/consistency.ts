/**
 * Document-level consistency: one article calls one thing by one type. The tagger decides each
 * occurrence alone and sometimes disagrees with itself ("Putin" a place in one sentence); an article
 * that names a person in full makes their surname a person everywhere in it, and a name written the
 * same way takes the type most of its occurrences got.
 */
import {
  COMPANY_NOUNS,
  CORPORATE_SUFFIXES,
  findDemonym,
  normalizeName,
  ORG_HEADS,
  PERSON_MAKERS,
} from '../gazetteer';
import type { EntityType, Mention, Token } from '../types';

export function harmonizeTypes(mentions: Mention[]): void {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const words = normalizeName(m.name).split(' ');
    if (words.length > 1) surnames.add(words[words.length - 1]!);
  }
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const key = normalizeName(m.name);
    if (!key.includes(' ') && surnames.has(key)) m.type = 'person';
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
  }
  for (const m of mentions) {
    const v = votes.get(normalizeName(m.name))!;
    if (v.size < 2) continue;
    let best = m.type;
    for (const [type, n] of v) if (n > v.get(best)!) best = type;
    m.type = best;
  }
}

/**
 * A name introduced by a company's trade ("search engine Google", "oil giant Yukos") is an
 * organisation everywhere in the article, whatever the tagger and the votes of harmonizeTypes
 * said: the tagger, trained on 1996 news, takes most company names it does not know for people or
 * places. A person's full name ("Ken Loach" after "film maker") and known places stay as they are.
 */
export function anchorCompanies(
  mentions: Mention[],
  tokens: readonly Token[],
  isKnownPlace: (name: string) => boolean,
): void {
  const companies = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'organization' || isKnownPlace(m.name)) continue;
    // An apposition says what the name is even of a two-word "person": "Rockwell Collins, the
    // avionics maker".
    if (companyApposition(m, tokens)) {
      companies.add(normalizeName(m.name));
      continue;
    }
    if (!afterTradeNoun(m, tokens) && !(inMarketTalk(m, tokens) && !describesMarket(m.name))) continue;
    if (m.type === 'person' && m.tokenEnd - m.tokenStart > 1) continue;
    companies.add(normalizeName(m.name));
  }
  if (companies.size === 0) return;
  for (const m of mentions) if (companies.has(normalizeName(m.name))) m.type = 'organization';
}

/**
 * Outlets that strip apostrophes write "Moscows demand", "Europes worst standoff". A name ending in
 * "s" is read as the possessive of its stem when the stem is named elsewhere in the article or is a
 * known place, and the name itself is not ("Athens", "Brussels" stay).
 */
export function stripLostApostrophes(mentions: Mention[], isKnownPlace: (name: string) => boolean): void {
  const names = new Set(mentions.map((m) => m.name));
  for (const m of mentions) {
    if (m.type === 'person' || !/[^s]s$/.test(m.name)) continue;
    const stem = m.name.slice(0, -1);
    if (isKnownPlace(m.name)) continue;
    if (names.has(stem) || isKnownPlace(stem)) m.name = stem;
  }
}

/**
 * "Rockwell Collins, the avionics maker", "Temasek, a state investment firm": a name followed by
 * a comma and a phrase headed by a company's trade noun (not "X, the film maker").
 */
function companyApposition(m: Mention, tokens: readonly Token[]): boolean {
  let t = m.tokenEnd;
  if (tokens[t]?.text !== ',' || tokens[t + 1]?.pos !== 'DET') return false;
  const sentence = tokens[m.tokenStart]!.sentence;
  for (t += 2; t < m.tokenEnd + 8; t++) {
    const token = tokens[t];
    if (!token || token.sentence !== sentence) return false;
    if (token.pos === 'NOUN' && COMPANY_NOUNS.has(token.lower)) {
      const next = tokens[t + 1];
      // The head closes an apposition: "a bank account manager" is no bank, "the company's
      // chief" no company, and in "Gatwick, the company has written" the company is a subject.
      if (next && next.sentence === sentence && next.pos !== 'PUNCT' && !APPOSITION_CLOSERS.has(next.lower))
        return false;
      // "a senior broadcaster" is a person's trade as well.
      if (token.lower === 'broadcaster' && m.type === 'person') return false;
      return !(token.lower === 'maker' && PERSON_MAKERS.has(tokens[t - 1]!.lower));
    }
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.text !== '-')
      return false;
  }
  return false;
}

/**
 * "analysts at Jefferies and Bernstein": the firms that employ analysts, economists and
 * strategists, named after "at" (a list of them as well).
 */
function atAnalystsFirm(m: Mention, tokens: readonly Token[]): boolean {
  let t = m.tokenStart - 1;
  for (let steps = 0; t >= 1 && steps < 8; steps++, t--) {
    const token = tokens[t]!;
    if (token.lower === 'at') return ANALYST_NOUNS.has(tokens[t - 1]!.lower);
    if (token.text !== ',' && token.lower !== 'and' && token.pos !== 'PROPN') return false;
  }
  return false;
}

/** Words that carry an apposition on after its head: "the avionics maker that was bought by". */
const APPOSITION_CLOSERS: ReadonlySet<string> = new Set(
  'that which whose of in with based owned controlled founded listed known'.split(' '),
);

/** People whose employer news names after "at". */
const ANALYST_NOUNS: ReadonlySet<string> = new Set(
  'analyst analysts economist economists strategist strategists'.split(' '),
);

/** "search engine Google", but not "film maker Ken Loach". */
function afterTradeNoun(m: Mention, tokens: readonly Token[]): boolean {
  if (m.tokenStart === 0) return false;
  const noun = tokens[m.tokenStart - 1]!;
  if (noun.pos !== 'NOUN' || !COMPANY_NOUNS.has(noun.lower)) return false;
  return !(noun.lower === 'maker' && m.tokenStart > 1 && PERSON_MAKERS.has(tokens[m.tokenStart - 2]!.lower));
}

/**
 * What only companies have, as the business pages write it: "Nintendo's profits", "Sony's chief
 * executive", "Yahoo shares rose", "shares in Sony", "analysts at Jefferies".
 */
function inMarketTalk(m: Mention, tokens: readonly Token[]): boolean {
  if (atAnalystsFirm(m, tokens)) return true;
  const before = tokens[m.tokenStart - 1];
  const of = tokens[m.tokenStart - 2];
  if (before && of && (before.lower === 'of' || before.lower === 'in') && SHARE_NOUNS.has(of.lower))
    return true;
  let t = m.tokenEnd;
  if (tokens[t]?.lower === "'s") t++;
  else return SHARE_NOUNS.has(tokens[t]?.lower ?? '') && tokens[t]!.pos === 'NOUN';
  while (tokens[t]?.pos === 'ADJ' && tokens[t]!.lower !== 'chief') t++;
  const noun = tokens[t];
  if (!noun) return false;
  if (noun.lower === 'chief' && tokens[t + 1]?.lower === 'executive') return true;
  return noun.pos === 'NOUN' && CORPORATE_NOUNS.has(noun.lemma.toLowerCase());
}

/** "German shares", "shares in Singapore-listed firms": a nationality or a description, no company. */
function describesMarket(name: string): boolean {
  return !!findDemonym(name) || /-\p{Ll}/u.test(name) || /^pan-/i.test(name);
}

/** Nouns for a company's stock: "Sony shares", "shares in Sony". */
const SHARE_NOUNS: ReadonlySet<string> = new Set(['shares', 'stock', 'stake']);

/** What a company owns or reports, after its possessive ("Nintendo's profits"), as lemmas. */
const CORPORATE_NOUNS: ReadonlySet<string> = new Set(
  `share stock profit revenue sale earning shareholder ceo subsidiary headquarters takeover merger
   turnover dividend`.split(/\s+/),
);

/**
 * Names no gazetteer knows as places that the article treats as organisations: the owner of a
 * person's role ("Wagner chief Yevgeny Prigozhin", "Hamas leader X"), and a name listed with
 * organisations ("Sony, Nintendo and Samsung Electronics"). The tagger types an unknown one-word
 * name a place as often as not; a known city or country keeps its type (it has mayors and lists).
 */
export function anchorOrganizations(
  mentions: Mention[],
  tokens: readonly Token[],
  isKnownPlace: (name: string) => boolean,
): void {
  const unknownPlace = (m: Mention) => m.type === 'location' && !isKnownPlace(m.name) && !findDemonym(m.name);
  const organizations = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.roleOf || !m.role || !isOrganizationRole(m.role)) continue;
    // The owner is named in the same sentence, before the person.
    for (const owner of mentions)
      if (owner.sentence === m.sentence && owner.name === m.roleOf && unknownPlace(owner))
        organizations.add(normalizeName(owner.name));
  }
  // Only a list with an organisation that its name's head word vouches for ("Samsung Electronics"):
  // the tagger's own organisations in a list of towns ("Chernigov, Nikolaev and Kharkov") are
  // often its errors.
  const vouched = (m: Mention) => {
    const words = normalizeName(m.name).split(' ');
    const head = words[words.length - 1]!;
    return (
      m.type === 'organization' && words.length > 1 && (ORG_HEADS.has(head) || CORPORATE_SUFFIXES.has(head))
    );
  };
  for (const list of coordinatedLists(mentions, tokens)) {
    if (!list.some(vouched)) continue;
    for (const m of list)
      if (unknownPlace(m) && m.tokenEnd - m.tokenStart === 1) organizations.add(normalizeName(m.name));
  }
  if (organizations.size === 0) return;
  for (const m of mentions) if (organizations.has(normalizeName(m.name))) m.type = 'organization';
}

/**
 * "Wagner" after "the Wagner Group", "Maxar" after "Maxar Technologies": an organisation named in
 * full and then by its first word alone. The tagger takes the bare word for a surname or a town;
 * it is the organisation's short name when the full name is that word and head words only
 * ("Group", "Technologies", "Bank"), and the article names nobody with it as a surname.
 */
export function anchorShortOrganizationNames(
  mentions: Mention[],
  isKnownPlace: (name: string) => boolean,
): void {
  const shortNames = new Set<string>();
  for (const m of mentions) {
    // Most articles name no organisation by a word and head words: they stop here.
    if (m.type !== 'organization' || !m.name.includes(' ')) continue;
    const words = normalizeName(m.name).split(' ');
    if (words.length > 1 && words.slice(1).every((w) => ORG_HEADS.has(w) || CORPORATE_SUFFIXES.has(w)))
      shortNames.add(words[0]!);
  }
  if (shortNames.size === 0) return;
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.name.includes(' ')) continue;
    const words = normalizeName(m.name).split(' ');
    surnames.add(words[words.length - 1]!);
  }
  // Only a person or a place: a demonym stays misc ("the Palestinian Authority", then "Palestinian").
  for (const m of mentions) {
    if ((m.type !== 'person' && m.type !== 'location') || m.name.includes(' ')) continue;
    const key = normalizeName(m.name);
    if (shortNames.has(key) && !surnames.has(key) && !isKnownPlace(m.name) && !findDemonym(m.name))
      m.type = 'organization';
  }
}

/**
 * Roles that only organisations give: "chief", "chairman", "coach". Offices of state ("governor",
 * "attorney general", "minister") are held in places too, and many a region is no gazetteer's
 * place ("California Attorney General Bill Lockyer").
 */
const ORGANIZATION_ROLES: ReadonlySet<string> = new Set(
  `chief leader chairman chairwoman chair founder executive ceo boss coach manager director spokesman
   spokeswoman spokesperson commander owner president`.split(/\s+/),
);
const STATE_ROLES: ReadonlySet<string> = new Set([
  'attorney',
  'governor',
  'minister',
  'secretary',
  'mayor',
  'senator',
]);

function isOrganizationRole(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/);
  return words.some((w) => ORGANIZATION_ROLES.has(w)) && !words.some((w) => STATE_ROLES.has(w));
}

/** Runs of mentions joined only by commas and one "and"/"or": "Sony, Nintendo and Samsung Electronics". */
function coordinatedLists(mentions: Mention[], tokens: readonly Token[]): Mention[][] {
  const lists: Mention[][] = [];
  let run: Mention[] = [];
  let conjunctions = 0;
  const close = () => {
    if (run.length > 2 || (run.length === 2 && conjunctions === 1)) lists.push(run);
    run = [];
    conjunctions = 0;
  };
  for (const m of mentions) {
    const prev = run[run.length - 1];
    if (prev && prev.sentence === m.sentence) {
      const gap = m.tokenStart - prev.tokenEnd;
      const first = gap >= 1 && gap <= 2 ? tokens[prev.tokenEnd]!.lower : '';
      const last = gap >= 1 && gap <= 2 ? tokens[m.tokenStart - 1]!.lower : '';
      const conjunction = last === 'and' || last === 'or';
      const joined = gap === 1 ? first === ',' || conjunction : gap === 2 && first === ',' && conjunction;
      if (joined && conjunctions === 0) {
        if (conjunction) conjunctions++;
        run.push(m);
        continue;
      }
    }
    close();
    run = [m];
  }
  close();
  return lists;
}
