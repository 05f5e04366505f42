import { analyzeText } from '../nlp';
import { personsByPostAppositions } from './posts';
import { span, text } from './__fixtures__/spans';

describe('personsByPostAppositions', () => {
  it('makes a person of a name that ", the leader of" an organisation follows', () => {
    const a = analyzeText('Marine Le Pen, the leader of the far-right National Rally, spoke.');
    const out = personsByPostAppositions(
      [span(a, 'Marine Le Pen', 'organization'), span(a, 'National Rally', 'organization')],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Marine Le Pen', 'person'],
      ['National Rally', 'organization'],
    ]);
  });

  it('leaves organisations described otherwise, listed ones and one-word names alone', () => {
    const a = analyzeText(
      'Acme Holdings, the maker of Windows, spoke. General Motors, the leader of Nasdaq, spoke. Nokia, the leader of Nasdaq, spoke.',
    );
    const spans = [
      span(a, 'Acme Holdings', 'organization'),
      span(a, 'Windows', 'misc'),
      span(a, 'General Motors', 'organization'),
      span(a, 'Nasdaq', 'organization'),
      span(a, 'Nokia', 'organization'),
      span(a, 'Nasdaq', 'organization', 1),
    ];
    expect(personsByPostAppositions(spans, a)).toBe(spans);
  });
});
