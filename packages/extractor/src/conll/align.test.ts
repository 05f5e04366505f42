import { analyzeConllDocument, parseConll, projectFromConll, projectToConll } from './index';

// wink-nlp splits hyphenated words ("Anglo-Dutch" -> Anglo, -, Dutch) where CoNLL keeps one token.
const DOC = parseConll(
  [
    'The DT O O',
    'Anglo-Dutch JJ O I-MISC',
    'group NN O O',
    'Shell NNP O I-ORG',
    'hired VBD O O',
    'Ann NNP O I-PER',
    'Lee NNP O I-PER',
    '. . O O',
  ].join('\n'),
)[0]!;

describe('CoNLL <-> wink token alignment', () => {
  const aligned = analyzeConllDocument(DOC);
  const words = aligned.analyzed.tokens.map((t) => t.text);
  const gold = DOC.sentences[0]!.tokens.map((t) => t.tag);

  it('rejoins the tokens with spaces and keeps their offsets', () => {
    expect(aligned.analyzed.text).toBe('The Anglo-Dutch group Shell hired Ann Lee .');
    expect(words).toEqual(['The', 'Anglo', '-', 'Dutch', 'group', 'Shell', 'hired', 'Ann', 'Lee', '.']);
  });

  it('projects gold tags onto wink tokens, continuing inside a split token', () => {
    expect(projectFromConll(aligned, gold)).toEqual([
      'O',
      'B-MISC',
      'I-MISC',
      'I-MISC',
      'O',
      'B-ORG',
      'O',
      'B-PER',
      'I-PER',
      'O',
    ]);
  });

  it('projects predictions back onto CoNLL tokens, one tag per given token', () => {
    const wink = projectFromConll(aligned, gold);
    expect(projectToConll(aligned, wink)).toEqual([gold]);
    // A tag on any piece of a split token types the whole token.
    const partial = ['O', 'O', 'O', 'B-MISC', 'O', 'B-ORG', 'O', 'B-PER', 'B-PER', 'O'];
    expect(projectToConll(aligned, partial)).toEqual([
      ['O', 'B-MISC', 'O', 'B-ORG', 'O', 'B-PER', 'B-PER', 'O'],
    ]);
  });
});
