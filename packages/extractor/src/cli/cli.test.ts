import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './index';

const ARTICLE = `Ministers meet in Oslo
2023-09-12
Norwegian Foreign Minister Anniken Huitfeldt met Indian External Affairs Minister Subrahmanyam Jaishankar in Oslo.`;

describe('newsgraph CLI', () => {
  let dir: string;
  let stderr: jest.SpyInstance;
  let stdout: jest.SpyInstance;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
    stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    stderr.mockRestore();
    stdout.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds a graph file in the scorer contract and says what it did', async () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const out = join(dir, 'graph.json');
    expect(await runCli(['build', dir, '--out', out, '--no-layout'])).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.nodes.map((n: { attributes: { label: string } }) => n.attributes.label)).toEqual(
      expect.arrayContaining(['Anniken Huitfeldt', 'Oslo']),
    );
    expect(stderr.mock.calls.join('')).toMatch(/1 documents \(0 skipped\)/);
  });

  it('exits with 2 when an input was skipped, and names it', async () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'b.json'), '{ not json');
    const out = join(dir, 'graph.gexf');
    expect(await runCli(['build', dir, '--out', out, '--no-layout'])).toBe(2);
    expect(stderr.mock.calls.join('')).toMatch(/b\.json/);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
  });

  it('refuses unknown commands, options and formats with a message', async () => {
    expect(await runCli(['frobnicate'])).toBe(1);
    expect(await runCli(['build', dir, '--out', join(dir, 'x.json'), '--bogus'])).toBe(1);
    expect(await runCli(['build', dir, '--out', join(dir, 'x.json'), '--format', 'dot'])).toBe(1);
    expect(await runCli(['build', '--out', join(dir, 'x.json')])).toBe(1);
    expect(stderr.mock.calls.join('')).toMatch(/unknown command 'frobnicate'/);
    expect(stderr.mock.calls.join('')).toMatch(/unknown format 'dot'/);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});
