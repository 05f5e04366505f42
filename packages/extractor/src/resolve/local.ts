/**
 * Resolution within one article: its mentions grouped into local entities. News writes a name in
 * full once ("Russian President Vladimir Putin") and then short ("Putin"); organisations get an
 * acronym or a trailing part ("OSCE", "the Defense Ministry").
 */
import type { EntityType, LocalEntity, Mention } from '../types';
import {
  abbreviates,
  canonicalName,
  compatibleTypes,
  givenNamesAgree,
  hasLowerCase,
  isAcronym,
  nameKey,
  nameWords,
  shortensOrganization,
} from './names';

interface Cluster {
  mentions: number[];
  /** Name keys seen (normalised names, countries by code). */
  keys: Set<string>;
  /** Names as written, without titles. */
  names: string[];
  typeVotes: Map<EntityType, number>;
  /** The majority of typeVotes, kept up to date. */
  type: EntityType;
  /** What the names of more than one word may be called by alone ("putin" for "Vladimir Putin"; see callNames). */
  fullNameSurnames: Set<string>;
  /** The names of one word ("putin" for "Putin"). */
  oneWordNames: Set<string>;
}

function majorityType(cluster: Cluster): EntityType {
  let best: EntityType = 'misc';
  let votes = -1;
  for (const [type, n] of cluster.typeVotes) if (n > votes) [best, votes] = [type, n];
  return best;
}

/**
 * The label of a local entity: for a person, the full name written most often ("Charles Kennedy"
 * over a one-off "Harrogate Mr Kennedy"), then the longest; for anything else the fullest form, an
 * acronym losing to its long form and capitals to ordinary case.
 */
function bestLabel(cluster: Cluster, mentions: Mention[], type: EntityType): string {
  const counts = new Map<string, number>();
  for (const m of cluster.mentions) counts.set(mentions[m]!.name, (counts.get(mentions[m]!.name) ?? 0) + 1);
  const score = (n: string) => {
    const words = nameWords(n).length;
    // A dateline or headline writes "JERUSALEM" where the text says "Jerusalem": of two writings of
    // one name, the one in ordinary case.
    const cased = hasLowerCase(n) ? 0.5 : 0;
    if (type === 'person')
      return (words > 1 ? 1e6 : 0) + cased + counts.get(n)! * 1e3 + words * 100 + n.length;
    return (isAcronym(n) ? 0 : 1e6) + cased + words * 100 + n.length;
  };
  let best = cluster.names[0]!;
  for (const n of cluster.names) if (score(n) > score(best)) best = n;
  return canonicalName(best, type);
}

/** Particles inside names, which no one is called by alone ("da" of "Lula da Silva"). */
const NAME_PARTICLES = new Set('al bin da de del della der di dos du el ibn la le van von'.split(' '));

/**
 * Family names written first: Chinese, Korean and Vietnamese names put the family name before
 * the given name, and news calls "Xi Jinping" Xi, "Kim Jong Un" Kim, "Lai Ching-te" Lai. The most
 * common ones, in the spellings of mainland China, Taiwan, Korea and Vietnam.
 */
const FAMILY_NAMES_FIRST = new Set(
  `xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song
   zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia
   ding wei ye pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin qin kong bai mao
   lai tsai hsu chang chiang hsieh kuo ko hou
   kim lee park choi jung kang cho yoon jang lim moon oh seo shin kwon hwang ahn hong yoo
   nguyen tran pham hoang huynh phan vu vo dang bui ngo duong`.split(/\s+/),
);

/**
 * The words a person named in full may be called by alone in the same article: the surname, the
 * name before a particle ("Lula" of "Luiz Inacio Lula da Silva"), and a family name written first
 * ("Xi" of "Xi Jinping"). A Western first name is never one: "Joe" is no Joe Biden.
 */
function callNames(words: readonly string[]): string[] {
  const names = [words[words.length - 1]!];
  // Only a middle name before a particle: a middle word in general is often the tagger's junk
  // ("Philippe Sands QC", "Johnny Carson Theater").
  for (let i = 1; i < words.length - 1; i++)
    if (!NAME_PARTICLES.has(words[i]!) && NAME_PARTICLES.has(words[i + 1]!)) names.push(words[i]!);
  if (FAMILY_NAMES_FIRST.has(words[0]!)) names.push(words[0]!);
  return names;
}

