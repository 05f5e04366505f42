import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatConll, parseConll, readConll } from './index';

// Sentences of our own, in the CoNLL column layout (TOKEN POS CHUNK NER, IOB1).
const SAMPLE = [
  'Kenya NNP I-NP I-LOC',
  'beat VBD I-VP O',
  'Uganda NNP I-NP I-LOC',
  '',
  'Coach NN I-NP O',
  'Paul NNP I-NP I-PER',
  'Put NNP I-NP I-PER',
  'smiled VBD I-VP O',
  '',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'Nairobi NNP I-NP I-LOC',
  'Kampala NNP I-NP B-LOC',
  '',
  '-DOCSTART- -X- -X- O',
  '',
].join('\n');

describe('parseConll', () => {
  it('starts a document at the top of the file and at each -DOCSTART-, sentences at blank lines', () => {
    const docs = parseConll(SAMPLE);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.sentences.map((s) => s.tokens.map((t) => t.text))).toEqual([
      ['Kenya', 'beat', 'Uganda'],
      ['Coach', 'Paul', 'Put', 'smiled'],
    ]);
    expect(docs[1]!.index).toBe(1);
  });

  it('converts the gold tags to IOB2 and keeps the raw line', () => {
    const docs = parseConll(SAMPLE);
    expect(docs[0]!.sentences[1]!.tokens.map((t) => t.tag)).toEqual(['O', 'B-PER', 'I-PER', 'O']);
    expect(docs[1]!.sentences[0]!.tokens.map((t) => t.tag)).toEqual(['B-LOC', 'B-LOC']);
    expect(docs[0]!.sentences[0]!.tokens[0]!.line).toBe('Kenya NNP I-NP I-LOC');
  });

  it('accepts CRLF line ends, a missing final blank line and tag-less tokens', () => {
    const docs = parseConll('Lagos NNP I-NP I-LOC\r\nrains VBZ I-VP O\r\n\r\nHello\nworld');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.sentences).toHaveLength(2);
    expect(docs[0]!.sentences[1]!.tokens.map((t) => [t.text, t.tag])).toEqual([
      ['Hello', 'O'],
      ['world', 'O'],
    ]);
  });

  it('gives no document for empty input or for -DOCSTART- lines alone', () => {
    expect(parseConll('')).toEqual([]);
    expect(parseConll('-DOCSTART- -X- -X- O\n\n-DOCSTART- -X- -X- O\n')).toEqual([]);
  });

  it('names the input and the line of a bad tag', () => {
    expect(() => parseConll('Accra NNP I-NP I-LOC\nfoo NN I-NP PERSON\n', 'bad.txt')).toThrow(
      /bad\.txt:2: .*'PERSON'/,
    );
  });

  it('names a file it cannot read', () => {
    expect(() => readConll('/nonexistent/dev.txt')).toThrow(
      /readConll: cannot read '\/nonexistent\/dev\.txt'/,
    );
  });
});

describe('formatConll', () => {
  it('echoes every line with the predicted tag appended, and reads back', () => {
    const docs = parseConll(SAMPLE);
    const predicted = docs.map((d) => d.sentences.map((s) => s.tokens.map((t) => t.tag)));
    const text = formatConll(docs, predicted);
    expect(text).toContain('Paul NNP I-NP I-PER B-PER\n');
    const dir = mkdtempSync(path.join(tmpdir(), 'conll-'));
    writeFileSync(path.join(dir, 'out.txt'), text);
    const again = readConll(path.join(dir, 'out.txt'));
    // The appended column is the last one now: the prediction is read as the tag.
    expect(again.map((d) => d.sentences.map((s) => s.tokens.map((t) => t.tag)))).toEqual(predicted);
  });

  it('refuses predictions that do not match the tokens', () => {
    const docs = parseConll(SAMPLE);
    expect(() => formatConll(docs, [[['O']], [['O', 'O']]])).toThrow(/formatConll: document 0, sentence 0/);
  });
});
