import type { DocumentExtraction, EntityType, LocalEntity, Mention } from '../types';
import { EntityResolver } from './resolver';
import { resolveWithinDocument } from './local';
import { makeNameResolver } from './lookup';
import { abbreviates, canonicalName, nameKey, shortensOrganization } from './names';

/** Mentions with only what resolution reads. */
function mention(name: string, type: EntityType, extra: Partial<Mention> = {}): Mention {
  return { start: 0, end: 0, tokenStart: 0, tokenEnd: 0, sentence: 0, text: name, name, type, ...extra };
}

function labelsOf(entities: LocalEntity[]): string[] {
  return entities.map((e) => e.label);
}

/** An extraction of one article holding these mentions, resolved within the article. */
function article(id: string, mentions: Mention[], date?: string): DocumentExtraction {
  const entities = resolveWithinDocument(mentions);
  return {
    document: { id, text: '', titleLength: 0, authors: [], hash: id, source: id, date },
    sentences: [],
    mentions,
    entities,
    relations: [],
    statements: [],
    tokenCount: 0,
  };
}

describe('name keys', () => {
  it('folds dots, spellings, possessives and country names', () => {
    expect(nameKey('U.S.', 'location')).toBe(nameKey('United States', 'location'));
    expect(nameKey('USA', 'organization')).toBe(nameKey('America', 'location'));
    expect(nameKey('Ministry of Defence', 'organization')).toBe(
      nameKey('Ministry of Defense', 'organization'),
    );
    expect(nameKey('Russias', 'location')).toBe(nameKey('Russia', 'location'));
    // The country package calls it Türkiye and no longer lists "Turkey"; news says Turkey.
    expect(nameKey('Turkey', 'location')).toBe(nameKey('Türkiye', 'location'));
    expect(canonicalName('Türkiye', 'location')).toBe('Turkey');
    expect(nameKey('Group of Seven', 'organization')).toBe(nameKey('G7', 'organization'));
    // An organisation named after its country, however the country is written.
    for (const name of ["Russia's Foreign Ministry", 'Russias Foreign Ministry', 'Russia Foreign Ministry'])
      expect(nameKey(name, 'organization')).toBe(nameKey('Russian Foreign Ministry', 'organization'));
    expect(nameKey('UK Government', 'organization')).toBe(nameKey('British Government', 'organization'));
    expect(nameKey('Russian', 'organization')).not.toBe(nameKey('Russia', 'organization'));
    // A party's other names: one key, and its full name as label.
    expect(nameKey('Tories', 'organization')).toBe(nameKey('Conservative Party', 'organization'));
    // Sports pages' short forms of clubs.
    expect(nameKey('Man Utd', 'organization')).toBe(nameKey('Manchester United', 'organization'));
    expect(nameKey('Man City', 'organization')).toBe(nameKey('Manchester City', 'organization'));
    expect(nameKey('Dundee Utd', 'organization')).toBe(nameKey('Dundee United', 'organization'));
    expect(nameKey('Isle of Man', 'location')).not.toBe(nameKey('Manchester', 'location'));
    // Countries' acronyms the country package leaves out (it keeps alternative names of four letters up).
    expect(nameKey('UAE', 'location')).toBe(nameKey('United Arab Emirates', 'location'));
    expect(nameKey('DRC', 'location')).toBe(nameKey('Democratic Republic of the Congo', 'location'));
    expect(shortensOrganization('Toyota', 'Toyota Motor Corp')).toBe(true);
    expect(shortensOrganization('General', 'General Motors')).toBe(false);
    expect(nameKey('Lib Dems', 'organization')).toBe(nameKey('Liberal Democrats', 'organization'));
    expect(canonicalName('GOP', 'organization')).toBe('Republican Party');
    expect(canonicalName('KRAMATORSK', 'location')).toBe('Kramatorsk');
    expect(nameKey('Group of Eight', 'organization')).not.toBe(nameKey('G7', 'organization'));
    expect(nameKey('Moscow', 'location')).not.toBe(nameKey('Russia', 'location'));
  });

  it('knows acronyms and short forms of organisations', () => {
    expect(abbreviates('OECD', 'Organisation for Economic Co-operation and Development')).toBe(true);
    expect(abbreviates('OSCE', 'Organization of American States')).toBe(false);
    expect(abbreviates('OSCE', 'Organization for Security and Cooperation in Europe')).toBe(true);
    expect(abbreviates('WHO', 'World Health Organization')).toBe(true);
    // Some acronyms keep the initial of a small word: four letters or more.
    expect(abbreviates('ECOWAS', 'Economic Community of West African States')).toBe(true);
    expect(abbreviates('BOE', 'Bank of England')).toBe(false);
    expect(shortensOrganization('Health Ministry', 'Japanese Health Ministry')).toBe(true);
    expect(shortensOrganization('Ministry', 'Japanese Health Ministry')).toBe(false);
    expect(shortensOrganization('Knesset', 'Israeli Knesset')).toBe(true);
    expect(shortensOrganization('Palantir', 'Palantir Technologies')).toBe(true);
    expect(shortensOrganization('Palantir', 'Palantir Research Institute')).toBe(false);
    // A title's portfolio ("Commerce Secretary") names the department.
    expect(shortensOrganization('Commerce', 'US Commerce Department')).toBe(true);
    expect(shortensOrganization('Defence', 'Ministry of Defence')).toBe(true);
    expect(shortensOrganization('Microsoft', 'Microsoft Office')).toBe(false);
    expect(shortensOrganization('Commerce', 'Commerce Bank')).toBe(false);
    // A club before its city, and a company before "Electronics".
    expect(shortensOrganization('Bayern', 'Bayern Munich')).toBe(true);
    expect(shortensOrganization('Samsung', 'Samsung Electronics')).toBe(true);
    expect(shortensOrganization('BBC', 'BBC Scotland')).toBe(false);
    expect(shortensOrganization('Air', 'Air China')).toBe(false);
    expect(shortensOrganization('European', 'European Union')).toBe(false);
    expect(shortensOrganization('Millennium', 'Millennium Dome')).toBe(false);
  });
});

