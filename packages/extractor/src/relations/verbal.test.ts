import { L, O, P, run } from './__fixtures__/run';

describe('subjects and targets', () => {
  it('reads the sender of a demand as what is rejected, and a subject past a long apposition', () => {
    const entities = [L('China'), L('Washington'), O('Institute for the Study of War'), L('Russia')];
    expect(run('China rejected calls from Washington to act.', entities, 'svo').relations).toEqual([
      'China rejected Washington',
    ]);
    const found = run(
      'The Institute for the Study of War, a think tank based in Washington, reported that Russia moved troops.',
      entities,
    );
    expect(found.statements).toEqual(['Institute for the Study of War reported']);
  });
});

describe('subjects past an infinitive apposition, targets past a by-agent', () => {
  const entities = [P('Yoon'), P('Kishida'), L('Tokyo'), L('Pyongyang'), L('Washington'), L('Seoul')];
  const typed = (text: string) => run(text, entities).relations.filter((r) => !r.includes('co-mention'));

  it('finds the subject before ", the first leader to visit Tokyo,"', () => {
    expect(
      typed('Yoon, the first leader to visit Tokyo in 12 years, held a summit with Kishida on Thursday.'),
    ).toEqual(['Kishida met-with Yoon']);
  });

  it('takes the agent of what is criticised, with or without a participle', () => {
    expect(typed('Pyongyang criticised joint drills by Washington and Seoul.')).toEqual([
      'Pyongyang accused Washington',
      'Pyongyang accused Seoul',
    ]);
    expect(typed('Pyongyang criticised the drills held by Seoul.')).toEqual(['Pyongyang accused Seoul']);
    expect(typed('Pyongyang criticised the increase by 5%.')).toEqual([]);
  });
});

describe('sanctions and aid in other words', () => {
  it('reads bans, frozen assets, joined sanctions and sums of money', () => {
    const entities = [
      O('EU'),
      P('Roman Abramovich'),
      L('Britain'),
      O('Aeroflot'),
      L('Japan'),
      L('Russia'),
      L('Germany'),
      L('Ukraine'),
      L('Kyiv'),
      L('Moscow'),
    ];
    const all = (text: string) => run(text, entities).relations.filter((r) => !r.includes('co-mention'));
    expect(all('The EU froze the assets of Roman Abramovich.')).toEqual(['EU sanctioned Roman Abramovich']);
    expect(all('Britain banned Aeroflot from its airspace.')).toEqual(['Britain sanctioned Aeroflot']);
    expect(all('Japan joined the sanctions against Russia.')).toEqual(['Japan sanctioned Russia']);
    expect(all('The EU imposed tariffs on Russia.')).toEqual(['EU sanctioned Russia']);
    expect(all('Germany pledged 500 million euros to Ukraine.')).toEqual(['Germany aided Ukraine']);
    expect(all('Kyiv rejected the demands of Moscow.')).toEqual(['Kyiv rejected Moscow']);
    expect(all("Moscow accepted Kyiv's proposal.")).toEqual(['Moscow agreed Kyiv']);
    expect(all("Japan agreed to Germany's demands.")).toEqual(['Japan agreed Germany']);
    // A frozen conflict is no sanction.
    expect(all('The EU froze talks with Moscow.')).toEqual([]);
  });
});

describe('dismissing', () => {
  it('reads a claim dismissed as rejected, and a person dismissed as no rejection', () => {
    const entities = [P('Ana Costa'), P('Ivan Petrov'), L('Moscow')];
    const svo = (text: string) => run(text, entities, 'svo').relations;
    expect(svo('Ana Costa dismissed the army chief, Ivan Petrov, on Thursday.')).toEqual([]);
    expect(svo("Ana Costa dismissed Moscow's claims.")).toEqual(['Ana Costa rejected Moscow']);
    // What a person owns may be dismissed.
    expect(svo("Ana Costa dismissed Ivan Petrov's plan.")).toEqual(['Ana Costa rejected Ivan Petrov']);
  });
});

