import { L, O, P, run } from './__fixtures__/run';

describe('title-role', () => {
  it('links the title owner with the role', () => {
    const { output, input } = run(
      'Polish President Andrzej Duda arrived.',
      [P('Andrzej Duda', { title: 'Polish President', role: 'President', roleOf: 'Polish' })],
      'title-role',
    );
    expect(output.relations).toHaveLength(1);
    const [r] = output.relations;
    expect(input.entities[r!.target]!.label).toBe('Poland');
    expect(r).toMatchObject({ relation: 'affiliated-with', role: 'President', rule: 'title-role' });
  });

  it('reads a title the mention layer left in the name, only when its first word resolves', () => {
    expect(
      run('German Chancellor Olaf Scholz arrived.', [P('German Chancellor Olaf Scholz')], 'title-role')
        .relations,
    ).toEqual(['German Chancellor Olaf Scholz affiliated-with Germany']);
    expect(
      run('Acme Chairman Olaf Berg arrived.', [P('Acme Chairman Olaf Berg')], 'title-role').relations,
    ).toEqual([]);
  });
});

describe('title-antecedent', () => {
  const bailey = P('Andrew Bailey', { title: 'Governor', role: 'Governor' });
  const mac = P('Peter Mac', { title: 'Chief executive', role: 'Chief executive' });

  it('gives a post with no owner to the organisation the sentence before opens with', () => {
    expect(
      run(
        'The Bank of England raised rates. Governor Andrew Bailey said inflation was high.',
        [O('Bank of England'), bailey],
        'title-antecedent',
      ).relations,
    ).toEqual(['Andrew Bailey affiliated-with Bank of England']);
  });

  it('guesses nothing when that sentence names the organisation later, or names two', () => {
    const specs = [O('Umbro'), O('Chelsea'), mac];
    const found = (text: string) => run(text, specs, 'title-antecedent').relations;
    expect(found('The firm will receive a payment from Chelsea. Chief executive Peter Mac said so.')).toEqual(
      [],
    );
    expect(found('Umbro will receive a payment from Chelsea. Chief executive Peter Mac said so.')).toEqual(
      [],
    );
    expect(found('"Umbro has been challenged," chief executive Peter Mac said.')).toEqual([]);
  });
});

describe('title-prefix', () => {
  it('links an organisation written before a lower-case role', () => {
    const { relations, output } = run(
      'Pentagon deputy press secretary Sabrina Singh said nothing.',
      [O('Pentagon'), P('Sabrina Singh')],
      'title-prefix',
    );
    expect(relations).toEqual(['Sabrina Singh affiliated-with Pentagon']);
    expect(output.relations[0]!.role).toBe('deputy press secretary');
  });

  it('needs a role noun and a non-person owner', () => {
    expect(
      run('Pentagon fan Sabrina Singh said nothing.', [O('Pentagon'), P('Sabrina Singh')], 'title-prefix')
        .relations,
    ).toEqual([]);
    expect(
      run('Biden aide Sabrina Singh said nothing.', [P('Biden'), P('Sabrina Singh')], 'title-prefix')
        .relations,
    ).toEqual([]);
  });
});

describe('person-of', () => {
  it('links "X of Y"', () => {
    expect(
      run(
        'Prime Minister Mark Rutte of the Netherlands spoke.',
        [P('Mark Rutte'), L('Netherlands')],
        'person-of',
      ).relations,
    ).toEqual(['Mark Rutte affiliated-with Netherlands']);
  });
});

describe('person-of (peerages)', () => {
  it('leaves peerage titles alone', () => {
    expect(
      run('Lord Carlile of Berriew spoke.', [P('Lord Carlile'), L('Berriew')], 'person-of').relations,
    ).toEqual([]);
  });
});

