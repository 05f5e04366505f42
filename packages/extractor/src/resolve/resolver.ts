/**
 * Resolution across articles: each article's local entities mapped to corpus-wide entities, one
 * graph node each. Incremental (the server feeds it one article at a time) and rebuildable from the
 * stored entities (`new EntityResolver(entities)`).
 */
import type { DocumentExtraction, Entity, LocalEntity, ResolvedExtraction } from '../types';
import { acronymOf, findCountry, findKnownOrganization } from '../gazetteer';
import {
  abbreviates,
  compatibleTypes,
  givenNamesAgree,
  hasLowerCase,
  isAcronym,
  nameKey,
  nameWords,
  spellsSameName,
  surnameOf,
} from './names';
import { ownerQualifiedLabels } from './owners';

export interface ResolverOptions {
  /** Keep `misc` entities (else they map to null). */
  includeMisc?: boolean;
}

function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** One multi-word name is the tail of the other ("Keir Starmer", "Sir Keir Starmer"). */
function endsWithName(a: string, b: string): boolean {
  const [short, long] =
    nameWords(a).length <= nameWords(b).length ? [nameWords(a), nameWords(b)] : [nameWords(b), nameWords(a)];
  return short.length > 1 && short.every((w, i) => w === long[long.length - short.length + i]);
}

/**
 * A copy of the record that later articles cannot change. Its document list is copied only when
 * read: the resolver only ever appends to it, so its first `count` ids are the list of this moment.
 * A hub's list holds thousands of ids, and copying it for every article that names the hub made
 * merging quadratic; the graph builder reads it once per node, the store never.
 */
function snapshot(entity: Entity): Entity {
  const live = entity.documents;
  const count = live.length;
  let documents: string[] | undefined;
  return {
    ...entity,
    aliases: entity.aliases.slice(),
    roles: entity.roles.slice(),
    get documents(): string[] {
      return (documents ??= live.slice(0, count));
    },
    set documents(value: string[]) {
      documents = value;
    },
  };
}

function addUnique(list: string[], values: Iterable<string>): void {
  for (const v of values) if (!list.includes(v)) list.push(v);
}

/**
 * Whether an acronym names one thing wherever it is written: four letters or more ("OSCE",
 * "IAEA"), or one the list of organisations the world knows by name holds ("WHO", "EU", "IMF").
 */
function acronymTravels(acronym: string): boolean {
  return acronym.replace(/[.&]/g, '').length >= 4 || findKnownOrganization(acronym) !== undefined;
}

/** A country, which its initials name wherever they are written ("NZ"). */
const isCountry = (e: Entity) => e.type === 'location' && findCountry(e.label, true) !== undefined;

export class EntityResolver {
  private readonly byId = new Map<string, Entity>();
  /** Name key -> entity ids. */
  private readonly byKey = new Map<string, Set<string>>();
  /** Initials (of a long name, or an acronym label) -> ids of organisations and places. */
  private readonly byAcronym = new Map<string, Set<string>>();
  /** Surname -> ids of people known by more than one name word. */
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly includeMisc: boolean;
  /** Per person: how many articles used each full name as its label. */
  private readonly labelVotes = new Map<string, Map<string, number>>();
  /**
   * Ids of the articles resolved so far, and of those the entities given at construction list. An
   * article not among them cannot be in an entity's list, so a list is searched only for an article
   * resolved again: a hub's list holds thousands of ids, and searching it for every new article made
   * resolution quadratic.
   */
  private readonly seenDocuments = new Set<string>();

  constructor(existing: Iterable<Entity> = [], options: ResolverOptions = {}) {
    this.includeMisc = options.includeMisc ?? false;
    for (const entity of existing) {
      this.byId.set(entity.id, entity);
      this.index(entity, [entity.label, ...entity.aliases]);
      for (const id of entity.documents) this.seenDocuments.add(id);
    }
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  entities(): IterableIterator<Entity> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }

  resolve(extraction: DocumentExtraction): ResolvedExtraction {
    const { document } = extraction;
    const touched = new Set<string>();
    const created: string[] = [];
    const qualified = ownerQualifiedLabels(extraction);
    const entityIds = extraction.entities.map((original, index) => {
      if (original.type === 'misc' && !this.includeMisc) return null;
      // A country's office goes by its qualified name only: its bare name is every country's.
      const label = qualified.get(index);
      const local = label ? { ...original, label } : original;
      const names = label ? [label] : this.namesOf(local, extraction);
      let entity = this.find(local, names);
      if (!entity) {
        entity = this.create(local);
        created.push(entity.id);
      }
      this.merge(entity, local, names);
      touched.add(entity.id);
      return entity.id;
    });
    // A document's mentions count once per entity even if two local entities resolved to it.
    const seen = this.seenDocuments.has(document.id);
    this.seenDocuments.add(document.id);
    for (const id of touched) {
      const entity = this.byId.get(id)!;
      if (!seen || !entity.documents.includes(document.id)) entity.documents.push(document.id);
      if (document.date) {
        if (!entity.firstSeen || document.date < entity.firstSeen) entity.firstSeen = document.date;
        if (!entity.lastSeen || document.date > entity.lastSeen) entity.lastSeen = document.date;
      }
    }
    return {
      extraction,
      entityIds,
      entities: [...touched].map((id) => snapshot(this.byId.get(id)!)),
      created,
    };
  }

