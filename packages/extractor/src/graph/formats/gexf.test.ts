import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { sampleGraph } from '../__fixtures__/graphs';
import { toGexf } from './gexf';

const RNG = path.resolve(__dirname, '../../../../../../shared/eval/gexf-schema/1.3-rng/gexf.rng');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const canValidate = hasXmllint && existsSync(RNG);
const missing = !hasXmllint
  ? 'xmllint is not installed (apt-get install libxml2-utils)'
  : `the GEXF 1.3 schema is missing at ${RNG}`;

function validate(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gexf-'));
  try {
    const file = path.join(dir, 'graph.gexf');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--nonet', '--noout', '--relaxng', RNG, file], { encoding: 'utf8' });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('toGexf', () => {
  const graph = sampleGraph();
  const xml = toGexf(graph);
  const dom = new DOMParser().parseFromString(xml, 'text/xml');

  (canValidate ? it : it.skip)('validates against the official GEXF 1.3 RELAX NG schema', () => {
    expect(validate(xml)).toEqual({ ok: true, output: expect.stringContaining('validates') });
    expect(validate(toGexf(sampleGraph({ dated: false, laidOut: false }))).ok).toBe(true);
  });
  if (!canValidate) {
    it('needs xmllint and the schema to validate', () => {
      if (process.env.CI) throw new Error(`GEXF validation cannot run under CI: ${missing}`);
      console.warn(`Skipping GEXF schema validation: ${missing}`);
    });
  }

  it('re-imports with graphology-gexf with the same nodes and edges', () => {
    const back = parse(MultiGraph, xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes('olaf-scholz')).toMatchObject({
      label: 'Olaf Scholz',
      entityType: 'person',
      degree: graph.getNodeAttribute('olaf-scholz', 'degree'),
      color: '#4e79a7',
      x: graph.getNodeAttribute('olaf-scholz', 'x'),
    });
    const met = back.getEdgeAttributes('olaf-scholz:met-with:vladimir-putin');
    expect(met).toMatchObject({
      kind: 'met-with',
      weight: 2,
      relation: 'met-with',
      documents: ['wire-1', 'paper-2'],
    });
  });

  it('writes a dynamic graph with start dates where articles are dated', () => {
    const graphElement = dom.getElementsByTagName('graph').item(0);
    expect(graphElement?.getAttribute('mode')).toBe('dynamic');
    expect(graphElement?.getAttribute('timeformat')).toBe('date');
    const start = (tag: string, id: string) =>
      Array.from({ length: dom.getElementsByTagName(tag).length }, (_, i) =>
        dom.getElementsByTagName(tag).item(i)!,
      )
        .find((e) => e.getAttribute('id') === id)
        ?.getAttribute('start');
    expect(start('node', 'olaf-scholz')).toBe('2022-02-15');
    expect(start('node', 'nato')).toBe('2022-02-16');
    expect(start('edge', 'nato:warned:russia')).toBe('2022-02-16');
    expect(dom.getElementsByTagName('meta').item(0)?.getAttribute('lastmodifieddate')).toBe('2022-02-17');
    expect(xml).not.toContain('schemaLocation');
  });

  it('stays static when no article is dated', () => {
    const undated = toGexf(sampleGraph({ dated: false, laidOut: false }));
    expect(undated).not.toContain('mode="dynamic"');
    expect(undated).not.toMatch(/ start="/);
  });

  it('keeps parallel typed edges apart by kind, symmetric ones undirected', () => {
    const back = parse(MultiGraph, xml);
    const kinds = back.edges('olaf-scholz', 'vladimir-putin').map((e) => back.getEdgeAttribute(e, 'kind'));
    expect(kinds.sort()).toEqual(['co-mention', 'met-with', 'met-with:planned']);
    expect(back.isUndirected('olaf-scholz:met-with:vladimir-putin')).toBe(true);
    expect(back.isDirected('nato:warned:russia')).toBe(true);
  });

  it('encodes lists so that commas, quotes and tabs survive the round trip', () => {
    const back = parse(MultiGraph, xml);
    expect(back.getNodeAttribute('washington-dc', 'aliases')).toEqual(['Washington, D.C.', 'Washington']);
    expect(back.getNodeAttribute('antony-blinken', 'aliases')).toEqual(['Blinken', 'Antony "Tony" Blinken']);
    const [statement] = back.getNodeAttribute('antony-blinken', 'statements') as string[];
    expect(statement).toBe(
      'said: In Washington, D.C., Blinken said: "We\'re ready" — and meant it. — Envoys, "quotes" & <tags>, 2022-02-17, tricky-3',
    );
    expect(back.getEdgeAttribute('nato:warned:russia', 'evidence')).toEqual([
      'NATO warned Russia that troops were still arriving near the border. — Talks in Moscow, 2022-02-16, paper-2, https://example.org/paper-2',
    ]);
  });
});
