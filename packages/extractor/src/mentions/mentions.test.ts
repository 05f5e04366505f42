import { analyzeText } from '../nlp';
import type { AnalyzedText } from '../types';
import { detectMentions, iobFromSpans, spansFromIob, type TokenTagger } from './index';

/** A tagger that marks exactly the given names, so that these tests check the rule layer alone. */
function taggerFor(names: Record<string, string>): TokenTagger {
  return {
    tag(analyzed: AnalyzedText) {
      const labels = analyzed.tokens.map(() => 'O');
      for (const [name, tag] of Object.entries(names)) {
        const words = name.split(' ');
        analyzed.tokens.forEach((_, i) => {
          if (words.every((w, k) => analyzed.tokens[i + k]?.text === w))
            words.forEach((_, k) => (labels[i + k] = `${k === 0 ? 'B' : 'I'}-${tag}`));
        });
      }
      return labels;
    },
  };
}

describe('spansFromIob / iobFromSpans', () => {
  it('round-trips IOB2 and opens a span on a stray I- tag', () => {
    const labels = ['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG'];
    const spans = spansFromIob(labels);
    expect(spans).toEqual([
      { tokenStart: 0, tokenEnd: 2, type: 'person' },
      { tokenStart: 3, tokenEnd: 4, type: 'location' },
      { tokenStart: 4, tokenEnd: 5, type: 'organization' },
      { tokenStart: 5, tokenEnd: 6, type: 'organization' },
    ]);
    expect(iobFromSpans(spans, 6)).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'B-ORG']);
  });
});

describe('detectMentions: the rule layer over a tagger', () => {
  it('splits a title with a demonym off a person name', () => {
    const analyzed = analyzeText('Brazilian Foreign Minister Mauro Vieira arrived in Lisbon.');
    const [person] = detectMentions(analyzed, {
      tagger: taggerFor({ 'Mauro Vieira': 'PER', Lisbon: 'LOC' }),
    });
    expect(person).toMatchObject({
      name: 'Mauro Vieira',
      type: 'person',
      role: 'Foreign Minister',
      roleOf: 'Brazilian',
      text: 'Brazilian Foreign Minister Mauro Vieira',
    });
  });

  it('keeps a demonym the tagger marked as misc in the person mention', () => {
    const analyzed = analyzeText('Kenyan President William Ruto spoke.');
    const mentions = detectMentions(analyzed, {
      tagger: taggerFor({ Kenyan: 'MISC', 'William Ruto': 'PER' }),
    });
    expect(mentions[1]).toMatchObject({
      text: 'Kenyan President William Ruto',
      role: 'President',
      roleOf: 'Kenyan',
    });
  });

  it('takes the organisation before a title as what the title belongs to', () => {
    const analyzed = analyzeText('UNICEF Executive Director Catherine Russell visited the camp.');
    const mentions = detectMentions(analyzed, {
      tagger: taggerFor({ UNICEF: 'ORG', 'Catherine Russell': 'PER' }),
    });
    expect(mentions[1]).toMatchObject({
      name: 'Catherine Russell',
      role: 'Executive Director',
      roleOf: 'UNICEF',
    });
  });

  it('takes a party whose name is a title word as the owner, and a portfolio as part of the title', () => {
    const analyzed = analyzeText('Labour MP Ann Vell spoke. Labour Minister Ali Sayed spoke.');
    const mentions = detectMentions(analyzed, {
      tagger: taggerFor({ Labour: 'ORG', 'Ann Vell': 'PER', 'Ali Sayed': 'PER' }),
    });
    expect(mentions.find((m) => m.name === 'Ann Vell')).toMatchObject({ role: 'MP', roleOf: 'Labour' });
    expect(mentions.find((m) => m.name === 'Ali Sayed')).toMatchObject({ role: 'Labour Minister' });
    expect(mentions.find((m) => m.name === 'Ali Sayed')!.roleOf).toBeUndefined();
  });

  it("takes a party's adjective among the title words as the owner, not as part of the role", () => {
    const analyzed = analyzeText(
      'Republican Senator Lin Gray spoke. Former Conservative leader Iain Dunn spoke.',
    );
    const mentions = detectMentions(analyzed, {
      tagger: taggerFor({ 'Lin Gray': 'PER', 'Iain Dunn': 'PER' }),
    });
    expect(mentions.find((m) => m.name === 'Lin Gray')).toMatchObject({
      role: 'Senator',
      roleOf: 'Republican',
    });
    expect(mentions.find((m) => m.name === 'Iain Dunn')).toMatchObject({
      text: 'Former Conservative leader Iain Dunn',
      role: 'Former leader',
      roleOf: 'Conservative',
    });
  });

  it('reads a title joined by "of" ("Secretary of State")', () => {
    const analyzed = analyzeText('Secretary of State Marco Rubio spoke on Friday.');
    const [m] = detectMentions(analyzed, { tagger: taggerFor({ 'Marco Rubio': 'PER' }) });
    expect(m).toMatchObject({ role: 'Secretary of State', name: 'Marco Rubio' });
  });

  it('keeps a form of address out of the role', () => {
    const analyzed = analyzeText('Ms Ardern said Mr. Luxon was wrong.');
    const mentions = detectMentions(analyzed, { tagger: taggerFor({ Ardern: 'PER', Luxon: 'PER' }) });
    expect(mentions.map((m) => [m.text, m.role])).toEqual([
      ['Ms Ardern', undefined],
      ['Mr. Luxon', undefined],
    ]);
  });

  it('types a country as a place and reads a possessive whose apostrophe was stripped', () => {
    const analyzed = analyzeText('Frances budget and Germany were discussed.');
    const mentions = detectMentions(analyzed, { tagger: taggerFor({ Frances: 'ORG', Germany: 'ORG' }) });
    expect(mentions.map((m) => [m.name, m.type])).toEqual([
      ['France', 'location'],
      ['Germany', 'location'],
    ]);
  });

  it('gives offsets that point at the mention text', () => {
    const text = 'On Monday, Kenyan President William Ruto met Chinese officials in Nairobi.';
    const analyzed = analyzeText(text);
    for (const m of detectMentions(analyzed, {
      tagger: taggerFor({ 'William Ruto': 'PER', Nairobi: 'LOC' }),
    }))
      expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('detectMentions without a tagger (capitalised runs)', () => {
  it('finds and types people, organisations and places', () => {
    const analyzed = analyzeText(
      'Finnish Prime Minister Petteri Orpo met officials of the European Commission in Helsinki and Sweden.',
    );
    const found = detectMentions(analyzed, { tagger: null }).map((m) => [m.name, m.type]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Petteri Orpo', 'person'],
        ['European Commission', 'organization'],
        ['Helsinki', 'location'],
        ['Sweden', 'location'],
      ]),
    );
  });

  it('keeps an organisation name whole across "of" and "for"', () => {
    const analyzed = analyzeText(
      'Delegates of the Organization for Economic Cooperation and Development met.',
    );
    const names = detectMentions(analyzed, { tagger: null }).map((m) => m.name);
    expect(names).toContain('Organization for Economic Cooperation and Development');
  });

  it('ignores weekdays, months and capitals in headlines', () => {
    const analyzed = analyzeText('MARKETS RALLY AS TALKS RESUME\nOn Tuesday in March the vote was held.', 29);
    expect(detectMentions(analyzed, { tagger: null })).toEqual([]);
  });
});
