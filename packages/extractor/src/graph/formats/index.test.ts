import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { sampleGraph } from '../__fixtures__/graphs';
import { csvPaths, GRAPH_FORMATS, serializeGraph, writeGraph, type GraphFormat } from './index';

describe('serializeGraph / writeGraph', () => {
  const graph = sampleGraph();
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the JSON contract: graph.export(), which imports back unchanged', () => {
    const [file] = serializeGraph(graph, 'json').files;
    expect(file?.name).toBe('graph.json');
    const data = JSON.parse(file!.content);
    expect(data).toEqual(JSON.parse(JSON.stringify(graph.export())));
    expect(data.options).toMatchObject({ type: 'directed', multi: true });
    const back = new MultiDirectedGraph();
    back.import(data);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    expect(data.nodes[0].attributes).toHaveProperty('entityType');
    expect(data.nodes[0].attributes).not.toHaveProperty('type');
  });

  it('names the files of every format', () => {
    const names = Object.fromEntries(
      GRAPH_FORMATS.map((f) => [f, serializeGraph(graph, f).files.map((x) => x.name)]),
    );
    expect(names).toEqual({
      json: ['graph.json'],
      gexf: ['graph.gexf'],
      graphml: ['graph.graphml'],
      csv: ['nodes.csv', 'edges.csv'],
    });
  });

  it('writes single-file formats to the path given, creating folders', async () => {
    const out = path.join(dir, 'deep', 'g.json');
    expect(await writeGraph(graph, 'gexf', out)).toEqual([out]);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml[^>]*>\s*<gexf version="1.3"/);
  });

  it('writes csv into a folder, or beside a file name as <stem>.nodes.csv / <stem>.edges.csv', async () => {
    const folder = path.join(dir, 'csv');
    expect(await writeGraph(graph, 'csv', folder)).toEqual([
      path.join(folder, 'nodes.csv'),
      path.join(folder, 'edges.csv'),
    ]);
    expect(readdirSync(folder).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(await csvPaths(path.join(dir, 'out', 'graph.csv'))).toEqual({
      nodes: path.join(dir, 'out', 'graph.nodes.csv'),
      edges: path.join(dir, 'out', 'graph.edges.csv'),
    });
    expect(await csvPaths(`${dir}${path.sep}`)).toEqual({
      nodes: path.join(dir, 'nodes.csv'),
      edges: path.join(dir, 'edges.csv'),
    });
  });

  it('rejects unknown formats and missing paths with named errors', async () => {
    expect(() => serializeGraph(graph, 'dot' as GraphFormat)).toThrow(/serializeGraph: unknown format "dot"/);
    await expect(writeGraph(graph, 'json', '')).rejects.toThrow(/writeGraph: an output path is required/);
  });
});
