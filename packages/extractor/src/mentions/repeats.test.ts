import { analyzeText } from '../nlp';
import type { AnalyzedText } from '../types';
import { addRepeatedNames } from './repeats';
import { span } from './__fixtures__/spans';
import type { TypedSpan } from './spans';

const described = (analyzed: AnalyzedText, spans: TypedSpan[]) =>
  spans.map((s) => [
    analyzed.text.slice(analyzed.tokens[s.tokenStart]!.start, analyzed.tokens[s.tokenEnd - 1]!.end),
    s.type,
  ]);

describe('addRepeatedNames', () => {
  it('tags the surname of a person named in full wherever it recurs, even opening a sentence', () => {
    const a = analyzeText(
      'The party chose James Cleverly on Tuesday. Cleverly, a former minister, said he had spoken with rivals.',
    );
    const out = addRepeatedNames([span(a, 'James Cleverly', 'person')], a);
    expect(described(a, out)).toEqual([
      ['James Cleverly', 'person'],
      ['Cleverly', 'person'],
    ]);
  });

  it('repeats organisation and place names of more than one word, with their type', () => {
    const a = analyzeText('Standard Life cut its bonuses. Shares in Standard Life fell in New York.');
    const out = addRepeatedNames([span(a, 'Standard Life', 'organization')], a);
    expect(described(a, out)).toEqual([
      ['Standard Life', 'organization'],
      ['Standard Life', 'organization'],
    ]);
  });

  it('leaves one-word organisations and places, and one-word people, alone', () => {
    const a = analyzeText('TV is changing. Viewers watch TV online. Will met them. Will it last?');
    const spans = [span(a, 'TV', 'organization'), span(a, 'Will', 'person')];
    expect(addRepeatedNames(spans, a)).toEqual(spans);
  });

  it('does not take a word that is part of a longer name, a month, or a name of two types', () => {
    const a = analyzeText(
      'James Cleverly spoke on Monday. Ministers met at Cleverly Hills. Theresa May left in May. ' +
        'Standard Life grew. Standard Life is a town. Standard Life fell.',
    );
    const spans = [
      span(a, 'James Cleverly', 'person'),
      span(a, 'Theresa May', 'person'),
      span(a, 'Standard Life', 'organization', 0),
      span(a, 'Standard Life', 'location', 1),
    ];
    expect(addRepeatedNames(spans, a)).toEqual(spans);
  });

  it('repeats a full name too, and prefers it over the surname alone', () => {
    const a = analyzeText('Paris Hilton arrived. Later Paris Hilton left, and Hilton waved.');
    const out = addRepeatedNames([span(a, 'Paris Hilton', 'person')], a);
    expect(described(a, out)).toEqual([
      ['Paris Hilton', 'person'],
      ['Paris Hilton', 'person'],
      ['Hilton', 'person'],
    ]);
  });

  it('takes no surname from a headline, which runs names together', () => {
    const a = analyzeText('Ministers Back Plan\n\nThe plan was backed. Back then, nobody knew.', 20);
    const out = addRepeatedNames([span(a, 'Ministers Back', 'person')], a);
    expect(out).toHaveLength(1);
  });
});