describe('apposition', () => {
  it('reads "the party\'s president" and "the club\'s managing director" as "its"', () => {
    const specs = [
      P('Marine Le Pen'),
      O('National Rally'),
      P('Jordan Bardella'),
      O('Arsenal'),
      P('Keith Edelman'),
    ];
    expect(
      run(
        "Marine Le Pen leads the National Rally. Jordan Bardella, the party's president, spoke.",
        specs,
        'apposition',
      ).relations,
    ).toEqual(['Jordan Bardella affiliated-with National Rally']);
    expect(
      run("Arsenal won. The club's managing director, Keith Edelman, spoke.", specs, 'apposition').relations,
    ).toEqual(['Keith Edelman affiliated-with Arsenal']);
    // Two organisations before: no guess.
    expect(
      run(
        "Arsenal beat the National Rally. The club's managing director, Keith Edelman, spoke.",
        specs,
        'apposition',
      ).relations,
    ).toEqual([]);
  });

  it('reads a demonym before the role as its country ("The French ambassador, X,")', () => {
    expect(
      run(
        'The French ambassador, Sylvain Itte, left.',
        [P('Sylvain Itte'), { name: 'French', type: 'misc' }],
        'apposition',
      ).relations,
    ).toEqual(['Sylvain Itte affiliated-with France']);
  });

  it('reads the owner past a hyphenated adjective that wink splits ("far - right")', () => {
    expect(
      run(
        'Marine Le Pen, the leader of the far-right National Rally, spoke.',
        [P('Marine Le Pen'), O('National Rally')],
        'apposition',
      ).relations,
    ).toEqual(['Marine Le Pen affiliated-with National Rally']);
  });

  it('reads "the head of X, NAME," and "NAME, who heads X,"', () => {
    const entities = [
      P('Rafael Grossi'),
      O('IAEA'),
      P('Ivan Petrov'),
      O('Security Council'),
      L('Russia'),
      L('Moscow'),
    ];
    const all = (text: string) => run(text, entities).relations.filter((r) => !r.includes('co-mention'));
    expect(all('The head of the IAEA, Rafael Grossi, visited the plant.')).toEqual([
      'Rafael Grossi affiliated-with IAEA',
    ]);
    expect(all("Ivan Petrov, who heads Russia's Security Council, said so.")).toContain(
      'Ivan Petrov affiliated-with Security Council',
    );
    expect(all('Ivan Petrov, who runs a bakery in Moscow, said so.')).toEqual([]);
  });

  it('reads "its" before a role as the one organisation named just before', () => {
    const entities = [O('Kremlin'), P('Dmitry Peskov'), O('NATO'), O('EU'), P('Ann Reid')];
    const apposition = (text: string) => run(text, entities, 'apposition').relations;
    expect(apposition('The Kremlin reacted sharply. Its spokesman, Dmitry Peskov, said so.')).toEqual([
      'Dmitry Peskov affiliated-with Kremlin',
    ]);
    // Two organisations: "its" is either.
    expect(apposition('NATO and the EU reacted. Its spokesman, Ann Reid, said so.')).toEqual([]);
  });

  it('reads a post held at a place or an employer, on either side of the name', () => {
    const entities = [
      P('Sergei Nechayev'),
      L('Russia'),
      L('Germany'),
      P('Ann Reid'),
      L('US'),
      O('Acme Bank'),
    ];
    const apposition = (text: string) => run(text, entities, 'apposition').relations;
    expect(apposition("Russia's ambassador to Germany, Sergei Nechayev, said so.")).toEqual([
      'Sergei Nechayev affiliated-with Russia',
    ]);
    expect(apposition("Sergei Nechayev, Russia's ambassador to Germany, said so.")).toEqual([
      'Sergei Nechayev affiliated-with Russia',
    ]);
    // "US economist at Acme Bank": the bank employs her; the country is her beat.
    expect(apposition('Ann Reid, chief US economist at Acme Bank, said so.')).toEqual([
      'Ann Reid affiliated-with Acme Bank',
    ]);
  });

  it('reads part-of, affiliated-with and located-in from the noun', () => {
    expect(
      run("The Bundesrat, Germany's upper house, voted.", [O('Bundesrat'), L('Germany')], 'apposition')
        .relations,
    ).toEqual(['Bundesrat part-of Germany']);
    expect(
      run(
        "Annalena Baerbock, Germany's foreign minister, spoke.",
        [P('Annalena Baerbock'), L('Germany')],
        'apposition',
      ).relations,
    ).toEqual(['Annalena Baerbock affiliated-with Germany']);
    expect(
      run("Lviv, Ukraine's largest western city, was calm.", [L('Lviv'), L('Ukraine')], 'apposition')
        .relations,
    ).toEqual(['Lviv located-in Ukraine']);
    expect(
      run(
        "Germany's foreign minister, Annalena Baerbock, spoke.",
        [P('Annalena Baerbock'), L('Germany')],
        'apposition',
      ).relations,
    ).toEqual(['Annalena Baerbock affiliated-with Germany']);
    // Two roles joined by "and".
    expect(
      run(
        "Brad Smith, Microsoft's vice chair and president, will join.",
        [P('Brad Smith'), O('Microsoft')],
        'apposition',
      ).relations,
    ).toEqual(['Brad Smith affiliated-with Microsoft']);
    // wink tags this "chief" an adjective.
    expect(
      run(
        "The European Union's foreign policy chief, Josep Borrell, spoke.",
        [O('European Union'), P('Josep Borrell')],
        'apposition',
      ).relations,
    ).toEqual(['Josep Borrell affiliated-with European Union']);
  });

  it('takes the owner from the possessive, not from another name in the phrase', () => {
    expect(
      run(
        "Vince Cable, the party's Treasury spokesman, said no.",
        [P('Vince Cable'), O('Treasury')],
        'apposition',
      ).relations,
    ).toEqual([]);
  });

  it('leaves lists and descriptions with no owner alone', () => {
    expect(
      run('Spain, Portugal and Italy voted.', [L('Spain'), L('Portugal'), L('Italy')], 'apposition')
        .relations,
    ).toEqual([]);
    expect(
      run('Maxar, a satellite imagery company, reported.', [O('Maxar')], 'apposition').relations,
    ).toEqual([]);
  });
});

