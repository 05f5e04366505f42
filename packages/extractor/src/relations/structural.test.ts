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