describe('discussing', () => {
  it('relates those who discuss together or with each other, not what they discuss', () => {
    const entities = [P('Ana Costa'), P('Lavrov'), L('Ukraine'), L('Kyiv'), L('Moscow'), L('Turkey')];
    const all = (text: string) => run(text, entities).relations.filter((r) => !r.includes('co-mention'));
    expect(all('Ana Costa and Lavrov discussed the crisis on Monday.')).toEqual([
      'Ana Costa met-with Lavrov',
    ]);
    expect(all('Ana Costa discussed Ukraine with Lavrov.')).toEqual(['Ana Costa met-with Lavrov']);
    expect(all('Ana Costa discussed Ukraine.')).toEqual([]);
    // Those who agree to discuss need not discuss with each other (with Russia, in the seeds).
    expect(all('Kyiv and Turkey have agreed to discuss security measures.')).toEqual([]);
    // After an object, "between" names the object's parties.
    expect(all('Turkey offered to host talks between Kyiv and Moscow.')).toEqual(['Kyiv met-with Moscow']);
  });
});

describe('according to', () => {
  it('makes a statement of the source a fact is attributed to', () => {
    const entities = [O('Institute for the Study of War'), L('Russia'), P('Ana Costa'), L('Kyiv')];
    const statements = (text: string) => run(text, entities, 'according-to').statements;
    expect(statements('Russia moved troops, according to the Institute for the Study of War.')).toEqual([
      'Institute for the Study of War reported',
    ]);
    expect(statements('According to Kyiv, the attack failed.')).toEqual(['Kyiv reported']);
    expect(statements('The talks failed, according to Ana Costa.')).toEqual(['Ana Costa said']);
    expect(statements('The talks failed, according to officials.')).toEqual([]);
  });
});

describe('statements from reported clauses', () => {
  it('makes a statement of a clause about no entity, with or without "that"', () => {
    const entities = [P('Ana Costa'), L('Moscow')];
    const all = (text: string) => run(text, entities);
    expect(all('Ana Costa warned that patience was running out.').statements).toEqual(['Ana Costa warned']);
    const both = all('Ana Costa said Moscow would respond, but warned that patience was running out.');
    expect(both.relations.filter((r) => !r.includes('co-mention'))).toEqual(['Ana Costa said Moscow']);
    expect(both.statements).toEqual(['Ana Costa warned']);
  });
});

