import { sampleGraph } from '../__fixtures__/graphs';
import { csvField, toCsv } from './csv';

/** A small RFC 4180 reader, to check the files as a spreadsheet would read them. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

function table(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

describe('toCsv', () => {
  const graph = sampleGraph();
  const { nodes, edges } = toCsv(graph);

  it('writes one row per node and per edge under Gephi headers', () => {
    const nodeRows = table(nodes);
    const edgeRows = table(edges);
    expect(nodeRows).toHaveLength(graph.order);
    expect(edgeRows).toHaveLength(graph.size);
    expect(Object.keys(nodeRows[0]!).slice(0, 2)).toEqual(['Id', 'Label']);
    expect(Object.keys(edgeRows[0]!).slice(0, 6)).toEqual([
      'Source',
      'Target',
      'Type',
      'Id',
      'Label',
      'Weight',
    ]);
  });

  it('flattens lists and evidence readably', () => {
    const washington = table(nodes).find((r) => r.Id === 'washington-dc')!;
    expect(washington).toMatchObject({
      Label: 'Washington, D.C.',
      aliases: 'Washington, D.C.; Washington',
      entityType: 'location',
    });
    const met = table(edges).find((r) => r.Id === 'olaf-scholz:met-with:vladimir-putin')!;
    expect(met).toMatchObject({
      Type: 'Undirected',
      Weight: '2',
      documents: 'wire-1; paper-2',
      firstSeen: '2022-02-15',
    });
    expect(met.evidence!.split('\n')).toEqual([
      'German Chancellor Olaf Scholz met Vladimir Putin in the Kremlin on Tuesday. — Chancellor flies to Moscow, 2022-02-15, wire-1, https://example.org/wire-1',
      'Putin met Scholz for four hours. — Talks in Moscow, 2022-02-16, paper-2, https://example.org/paper-2',
    ]);
    const planned = table(edges).find((r) => r.Id === 'olaf-scholz:met-with:vladimir-putin:planned')!;
    expect(planned).toMatchObject({ Label: 'met-with:planned', modality: 'planned' });
    const blinken = table(nodes).find((r) => r.Id === 'antony-blinken')!;
    expect(blinken.statements).toMatch(
      /^said: In Washington, D\.C\., Blinken said: "We're ready" — and meant it\. — Envoys/,
    );
  });

  it('quotes fields per RFC 4180 and defuses spreadsheet formulas in text only', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-cmd, x')).toBe(`"'-cmd, x"`);
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
});