describe('resolveWithinDocument', () => {
  it('joins a surname to the full name, before or after it', () => {
    const entities = resolveWithinDocument([
      mention('Macron', 'person'),
      mention('Emmanuel Macron', 'person', { role: 'President', text: 'French President Emmanuel Macron' }),
      mention('Macron', 'person'),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({
      label: 'Emmanuel Macron',
      roles: ['President'],
      mentions: [0, 1, 2],
    });
    expect(entities[0]!.aliases).toEqual(
      expect.arrayContaining(['Macron', 'Emmanuel Macron', 'French President Emmanuel Macron']),
    );
  });

  it('joins a name news calls someone by: before a particle, or a family name written first', () => {
    const entities = resolveWithinDocument([
      mention('Lula', 'person'),
      mention('Xi', 'person'),
      mention('Luiz Inacio Lula da Silva', 'person'),
      mention('Xi Jinping', 'person'),
      mention('Joe', 'person'),
      mention('Joe Biden', 'person'),
      mention('Lai', 'person'),
      mention('Lai Ching-te', 'person'),
    ]);
    expect(labelsOf(entities)).toEqual([
      'Luiz Inacio Lula da Silva',
      'Xi Jinping',
      'Joe',
      'Joe Biden',
      'Lai Ching-te',
    ]);
  });

  it("keeps two clubs apart that the article's short form could join", () => {
    const entities = resolveWithinDocument([
      mention('Manchester United', 'organization'),
      mention('United', 'organization'),
      mention('Sheffield United', 'organization'),
      mention('United', 'organization'),
    ]);
    expect(labelsOf(entities)).toEqual(['Manchester United', 'Sheffield United']);
    // The short form after both names goes to the one named most, not the nearest.
    expect(entities[0]!.mentions).toEqual([0, 1, 3]);
  });

  it('never merges two people who share a first name', () => {
    const entities = resolveWithinDocument([
      mention('Boris Johnson', 'person'),
      mention('Boris Pistorius', 'person'),
      mention('Boris', 'person'),
      mention('Pistorius', 'person'),
    ]);
    expect(labelsOf(entities)).toEqual(['Boris Johnson', 'Boris Pistorius', 'Boris']);
    expect(entities[1]!.mentions).toEqual([1, 3]);
  });

  it('never merges two full names through a surname written alone before them', () => {
    const entities = resolveWithinDocument([
      mention('Blair', 'person'),
      mention('Tony Blair', 'person'),
      mention('Cherie Blair', 'person'),
      mention('Blair', 'person'),
      mention('T. Blair', 'person'),
    ]);
    expect(labelsOf(entities)).toEqual(['Tony Blair', 'Cherie Blair']);
    // The surname alone goes to the nearest earlier full name; an initial agrees with its name.
    expect(entities.map((e) => e.mentions)).toEqual([
      [0, 1, 4],
      [2, 3],
    ]);
  });

  it('joins country spellings and keeps a city apart from its country', () => {
    const entities = resolveWithinDocument([
      mention('U.S.', 'location'),
      mention('Paris', 'location'),
      mention('US', 'organization'),
      mention('France', 'location'),
      mention('United States', 'location'),
    ]);
    expect(labelsOf(entities)).toEqual(['United States', 'Paris', 'France']);
  });

  it('labels a name written in capitals by a dateline with its ordinary writing', () => {
    const entities = resolveWithinDocument([
      mention('JERUSALEM', 'location'),
      mention('Jerusalem', 'location'),
      mention('SAN FRANCISCO', 'location'),
      mention('BLACKBURN ROVERS', 'organization'),
      mention('Blackburn Rovers', 'organization'),
      mention('WIDGETCORP', 'organization'),
    ]);
    expect(labelsOf(entities)).toEqual(['Jerusalem', 'San Francisco', 'Blackburn Rovers', 'WIDGETCORP']);
  });

  it('joins an acronym to its long form and a short organisation name to the full one', () => {
    const entities = resolveWithinDocument([
      mention('International Atomic Energy Agency', 'organization'),
      mention('IAEA', 'organization'),
      mention('Japanese Defence Ministry', 'organization'),
      mention('Defense Ministry', 'organization'),
    ]);
    expect(labelsOf(entities)).toEqual(['International Atomic Energy Agency', 'Japanese Defence Ministry']);
  });
});

describe('EntityResolver (across articles)', () => {
  it('resolves a surname-only article to the person named in full elsewhere, and upgrades labels', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(article('a', [mention('Sunak', 'person')], '2023-03-02'));
    const b = resolver.resolve(article('b', [mention('Rishi Sunak', 'person')], '2023-03-01'));
    const c = resolver.resolve(article('c', [mention('Sunak', 'person')]));
    expect(a.entityIds[0]).toBe(b.entityIds[0]);
    expect(c.entityIds[0]).toBe(a.entityIds[0]);
    const entity = resolver.get(a.entityIds[0]!)!;
    expect(entity).toMatchObject({
      label: 'Rishi Sunak',
      mentionCount: 3,
      firstSeen: '2023-03-01',
      lastSeen: '2023-03-02',
    });
    expect(entity.documents).toEqual(['a', 'b', 'c']);
    expect(a.created).toHaveLength(1);
    expect(b.created).toHaveLength(0);
  });

  it('gives each article the records as they were then, and lists an article resolved twice once', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(article('a', [mention('Ursula von der Leyen', 'person')]));
    const b = resolver.resolve(article('b', [mention('von der Leyen', 'person')]));
    resolver.resolve(article('b', [mention('Ursula von der Leyen', 'person')]));
    const id = a.entityIds[0]!;
    expect(b.entityIds[0]).toBe(id);
    // Later articles do not reach into what earlier ones were given.
    expect(a.entities[0]!.documents).toEqual(['a']);
    expect(b.entities[0]!.documents).toEqual(['a', 'b']);
    expect(resolver.get(id)!.documents).toEqual(['a', 'b']);
    // A rebuilt resolver knows the articles its entities list.
    const rebuilt = new EntityResolver(
      [...resolver.entities()].map((e) => ({ ...e, documents: [...e.documents] })),
    );
    rebuilt.resolve(article('a', [mention('Ursula von der Leyen', 'person')]));
    expect(rebuilt.get(id)!.documents).toEqual(['a', 'b']);
  });

  it('labels a person with the full name most articles use', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(article('a', [mention('Leeds Keir Starmer', 'person')]));
    resolver.resolve(article('b', [mention('Keir Starmer', 'person')]));
    resolver.resolve(article('c', [mention('Keir Starmer', 'person'), mention('Starmer', 'person')]));
    expect(resolver.get(a.entityIds[0]!)!.label).toBe('Keir Starmer');
  });

  it('keeps people who share a first name apart, and a city apart from its country', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(
      article('a', [mention('Kamala Harris', 'person'), mention('Berlin', 'location')]),
    );
    const b = resolver.resolve(
      article('b', [mention('Kamala Devi', 'person'), mention('Germany', 'location')]),
    );
    expect(new Set([...a.entityIds, ...b.entityIds]).size).toBe(4);
  });

  it('never joins two full names with different first names through their shared surname', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(
      article('a', [mention('Gordon Brown', 'person'), mention('Brown', 'person', { start: 10 })]),
    );
    const b = resolver.resolve(
      article('b', [mention('Dan Brown', 'person'), mention('Brown', 'person', { start: 10 })]),
    );
    // A surname alone still goes to the best known Brown; a first name's initial agrees with it.
    const c = resolver.resolve(article('c', [mention('Brown', 'person')]));
    const d = resolver.resolve(
      article('d', [mention('G. Brown', 'person'), mention('Brown', 'person', { start: 10 })]),
    );
    expect(b.entityIds[0]).not.toBe(a.entityIds[0]);
    expect(c.entityIds[0]).toBe(a.entityIds[0]);
    expect(d.entityIds[0]).toBe(a.entityIds[0]);
    expect(resolver.get(a.entityIds[0]!)!.aliases).not.toContain('Dan Brown');
  });

  it("joins a Russian given name's English spellings, and no other names", () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(
      article('a', [
        mention('Sergey Lavrov', 'person'),
        mention('Aleksey Miller', 'person'),
        mention('Pompey', 'location'),
        mention('Lemony Snicket', 'location'),
      ]),
    );
    const b = resolver.resolve(
      article('b', [
        mention('Sergei Lavrov', 'person'),
        mention('Alexei Miller', 'person'),
        mention('Pompei', 'person'),
        mention('Lemony Snicket', 'person'),
      ]),
    );
    expect(b.entityIds[0]).toBe(a.entityIds[0]);
    expect(b.entityIds[1]).toBe(a.entityIds[1]);
    expect(b.entityIds[2]).not.toBe(a.entityIds[2]);
    // A name typed a person in one article and a place in another is still one entity.
    expect(b.entityIds[3]).toBe(a.entityIds[3]);
    expect(nameKey('Dmitry Peskov', 'person')).toBe(nameKey('Dmitri Peskov', 'person'));
    expect(nameKey('Sergey Lavrov', 'person')).not.toBe(nameKey('Sergey Lavrova', 'person'));
  });

  it('leads a full name to another person through a one-word name only if the surname is theirs', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(
      article('a', [mention('Kim Clijsters', 'person'), mention('Kim', 'person', { start: 5 })]),
    );
    const b = resolver.resolve(
      article('b', [mention('Kim Yungmin', 'person'), mention('Kim', 'person', { start: 5 })]),
    );
    expect(b.entityIds[0]).not.toBe(a.entityIds[0]);
  });

  it('merges spellings, dotted abbreviations and acronyms across articles', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(
      article('a', [mention('U.K.', 'location'), mention('World Health Organisation', 'organization')]),
    );
    const b = resolver.resolve(
      article('b', [mention('Britain', 'location'), mention('WHO', 'organization')]),
    );
    const c = resolver.resolve(article('c', [mention('World Health Organization', 'organization')]));
    expect(b.entityIds).toEqual(a.entityIds);
    expect(c.entityIds[0]).toBe(a.entityIds[1]);
    expect(resolver.get(a.entityIds[0]!)!.label).toBe('United Kingdom');
  });

  it('joins two long names through their initials only when they spell one name', () => {
    const resolver = new EntityResolver();
    const fiat = resolver.resolve(
      article('a', [mention('Fiat Auto', 'organization'), mention('FA', 'organization')]),
    );
    const football = resolver.resolve(
      article('b', [mention('Football Association', 'organization'), mention('FA', 'organization')]),
    );
    expect(football.entityIds[0]).not.toBe(fiat.entityIds[0]);
    const society = resolver.resolve(article('c', [mention('Building Society Association', 'organization')]));
    const spelled = resolver.resolve(
      article('d', [
        mention('Building Societies Association', 'organization'),
        mention('BSA', 'organization'),
      ]),
    );
    expect(spelled.entityIds[0]).toBe(society.entityIds[0]);
    const trade = resolver.resolve(article('e', [mention('World Trade Organisation', 'organization')]));
    const tourism = resolver.resolve(
      article('f', [mention('World Tourism Organisation', 'organization'), mention('WTO', 'organization')]),
    );
    expect(tourism.entityIds[0]).not.toBe(trade.entityIds[0]);
  });

  it('lets a short acronym no list knows join no long form of another article', () => {
    const resolver = new EntityResolver();
    const band = resolver.resolve(article('a', [mention('Manic Street Preachers', 'organization')]));
    const msp = resolver.resolve(article('b', [mention('MSP', 'organization')]));
    expect(msp.entityIds[0]).not.toBe(band.entityIds[0]);
    // Known acronyms and countries still do.
    const iaea = resolver.resolve(
      article('c', [mention('International Atomic Energy Agency', 'organization')]),
    );
    expect(resolver.resolve(article('d', [mention('IAEA', 'organization')])).entityIds[0]).toBe(
      iaea.entityIds[0],
    );
    const nz = resolver.resolve(article('e', [mention('New Zealand', 'location')]));
    expect(resolver.resolve(article('f', [mention('NZ', 'location')])).entityIds[0]).toBe(nz.entityIds[0]);
  });

  it('relabels a place first seen in a dateline, but keeps an organisation acronym as first written', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(
      article('a', [mention('JERUSALEM', 'location'), mention('SIM', 'organization')]),
    );
    resolver.resolve(article('b', [mention('Jerusalem', 'location'), mention('Sim', 'organization')]));
    expect(a.entityIds.map((id) => resolver.get(id!)!.label)).toEqual(['Jerusalem', 'SIM']);
  });

  it('joins a name typed differently in two articles, but never a surname to a different full name', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(
      article('a', [mention('Green Party', 'organization'), mention('Crimea', 'location')]),
    );
    const b = resolver.resolve(article('b', [mention('Green Party', 'person'), mention('Crimea', 'person')]));
    expect(b.entityIds).toEqual(a.entityIds);
    const c = resolver.resolve(article('c', [mention('Ada Lovelace', 'person')]));
    const d = resolver.resolve(article('d', [mention('Ada', 'location')]));
    expect(d.entityIds[0]).not.toBe(c.entityIds[0]);
  });

  it('drops misc entities unless asked, and rebuilds from stored entities', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(article('a', [mention('Olympics', 'misc'), mention('Nairobi', 'location')]));
    expect(a.entityIds[0]).toBeNull();
    const again = new EntityResolver([...resolver.entities()]);
    const b = again.resolve(article('b', [mention('Nairobi', 'location')]));
    expect(b.entityIds[0]).toBe(a.entityIds[1]);
  });

  it('gives ids that are safe in URLs and unique', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(
      article('a', [mention('José Álvarez', 'person'), mention('../etc/passwd', 'organization')]),
    );
    const b = resolver.resolve(article('b', [mention('Jose Alvarez Jr', 'person')]));
    for (const id of [...a.entityIds, ...b.entityIds]) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(b.entityIds[0]).not.toBe(a.entityIds[0]);
  });
});

