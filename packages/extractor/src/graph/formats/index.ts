import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GraphInputError, type NewsGraph } from '../types';
import { toCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toJson } from './json';

export const GRAPH_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export interface SerializedGraph {
  /** One file per format, two (nodes.csv, edges.csv) for csv. */
  files: { name: string; content: string }[];
}

function checkFormat(fn: string, format: string): asserts format is GraphFormat {
  if (!(GRAPH_FORMATS as readonly string[]).includes(format))
    throw new GraphInputError(
      fn,
      `unknown format "${format}" (expected one of ${GRAPH_FORMATS.join(', ')}).`,
    );
}

/** The graph as the files of one format, in memory. */
export function serializeGraph(graph: NewsGraph, format: GraphFormat): SerializedGraph {
  checkFormat('serializeGraph', format);
  switch (format) {
    case 'json':
      return { files: [{ name: 'graph.json', content: toJson(graph) }] };
    case 'gexf':
      return { files: [{ name: 'graph.gexf', content: toGexf(graph) }] };
    case 'graphml':
      return { files: [{ name: 'graph.graphml', content: toGraphml(graph) }] };
    case 'csv': {
      const { nodes, edges } = toCsv(graph);
      return {
        files: [
          { name: 'nodes.csv', content: nodes },
          { name: 'edges.csv', content: edges },
        ],
      };
    }
  }
}

/**
 * Where the CSV pair goes: into `outPath` when it is a directory (existing, ending with a slash, or
 * without extension), else beside it as `<stem>.nodes.csv` and `<stem>.edges.csv`
 * (`out/graph.csv` gives `out/graph.nodes.csv` and `out/graph.edges.csv`).
 */
export async function csvPaths(outPath: string): Promise<{ nodes: string; edges: string }> {
  const isDirectory =
    /[\\/]$/.test(outPath) ||
    path.extname(outPath) === '' ||
    (await stat(outPath).then(
      (s) => s.isDirectory(),
      () => false,
    ));
  if (isDirectory) return { nodes: path.join(outPath, 'nodes.csv'), edges: path.join(outPath, 'edges.csv') };
  const stem = outPath.slice(0, outPath.length - path.extname(outPath).length);
  return { nodes: `${stem}.nodes.csv`, edges: `${stem}.edges.csv` };
}

/**
 * Writes the graph in one format and returns the paths written. Other formats are written to
 * `outPath` as given; csv follows `csvPaths`. Parent directories are created.
 */
export async function writeGraph(graph: NewsGraph, format: GraphFormat, outPath: string): Promise<string[]> {
  checkFormat('writeGraph', format);
  if (typeof outPath !== 'string' || outPath === '')
    throw new GraphInputError('writeGraph', 'an output path is required.');
  const { files } = serializeGraph(graph, format);
  const targets = format === 'csv' ? await csvPaths(outPath).then((p) => [p.nodes, p.edges]) : [outPath];
  const written: string[] = [];
  for (const [i, target] of targets.entries()) {
    const file = files[i];
    if (!file) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content, 'utf8');
    written.push(target);
  }
  return written;
}
