import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { sampleGraph } from '../__fixtures__/graphs';
import { toGraphml } from './graphml';

describe('toGraphml', () => {
  const graph = sampleGraph();
  const xml = toGraphml(graph);

  it('is well-formed GraphML that graphology-graphml reads back with the same counts', () => {
    const errors: string[] = [];
    new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(
      xml,
      'text/xml',
    );
    expect(errors).toEqual([]);
    const back = parse(MultiGraph, xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
  });

  it('keeps typed values, colours and positions', () => {
    const back = parse(MultiGraph, xml);
    const scholz = graph.getNodeAttributes('olaf-scholz');
    expect(back.getNodeAttributes('olaf-scholz')).toMatchObject({
      label: 'Olaf Scholz',
      entityType: 'person',
      mentions: 3,
      degree: scholz.degree,
      pagerank: scholz.pagerank,
      x: scholz.x,
      y: scholz.y,
      color: '#4e79a7',
    });
    expect(back.getEdgeAttributes('olaf-scholz:met-with:vladimir-putin')).toMatchObject({
      relation: 'met-with',
      modality: 'asserted',
      weight: 2,
      color: '#1f77b4',
    });
  });

  it('stringifies lists and objects as JSON', () => {
    const back = parse(MultiGraph, xml);
    expect(JSON.parse(back.getNodeAttribute('washington-dc', 'aliases') as string)).toEqual([
      'Washington, D.C.',
      'Washington',
    ]);
    const evidence = JSON.parse(back.getEdgeAttribute('nato:warned:russia', 'evidence') as string);
    expect(evidence).toEqual(graph.getEdgeAttribute('nato:warned:russia', 'evidence'));
    const statements = JSON.parse(back.getNodeAttribute('antony-blinken', 'statements') as string);
    expect(statements[0].text).toBe('In Washington, D.C., Blinken said: "We\'re ready" — and\tmeant it.');
  });

  it('escapes markup and marks symmetric relations undirected', () => {
    expect(xml).toContain('&amp; &lt;tags&gt;');
    expect(xml).not.toContain('<tags>');
    expect(xml).toMatch(
      /<edge id="olaf-scholz:met-with:vladimir-putin" source="olaf-scholz" target="vladimir-putin" directed="false">/,
    );
    expect(xml).toMatch(/<edge id="nato:warned:russia" source="nato" target="russia">/);
  });
});
