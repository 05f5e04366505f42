/**
 * `newsgraph ner --conll FILE [--tagger-only] [--out FILE]`: runs the entity recogniser over each
 * document of a CoNLL-2003 column file (tokens rejoined with spaces, one sentence per line, the
 * whole document at once so that document context counts) and prints every input line with one
 * more column, the predicted IOB2 tag. Score the output with `score-conll.mjs`.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeConllDocument, projectToConll } from '../conll/align';
import { readConll } from '../conll/reader';
import type { ConllDocument } from '../conll/types';
import { formatConll } from '../conll/writer';
import { detectMentions, TYPE_TAGS } from '../mentions';
import { formatScores, scoreEntities } from '../tagger/evaluate';
import { getTagger } from '../tagger/tagger';
import type { AnalyzedText } from '../types';
import { formatSeconds, makeProgressBar, UsageError } from './output';

export const NER_USAGE = `newsgraph ner --conll FILE [options]

Tags a CoNLL-2003 column file (TOKEN ... [GOLD]) and prints each line with the predicted IOB2 tag
appended. Score it with: node ../shared/eval/score-conll.mjs OUT --types PER,ORG,LOC

Options:
  --conll FILE     the input file (required)
  --tagger-only    the trained tagger alone, without the mention rules (titles, countries)
  -o, --out FILE   write there instead of standard output
  -q, --quiet      no progress or summary on standard error
`;

/** IOB2 tags over the analysed tokens from the full mention detector (names only, titles left out). */
export function tagsFromMentions(analyzed: AnalyzedText): string[] {
  const tags: string[] = new Array<string>(analyzed.tokens.length).fill('O');
  for (const mention of detectMentions(analyzed, { tagger: getTagger() })) {
    const type = TYPE_TAGS[mention.type];
    let free = true;
    for (let t = mention.tokenStart; t < mention.tokenEnd; t++) if (tags[t] !== 'O') free = false;
    if (!free) continue; // overlapping mentions: the first one found keeps its tokens
    for (let t = mention.tokenStart; t < mention.tokenEnd; t++)
      tags[t] = `${t === mention.tokenStart ? 'B' : 'I'}-${type}`;
  }
  return tags;
}

/** Predicted IOB2 tags of every token of a CoNLL document, per sentence. */
export function tagConllDocument(doc: ConllDocument, taggerOnly: boolean): string[][] {
  const aligned = analyzeConllDocument(doc);
  const tags = taggerOnly ? getTagger().tag(aligned.analyzed) : tagsFromMentions(aligned.analyzed);
  return projectToConll(aligned, tags);
}

export async function runNerCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      conll: { type: 'string' },
      'tagger-only': { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(NER_USAGE);
    return 0;
  }
  if (positionals.length)
    throw new UsageError(`unexpected argument '${positionals[0]}' (give the file with --conll)`);
  if (!values.conll) throw new UsageError('--conll FILE is required');

  const started = process.hrtime.bigint();
  const documents = readConll(values.conll);
  const progress = values.quiet ? undefined : makeProgressBar('ner');
  const predicted: string[][][] = [];
  let tokens = 0;
  documents.forEach((doc, i) => {
    predicted.push(tagConllDocument(doc, values['tagger-only'] === true));
    for (const s of doc.sentences) tokens += s.tokens.length;
    progress?.update(i + 1, documents.length);
  });
  progress?.stop();

  const output = formatConll(documents, predicted);
  if (values.out) {
    const stream = createWriteStream(values.out);
    await new Promise<void>((resolve, reject) => {
      stream.on('error', reject);
      stream.end(output, resolve);
    });
  } else await new Promise<void>((resolve) => process.stdout.write(output, () => resolve()));

  if (!values.quiet) {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const gold = documents.flatMap((d) => d.sentences.map((s) => s.tokens.map((t) => t.tag)));
    const lines = [
      `ner: ${documents.length} document${documents.length === 1 ? '' : 's'}, ${tokens} tokens in ${formatSeconds(seconds)} (${Math.round(tokens / seconds)} tokens/s, ${values['tagger-only'] ? 'tagger only' : 'tagger + mention rules'})`,
    ];
    if (gold.some((s) => s.some((t) => t !== 'O'))) {
      const flat = predicted.flat();
      lines.push(`ner: against the file's gold tags, PER/ORG/LOC ${formatScores(scoreEntities(gold, flat))}`);
      const misc = scoreEntities(gold, flat, ['MISC']).micro;
      if (misc.gold) lines.push(`ner: MISC F1 ${misc.f1.toFixed(4)}`);
    }
    process.stderr.write(lines.join('\n') + '\n');
  }
  return 0;
}
