/**
 * Articles on disk to a finished graph: load -> extract (worker threads for large inputs) ->
 * resolve across articles -> merge into the graph -> metrics and layout.
 */
import { availableParallelism } from 'node:os';
import { listArticleFiles, loadArticles } from '../documents';
import {
  assignLayout,
  computeMetrics,
  computeMetricsAsync,
  GraphBuilder,
  writeMetrics,
  type NewsGraph,
} from '../graph';
import { undirectedProjection } from '../graph/projection';
import { EntityResolver } from '../resolve';
import { resolveSettings, type ExtractorSettings } from '../settings';
import type { DocumentExtraction, NewsDocument } from '../types';
import { extractDocument } from './extract';
import { canUseWorkers, ExtractionPool } from './pool';
import { canRankInWorker, rankInWorkerOrHere, RankThread } from './ranks';

export interface SkippedInput {
  source: string;
  reason: string;
}

export interface BuildProgress {
  /** Articles extracted so far. */
  done: number;
  /** Files found (a JSONL file may hold many articles). */
  files: number;
}

export interface BuildOptions {
  settings?: Partial<ExtractorSettings>;
  onProgress?: (progress: BuildProgress) => void;
  onSkip?: (skipped: SkippedInput) => void;
}

export interface BuildResult {
  graph: NewsGraph;
  documents: number;
  skipped: SkippedInput[];
  tokens: number;
  workers: number;
  seconds: number;
}

/** Extraction in submission order, through a worker pool or in this thread. */
interface Extractor {
  submit(document: NewsDocument): Promise<DocumentExtraction>;
  close(): Promise<void>;
}

function makeExtractor(workers: number): Extractor {
  if (workers <= 1) return { submit: async (d) => extractDocument(d), close: async () => {} };
  const pool = new ExtractionPool(workers);
  return { submit: (d) => pool.extract(d), close: () => pool.close() };
}

/**
 * Layout passes for a graph of `order` nodes. A ForceAtlas2 pass costs about O(n log n) and a
 * noverlap pass more: past a few thousand nodes full counts would take longer than the extraction.
 * Large graphs start from their communities packed in discs (see assignLayout), which is already
 * readable; ForceAtlas2 then only refines it, with passes falling with the cube of the size, and
 * none when that leaves fewer than MIN_LAYOUT_PASSES: on the BBC graph (12,700 nodes) two passes
 * moved the median node by 0.3% of the picture's width, for a tenth of the time after extraction.
 * noverlap is left out past 5,000 nodes, where nobody reads every label at once; the viewer and
 * Gephi refine further on demand.
 */
const LARGE_GRAPH = 2000;
const MIN_LAYOUT_PASSES = 5;

export function layoutIterations(order: number, max: number): number {
  if (order <= LARGE_GRAPH) return max;
  const passes = Math.round(max * (LARGE_GRAPH / order) ** 3);
  return passes < MIN_LAYOUT_PASSES ? 0 : passes;
}

export function noverlapIterations(order: number, max = 200): number {
  if (order > 5000) return 0;
  return order <= LARGE_GRAPH ? max : Math.round(max * (LARGE_GRAPH / order) ** 2);
}

export async function buildGraph(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const started = process.hrtime.bigint();
  const settings = resolveSettings(options.settings);
  const skipped: SkippedInput[] = [];
  const skip = (s: SkippedInput) => {
    skipped.push(s);
    options.onSkip?.(s);
  };

  const files = (await listArticleFiles(inputs, settings)).length;
  const wanted = settings.workers || availableParallelism();
  const workers = files >= settings.minArticlesForWorkers && canUseWorkers() ? wanted : 1;
  const extractor = makeExtractor(workers);
  // The extraction threads will be done by the time PageRank runs: it takes another core then.
  const rankThread = workers > 1 && settings.metrics && canRankInWorker() ? new RankThread() : undefined;
  const resolver = new EntityResolver([], { includeMisc: settings.includeMisc });
  const builder = new GraphBuilder(undefined, settings);

  let documents = 0;
  let tokens = 0;
  // Keep a bounded window of articles in flight; merge them strictly in order.
  const inFlight: { document: NewsDocument; extraction: Promise<DocumentExtraction> }[] = [];
  const window = workers * 8;
  const mergeOldest = async () => {
    const { document, extraction } = inFlight.shift()!;
    try {
      const result = await extraction;
      builder.addDocument(resolver.resolve(result));
      documents++;
      tokens += result.tokenCount;
    } catch (error) {
      skip({ source: document.source, reason: `extraction failed: ${(error as Error).message}` });
    }
    options.onProgress?.({ done: documents, files });
  };

  try {
    for await (const event of loadArticles(inputs, settings)) {
      if (event.kind === 'skipped') {
        skip({ source: event.source, reason: event.reason });
        continue;
      }
      const extraction = extractor.submit(event.document);
      extraction.catch(() => {}); // handled in order by mergeOldest
      inFlight.push({ document: event.document, extraction });
      if (inFlight.length >= window) await mergeOldest();
    }
    while (inFlight.length) await mergeOldest();
  } catch (error) {
    void rankThread?.close();
    throw error;
  } finally {
    await extractor.close();
  }

  const graph = builder.graph;
  graph.setAttribute('documents', documents);
  graph.setAttribute('createdAt', new Date().toISOString());
  // One weighted projection serves Louvain, degrees and ForceAtlas2, made when first asked for:
  // with a PageRank thread, after the thread has its arcs.
  let projection: ReturnType<typeof undirectedProjection> | undefined;
  const project = () => (projection ??= undirectedProjection(graph));
  if (settings.metrics)
    writeMetrics(
      graph,
      rankThread
        ? await computeMetricsAsync(graph, { projection: project }, (arcs) =>
            rankInWorkerOrHere(arcs, rankThread),
          )
        : computeMetrics(graph, { projection: project() }),
    );
  // Done, or never asked (an empty graph).
  void rankThread?.close();
  if (settings.layout)
    assignLayout(graph, {
      projection: project(),
      iterations: layoutIterations(graph.order, settings.layoutIterations),
      noverlapIterations: noverlapIterations(graph.order),
    });

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { graph, documents, skipped, tokens, workers, seconds };
}
