import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseConll, readConll } from '../conll';
import { titleCaseVariant } from './corpus';

describe('titleCaseVariant', () => {
  it('rewrites a headline in capitals as a title, keeping short names in capitals', () => {
    const [doc] = parseConll(
      [
        'KENYA O O I-LOC',
        'BEATS O O O',
        'THE O O O',
        'UN O O I-ORG',
        'TEAM O O O',
        '',
        'Kenya O O I-LOC',
        'won O O O',
        '. O O O',
      ].join('\n'),
    );
    const variant = titleCaseVariant(doc!)!;
    expect(variant.sentences[0]!.tokens.map((t) => t.text)).toEqual(['Kenya', 'Beats', 'the', 'UN', 'Team']);
    expect(variant.sentences[0]!.tokens.map((t) => t.tag)).toEqual(
      doc!.sentences[0]!.tokens.map((t) => t.tag),
    );
    expect(variant.sentences[1]).toEqual(doc!.sentences[1]);
  });

  it('gives null when the first sentence is not in capitals', () => {
    const [doc] = parseConll('Kenya O O I-LOC\nwon O O O\n');
    expect(titleCaseVariant(doc!)).toBeNull();
  });
});

// The CoNLL-2003 dev set is read in place from ../shared (never copied into the project).
const DEV = path.resolve(__dirname, '../../../../../shared/eval/conll2003/dev.txt');
const devMissing = !existsSync(DEV);
if (devMissing && process.env.CI) throw new Error(`CoNLL-2003 dev set missing at ${DEV}`);

(devMissing ? describe.skip : describe)('the CoNLL-2003 dev file (../shared/eval/conll2003/dev.txt)', () => {
  it('reads as 216 documents whose first starts at the top of the file', () => {
    if (devMissing) console.warn(`skipped: CoNLL-2003 dev set missing at ${DEV}`);
    const docs = readConll(DEV);
    expect(docs).toHaveLength(216);
    const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
    expect(tokens).toBe(51362);
    // IOB2 after reading: no entity starts with I-.
    for (const d of docs)
      for (const s of d.sentences)
        s.tokens.forEach((t, i) => {
          if (t.tag.startsWith('I-')) expect(s.tokens[i - 1]?.tag.slice(2)).toBe(t.tag.slice(2));
        });
  });
});