describe('owned-place', () => {
  it('reads "<owner>\'s <name>" by type, and a place noun after the name', () => {
    expect(
      run("In Ukraine's Kharkiv region, shelling continued.", [L('Ukraine'), L('Kharkiv')], 'owned-place')
        .relations,
    ).toEqual(['Kharkiv located-in Ukraine']);
    expect(
      run("In Ukraine's Kharkiv region, shelling continued.", [L('Ukraine'), O('Kharkiv')], 'owned-place')
        .relations,
    ).toEqual(['Kharkiv located-in Ukraine']);
    expect(
      run("France's Emmanuel Macron spoke.", [L('France'), P('Emmanuel Macron')], 'owned-place').relations,
    ).toEqual(['Emmanuel Macron affiliated-with France']);
    expect(run("Putin's Russia is isolated.", [P('Putin'), L('Russia')], 'owned-place').relations).toEqual(
      [],
    );
    expect(
      run("Russia's State Duma voted.", [L('Russia'), O('State Duma')], 'owned-place').relations,
    ).toEqual(['State Duma part-of Russia']);
    // A regulator is a public body too.
    expect(
      run(
        "Britain's Competition and Markets Authority cleared the deal.",
        [L('Britain'), O('Competition and Markets Authority')],
        'owned-place',
      ).relations,
    ).toEqual(['Competition and Markets Authority part-of Britain']);
    expect(
      run("Germany's Lufthansa cut flights.", [L('Germany'), O('Lufthansa')], 'owned-place').relations,
    ).toEqual(['Lufthansa located-in Germany']);
    // The name must head its phrase.
    expect(
      run("The SEC's Washington headquarters", [O('SEC'), L('Washington')], 'owned-place').relations,
    ).toEqual([]);
  });

  it('reads "the <demonym> city of <name>"', () => {
    expect(run('Shells hit the Ukrainian city of Kharkiv.', [L('Kharkiv')], 'owned-place').relations).toEqual(
      ['Kharkiv located-in Ukraine'],
    );
    // The tagger's misc mention of the nationality stands for its country too.
    const misc = { name: 'Ukrainian', type: 'misc' } as const;
    expect(
      run('Drones struck the Ukrainian port of Izmail.', [misc, L('Izmail')], 'owned-place').relations,
    ).toEqual(['Izmail located-in Ukraine']);
  });
});

