import { analyzeText } from './index';

describe('analyzeText', () => {
  it('gives tokens with offsets that point back into the text', () => {
    const text = "Polish Foreign Minister Zbigniew Rau met Lavrov in Moscow. Russia's reply came later.";
    const { tokens, sentences } = analyzeText(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences).toHaveLength(2);
    expect(tokens.find((t) => t.text === 'met')?.lemma).toBe('meet');
    expect(tokens.find((t) => t.text === 'Rau')?.pos).toBe('PROPN');
  });

  it('reads a verb in -s after "to" as a plural noun, and leaves infinitives alone', () => {
    const pos = (text: string, word: string) => analyzeText(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos('Moscow was responding to attacks on Belgorod.', 'attacks')).toBe('NOUN');
    expect(pos('Moscow was responding to attacks on Belgorod.', 'to')).toBe('ADP');
    expect(pos('Kyiv wants to attack Crimea.', 'attack')).toBe('VERB');
    expect(pos('China rejected calls from Washington.', 'calls')).toBe('NOUN');
    expect(pos('A Washington think tank said so.', 'think')).toBe('NOUN');
  });

  it('ends a sentence at every line break and flags the title as a headline', () => {
    const text = 'Scholz visits Kyiv\nThe chancellor arrived on Monday';
    const { sentences } = analyzeText(text, 18);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.isHeadline).toBe(true);
    expect(sentences[1]!.isHeadline).toBe(false);
  });

  it('keeps line breaks out of the tokens and ends sentences at them, whatever the line endings', () => {
    const text = 'Putin met Scholz on Monday\r\n\r\nNATO warned Russia\n\tthe alliance said.';
    const { tokens, sentences } = analyzeText(text);
    expect(tokens.every((t) => t.text.trim() !== '' && text.slice(t.start, t.end) === t.text)).toBe(true);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Putin met Scholz on Monday',
      'NATO warned Russia',
      'the alliance said.',
    ]);
    expect(tokens.every((t) => t.sentence >= 0)).toBe(true);
  });

  it('tokenises a possessive the same way whatever was read before', () => {
    const text = "Mr Blunkett's plans were criticised.";
    const before = analyzeText(text).tokens.map((t) => t.text);
    // wink adds "Blunkett's" to its lexicon when it ends a sentence like this one.
    analyzeText("She denies he is Mr Blunkett's.");
    const after = analyzeText(text);
    expect(after.tokens.map((t) => t.text)).toEqual(before);
    expect(before.slice(0, 3)).toEqual(['Mr', 'Blunkett', "'s"]);
    for (const t of after.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits "I\'m", which wink keeps whole, into a pronoun and an auxiliary', () => {
    const text = '"Now I\'m a fan," she said. I\u2019m not.';
    const { tokens } = analyzeText(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.slice(2, 4).map((t) => [t.text, t.pos, t.lemma])).toEqual([
      ['I', 'PRON', 'i'],
      ["'m", 'AUX', 'be'],
    ]);
    expect(tokens.filter((t) => t.lemma === 'be').map((t) => t.text)).toEqual(["'m", '\u2019m']);
  });

  it('flags sentences in capitals as headlines', () => {
    const { sentences } = analyzeText('SOCCER - JAPAN GET LUCKY WIN .\nJapan won on Friday.');
    expect(sentences.map((s) => s.isHeadline)).toEqual([true, false]);
  });
});
