import { analyzeText } from '../nlp';
import type { TokenTagger } from './index';
import { personsBySpeechVerbs } from './speakers';
import { span, text } from './__fixtures__/spans';

/** A tagger whose case lexicon knows the given lower-case words as ordinary words (class 1). */
const knowing = (...ordinary: string[]): TokenTagger => ({
  tag: () => [],
  wordCase: (lower) => (ordinary.includes(lower) ? 1 : 0),
});

describe('personsBySpeechVerbs', () => {
  it('adds the surnames that speak, meet or are urged, which the tagger left out', () => {
    const a = analyzeText(
      'Bidzina said the talks had failed. Korvath has repeatedly urged Lisandro to act. Ostrava met Milovic. Dravik called Omerovic.',
    );
    // Ostrava is a city of 280,000: cities that size speak for their governments.
    expect(text(a, personsBySpeechVerbs([], a, knowing()))).toEqual([
      ['Bidzina', 'person'],
      ['Korvath', 'person'],
      ['Lisandro', 'person'],
      ['Milovic', 'person'],
      ['Dravik', 'person'],
      ['Omerovic', 'person'],
    ]);
  });

  it('retypes a place or misc the tagger gave a speaker, and leaves organisations alone', () => {
    const a = analyzeText(
      'Kalnins accused Moscow of lying. Tervala warned Oskarsson. Zentrix said profits rose.',
    );
    const out = personsBySpeechVerbs(
      [
        span(a, 'Kalnins', 'location'),
        span(a, 'Moscow', 'location'),
        span(a, 'Tervala', 'misc'),
        span(a, 'Zentrix', 'organization'),
      ],
      a,
      knowing(),
    );
    expect(text(a, out)).toEqual([
      ['Kalnins', 'location'],
      ['Moscow', 'location'],
      ['Tervala', 'person'],
      ['Zentrix', 'organization'],
    ]);
    // "Kalnins" ends like a plural and is unknown: left as the tagger typed it.
    const b = analyzeText('Kalnin accused Moscow of lying.');
    expect(text(b, personsBySpeechVerbs([span(b, 'Kalnin', 'location')], b, knowing()))).toEqual([
      ['Kalnin', 'person'],
    ]);
  });

  it('reads a subject across the time of the news', () => {
    const a = analyzeText('Bidzina on Monday met Milovic.');
    expect(text(a, personsBySpeechVerbs([], a, knowing()))).toEqual([
      ['Bidzina', 'person'],
      ['Milovic', 'person'],
    ]);
  });

  it('reads an inverted attribution and the one spoken with', () => {
    const a = analyzeText(
      '"We will win," said Dravik. Halvorsen spoke with Omerovic by phone. Anna Berg would speak to Kovalchyk.',
    );
    expect(text(a, personsBySpeechVerbs([], a, knowing()))).toEqual([
      ['Dravik', 'person'],
      ['Halvorsen', 'person'],
      ['Omerovic', 'person'],
      ['Kovalchyk', 'person'],
    ]);
  });

  it('takes no place, people, ordinary word or short form of a longer name for a person', () => {
    const a = analyzeText(
      'Kyiv said the attack failed. Traders said prices fell. Israelis said no. The Kremlin said no. ' +
        'The Slovakian will meet her. Fairmont Hotels bought it, and Fairmont said so. Analysts said Wal-Mart faced a stand-off.',
    );
    expect(text(a, personsBySpeechVerbs([], a, knowing('traders')))).toEqual([]);
  });

  it('leaves headlines alone', () => {
    const a = analyzeText('Bidzina Says Talks Failed\nThe talks failed.', 26);
    expect(text(a, personsBySpeechVerbs([], a, knowing()))).toEqual([]);
  });
});
