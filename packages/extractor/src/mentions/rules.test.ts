import { analyzeText } from '../nlp';
import type { Mention } from '../types';
import {
  anchorCompanies,
  anchorOrganizations,
  anchorShortOrganizationNames,
  harmonizeTypes,
  stripLostApostrophes,
} from './consistency';
import {
  addGroupsOfStates,
  addKnownPlaces,
  addPartyNames,
  completeHyphenatedGivenNames,
  addMissedOrganizations,
  attachLegalForms,
  demoteDescriptors,
  dropAgencyCredits,
  dropDates,
  splitTitledPeople,
  dropTitleSpans,
  extendBareOrganizationHeads,
  joinDemonymOrganizations,
  demoteMiscNames,
  joinHyphenatedNames,
  joinNameParticles,
  knownOrganizations,
  personsAfterTitles,
  placesBeforeTitles,
  retypeByGazetteer,
  stripHonorifics,
  splitHeadlineCountries,
  trimLeadingMembers,
  trimPunctuation,
  trimClauseWords,
  trimTitleOwners,
} from './rules';
import { span, text } from './__fixtures__/spans';
import { findCapitalizedSpans } from './capitalized';

describe('span rules', () => {
  it('drops a month beside a day number, and keeps a month that is a name', () => {
    const a = analyzeText('KYIV, Feb 8 - Theresa May met officials on 3 March.');
    const out = dropDates(
      [
        span(a, 'KYIV', 'location'),
        span(a, 'Feb', 'organization'),
        span(a, 'Theresa May', 'person'),
        span(a, 'March', 'misc'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['KYIV', 'location'],
      ['Theresa May', 'person'],
    ]);
  });

  it('splits a person off an organisation the tagger ran over a post, and keeps names of bodies', () => {
    const a = analyzeText(
      'Labour MP Ann Vell spoke. US Secretary of Energy Tom Reid spoke. The Moro National Liberation Front spoke.',
    );
    const out = splitTitledPeople(
      [
        span(a, 'Labour MP Ann Vell', 'organization'),
        span(a, 'US Secretary of Energy Tom Reid', 'organization'),
        span(a, 'Moro National Liberation Front', 'organization'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Labour', 'organization'],
      ['Ann Vell', 'person'],
      ['US', 'location'],
      ['Tom Reid', 'person'],
      ['Moro National Liberation Front', 'organization'],
    ]);
  });

  it('drops a span made of title words only', () => {
    const a = analyzeText('Chief Medical Officer Chris Whitty spoke.');
    const out = dropTitleSpans([span(a, 'Chief', 'organization'), span(a, 'Chris Whitty', 'person')], a);
    expect(text(a, out)).toEqual([['Chris Whitty', 'person']]);
  });

  it('cuts the members off an organisation the tagger ran them into', () => {
    const a = analyzeText('Leaders of the Group of Seven met, and Friends of the Earth protested.');
    const out = trimLeadingMembers(
      [
        span(a, 'Leaders of the Group of Seven', 'organization'),
        span(a, 'Friends of the Earth', 'organization'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Group of Seven', 'organization'],
      ['Friends of the Earth', 'organization'],
    ]);
  });

  it('cuts the portfolio off an organisation that a title follows', () => {
    const a = analyzeText(
      'US Defense Secretary Lloyd Austin, MGM Vice Chairman Chris McGurk, Labour Party leader Ed Smith and ' +
        'Commerce and Industry Minister Kamal Nath met.',
    );
    const out = trimTitleOwners(
      [
        span(a, 'US Defense', 'organization'),
        span(a, 'MGM Vice', 'organization'),
        span(a, 'Labour Party', 'organization'),
        span(a, 'Commerce and Industry', 'organization'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['US', 'location'],
      ['MGM', 'organization'],
      ['Labour Party', 'organization'],
    ]);
  });

  it("splits a title out of a person's span, and reads no lower-case title before an organisation", () => {
    const a = analyzeText('Tesla CEO Elon Musk met Martin Luther King Jr, and market leader Best Buy grew.');
    const out = personsAfterTitles(
      [
        span(a, 'Tesla CEO Elon Musk', 'person'),
        span(a, 'Martin Luther King Jr', 'person'),
        span(a, 'Best Buy', 'organization'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Tesla', 'organization'],
      ['Elon Musk', 'person'],
      ['Martin Luther King Jr', 'person'],
      ['Best Buy', 'organization'],
    ]);
  });

  it('makes a person of the name after a form of address or a personal title', () => {
    const a = analyzeText(
      'Mr Grant met US President Joe Biden and President Macron near Queen Mary University and Premier Foods.',
    );
    const out = personsAfterTitles(
      [
        span(a, 'Mr Grant', 'organization'),
        span(a, 'US President Joe Biden', 'organization'),
        span(a, 'Macron', 'misc'),
        span(a, 'Queen Mary University', 'organization'),
        span(a, 'Premier Foods', 'organization'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Grant', 'person'],
      ['US', 'location'],
      ['Joe Biden', 'person'],
      ['Macron', 'person'],
      ['Queen Mary University', 'organization'],
      ['Premier Foods', 'organization'],
    ]);
    // The words before the title keep a span of their own: the title's owner.
    const b = analyzeText('European Commission President Ursula spoke, and Deputy Prime Minister Ali Khan.');
    expect(
      text(
        b,
        personsAfterTitles(
          [
            span(b, 'European Commission President Ursula', 'organization'),
            span(b, 'Deputy Prime Minister Ali Khan', 'organization'),
          ],
          b,
        ),
      ),
    ).toEqual([
      ['European Commission', 'organization'],
      ['Ursula', 'person'],
      ['Ali Khan', 'person'],
    ]);
    // Gulf rulers' titles: "Emir Sheikh Tamim" tagged an organisation is the Emir, Sheikh Tamim.
    const emir = analyzeText('Biden thanked Emir Sheikh Tamim.');
    expect(text(emir, personsAfterTitles([span(emir, 'Emir Sheikh Tamim', 'organization')], emir))).toEqual([
      ['Sheikh Tamim', 'person'],
    ]);
    const place = analyzeText('They sailed to Prince Edward Island.');
    const island = [span(place, 'Prince Edward Island', 'location')];
    expect(personsAfterTitles(island, place)).toEqual(island);
  });

  it('makes holidays, awards and technologies misc, and leaves names that only contain them', () => {
    const a = analyzeText(
      'Over Christmas Eve the film won an Oscar and the Baftas, sold on DVD and PCs; the PCS union, ' +
        'Oscar Wilde, Oscar scored, and Christmas Island.',
    );
    // "Oscar" alone, with a verb after it: a footballer's name.
    const lone = span(a, 'Oscar scored', 'person');
    lone.tokenEnd -= 1;
    const out = demoteMiscNames(
      [
        span(a, 'Christmas Eve', 'person'),
        span(a, 'Oscar', 'person'),
        span(a, 'Baftas', 'organization'),
        span(a, 'DVD', 'organization'),
        span(a, 'PCs', 'organization'),
        span(a, 'PCS', 'organization'),
        span(a, 'Oscar Wilde', 'person'),
        lone,
        span(a, 'Christmas Island', 'location'),
      ],
      a,
    );
    expect(out.map((s) => s.type)).toEqual([
      'misc',
      'misc',
      'misc',
      'misc',
      'misc',
      'organization',
      'person',
      'person',
      'location',
    ]);
    // Faiths and peoples describe, as nationalities do; a name that holds one is still a name.
    const b = analyzeText('A Sikh leader and Muslims met the Muslim Council.');
    const faiths = [
      span(b, 'Sikh', 'location'),
      span(b, 'Muslims', 'person'),
      span(b, 'Muslim Council', 'organization'),
    ];
    expect(demoteMiscNames(faiths, b).map((s) => s.type)).toEqual(['misc', 'misc', 'organization']);
  });

  it('retypes names by their head word, gazetteers and a following place noun', () => {
    const a = analyzeText('Mistral Technologies and Western Europe gained while the Kherson region waited.');
    const out = retypeByGazetteer(
      [
        span(a, 'Mistral Technologies', 'person'),
        span(a, 'Western Europe', 'misc'),
        span(a, 'Kherson', 'organization'),
      ],
      a,
    );
    expect(out.map((s) => s.type)).toEqual(['organization', 'location', 'location']);
    // A city of a million alone is a place, unless someone of the article bears its name.
    const c = analyzeText('Yesterday Kyiv said no. Joaquin Phoenix smiled, and Phoenix left.');
    const cities = [
      span(c, 'Kyiv', 'person'),
      span(c, 'Joaquin Phoenix', 'person'),
      span(c, 'Phoenix', 'person', 1),
    ];
    expect(retypeByGazetteer(cities, c).map((s) => s.type)).toEqual(['location', 'person', 'person']);
    // A nationality before a place noun describes the place: "the Ukrainian port" is no place.
    const b = analyzeText('Drones struck the Ukrainian port of Izmail.');
    expect(retypeByGazetteer([span(b, 'Ukrainian', 'misc')], b).map((s) => s.type)).toEqual(['misc']);
  });

  it('types company-shaped names and companies named after places as organisations', () => {
    const a = analyzeText(
      'Spirit AeroSystems, MaliVai Washington and an Alaska Airlines jet left the Soviet Union.',
    );
    const out = retypeByGazetteer(
      [
        span(a, 'Spirit AeroSystems', 'person'),
        span(a, 'MaliVai Washington', 'person'),
        span(a, 'Alaska Airlines', 'location'),
        span(a, 'Soviet Union', 'location'),
      ],
      a,
    );
    expect(out.map((s) => s.type)).toEqual(['organization', 'person', 'organization', 'location']);
    // A state tagged a person is the state; tagged an organisation, its team ("New York beat Boston").
    const b = analyzeText('A plant in Liberty, North Carolina opened. New York beat Boston.');
    expect(
      retypeByGazetteer([span(b, 'North Carolina', 'person'), span(b, 'New York', 'organization')], b).map(
        (s) => s.type,
      ),
    ).toEqual(['location', 'organization']);
  });

  it("drops the agency's credit in a dateline, and keeps the agency named in the text", () => {
    const a = analyzeText(
      'SEOUL, May 23 (Reuters) - Samsung rose, a Reuters poll showed (Reuters) and more.',
    );
    const out = dropAgencyCredits(
      [
        span(a, 'SEOUL', 'location'),
        span(a, 'Reuters', 'location'),
        span(a, 'Samsung', 'organization'),
        span(a, 'Reuters', 'organization', 1),
        span(a, 'Reuters', 'organization', 2),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['SEOUL', 'location'],
      ['Samsung', 'organization'],
      ['Reuters', 'organization'],
      ['Reuters', 'organization'],
    ]);
  });

  it('gives a bare organisation head the proper nouns before it', () => {
    const a = analyzeText(
      'Jet Airways and the Countryside Alliance rose, but the Airways union and Russia Ministry fell.',
    );
    const out = extendBareOrganizationHeads(
      [
        span(a, 'Airways', 'organization'),
        span(a, 'Alliance', 'organization'),
        span(a, 'Airways', 'organization', 1),
        span(a, 'Russia', 'location'),
        span(a, 'Ministry', 'organization'),
      ],
      a,
    );
    // Not over a determiner, and not over another span.
    expect(text(a, out)).toEqual([
      ['Jet Airways', 'organization'],
      ['Countryside Alliance', 'organization'],
      ['Airways', 'organization'],
      ['Russia', 'location'],
      ['Ministry', 'organization'],
    ]);
  });

  it("cuts a sentence's opening word off a name, and splits a name at a lower-case conjunction", () => {
    const a = analyzeText(
      'Both Labour and the Tories agreed. The Foreign Office if Labour won, said The Hague.',
    );
    const out = trimClauseWords(
      [
        span(a, 'Both Labour', 'organization'),
        span(a, 'Tories', 'organization'),
        span(a, 'Foreign Office if Labour', 'organization'),
        span(a, 'The Hague', 'location'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Labour', 'organization'],
      ['Tories', 'organization'],
      ['Foreign Office', 'organization'],
      ['Labour', 'organization'],
      ['The Hague', 'location'],
    ]);
  });

  it('types names of known organisations, and adds those the tagger passed over when they stand alone', () => {
    const a = analyzeText('Greenpeace and the Taliban spoke. Boeing said Google Maps and Google would help.');
    const out = knownOrganizations(
      [span(a, 'Greenpeace', 'location'), span(a, 'Taliban', 'misc'), span(a, 'Boeing', 'misc')],
      a,
    );
    // "Google Maps" is another name: only the lone "Google" is added.
    expect(text(a, out)).toEqual([
      ['Greenpeace', 'organization'],
      ['Taliban', 'organization'],
      ['Boeing', 'organization'],
      ['Google', 'organization'],
    ]);
    expect(out[3]!.tokenStart).toBe(
      a.tokens.findIndex((t, k) => t.text === 'Google' && a.tokens[k + 1]!.text === 'would'),
    );
  });

  it('leaves a known name that is also a place or a word where the text reads it so', () => {
    const a = analyzeText('Fires spread in the Amazon, and Amazon rainforest shrank. Apple pie sold well.');
    const out = knownOrganizations([span(a, 'Amazon', 'location'), span(a, 'Amazon', 'location', 1)], a);
    // Nothing added at the sentence's start either ("Apple").
    expect(text(a, out)).toEqual([
      ['Amazon', 'location'],
      ['Amazon', 'location'],
    ]);
  });

  it('completes a hyphenated given name written in lower case after the hyphen', () => {
    const a = analyzeText('Lai Ching-te met Kim Jong-un, and Putin-backed Joe Biden-led talks went on.');
    const out = completeHyphenatedGivenNames(
      [
        span(a, 'Lai Ching', 'person'),
        span(a, 'Kim Jong', 'person'),
        span(a, 'Putin', 'person'),
        span(a, 'Joe Biden', 'person'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Lai Ching - te', 'person'],
      ['Kim Jong - un', 'person'],
      ['Putin', 'person'],
      ['Joe Biden', 'person'],
    ]);
  });

  it('joins a name cut at its particles, tagged after them or not', () => {
    const a = analyzeText(
      'Ursula von der Leyen met Mohammed bin Abdulrahman Al Thani and Ludwig van Beethoven in Paris.',
    );
    const out = joinNameParticles(
      [
        span(a, 'Ursula', 'person'),
        span(a, 'Mohammed', 'person'),
        span(a, 'Abdulrahman Al Thani', 'person'),
        span(a, 'Ludwig', 'person'),
        span(a, 'Paris', 'location'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Ursula von der Leyen', 'person'],
      ['Mohammed bin Abdulrahman Al Thani', 'person'],
      ['Ludwig van Beethoven', 'person'],
      ['Paris', 'location'],
    ]);
    // After "bin" the tagger's organisation is the rest of the name; after "de" it is not.
    const c = analyzeText('Mohammed bin Abdulrahman spoke to Aguas de Barcelona.');
    expect(
      text(
        c,
        joinNameParticles(
          [
            span(c, 'Mohammed', 'person'),
            span(c, 'Abdulrahman', 'organization'),
            span(c, 'Aguas', 'person'),
            span(c, 'Barcelona', 'organization'),
          ],
          c,
        ),
      ),
    ).toEqual([
      ['Mohammed bin Abdulrahman', 'person'],
      ['Aguas', 'person'],
      ['Barcelona', 'organization'],
    ]);
    // A place after a particle is not a name's end.
    const b = analyzeText('Ursula de Paris.');
    expect(
      text(b, joinNameParticles([span(b, 'Ursula', 'person'), span(b, 'Paris', 'location')], b)),
    ).toEqual([
      ['Ursula', 'person'],
      ['Paris', 'location'],
    ]);
  });

  it('makes organisations of parties named alone, and keeps the rest of a name the tagger ran them into', () => {
    const a = analyzeText(
      'The Tories accused Labour, and Reform UK leader Nigel Farage met Tory MP Peter Luff and the Lib Dems.',
    );
    const out = addPartyNames(
      [
        span(a, 'Tories', 'person'),
        span(a, 'UK', 'location'),
        span(a, 'Nigel Farage', 'person'),
        span(a, 'Tory MP Peter Luff', 'person'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Tories', 'organization'],
      ['Labour', 'organization'],
      ['Reform UK', 'organization'],
      ['Nigel Farage', 'person'],
      ['Tory', 'organization'],
      ['Peter Luff', 'person'],
      ['Lib Dems', 'organization'],
    ]);
    // Parties of France, Germany, Italy and Poland that the 1996 training text never named.
    const c = analyzeText('The National Rally and the SPD gained; Brothers of Italy and PiS lost.');
    expect(text(c, addPartyNames([], c)).map(([name]) => name)).toEqual([
      'National Rally',
      'SPD',
      'Brothers of Italy',
      'PiS',
    ]);
    // A longer organisation holds the party; "Labour" opening a sentence before a noun is the word.
    const b = analyzeText(
      'Labour costs rose. The Scottish Labour Party met. Labour leader Keir Starmer spoke.',
    );
    expect(text(b, addPartyNames([span(b, 'Scottish Labour Party', 'organization')], b))).toEqual([
      ['Scottish Labour Party', 'organization'],
      ['Labour', 'organization'],
    ]);
  });

  it('makes a known town before a local office a place, not a club before its chairman', () => {
    const a = analyzeText(
      'Kharkiv governor Oleh Synehubov spoke. Belgorod Governor Ivan Pak and U.N. officials and Chelsea chairman Ken Bates met.',
    );
    const out = placesBeforeTitles(
      [
        span(a, 'Oleh Synehubov', 'person'),
        span(a, 'Belgorod', 'organization'),
        span(a, 'Ivan Pak', 'person'),
        span(a, 'Chelsea', 'organization'),
        span(a, 'Ken Bates', 'person'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Kharkiv', 'location'],
      ['Oleh Synehubov', 'person'],
      ['Belgorod', 'location'],
      ['Ivan Pak', 'person'],
      ['Chelsea', 'organization'],
      ['Ken Bates', 'person'],
    ]);
  });

  it('adds big cities, countries and regions the tagger left untagged, when they stand alone', () => {
    const a = analyzeText('Kyiv accused Moscow over Crimea. Mobile sent aid. Paris Hilton waved.');
    const out = addKnownPlaces([span(a, 'Moscow', 'location')], a);
    // Mobile (190,000 people) is too small a town to trust; "Paris" is part of a longer name.
    expect(text(a, out)).toEqual([
      ['Kyiv', 'location'],
      ['Moscow', 'location'],
      ['Crimea', 'location'],
    ]);
  });

  it('makes organisations of groups of states: "G7", and an organisation-headed "X of Y" called misc', () => {
    const a = analyzeText('The Group of Seven met. China accused the G7 and the G20, not G-7 or G700.');
    const out = addGroupsOfStates([span(a, 'Group of Seven', 'misc'), span(a, 'China', 'location')], a);
    expect(text(a, out)).toEqual([
      ['Group of Seven', 'organization'],
      ['China', 'location'],
      ['G7', 'organization'],
      ['G20', 'organization'],
    ]);
    const b = analyzeText('The Battle of Britain ended.');
    expect(addGroupsOfStates([span(b, 'Battle of Britain', 'misc')], b)[0]!.type).toBe('misc');
  });

  it('makes compounds of places and bare demonyms descriptors', () => {
    const a = analyzeText('The India-Pakistan talks and a Kenyan runner, in Kenya.');
    const out = demoteDescriptors(
      [span(a, 'India - Pakistan', 'location'), span(a, 'Kenyan', 'person'), span(a, 'Kenya', 'location')],
      a,
    );
    expect(out.map((s) => s.type)).toEqual(['misc', 'misc', 'location']);
  });

  it('gives a generic organisation name the demonym before it', () => {
    const a = analyzeText('The Turkish Interior Ministry said so.');
    const out = joinDemonymOrganizations(
      [span(a, 'Turkish', 'misc'), span(a, 'Interior Ministry', 'organization')],
      a,
    );
    expect(text(a, out)).toEqual([['Turkish Interior Ministry', 'organization']]);
  });

  it('adds organisations the tagger missed, replacing a demonym span inside them', () => {
    const a = analyzeText('A Japanese Foreign Ministry spokesman declined to comment.');
    const out = addMissedOrganizations([span(a, 'Japanese', 'misc')], a);
    expect(text(a, out)).toEqual([['Japanese Foreign Ministry', 'organization']]);
  });

  it('keeps forms of address out of person names', () => {
    const a = analyzeText('Mr Sunak and Dr Fauci met Lord Cameron.');
    const spans = [
      span(a, 'Mr Sunak', 'person'),
      span(a, 'Dr Fauci', 'person'),
      span(a, 'Lord Cameron', 'person'),
    ];
    expect(text(a, stripHonorifics(spans, a))).toEqual([
      ['Sunak', 'person'],
      ['Fauci', 'person'],
      ['Lord Cameron', 'person'],
    ]);
  });

  it('starts a person name after a form of address inside the span', () => {
    const a = analyzeText('Speaking in Leeds Ms Rayner said so.');
    expect(text(a, stripHonorifics([span(a, 'Leeds Ms Rayner', 'person')], a))).toEqual([
      ['Rayner', 'person'],
    ]);
  });

  it('trims punctuation at the edges of a span and drops spans of punctuation only', () => {
    const a = analyzeText('The Chile-Peru border, "quiet" now.');
    const out = trimPunctuation([span(a, 'Chile -', 'location'), span(a, '"', 'misc')], a);
    expect(text(a, out)).toEqual([['Chile', 'location']]);
  });

  it('attaches a legal form, across a number, to the company name', () => {
    const a = analyzeText('Nord Stream 2 AG and Airbus SE won; Arsenal 2 Chelsea 1.');
    const spans = [
      span(a, 'Nord Stream', 'organization'),
      span(a, 'AG', 'organization'),
      span(a, 'Airbus', 'misc'),
      span(a, 'Arsenal', 'organization'),
      span(a, 'Chelsea', 'organization'),
    ];
    expect(text(a, attachLegalForms(spans, a))).toEqual([
      ['Nord Stream 2 AG', 'organization'],
      ['Airbus SE', 'organization'],
      ['Arsenal', 'organization'],
      ['Chelsea', 'organization'],
    ]);
  });

  it('joins names split at a hyphen, not names separated by a spaced dash', () => {
    const a = analyzeText('Karine Jean-Pierre spoke; Paris - Berlin trains run.');
    const spans = [
      span(a, 'Karine Jean', 'person'),
      span(a, 'Pierre', 'person'),
      span(a, 'Paris', 'location'),
      span(a, 'Berlin', 'location'),
    ];
    expect(text(a, joinHyphenatedNames(spans, a))).toEqual([
      ['Karine Jean - Pierre', 'person'],
      ['Paris', 'location'],
      ['Berlin', 'location'],
    ]);
  });

  it('does not run an organisation over the title and the person after it', () => {
    const a = analyzeText('Senate Majority Leader John Thune said so.');
    const out = addMissedOrganizations(
      [span(a, 'Senate', 'organization'), span(a, 'John Thune', 'person')],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Senate', 'organization'],
      ['John Thune', 'person'],
    ]);
  });

  it('extends an organisation cut short at a joiner when the article writes its acronym', () => {
    const a = analyzeText('The Commission for Security and Trade in Asia (CSTA) met. The CSTA agreed.');
    const out = addMissedOrganizations(
      [span(a, 'Commission for Security and Trade', 'organization'), span(a, 'Asia', 'location')],
      a,
    );
    expect(text(a, out)[0]).toEqual(['Commission for Security and Trade in Asia', 'organization']);
    const b = analyzeText('The Ministry of Finance in Tokyo said so.');
    const kept = addMissedOrganizations(
      [span(b, 'Ministry of Finance', 'organization'), span(b, 'Tokyo', 'location')],
      b,
    );
    expect(text(b, kept)).toEqual([
      ['Ministry of Finance', 'organization'],
      ['Tokyo', 'location'],
    ]);
  });

  it('splits a country off a headline span only', () => {
    const a = analyzeText('Modi India set to host summit\nModi India was the slogan.', 29);
    const spans = [
      span(a, 'Modi India', 'person'),
      { ...span(a, 'Modi India', 'person'), tokenStart: 6, tokenEnd: 8 },
    ];
    expect(a.tokens[6]!.text).toBe('Modi');
    expect(text(a, splitHeadlineCountries(spans, a))).toEqual([
      ['Modi', 'person'],
      ['India', 'location'],
      ['Modi India', 'person'],
    ]);
  });
});

function m(name: string, type: Mention['type']): Mention {
  return { start: 0, end: 0, tokenStart: 0, tokenEnd: 0, sentence: 0, text: name, name, type };
}

describe('document consistency', () => {
  it('makes a surname a person wherever the article names the person in full, and votes on the rest', () => {
    const mentions = [
      m('Erdogan', 'location'),
      m('Recep Tayyip Erdogan', 'person'),
      m('Ankara', 'organization'),
      m('Ankara', 'location'),
      m('Ankara', 'location'),
    ];
    harmonizeTypes(mentions);
    expect(mentions.map((x) => x.type)).toEqual(['person', 'person', 'location', 'location', 'location']);
  });

  it('makes a name introduced by a company noun an organisation throughout the article', () => {
    const a = analyzeText(
      'Shares in oil giant Petrokor fell. Petrokor said the film maker Loach and Gazprom met ' +
        'Petrokor in the bank Lisbon. Lisbon and Petrokor agreed.',
    );
    const at = (name: string, type: Mention['type'], nth = 0): Mention => {
      const words = name.split(' ');
      const starts = a.tokens
        .map((_, k) => k)
        .filter((k) => words.every((w, j) => a.tokens[k + j]?.text === w));
      const start = starts[nth]!;
      return { ...m(name, type), tokenStart: start, tokenEnd: start + words.length };
    };
    const mentions = [
      at('Petrokor', 'person'),
      at('Petrokor', 'person', 1),
      at('Loach', 'person'),
      at('Gazprom', 'organization'),
      at('Petrokor', 'location', 2),
      at('Lisbon', 'location'),
      at('Petrokor', 'person', 3),
    ];
    anchorCompanies(mentions, a.tokens, (name) => name === 'Lisbon');
    expect(mentions.map((x) => x.type)).toEqual([
      'organization',
      'organization',
      'person',
      'organization',
      'organization',
      'location',
      'organization',
    ]);
  });

  it('makes a name an organisation when it has profits, shares or a chief executive', () => {
    const a = analyzeText(
      "Nintendo's quarterly profits rose. Shares in Sonar fell and Kodak shares rose. Vela's chief executive " +
        "quit. Putin's chief of staff spoke. Anna Berg's stake grew. German shares fell. Amazonas's sales fell.",
    );
    const at = (name: string, type: Mention['type']): Mention => {
      const start = a.tokens.findIndex((t) => t.text === name.split(' ')[0]);
      return { ...m(name, type), tokenStart: start, tokenEnd: start + name.split(' ').length };
    };
    const mentions = [
      at('Nintendo', 'person'),
      at('Sonar', 'location'),
      at('Kodak', 'person'),
      at('Vela', 'person'),
      at('Putin', 'person'),
      at('Anna Berg', 'person'),
      at('German', 'misc'),
      at('Amazonas', 'location'),
    ];
    anchorCompanies(mentions, a.tokens, (name) => name === 'Amazonas');
    expect(mentions.map((x) => x.type)).toEqual([
      'organization',
      'organization',
      'organization',
      'organization',
      'person',
      'person',
      'misc',
      'location',
    ]);
  });

  it('reads a company off an apposition or off the analysts who work there', () => {
    const a = analyzeText(
      'Ortberg ran Rockwell Collins, the avionics maker that Raytec bought. Analysts at Jefferies and ' +
        'Bernstein agreed. Gatwick, the company says, will grow. Jo Berg, a senior broadcaster, spoke.',
    );
    const at = (name: string, type: Mention['type']): Mention => {
      const words = name.split(' ');
      const start = a.tokens.findIndex((_, k) => words.every((w, j) => a.tokens[k + j]?.text === w));
      return { ...m(name, type), tokenStart: start, tokenEnd: start + words.length };
    };
    const mentions = [
      at('Rockwell Collins', 'person'),
      at('Jefferies', 'location'),
      at('Bernstein', 'person'),
      at('Gatwick', 'location'),
      at('Jo Berg', 'person'),
    ];
    anchorCompanies(mentions, a.tokens, () => false);
    expect(mentions.map((x) => x.type)).toEqual([
      'organization',
      'organization',
      'organization',
      'location',
      'person',
    ]);
  });

  it('makes organisations of unknown places that own a role or are listed with a company', () => {
    const a = analyzeText(
      'Sonar, Vela and Samsung Electronics grew. Wagner chief Ivan Petrov spoke. Texas Governor Greg Abbott ' +
        'and Kelso chief Ann Lee met in Paris. Chernigov, Nikolaev and Kharkov waited.',
    );
    const at = (name: string, type: Mention['type'], extra: Partial<Mention> = {}): Mention => {
      const words = name.split(' ');
      const start = a.tokens.findIndex((_, k) => words.every((w, j) => a.tokens[k + j]?.text === w));
      return {
        ...m(name, type),
        tokenStart: start,
        tokenEnd: start + words.length,
        sentence: a.tokens[start]!.sentence,
        ...extra,
      };
    };
    const mentions = [
      at('Sonar', 'location'),
      at('Vela', 'location'),
      at('Samsung Electronics', 'organization'),
      at('Wagner', 'location'),
      at('Ivan Petrov', 'person', { role: 'chief', roleOf: 'Wagner' }),
      at('Texas', 'location'),
      at('Greg Abbott', 'person', { role: 'Governor', roleOf: 'Texas' }),
      at('Kelso', 'location'),
      at('Ann Lee', 'person', { role: 'chief', roleOf: 'Kelso' }),
      at('Paris', 'location'),
      at('Chernigov', 'location'),
      at('Nikolaev', 'location'),
      at('Kharkov', 'organization'),
    ];
    anchorOrganizations(mentions, a.tokens, (name) => name === 'Paris' || name === 'Texas');
    expect(mentions.map((x) => `${x.name}/${x.type}`)).toEqual([
      'Sonar/organization',
      'Vela/organization',
      'Samsung Electronics/organization',
      'Wagner/organization',
      'Ivan Petrov/person',
      'Texas/location',
      'Greg Abbott/person',
      'Kelso/organization',
      'Ann Lee/person',
      'Paris/location',
      'Chernigov/location',
      'Nikolaev/location',
      'Kharkov/organization',
    ]);
  });

  it('makes an organisation of the first word of its full name, not of a surname or a demonym', () => {
    const mentions = [
      m('Wagner Group', 'organization'),
      m('Wagner', 'person'),
      m('Lionhead Studios', 'organization'),
      m('Lionhead', 'location'),
      m('Palestinian Authority', 'organization'),
      m('Palestinian', 'misc'),
      m('Barrow Holdings', 'organization'),
      m('Ann Barrow', 'person'),
      m('Barrow', 'person'),
      m('Paris Club', 'organization'),
      m('Paris', 'location'),
    ];
    anchorShortOrganizationNames(mentions, (n) => n === 'Paris');
    expect(mentions.map((x) => `${x.name}/${x.type}`)).toEqual([
      'Wagner Group/organization',
      'Wagner/organization',
      'Lionhead Studios/organization',
      'Lionhead/organization',
      'Palestinian Authority/organization',
      'Palestinian/misc',
      'Barrow Holdings/organization',
      'Ann Barrow/person',
      'Barrow/person',
      'Paris Club/organization',
      'Paris/location',
    ]);
  });

  it('reads a possessive whose apostrophe was stripped, but keeps names that end in s', () => {
    const mentions = [
      m('Tokyos', 'location'),
      m('Athens', 'location'),
      m('Acmes', 'organization'),
      m('Acme', 'organization'),
      m('Brussels', 'location'),
    ];
    stripLostApostrophes(mentions, (n) => ['Tokyo', 'Athens', 'Brussels'].includes(n));
    expect(mentions.map((x) => x.name)).toEqual(['Tokyo', 'Athens', 'Acme', 'Acme', 'Brussels']);
  });
});

describe('findCapitalizedSpans({ organizationsOnly })', () => {
  it('finds exactly the organisations that the full search finds', () => {
    const texts = [
      'Finance Minister Jane Holt met officials of the Bank of England and the European Central Bank in Frankfurt.',
      'The NATO summit in Vilnius heard from Chancellor Olaf Scholz, President Joe Biden and the BBC.',
      'Workers at Maxar Technologies and the Organization for Security and Cooperation in Europe said the Defense Ministry lied.',
      'Prime Minister Bank of Scotland chief Ann Lee told the World Health Organization that Tesco and UNICEF agreed.',
      'The State Department and Foreign Secretary David Lammy spoke to the Kremlin, the EU and the Red Cross.',
    ];
    for (const text of texts) {
      const analyzed = analyzeText(text);
      const all = findCapitalizedSpans(analyzed).filter((s) => s.type === 'organization');
      expect(findCapitalizedSpans(analyzed, { organizationsOnly: true })).toEqual(all);
    }
    // The texts hold organisations of every kind the cheap test lets through.
    const found = findCapitalizedSpans(analyzeText(texts.join(' ')), { organizationsOnly: true });
    expect(found.length).toBeGreaterThanOrEqual(8);
  });

  it('keeps "for the" and one "and" inside an organisation name', () => {
    const a = analyzeText(
      'Analysts at the Institute for the Study of Conflict and the University of the Lakes and Islands and Bergen said so.',
    );
    expect(text(a, findCapitalizedSpans(a, { organizationsOnly: true }))).toEqual([
      ['Institute for the Study of Conflict', 'organization'],
      ['University of the Lakes and Islands', 'organization'],
    ]);
  });
});