  /** The local entity's names without titles. */
  private namesOf(local: LocalEntity, extraction: DocumentExtraction): string[] {
    const names = [local.label];
    for (const m of local.mentions) {
      const name = extraction.mentions[m]?.name;
      if (name && !names.includes(name)) names.push(name);
    }
    return names;
  }

  private find(local: LocalEntity, names: string[]): Entity | undefined {
    const found = this.findCompatible(local, names);
    if (found) return found;
    // The tagger may type one name differently in two articles ("Crimea" a person in one, "Lib Dems"
    // an organisation in another). A name that matched nothing of its type joins the entity written
    // the same way; a one-word name does not join a person known by more than that word.
    const words = nameWords(local.label);
    // People's keys fold given names' transliterations and other keys do not: both are asked for.
    const ids =
      this.byKey.get(nameKey(local.label, local.type)) ??
      this.byKey.get(nameKey(local.label, 'person')) ??
      this.byKey.get(nameKey(local.label, 'organization'));
    if (!ids) return undefined;
    return this.pick(
      ids,
      (e) =>
        words.length > 1 ||
        e.type !== 'person' ||
        nameWords(e.label).length === 1 ||
        surnameOf(e.label) === words[0],
    );
  }

  private findCompatible(local: LocalEntity, names: string[]): Entity | undefined {
    const fits = (e: Entity) =>
      local.type === 'person' || e.type === 'person'
        ? local.type === e.type
        : compatibleTypes(e.type, local.type);

    // 1. The same name (countries by code, spellings folded). A person's short name ("Mr Warner")
    // leads only to someone whose full name agrees with this person's ("Tim Warner").
    const sameName = (e: Entity) =>
      fits(e) && (local.type !== 'person' || givenNamesAgree(e.label, local.label));
    // A person named in full, found through a one-word name of the article, must share the
    // surname too: the article's "Kim" for Kim Yungmin leads to no other Kim, "Brown" for G. Brown
    // to Gordon Brown.
    const fullName = local.type === 'person' && nameWords(local.label).length > 1;
    const sameSurname = (e: Entity) =>
      sameName(e) && (nameWords(e.label).length === 1 || surnameOf(e.label) === surnameOf(local.label));
    // Likewise an organisation or place: "Dundee United", called "United" in its article, is not
    // the "Manchester United" other articles call "United". Through a one-word short form it
    // finds only an entity known by that word alone.
    const longName = local.type !== 'person' && nameWords(local.label).length > 1;
    const bareOnly = (e: Entity) => sameName(e) && nameWords(e.label).length === 1;
    for (const name of names) {
      const short = nameWords(name).length === 1 && name !== local.label;
      const ids = this.byKey.get(nameKey(name, local.type));
      const hit =
        ids && this.pick(ids, short && fullName ? sameSurname : short && longName ? bareOnly : sameName);
      if (hit) return hit;
    }
    if (local.type === 'person') {
      const words = nameWords(local.label);
      if (words.length === 1) {
        // "Putin" alone: the one known person of that surname; the best known when several share it.
        const ids = this.bySurname.get(words[0]!);
        return ids ? this.pick(ids, fits) : undefined;
      }
      // "Vladimir Putin" where earlier articles only said "Putin".
      const ids = this.byKey.get(surnameOf(local.label));
      const bare = ids && this.pick(ids, (e) => fits(e) && nameWords(e.label).length === 1);
      if (bare) return bare;
      // "Keir Starmer" and a tagger's "Leeds Keir Starmer": one full name ends the other.
      const namesakes = this.bySurname.get(surnameOf(local.label));
      return namesakes
        ? this.pick(namesakes, (e) => fits(e) && endsWithName(e.label, local.label))
        : undefined;
    }
    // 2. Acronyms and their long forms ("OSCE"), through the index of initials. Two long forms meet
    // through initials they share only when they spell one name: "Football Association" is not
    // "Fiat Auto", though an article on each calls it "FA"; "Securities & Exchange Commission" is
    // the "Securities and Exchange Commission".
    const longForms = names.filter((n) => !isAcronym(n) && nameWords(n).length > 1);
    const otherLongForm = (e: Entity) =>
      longForms.length > 0 &&
      !isAcronym(e.label) &&
      nameWords(e.label).length > 1 &&
      !longForms.some((n) => spellsSameName(n, e.label));
    for (const name of names) {
      const initials = isAcronym(name) ? name.replace(/[.&]/g, '').toLowerCase() : acronymOf(name);
      const ids = initials ? this.byAcronym.get(initials) : undefined;
      if (!ids) continue;
      const hit = this.pick(
        ids,
        (e) =>
          fits(e) &&
          !otherLongForm(e) &&
          // A short acronym no list knows is many things ("MSP", "ABC", "FA"): alone, it meets
          // across articles only a country ("NZ") or a long form some article wrote with it (step 1).
          ((isAcronym(name) &&
            (longForms.length > 0 || acronymTravels(name) || isCountry(e)) &&
            abbreviates(name, e.label)) ||
            (isAcronym(e.label) && acronymTravels(e.label) && abbreviates(e.label, name))),
      );
      if (hit) return hit;
    }
    return undefined;
  }