describe('svo', () => {
  it('finds the target behind a preposition that is not the first one', () => {
    const { relations } = run(
      'Foreign Minister Ana Costa of Portugal met in Lisbon on Monday with Lavrov.',
      [P('Ana Costa', { title: 'Foreign Minister' }), L('Portugal'), L('Lisbon'), P('Lavrov')],
      'svo',
    );
    expect(relations).toEqual(['Ana Costa met-with Lavrov']);
  });

  it('ends an object at its name when a count follows, and keeps a number inside a name', () => {
    const svo = (text: string, entities: Parameters<typeof run>[1]) => run(text, entities, 'svo').relations;
    expect(svo('Ana Costa has met Lavrov several times.', [P('Ana Costa'), P('Lavrov')])).toEqual([
      'Ana Costa met-with Lavrov',
    ]);
    expect(svo('Ana Costa met Lavrov two times in May.', [P('Ana Costa'), P('Lavrov')])).toEqual([
      'Ana Costa met-with Lavrov',
    ]);
    // "the RBS 6 Nations rivals": the number belongs to the championship's name, the head is "rivals".
    expect(svo('Ana Costa warned his RBS 6 Nations rivals.', [P('Ana Costa'), O('RBS')])).toEqual([]);
  });

  it('finds the subject across the time of the news', () => {
    const svo = (text: string) => run(text, [P('Ana Costa'), P('Lavrov')], 'svo').relations;
    for (const when of ['on Monday', 'last week', 'on 24 February', 'in May', 'in 2022'])
      expect(svo(`Ana Costa ${when} met Lavrov.`)).toEqual(['Ana Costa met-with Lavrov']);
    // A month is no time word outside a date: the tagger's "Ana Costa" + "May" is no subject here.
    expect(svo('Ana Costa May met Lavrov.')).toEqual([]);
  });

  it('finds the antecedent of a relative pronoun after a comma', () => {
    const { relations } = run(
      'Ben Wallace, who met Sergei Shoigu in Moscow, said little.',
      [P('Ben Wallace'), P('Sergei Shoigu'), L('Moscow')],
      'svo',
    );
    expect(relations).toEqual(['Ben Wallace met-with Sergei Shoigu']);
  });

  it('takes a name between commas as the subject, and no prepositional object', () => {
    const { relations } = run(
      "The BBC's correspondent in Jakarta, Rachel Harvey, told Reuters nothing.",
      [O('BBC'), L('Jakarta'), P('Rachel Harvey'), O('Reuters')],
      'svo',
    );
    expect(relations).toEqual(['Rachel Harvey said Reuters']);
    expect(run('Traders in Asia told Reuters nothing.', [L('Asia'), O('Reuters')], 'svo').relations).toEqual(
      [],
    );
  });

  it('skips an apposition between the subject and the verb', () => {
    const { relations } = run(
      'Olena Petrenko, a veteran diplomat who has served in Vienna, met Macron in Paris.',
      [P('Olena Petrenko'), L('Vienna'), P('Macron'), L('Paris')],
      'svo',
    );
    expect(relations).toEqual(['Macron met-with Olena Petrenko']);
  });

  it('skips a participle or relative clause after the subject, and takes a name after its role noun', () => {
    const svo = (text: string, entities: Parameters<typeof run>[1]) => run(text, entities, 'svo').relations;
    expect(
      svo('The Palestinian Authority, based in Ramallah, accused Israel of blocking aid.', [
        O('Palestinian Authority'),
        L('Ramallah'),
        L('Israel'),
      ]),
    ).toEqual(['Palestinian Authority accused Israel']);
    expect(
      svo('The ACLU, which brought the case with El Paso County, accused Texas of overreach.', [
        O('ACLU'),
        O('El Paso County'),
        L('Texas'),
      ]),
    ).toEqual(['ACLU accused Texas']);
    expect(
      svo('Its chairman, C.C. Wei, met Jensen Huang in Taipei.', [
        P('C.C. Wei'),
        P('Jensen Huang'),
        L('Taipei'),
      ]),
    ).toEqual(['C.C. Wei met-with Jensen Huang']);
    // The role noun needs a name between the commas: a description is no subject.
    expect(
      svo('Its chairman, a veteran engineer, met Jensen Huang in Taipei.', [P('Jensen Huang'), L('Taipei')]),
    ).toEqual([]);
  });

  it('reads "with X and (later) with Y" as two targets of the verb', () => {
    const entities = [P('James Cleverly'), P('Kemi Badenoch'), P('Boris Johnson'), L('Paris')];
    expect(
      run('James Cleverly met with Kemi Badenoch and later with Boris Johnson.', entities, 'svo').relations,
    ).toEqual(['James Cleverly met-with Kemi Badenoch', 'Boris Johnson met-with James Cleverly']); // symmetric: sorted ends
    // Another preposition after "and" is not the verb's.
    expect(
      run('James Cleverly met with Kemi Badenoch and in Paris Boris Johnson spoke.', entities, 'svo')
        .relations,
    ).toEqual(['James Cleverly met-with Kemi Badenoch']);
  });

  it('reads "appeal to" a court as a legal appeal and "appeal to" a person as urging', () => {
    const entities = [P('Greg Abbott'), O('Supreme Court'), P('Joe Biden')];
    expect(run('Greg Abbott vowed to appeal to the Supreme Court.', entities, 'svo').relations).toEqual([]);
    expect(run('Greg Abbott appealed to Joe Biden.', entities, 'svo').relations).toEqual([
      'Greg Abbott urged Joe Biden',
    ]);
  });

  it('reads the subject of a clause opened by "as" or "after", which wink tags as prepositions', () => {
    const entities = [P('Volodymyr Zelenskiy'), P('Joe Biden'), L('Asia'), L('Japan')];
    expect(
      run('Leaders made pledges, as Volodymyr Zelenskiy met Joe Biden.', entities, 'svo').relations,
    ).toEqual(['Joe Biden met-with Volodymyr Zelenskiy']);
    expect(run('Traders in Asia warned Japan.', entities, 'svo').relations).toEqual([]);
  });

  it('takes the agent of a participle after the object as its owner', () => {
    const entities = [L('Beijing'), L('Washington'), L('Russia'), L('France')];
    expect(run('Beijing condemned the sanctions imposed by Washington.', entities, 'svo').relations).toEqual([
      'Beijing accused Washington',
    ]);
    expect(run('Russia rejected the proposal drafted by France.', entities, 'svo').relations).toEqual([
      'Russia rejected France',
    ]);
  });

  it('reads "the alliance", "the ministry" as the one organisation of the article they fit', () => {
    expect(
      run(
        'NATO met in Vilnius. Zelenskiy criticised the alliance.',
        [O('NATO'), L('Vilnius'), P('Zelenskiy')],
        'svo',
      ).relations,
    ).toEqual(['Zelenskiy accused NATO']);
    const ministries = [O('Foreign Ministry'), O('Defence Ministry'), L('Kyiv')];
    expect(
      run('The Foreign Ministry spoke. Kyiv accused the ministry.', ministries, 'svo').relations,
    ).toEqual(['Kyiv accused Foreign Ministry']);
    // Two ministries: "the ministry" is either.
    expect(
      run(
        'The Foreign Ministry and the Defence Ministry spoke. Kyiv accused the ministry.',
        ministries,
        'svo',
      ).relations,
    ).toEqual([]);
  });

  it('joins a verb after a reported clause with a modal to the speaker, not to the clause', () => {
    const entities = [P('Erdogan'), L('Turkey'), L('Sweden')];
    expect(
      run('Erdogan said Turkey would begin ratifying the bid, but warned Sweden.', entities, 'svo').relations,
    ).toEqual(['Erdogan warned Sweden']);
    // A verb in its base form shares the modal ("would begin ... and warn"); so does a participle
    // after "had".
    expect(
      run('Erdogan said Turkey would begin ratifying the bid and warn Sweden.', entities, 'svo').relations,
    ).toEqual(['Turkey warned Sweden']);
    expect(
      run('Erdogan said Turkey had begun ratifying the bid and warned Sweden.', entities, 'svo').relations,
    ).toEqual(['Turkey warned Sweden']);
  });

  it('gives one edge per coordinated actor, to the owner of the object noun', () => {
    const { relations } = run(
      "Britain and France rejected Beijing's proposal on Friday.",
      [L('Britain'), L('France'), L('Beijing')],
      'svo',
    );
    expect(relations).toEqual(['Britain rejected Beijing', 'France rejected Beijing']);
  });

  it('keeps coordinated objects apart from a following clause', () => {
    const { relations } = run(
      'Germany sanctioned Iran and Syria, and Italy said nothing.',
      [L('Germany'), L('Iran'), L('Syria'), L('Italy')],
      'svo',
    );
    expect(relations).toEqual(['Germany sanctioned Iran', 'Germany sanctioned Syria']);
  });

  it('does not run a prepositional object into the next clause', () => {
    const { relations } = run(
      'Labour MPs have warned against Hamas and Tory leader Michael Howard may agree.',
      [O('Labour'), O('Hamas'), P('Michael Howard', { title: 'Tory leader' })],
      'svo',
    );
    expect(relations).toEqual(['Labour warned Hamas']);
  });

  it('reads "spoke by phone with" as spoke-with and "told X" as said', () => {
    expect(
      run('Blinken spoke by phone with Wang Yi.', [P('Blinken'), P('Wang Yi')], 'svo').relations,
    ).toEqual(['Blinken spoke-with Wang Yi']);
    expect(
      run('Peskov told Reuters that talks were stalled.', [P('Peskov'), O('Reuters')], 'svo').relations,
    ).toEqual(['Peskov said Reuters']);
  });

  it('reads a quantity with "more than" or "an estimated" as the object', () => {
    const entities = [L('Russia'), L('Ukraine')];
    for (const amount of ['more than 100,000', 'an estimated 100,000', 'fewer than 5,000'])
      expect(
        run(`Russia has massed ${amount} troops near Ukraine's border.`, entities, 'svo').relations,
      ).toEqual(['Russia deployed-near Ukraine']);
  });

  it('reads supplying weapons, money or aid as aid, and "it" after a speech verb as its subject', () => {
    const entities = [L('Germany'), L('Poland'), L('Ukraine'), O('White House')];
    expect(run('Germany will deliver tanks to Ukraine.', entities, 'svo').relations).toEqual([
      'Germany aided Ukraine [planned]',
    ]);
    expect(run('Poland said it would supply Ukraine with jets.', entities, 'svo').relations).toEqual([
      'Poland aided Ukraine [hypothetical]',
    ]);
    expect(run('The White House provided details to Ukraine.', entities, 'svo').relations).toEqual([]);
  });

  it('takes troops as the subject of a weak deployment verb with no object', () => {
    const entities = [L('Russia'), L('Kyiv'), O('Acme'), L('London')];
    const misc = { name: 'Russian', type: 'misc' } as const;
    expect(run('Russian troops moved closer to Kyiv.', [misc, ...entities], 'svo').relations).toEqual([
      'Russia deployed-near Kyiv',
    ]);
    expect(run('Acme moved to London.', entities, 'svo').relations).toEqual([]);
  });

  it('reads a border shared "with" a country as that country, and counted troops as troops', () => {
    const entities = [L('Poland'), L('Belarus'), L('Russia'), L('Ukraine')];
    expect(run('Poland moved troops to its border with Belarus.', entities, 'svo').relations).toEqual([
      'Poland deployed-near Belarus',
    ]);
    expect(
      run('Russia sent thousands of troops to the border with Ukraine.', entities, 'svo').relations,
    ).toEqual(['Russia deployed-near Ukraine']);
    // "with" after another place noun is no neighbour: the coast is Poland's own.
    expect(run('Poland moved troops to its coast with Belarus.', entities, 'svo').relations).toEqual([]);
  });

  it('reads weapons as acting for the country that fires them, and a port as its city', () => {
    const misc = { name: 'Russian', type: 'misc' } as const;
    expect(
      run('Russian drones attacked the port of Odesa overnight.', [misc, L('Russia'), L('Odesa')], 'svo')
        .relations,
    ).toEqual(['Russia annexed Odesa']);
  });

  it('needs a military object for weak deployment verbs', () => {
    expect(
      run('Turkey moved troops toward the Syrian border.', [L('Turkey'), L('Syria')], 'svo').relations,
    ).toEqual([]);
    const { relations } = run(
      "Turkey moved troops toward Syria's northern border.",
      [L('Turkey'), L('Syria')],
      'svo',
    );
    expect(relations).toEqual(['Turkey deployed-near Syria']);
    expect(
      run("Turkey moved its embassy toward Syria's border.", [L('Turkey'), L('Syria')], 'svo').relations,
    ).toEqual([]);
  });

  it('reads "called X" as a call only with a person as the whole object', () => {
    const specs = [P('Biden'), P('Putin')];
    expect(run('Biden called Putin on Tuesday.', specs, 'svo').relations).toEqual(['Biden spoke-with Putin']);
    expect(run('Biden called Putin a killer.', specs, 'svo').relations).toEqual([]);
    expect(run('Biden called on Putin to withdraw.', specs, 'svo').relations).toEqual(['Biden urged Putin']);
    expect(run('Biden called for Putin to withdraw.', specs, 'svo').relations).toEqual(['Biden urged Putin']);
  });

  it('reads receiving, welcoming or visiting a person as a meeting, and not what is theirs', () => {
    const specs = [P('Lula'), P('Milei'), L('Kyiv')];
    expect(run('Lula received Milei at the palace on Thursday.', specs, 'svo').relations).toEqual([
      'Lula met-with Milei',
    ]);
    expect(run('Lula visited Milei on Friday.', specs, 'svo').relations).toEqual(['Lula met-with Milei']);
    expect(run('Lula visited Kyiv on Friday.', specs, 'svo').relations).toEqual([]);
    expect(
      run('Lula welcomed Milei\'s "courage in keeping his word" on trade.', specs, 'svo').relations,
    ).toEqual([]);
    expect(run('Lula smiled after receiving her Milei from Kyiv.', specs, 'svo').relations).toEqual([]);
  });

  it("reads an alliance's members as the alliance, and a country's allies as no one", () => {
    expect(
      run('Nauseda urged NATO allies to tighten security.', [P('Nauseda'), O('NATO')], 'svo').relations,
    ).toEqual(['Nauseda urged NATO']);
    expect(
      run("Nauseda urged Ukraine's allies to send arms.", [P('Nauseda'), L('Ukraine')], 'svo').relations,
    ).toEqual([]);
  });

  it('reads sending arms as aid and sending troops as a deployment', () => {
    const specs = [L('Britain'), L('Ukraine')];
    expect(run('Britain sent anti-tank weapons to Ukraine.', specs, 'svo').relations).toEqual([
      'Britain aided Ukraine',
    ]);
    expect(run('Britain sent 300 troops to Ukraine.', specs, 'svo').relations).toEqual([
      'Britain deployed-near Ukraine',
    ]);
  });

  it('takes no target from money or from an adjunct of circumstance', () => {
    const RUSSIAN = { name: 'Russian', type: 'misc' as const };
    expect(
      run('Gazprom rejected an offer worth 3bn Russian roubles.', [O('Gazprom'), RUSSIAN], 'svo').relations,
    ).toEqual([]);
    expect(run('Gazprom rejected the Russian proposal.', [O('Gazprom'), RUSSIAN], 'svo').relations).toEqual([
      'Gazprom rejected Russia',
    ]);
    expect(
      run('Blair spoke to MPs amid rumours of a rift with Brown.', [P('Blair'), P('Brown')], 'svo').relations,
    ).toEqual([]);
    expect(run('Blair spoke on Monday with Brown.', [P('Blair'), P('Brown')], 'svo').relations).toEqual([
      'Blair spoke-with Brown',
    ]);
  });

  it('reads a demand that someone act as urging them', () => {
    const { relations } = run('Lithuania demanded that Belarus should release the prisoners.', [
      L('Lithuania'),
      L('Belarus'),
    ]);
    expect(relations).toContain('Lithuania urged Belarus');
  });

  it('reads "cast X as" as an accusation against the owner of X', () => {
    const { relations } = run(
      "Beijing has cast Washington's criticism as interference.",
      [L('Beijing'), L('Washington')],
      'svo',
    );
    expect(relations).toEqual(['Beijing accused Washington']);
  });

  it('marks negated, planned and hypothetical verbs', () => {
    const specs = [P('Modi'), P('Sharif')];
    expect(run('Modi did not meet Sharif.', specs, 'svo').relations).toEqual([
      'Modi met-with Sharif [negated]',
    ]);
    expect(run('Modi never met Sharif.', specs, 'svo').relations).toEqual(['Modi met-with Sharif [negated]']);
    expect(run('Modi will meet Sharif on Saturday.', specs, 'svo').relations).toEqual([
      'Modi met-with Sharif [planned]',
    ]);
    expect(run('Modi plans to meet Sharif.', specs, 'svo').relations).toEqual([
      'Modi met-with Sharif [planned]',
    ]);
    expect(run('Modi could meet Sharif next week.', specs, 'svo').relations).toEqual([
      'Modi met-with Sharif [hypothetical]',
    ]);
    expect(run('If Modi meets Sharif, markets will rally.', specs, 'svo').relations).toEqual([
      'Modi met-with Sharif [hypothetical]',
    ]);
    expect(run('Modi refused to meet Sharif.', specs, 'svo').relations).toEqual([
      'Modi met-with Sharif [negated]',
    ]);
    expect(run('Modi met Sharif on Friday.', specs, 'svo').relations).toEqual(['Modi met-with Sharif']);
  });

  it('marks what a denial denies as negated, within its clause', () => {
    const specs = [P('Modi'), P('Sharif')];
    expect(run('Modi denied reports that he met Sharif.', specs, 'svo').relations).toEqual([
      'Modi met-with Sharif [negated]',
    ]);
    expect(run('Modi denied he had met Sharif.', specs, 'svo').relations).toEqual([
      'Modi met-with Sharif [negated]',
    ]);
    expect(run('Modi, who denied wrongdoing, met Sharif.', specs, 'svo').relations).toEqual([
      'Modi met-with Sharif',
    ]);
    expect(run('Modi denied the report and said he met Sharif.', specs, 'svo').relations).toEqual([
      'Modi met-with Sharif',
    ]);
    expect(run('Modi did not deny that he met Sharif.', specs, 'svo').relations).toEqual([
      'Modi met-with Sharif',
    ]);
    expect(run('Modi denied any involvement and accused Sharif of lying.', specs, 'svo').relations).toEqual([
      'Modi accused Sharif',
    ]);
  });

  it('makes statements of one-actor speech acts with no entity object', () => {
    const { relations, statements } = run(
      'Maxar reported increased activity near the border.',
      [O('Maxar')],
      'svo',
    );
    expect(relations).toEqual([]);
    expect(statements).toEqual(['Maxar reported']);
  });

  it('resolves he/she only when one person was named just before', () => {
    const one = run('Merkel spoke in Berlin. She said that Russia must withdraw.', [
      P('Merkel'),
      L('Berlin'),
      L('Russia'),
    ]);
    expect(one.relations).toContain('Merkel said Russia');
    const two = run('Merkel met Macron in Berlin. She said that Russia must withdraw.', [
      P('Merkel'),
      P('Macron'),
      L('Berlin'),
      L('Russia'),
    ]);
    expect(two.relations).not.toContain('Merkel said Russia');
  });

  it('takes the country behind a group noun as the actor', () => {
    const { relations } = run('Russian lawmakers urged Putin to act.', [P('Putin')], 'svo');
    expect(relations).toEqual(['Russia urged Putin']);
    // Not behind an ordinary noun: "Russian gas" names no actor.
    expect(run('Russian gas reached Vienna.', [L('Vienna')], 'svo').relations).toEqual([]);
  });

  it('reads the subject of a verb after a quote when it follows the verb', () => {
    const { statements } = run('"We are not afraid," said Lyudmila Orlova.', [P('Lyudmila Orlova')], 'svo');
    expect(statements).toEqual(['Lyudmila Orlova said']);
  });

  it('takes objects as targets only for verbs of telling', () => {
    expect(
      run('Police said the Tyne Bridge will be shut.', [O('Police'), L('Tyne Bridge')], 'svo').relations,
    ).toEqual([]);
    expect(run('Police told the BBC nothing.', [O('Police'), O('BBC')], 'svo').relations).toEqual([
      'Police said BBC',
    ]);
  });

  it('reads a nationality named as a mention as its country', () => {
    const { relations } = run(
      'Bolton is meeting British officials this week.',
      [P('Bolton'), { name: 'British', type: 'misc' }],
      'svo',
    );
    expect(relations).toEqual(['Bolton met-with Britain']);
  });

  it('gives an infinitive after "met X" the subject, after "urged X" the object', () => {
    const specs = [P('Blair'), P('Chirac'), P('Schroeder')];
    expect(run('Blair met Chirac and Schroeder to talk about trade.', specs, 'reciprocal').relations).toEqual(
      [],
    );
    expect(run('Blair urged Chirac to meet Schroeder.', specs, 'svo').relations).toEqual([
      'Blair urged Chirac',
      'Chirac met-with Schroeder [hypothetical]',
    ]);
  });

  it('does not read a verbal attack on a person as an invasion', () => {
    expect(run('Howard attacked Blair over taxes.', [P('Howard'), P('Blair')], 'svo').relations).toEqual([]);
    expect(run('Iraq attacked Kuwait in 1990.', [L('Iraq'), L('Kuwait')], 'svo').relations).toEqual([
      'Iraq annexed Kuwait',
    ]);
  });

  it('never relates an entity to itself', () => {
    expect(run('Hungary criticised Hungary.', [L('Hungary')], 'svo').relations).toEqual([]);
  });
});

