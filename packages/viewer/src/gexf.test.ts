import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_FILTERS, visibleSubgraph } from './filters';
import { toGexf, vizColor } from './gexf';
import { buildDisplayGraph, placeMissingNodes } from './graph-data';
import { sampleGraph } from './test-graph';

const RNG = resolve(__dirname, '../../../../shared/eval/gexf-schema/1.3-rng/gexf.rng');

function visibleGexf(): string {
  const g = sampleGraph();
  placeMissingNodes(g);
  const relations = new Set(DEFAULT_FILTERS.relations);
  relations.delete('warned');
  // e5 (located-in, hypothetical) stays: a pale colour with alpha.
  const display = buildDisplayGraph(g, visibleSubgraph(g, { ...DEFAULT_FILTERS, relations }), {
    colorMode: 'type',
    sizeMode: 'pagerank',
  });
  return toGexf(display);
}

describe('vizColor', () => {
  it('reads hex colours with and without alpha, and refuses others', () => {
    expect(vizColor('#3b9c8f')).toBe('rgb(59,156,143)');
    expect(vizColor('#3b9c8f80')).toBe('rgba(59,156,143,0.502)');
    expect(vizColor('red')).toBeUndefined();
  });
});

describe('toGexf', () => {
  it('writes only the visible graph, with data attributes and viz', () => {
    const xml = visibleGexf();
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('label="Vladimir Putin"');
    expect(xml).toContain('Putin'); // aliases
    expect(xml).toContain('met-with');
    // Filtered out: the warned edge and the entity left without relations.
    expect(xml).not.toContain('warned');
    expect(xml).not.toContain('label="Something"');
    expect(xml).toContain('<viz:color r="78" g="121" b="167"/>'); // #4e79a7
    expect(xml).not.toContain('schemaLocation');
  });

  it('is valid GEXF 1.3 (RELAX NG, with xmllint)', () => {
    const missing = !existsSync(RNG) ? `no schema at ${RNG}` : null;
    let xmllint = true;
    try {
      execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    } catch {
      xmllint = false;
    }
    const why = missing ?? (xmllint ? null : 'xmllint is not installed');
    if (why) {
      if (process.env.CI) throw new Error(`gexf validation: ${why}`);
      console.warn(`gexf validation skipped: ${why}`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'viewer-gexf-'));
    try {
      const file = join(dir, 'visible.gexf');
      writeFileSync(file, visibleGexf());
      execFileSync('xmllint', ['--nonet', '--noout', '--relaxng', RNG, file], { stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
