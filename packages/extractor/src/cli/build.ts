/**
 * `newsgraph build <file|folder>... --out FILE [--format json|gexf|graphml|csv]`
 */
import { parseArgs } from 'node:util';
import { GRAPH_FORMATS, writeGraph, type GraphFormat } from '../graph';
import { buildGraph } from '../pipeline/build';
import type { ExtractorSettings } from '../settings';
import { tuneCompilerForBatch } from './jit';
import { formatSeconds, makeProgressBar, UsageError } from './output';

export const BUILD_USAGE = `newsgraph build <file|folder>... --out FILE [options]

Builds the knowledge graph of every article found (folders recursively: .txt, .json, .jsonl).

Options:
  -o, --out FILE         where to write the graph (required)
  -f, --format FORMAT    ${GRAPH_FORMATS.join(' | ')} (default: from the --out extension, else json)
  --workers N            extraction threads (default: one per core for large inputs)
  --min-mentions N       leave out entities mentioned fewer times
  --include-misc         keep entities of type misc (events, nationalities)
  --no-co-mentions       leave out same-sentence co-mention edges
  --no-layout            skip the ForceAtlas2 layout
  --max-bytes N          skip articles larger than N bytes (default 5 MB)
  -q, --quiet            no progress bar or summary
`;

function formatFrom(out: string, given?: string): GraphFormat {
  const format = given ?? out.match(/\.(json|gexf|graphml|csv)$/i)?.[1]?.toLowerCase() ?? 'json';
  if (!(GRAPH_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format '${format}' (use ${GRAPH_FORMATS.join(', ')})`);
  return format as GraphFormat;
}

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number, not '${value}'`);
  return n;
}

export async function runBuildCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      workers: { type: 'string' },
      'min-mentions': { type: 'string' },
      'include-misc': { type: 'boolean' },
      'no-co-mentions': { type: 'boolean' },
      'no-layout': { type: 'boolean' },
      'max-bytes': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(BUILD_USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('build needs at least one file or folder');
  if (!values.out) throw new UsageError('build needs --out FILE');
  const format = formatFrom(values.out, values.format);

  const settings: Partial<ExtractorSettings> = {};
  const workers = integer('workers', values.workers);
  if (workers !== undefined) settings.workers = workers;
  const minMentions = integer('min-mentions', values['min-mentions']);
  if (minMentions !== undefined) settings.minMentions = Math.max(1, minMentions);
  const maxBytes = integer('max-bytes', values['max-bytes']);
  if (maxBytes !== undefined) settings.maxArticleBytes = maxBytes;
  if (values['include-misc']) settings.includeMisc = true;
  if (values['no-co-mentions']) settings.coMentions = false;
  if (values['no-layout']) settings.layout = false;

  tuneCompilerForBatch();
  const quiet = values.quiet ?? false;
  const bar = quiet ? undefined : makeProgressBar('extracting');
  const result = await buildGraph(positionals, {
    settings,
    onProgress: ({ done, files }) => bar?.update(done, Math.max(files, done)),
    onSkip: ({ source, reason }) => {
      bar?.interrupt(`skipped ${source}: ${reason}`);
    },
  });
  bar?.stop();
  const written = await writeGraph(result.graph, format, values.out);

  if (!quiet) {
    const { graph } = result;
    let typed = 0;
    graph.forEachEdge((_, a) => {
      if (a.relation !== 'co-mention') typed++;
    });
    const rate = result.seconds > 0 ? Math.round(result.tokens / result.seconds) : 0;
    process.stderr.write(
      `${result.documents} documents (${result.skipped.length} skipped), ${graph.order} entities, ` +
        `${graph.size} relations (${typed} typed), ${result.tokens} tokens in ${formatSeconds(result.seconds)} ` +
        `(${rate} tokens/s, ${result.workers} thread${result.workers > 1 ? 's' : ''})\n` +
        `wrote ${written.join(', ')}\n`,
    );
  }
  // Exit code 2 says that some inputs were skipped (the graph of the rest is written).
  return result.skipped.length ? 2 : 0;
}