describe('reciprocal', () => {
  it('relates coordinated actors of a reciprocal verb with no object', () => {
    const { relations } = run(
      'Biden and Xi talked for two hours on Monday.',
      [P('Biden'), P('Xi')],
      'reciprocal',
    );
    expect(relations).toEqual(['Biden spoke-with Xi']);
  });

  it('relates actors who agree with each other, not those who each agree to act or accept something', () => {
    const people = [P('Biden'), P('Xi'), O('Paris Club')];
    expect(run('Biden and Xi agreed on a truce.', people, 'reciprocal').relations).toEqual([
      'Biden agreed Xi',
    ]);
    // Agreeing to do something is no agreement with each other; the meeting agreed on is planned.
    expect(run('Biden and Xi agreed to meet again.', people, 'reciprocal').relations).toEqual([
      'Biden met-with Xi [planned]',
    ]);
    expect(run('Biden and Xi accepted the Paris Club offer.', people, 'reciprocal').relations).toEqual([]);
  });
});

describe('passive', () => {
  it('takes the "by" phrase as the actor', () => {
    const { relations } = run('Kuwait was invaded by Iraq in 1990.', [L('Kuwait'), L('Iraq')], 'passive');
    expect(relations).toEqual(['Iraq annexed Kuwait']);
  });

  it('makes nothing without an agent and keeps negation', () => {
    expect(run('Kuwait was invaded in 1990.', [L('Kuwait')], 'passive').relations).toEqual([]);
    expect(run('Sweden was not accused by Turkey.', [L('Sweden'), L('Turkey')], 'passive').relations).toEqual(
      ['Turkey accused Sweden [negated]'],
    );
  });
});