describe('place-in-place', () => {
  it('puts a known town or region in the larger place after "in"', () => {
    const entities = [L('Kramatorsk'), L('Donetsk'), L('Lviv'), L('Ukraine'), L('Russia'), L('Freeview')];
    const found = (text: string) => run(text, entities, 'place-in-place').relations;
    expect(found('The attack hit Kramatorsk in the Donetsk region.')).toEqual([
      'Kramatorsk located-in Donetsk',
    ]);
    expect(found('The strike hit Lviv in western Ukraine.')).toEqual(['Lviv located-in Ukraine']);
    // A country is no town, and a name no gazetteer knows may be anything the tagger took for a place.
    expect(found('Russia in Ukraine lost ground, and Freeview in Ukraine grew.')).toEqual([]);
  });

  it('reads the place of a place noun in an apposition', () => {
    const found = run('Lviv, a city in western Ukraine, was calm.', [L('Lviv'), L('Ukraine')], 'apposition');
    expect(found.relations).toEqual(['Lviv located-in Ukraine']);
  });
});

describe('place-comma-place', () => {
  it('reads "<place>, <country, state or region>" as located-in', () => {
    expect(
      run(
        'Spirit AeroSystems in Wichita, Kansas, the plant said.',
        [O('Spirit AeroSystems'), L('Wichita'), L('Kansas')],
        'place-comma-place',
      ).relations,
    ).toEqual(['Wichita located-in Kansas']);
    expect(
      run(
        'PORT-AU-PRINCE, Haiti (Reuters) - Police arrived.',
        [L('PORT-AU-PRINCE', { entity: 'Port-au-Prince' }), L('Haiti'), O('Reuters')],
        'place-comma-place',
      ).relations,
    ).toEqual(['Port-au-Prince located-in Haiti']);
    expect(
      run(
        'Shelling hit Kramatorsk, Ukraine on Tuesday.',
        [L('Kramatorsk'), L('Ukraine')],
        'place-comma-place',
      ).relations,
    ).toEqual(['Kramatorsk located-in Ukraine']);
    expect(
      run('Strikes hit Norilsk, Siberia overnight.', [L('Norilsk'), L('Siberia')], 'place-comma-place')
        .relations,
    ).toEqual(['Norilsk located-in Siberia']);
    const { output } = run(
      'It opened in Arlington, Virginia.',
      [L('Arlington'), L('Virginia')],
      'place-comma-place',
    );
    expect(output.relations).toMatchObject([
      { relation: 'located-in', modality: 'asserted', rule: 'place-comma-place', trigger: ',' },
    ]);
  });

  it('puts a region in its country, and reads a pair after a pair', () => {
    expect(
      run('Drones struck Crimea, Ukraine overnight.', [L('Crimea'), L('Ukraine')], 'place-comma-place')
        .relations,
    ).toEqual(['Crimea located-in Ukraine']);
    // Two states are a list, not a state in a state.
    expect(
      run(
        'Texas, California and Florida sued.',
        [L('Texas'), L('California'), L('Florida')],
        'place-comma-place',
      ).relations,
    ).toEqual([]);
    expect(
      run(
        'Plants in Seattle, Washington and Portland, Oregon closed.',
        [L('Seattle'), L('Washington'), L('Portland'), L('Oregon')],
        'place-comma-place',
      ).relations,
    ).toContain('Seattle located-in Washington');
  });

  it('only pairs two places', () => {
    expect(
      run('It opened in Arlington, Virginia.', [O('Arlington'), L('Virginia')], 'place-comma-place')
        .relations,
    ).toEqual([]);
    expect(
      run('It opened in Arlington, Virginia.', [L('Arlington'), P('Virginia')], 'place-comma-place')
        .relations,
    ).toEqual([]);
  });

  it('leaves lists alone', () => {
    expect(
      run('Germany, Poland and Sweden voted.', [L('Germany'), L('Poland'), L('Sweden')], 'place-comma-place')
        .relations,
    ).toEqual([]);
    // A unit of another kind after the second country: only the first name tells the list.
    expect(
      run(
        'Germany, Poland and the Baltics agreed.',
        [L('Germany'), L('Poland'), L('Baltics')],
        'place-comma-place',
      ).relations,
    ).toEqual([]);
    // A city-state after a city opens a list of cities.
    expect(
      run(
        'It flies to London, Singapore and Kuala Lumpur.',
        [L('London'), L('Singapore'), L('Kuala Lumpur')],
        'place-comma-place',
      ).relations,
    ).toEqual([]);
    expect(
      run('Paris, London and Berlin voted.', [L('Paris'), L('London'), L('Berlin')], 'place-comma-place')
        .relations,
    ).toEqual([]);
    expect(
      run('Paris, France and Germany voted.', [L('Paris'), L('France'), L('Germany')], 'place-comma-place')
        .relations,
    ).toEqual([]);
    expect(
      run(
        'Flights from Lyon, France, the Netherlands and Italy stopped.',
        [L('Lyon'), L('France'), L('Netherlands'), L('Italy')],
        'place-comma-place',
      ).relations,
    ).toEqual([]);
    expect(
      run(
        'Talks were held in Berlin and Paris, France.',
        [L('Berlin'), L('Paris'), L('France')],
        'place-comma-place',
      ).relations,
    ).toEqual([]);
    expect(
      run(
        'Talks were held in Berlin, Paris, France.',
        [L('Berlin'), L('Paris'), L('France')],
        'place-comma-place',
      ).relations,
    ).toEqual([]);
    expect(
      run(
        'Talks were held in Rome, Berlin, and Paris, France.',
        [L('Rome'), L('Berlin'), L('Paris'), L('France')],
        'place-comma-place',
      ).relations,
    ).toEqual([]);
  });

  it('leaves a larger place that starts a clause alone', () => {
    expect(
      run("In Kyiv, Russia's envoy said nothing.", [L('Kyiv'), L('Russia')], 'place-comma-place').relations,
    ).toEqual([]);
    expect(
      run('In Brussels, Germany pushed for sanctions.', [L('Brussels'), L('Germany')], 'place-comma-place')
        .relations,
    ).toEqual([]);
  });

  it('runs in the registry, one relation per pair', () => {
    expect(
      run('Shelling hit Kramatorsk, Ukraine on Tuesday.', [L('Kramatorsk'), L('Ukraine')]).relations,
    ).toEqual(['Kramatorsk located-in Ukraine']);
  });
});