  private pick(ids: Set<string>, fits: (e: Entity) => boolean): Entity | undefined {
    let best: Entity | undefined;
    for (const id of ids) {
      const e = this.byId.get(id)!;
      if (fits(e) && (!best || e.mentionCount > best.mentionCount)) best = e;
    }
    return best;
  }

  private create(local: LocalEntity): Entity {
    const base = slugify(local.label) || 'entity';
    let id = base;
    for (let n = 2; this.byId.has(id); n++) id = `${base}-${n}`;
    const entity: Entity = {
      id,
      label: local.label,
      type: local.type,
      aliases: [],
      roles: [],
      mentionCount: 0,
      documents: [],
    };
    this.byId.set(id, entity);
    return entity;
  }

  private merge(entity: Entity, local: LocalEntity, names: string[]): void {
    // A fuller name replaces a short one ("Vladimir Putin" over "Putin", "OSCE"'s long form).
    // A person's label is the full name most articles use ("Charles Kennedy", not one article's
    // "Harrogate Mr Kennedy"); a full name always beats a bare surname.
    if (entity.type === 'person' && nameWords(local.label).length > 1) {
      let votes = this.labelVotes.get(entity.id);
      if (!votes)
        this.labelVotes.set(
          entity.id,
          (votes = new Map([
            [entity.label, entity.mentionCount > 0 && nameWords(entity.label).length > 1 ? 1 : 0],
          ])),
        );
      votes.set(local.label, (votes.get(local.label) ?? 0) + 1);
      const current = votes.get(entity.label) ?? 0;
      if (votes.get(local.label)! > current) entity.label = local.label;
    }
    if (isAcronym(entity.label) && !isAcronym(local.label) && abbreviates(entity.label, local.label))
      entity.label = local.label;
    // The first article may have named it only in a dateline ("JERUSALEM -"). Organisations'
    // acronyms stay as the first article wrote them ("SIM" is no "Sim").
    if (
      !hasLowerCase(entity.label) &&
      (!isAcronym(entity.label) || entity.type === 'location') &&
      hasLowerCase(local.label) &&
      entity.label.toLowerCase() === local.label.toLowerCase()
    )
      entity.label = local.label;
    // Types disagreeing across articles: the one with more mentions wins.
    if (entity.type !== local.type && local.mentions.length > entity.mentionCount) entity.type = local.type;
    if (
      entity.type !== local.type &&
      local.type === 'location' &&
      nameKey(local.label, 'location').startsWith('country:')
    )
      entity.type = 'location';
    addUnique(entity.aliases, local.aliases);
    addUnique(entity.roles, local.roles);
    // A country the article names only through a demonym ("Egyptian President ...": see
    // makeNameResolver) has no mention of its own, but it is named once; counting none left it
    // below minMentions, so the affiliation pointing to it never reached the graph.
    entity.mentionCount += local.mentions.length || 1;
    this.index(entity, [entity.label, ...names]);
  }

  private index(entity: Entity, names: string[]): void {
    for (const name of names) {
      const key = nameKey(name, entity.type);
      let ids = this.byKey.get(key);
      if (!ids) this.byKey.set(key, (ids = new Set()));
      ids.add(entity.id);
    }
    if (entity.type !== 'person') {
      // Initials of the label, or the acronym itself, so that "OSCE" and its long form find each other.
      const initials = isAcronym(entity.label)
        ? entity.label.replace(/[.&]/g, '').toLowerCase()
        : acronymOf(entity.label);
      if (initials) {
        let ids = this.byAcronym.get(initials);
        if (!ids) this.byAcronym.set(initials, (ids = new Set()));
        ids.add(entity.id);
      }
    }
    if (entity.type === 'person' && nameWords(entity.label).length > 1) {
      const surname = surnameOf(entity.label);
      let ids = this.bySurname.get(surname);
      if (!ids) this.bySurname.set(surname, (ids = new Set()));
      ids.add(entity.id);
    }
  }
}