describe('speech-clause', () => {
  it("targets the reported clause's actor", () => {
    const { relations } = run(
      'While Japan warns that China could blockade Taiwan, trade goes on.',
      [L('Japan'), L('China'), L('Taiwan')],
      'speech-clause',
    );
    expect(relations).toEqual(['Japan warned China']);
  });

  it('targets each coordinated actor of the clause, after "that" and a time word', () => {
    const { relations } = run(
      'Erdogan said Tuesday that Sweden and Finland had failed to act.',
      [P('Erdogan'), L('Sweden'), L('Finland')],
      'speech-clause',
    );
    expect(relations).toEqual(['Erdogan said Sweden', 'Erdogan said Finland']);
  });

  it('targets the actor of a conditional for threats', () => {
    const { relations } = run(
      'Macron threatens new tariffs if Washington raises duties.',
      [P('Macron'), L('Washington')],
      'speech-clause',
    );
    expect(relations).toEqual(['Macron warned Washington']);
  });

  it('turns a clause about the speaker into a statement', () => {
    const { relations, statements } = run('Scholz said he agrees with the plan.', [P('Scholz')]);
    expect(relations).toEqual([]);
    expect(statements).toEqual(['Scholz said', 'Scholz agreed']);
  });
});

describe('requests', () => {
  const entities = [P('Zelensky'), P('Scholz'), O('WTO'), P('Brown'), P('Prescott'), P('Biden'), P('Putin')];
  const typed = (text: string) => run(text, entities).relations.filter((r) => !r.includes('co-mention'));

  it('reads asking, telling or encouraging someone to act as urging them', () => {
    expect(typed('Zelensky asked Scholz to send more tanks.')).toEqual(['Zelensky urged Scholz']);
    expect(typed('Biden told Putin to withdraw his troops.')).toEqual(['Biden urged Putin']);
    expect(typed('Scholz encouraged the WTO to investigate the tariffs.')).toEqual(['Scholz urged WTO']);
  });

  it('reads an appeal to someone or for something, not an appeal in court', () => {
    expect(typed('Zelensky appealed to Scholz for more tanks.')).toEqual(['Zelensky urged Scholz']);
    expect(run('The WTO appealed for calm.', entities).statements).toEqual(['WTO urged']);
    expect(run('The WTO said it would appeal.', entities).statements).toEqual(['WTO said']);
  });

  it('reads the passive with its agent', () => {
    expect(typed('Scholz was asked by Zelensky to send more tanks.')).toEqual(['Zelensky urged Scholz']);
    expect(typed('Putin was told by Biden to withdraw.')).toEqual(['Biden urged Putin']);
    expect(typed('Scholz was asked by Zelensky about the tanks.')).toEqual([]);
  });

  it('leaves questions, news told and intentions told alone', () => {
    expect(typed('Zelensky asked Scholz about the tanks.')).toEqual([]);
    expect(typed('Biden told Putin that the talks had failed.')).toEqual(['Biden said Putin']);
    expect(typed('Prescott told Brown of his intention to stand down.')).toEqual(['Prescott said Brown']);
  });
});