describe('makeNameResolver', () => {
  it('finds an entity by a surface form and adds a country named only by its demonym', () => {
    const entities = resolveWithinDocument([
      mention('NATO', 'organization'),
      mention('Mark Rutte', 'person'),
    ]);
    const resolve = makeNameResolver(entities);
    expect(resolve('NATO')).toBe(0);
    const dutch = resolve('Dutch');
    expect(dutch).toBe(2);
    expect(entities[2]).toMatchObject({ label: 'Netherlands', type: 'location', mentions: [] });
    expect(resolve('Netherlands')).toBe(2);
    expect(resolve('Unheard Of')).toBeUndefined();
  });

  it('adds a party named only by its adjective, and finds it when the article names it', () => {
    const entities = resolveWithinDocument([mention('Lin Gray', 'person')]);
    const resolve = makeNameResolver(entities);
    expect(resolve('Republican')).toBe(1);
    expect(entities[1]).toMatchObject({ label: 'Republican Party', type: 'organization', mentions: [] });
    const named = resolveWithinDocument([mention('Democrats', 'organization')]);
    expect(makeNameResolver(named)('Democratic')).toBe(0);
    // Case counts: "democratic" is an ordinary word.
    expect(makeNameResolver(named)('democratic')).toBeUndefined();
  });

  it('maps a demonym to the country even when the article has a misc mention of the demonym', () => {
    const entities = resolveWithinDocument([mention('Norwegian', 'misc'), mention('Norway', 'location')]);
    expect(makeNameResolver(entities)('Norwegian')).toBe(1);
  });
});