function matches(cluster: Cluster, mention: Mention, key: string, words: readonly string[]): boolean {
  const type = cluster.type;
  if (cluster.keys.has(key))
    return mention.type === type || compatibleTypes(type, mention.type) || mention.type === 'misc';
  if (type === 'person' && mention.type === 'person') {
    // "Putin" after "Vladimir Putin"; "Vladimir Putin" after a headline's "Putin". First names never
    // match, and a full name joins no other full name: "Cherie Blair" after "Blair" and "Tony Blair".
    if (words.length === 1) return cluster.fullNameSurnames.has(words[0]!);
    return (
      callNames(words).some((w) => cluster.oneWordNames.has(w)) &&
      cluster.names.every((n) => givenNamesAgree(n, mention.name))
    );
  }
  // Acronyms and short forms join organisations only: "Europe" is no short form of a name ending "in Europe".
  if (type !== 'organization' || (mention.type !== 'organization' && mention.type !== 'misc')) return false;
  // A full name is compared with the cluster's full names, not its short form: "Sheffield United"
  // is no "Manchester United" for the "United" that joined it.
  let names = cluster.names;
  if (words.length > 1) {
    const full = names.filter((n) => nameWords(n).length > 1);
    if (full.length) names = full;
  }
  return names.some(
    (n) =>
      (isAcronym(mention.name) && abbreviates(mention.name, n)) ||
      (isAcronym(n) && abbreviates(n, mention.name)) ||
      shortensOrganization(mention.name, n) ||
      shortensOrganization(n, mention.name),
  );
}

/**
 * Groups mentions into local entities and sets each mention's `entity` index. A short name that
 * could be two entities of the article ("Smith" with "John Smith" and "Anna Smith") joins the nearest
 * earlier one.
 */
export function resolveWithinDocument(mentions: Mention[]): LocalEntity[] {
  const clusters: Cluster[] = [];
  mentions.forEach((mention, index) => {
    const key = nameKey(mention.name, mention.type);
    const words = nameWords(mention.name);
    let target: Cluster | undefined;
    // An organisation's one-word short form that fits two names ("United" with "Manchester United"
    // and "Shareholders United") is the one the article has named most, or first; people's, the
    // nearest.
    const mostNamed = words.length === 1 && mention.type !== 'person';
    for (let c = clusters.length - 1; c >= 0; c--) {
      const cluster = clusters[c]!;
      if (!matches(cluster, mention, key, words)) continue;
      if (!target || cluster.mentions.length >= target.mentions.length) target = cluster;
      if (!mostNamed) break;
    }
    if (!target) {
      target = {
        mentions: [],
        keys: new Set(),
        names: [],
        typeVotes: new Map(),
        type: mention.type,
        fullNameSurnames: new Set(),
        oneWordNames: new Set(),
      };
      clusters.push(target);
    }
    target.mentions.push(index);
    target.keys.add(key);
    if (!target.names.includes(mention.name)) {
      target.names.push(mention.name);
      if (words.length > 1) for (const w of callNames(words)) target.fullNameSurnames.add(w);
      else if (words.length === 1) target.oneWordNames.add(words[0]!);
    }
    target.typeVotes.set(mention.type, (target.typeVotes.get(mention.type) ?? 0) + 1);
    target.type = majorityType(target);
  });

  // A loop, not .map(): optimised code makes a map()'s array with another elements kind than the
  // interpreter does, and the relation layer reading the entities was deoptimised for the second one.
  const entities: LocalEntity[] = [];
  clusters.forEach((cluster, entityIndex) => {
    const type = majorityType(cluster);
    const aliases = new Set<string>();
    const roles = new Set<string>();
    for (const m of cluster.mentions) {
      const mention = mentions[m]!;
      mention.entity = entityIndex;
      aliases.add(mention.name);
      aliases.add(mention.text);
      if (mention.role) roles.add(mention.role);
    }
    entities.push({
      label: bestLabel(cluster, mentions, type),
      type,
      aliases: [...aliases],
      roles: [...roles],
      mentions: cluster.mentions,
    });
  });
  return entities;
}
