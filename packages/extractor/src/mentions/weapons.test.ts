import { analyzeText } from '../nlp';
import { demoteWeaponNames } from './weapons';
import { span, text } from './__fixtures__/spans';

describe('demoteWeaponNames', () => {
  it('makes misc of a make that a weapon noun follows', () => {
    const a = analyzeText(
      'Allies sped up deliveries of Patriot air defence systems. Britain will supply Storm Shadow missiles to Kyiv.',
    );
    const out = demoteWeaponNames(
      [
        span(a, 'Patriot', 'location'),
        span(a, 'Britain', 'location'),
        span(a, 'Storm Shadow', 'person'),
        span(a, 'Kyiv', 'location'),
      ],
      a,
    );
    expect(text(a, out)).toEqual([
      ['Patriot', 'misc'],
      ['Britain', 'location'],
      ['Storm Shadow', 'misc'],
      ['Kyiv', 'location'],
    ]);
  });

  it('keeps known names, places struck and a weapon noun that heads no phrase', () => {
    const a = analyzeText(
      'NATO jets flew over. A Tarnova missile strike killed two. Dr Ann Vell games systems director said so.',
    );
    const spans = [
      span(a, 'NATO', 'organization'),
      span(a, 'Tarnova', 'location'),
      span(a, 'Ann Vell', 'person'),
    ];
    expect(demoteWeaponNames(spans, a)).toBe(spans);
  });
});
