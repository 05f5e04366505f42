import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runNerCommand } from './ner';

// A document of our own in CoNLL columns (TOKEN POS CHUNK NER, IOB1), with a split-prone token.
const INPUT = [
  '-DOCSTART- -X- -X- O',
  '',
  'Angela NNP I-NP I-PER',
  'Merkel NNP I-NP I-PER',
  'visited VBD I-VP O',
  'Paris NNP I-NP I-LOC',
  'on IN I-PP O',
  'Monday NNP I-NP O',
  '. . O O',
  '',
  'The DT I-NP O',
  'Franco-German JJ I-NP I-MISC',
  'talks NNS I-NP O',
  'ended VBD I-VP O',
  '. . O O',
  '',
].join('\n');

function setup(): { dir: string; input: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-cli-'));
  const input = path.join(dir, 'in.txt');
  writeFileSync(input, INPUT);
  return { dir, input };
}

describe('newsgraph ner', () => {
  it.each([[['--tagger-only']], [[]]])(
    'appends one aligned tag column to every token line (%j)',
    async (extra) => {
      const { dir, input } = setup();
      const out = path.join(dir, 'out.txt');
      expect(await runNerCommand(['--conll', input, '--out', out, '--quiet', ...extra])).toBe(0);
      const lines = readFileSync(out, 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('-DOCSTART-'));
      expect(lines).toHaveLength(12);
      const predicted = lines.map((l) => l.split(' '));
      expect(predicted.every((cols) => cols.length === 5)).toBe(true);
      const tagOf = (token: string) => predicted.find((cols) => cols[0] === token)![4];
      expect([tagOf('Angela'), tagOf('Merkel'), tagOf('Paris'), tagOf('visited')]).toEqual([
        'B-PER',
        'I-PER',
        'B-LOC',
        'O',
      ]);
      expect(tagOf('Franco-German')).toMatch(/^(B-MISC|O)$/);
    },
    // The first run loads wink-nlp, the model and the mention layer's gazetteers.
    30_000,
  );

  it('needs --conll and names a missing file', async () => {
    await expect(runNerCommand([])).rejects.toThrow(/--conll FILE is required/);
    await expect(runNerCommand(['--conll', '/nonexistent/in.txt', '--quiet'])).rejects.toThrow(
      /cannot read '\/nonexistent\/in\.txt'/,
    );
  });
});
