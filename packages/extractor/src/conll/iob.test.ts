import { iob1ToIob2, iobSpans, repairIob2, tagType } from './iob';

describe('iob1ToIob2', () => {
  it.each([
    [
      ['I-PER', 'I-PER', 'O'],
      ['B-PER', 'I-PER', 'O'],
    ],
    // B- in IOB1 only separates two adjacent entities of the same type.
    [
      ['I-LOC', 'B-LOC', 'I-LOC'],
      ['B-LOC', 'B-LOC', 'I-LOC'],
    ],
    // A type change starts a new entity without B-.
    [
      ['I-ORG', 'I-MISC', 'O', 'I-ORG'],
      ['B-ORG', 'B-MISC', 'O', 'B-ORG'],
    ],
    // Already IOB2: unchanged.
    [
      ['B-PER', 'I-PER', 'B-PER'],
      ['B-PER', 'I-PER', 'B-PER'],
    ],
    [[], []],
  ])('%j -> %j', (input, expected) => {
    expect(iob1ToIob2(input)).toEqual(expected);
  });

  it('rejects malformed tags, naming them', () => {
    expect(() => iob1ToIob2(['X-PER'])).toThrow(/'X-PER'/);
    expect(() => iob1ToIob2(['PER'])).toThrow(/malformed IOB tag/);
  });
});

describe('repairIob2 and iobSpans', () => {
  it('turns an I- that continues nothing into B-', () => {
    expect(repairIob2(['O', 'I-PER', 'I-PER', 'I-LOC'])).toEqual(['O', 'B-PER', 'I-PER', 'B-LOC']);
  });

  it('reads spans with exclusive ends and the type', () => {
    expect(iobSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
    ]);
    expect(tagType('I-MISC')).toBe('MISC');
    expect(tagType('O')).toBeNull();
  });
});