describe('joining', () => {
  const specs = [
    P('Kylian Mbappe'),
    O('Real Madrid'),
    O('Arsenal'),
    L('Finland'),
    O('NATO'),
    O('Twitter'),
    P('Elon Musk'),
    O('Channel'),
  ];
  const joined = (text: string) => run(text, specs, 'joining').relations;

  it('links a person to the organisation joined or signed for', () => {
    expect(joined('Kylian Mbappe joined Real Madrid on Monday.')).toEqual([
      'Kylian Mbappe affiliated-with Real Madrid',
    ]);
    expect(joined('Kylian Mbappe signed a five-year contract with Real Madrid.')).toEqual([
      'Kylian Mbappe affiliated-with Real Madrid',
    ]);
    expect(joined('Kylian Mbappe signed for Arsenal.')).toEqual(['Kylian Mbappe affiliated-with Arsenal']);
  });

  it('leaves countries joining alliances, deals, and what an organisation only modifies', () => {
    expect(joined('Finland joined NATO in April.')).toEqual([]);
    expect(joined('Elon Musk signed a deal with Twitter.')).toEqual([]);
    expect(joined('Kylian Mbappe joined the Channel 4 show.')).toEqual([]);
  });
});

describe('appointment', () => {
  it('links a person to the organisation that gives them a post, with the role', () => {
    const { relations, output } = run(
      'Boeing on Thursday named aerospace veteran Kelly Ortberg as its new chief executive.',
      [O('Boeing'), P('Kelly Ortberg')],
      'appointment',
    );
    expect(relations).toEqual(['Kelly Ortberg affiliated-with Boeing']);
    expect(output.relations[0]).toMatchObject({ role: 'chief executive', modality: 'asserted' });
    expect(
      run('Nissan has named Ivan Espinosa its next CEO.', [O('Nissan'), P('Ivan Espinosa')], 'appointment')
        .relations,
    ).toEqual(['Ivan Espinosa affiliated-with Nissan']);
    expect(
      run(
        'Kelly Ortberg was named chief executive of Boeing.',
        [P('Kelly Ortberg'), O('Boeing')],
        'appointment',
      ).relations,
    ).toEqual(['Kelly Ortberg affiliated-with Boeing']);
    // What may happen is not asserted.
    expect(
      run('Acme could name John Smith as chairman.', [O('Acme'), P('John Smith')], 'appointment').output
        .relations[0]!.modality,
    ).toBe('hypothetical');
  });

  it('needs an organisation that appoints and a role', () => {
    expect(
      run('Starmer appointed Rachel Reeves as chancellor.', [P('Starmer'), P('Rachel Reeves')], 'appointment')
        .relations,
    ).toEqual([]);
    expect(
      run('Boeing named Kelly Ortberg in its report.', [O('Boeing'), P('Kelly Ortberg')], 'appointment')
        .relations,
    ).toEqual([]);
  });
});