describe("a country's office", () => {
  /** An article naming a country and its office ("Russia's Defence Ministry"), part-of between them. */
  function office(id: string, country: string, name = 'Defence Ministry'): DocumentExtraction {
    const a = article(id, [mention(country, 'location'), mention(name, 'organization')]);
    a.relations.push({
      source: 1,
      target: 0,
      relation: 'part-of',
      modality: 'asserted',
      rule: 'owned-place',
      sentence: 0,
    });
    return a;
  }

  it("keeps two countries' ministries apart, and joins one country's however it is written", () => {
    const resolver = new EntityResolver();
    const russia = resolver.resolve(office('a', 'Russia'));
    const taiwan = resolver.resolve(office('b', 'Taiwan'));
    const russian = resolver.resolve(article('c', [mention('Russian Defence Ministry', 'organization')]));
    expect(russia.entityIds[1]).not.toBe(taiwan.entityIds[1]);
    expect(russian.entityIds[0]).toBe(russia.entityIds[1]);
    expect(resolver.get(russia.entityIds[1]!)!.label).toBe("Russia's Defence Ministry");
    // A bare name with no owner in its article joins neither.
    const bare = resolver.resolve(article('d', [mention('Defence Ministry', 'organization')]));
    expect([russia.entityIds[1], taiwan.entityIds[1]]).not.toContain(bare.entityIds[0]);
  });

  it('leaves a named organisation alone: only generic office names are qualified', () => {
    const resolver = new EntityResolver();
    const a = resolver.resolve(office('a', 'Russia', 'Gazprom'));
    expect(resolver.get(a.entityIds[1]!)!.label).toBe('Gazprom');
  });
});

describe('short forms across articles', () => {
  it('finds through a one-word short form only an entity known by that word alone', () => {
    const resolver = new EntityResolver();
    const manchester = resolver.resolve(
      article('a', [mention('Manchester United', 'organization'), mention('United', 'organization')]),
    );
    const dundee = resolver.resolve(
      article('b', [mention('Dundee United', 'organization'), mention('United', 'organization')]),
    );
    expect(dundee.entityIds[0]).not.toBe(manchester.entityIds[0]);
    // The full name still joins, and so does an article that says only "United".
    const again = resolver.resolve(article('c', [mention('Manchester United', 'organization')]));
    expect(again.entityIds[0]).toBe(manchester.entityIds[0]);
    const bare = resolver.resolve(article('d', [mention('United', 'organization')]));
    expect(bare.entityIds[0]).toBe(manchester.entityIds[0]);
  });
});