describe('whose', () => {
  it('links a person to the organisation that is theirs', () => {
    expect(
      run(
        'Nigel Farage, whose Reform UK party won four seats, spoke.',
        [P('Nigel Farage'), O('Reform UK')],
        'whose',
      ).relations,
    ).toEqual(['Nigel Farage affiliated-with Reform UK']);
    expect(
      run('Nigel Farage, whose Kent home was sold, spoke.', [P('Nigel Farage'), L('Kent')], 'whose')
        .relations,
    ).toEqual([]);
  });
});

describe('employer', () => {
  it("links an officer quoted at a sentence's end to the organisation that opens it", () => {
    const { relations, output } = run(
      'Toyota will invest $10 billion in its U.S. plants, chief executive Koji Sato said on Tuesday.',
      [O('Toyota'), L('U.S.'), P('Koji Sato', { title: 'chief executive', role: 'chief executive' })],
      'employer',
    );
    expect(relations).toEqual(['Koji Sato affiliated-with Toyota']);
    expect(output.relations[0]!.role).toBe('chief executive');
    // After a dateline.
    expect(
      run(
        'TOKYO - Toyota will invest $10 billion, chief executive Koji Sato said.',
        [L('TOKYO'), O('Toyota'), P('Koji Sato', { title: 'chief executive', role: 'chief executive' })],
        'employer',
      ).relations,
    ).toEqual(['Koji Sato affiliated-with Toyota']);
  });

  it("needs an officer's role, an organisation first and the quote verb", () => {
    const specs = [O('NATO'), P('Joe Biden', { title: 'President', role: 'President' })];
    expect(run('NATO will meet next week, President Joe Biden said.', specs, 'employer').relations).toEqual(
      [],
    );
    const ceo = [O('Toyota'), P('Koji Sato', { title: 'chief executive', role: 'chief executive' })];
    expect(run('Toyota will grow, and chief executive Koji Sato agreed.', ceo, 'employer').relations).toEqual(
      [],
    );
    expect(run('Prices rose at Toyota, chief executive Koji Sato said.', ceo, 'employer').relations).toEqual(
      [],
    );
  });
});
