import { generateGraph } from './generate';

describe('generateGraph (bench data)', () => {
  it('makes the asked number of nodes, about two edges each, positioned, and is seeded', () => {
    const g = generateGraph(500);
    expect(g.order).toBe(500);
    expect(g.size).toBeGreaterThan(900);
    expect(g.size).toBeLessThanOrEqual(1000);
    expect(g.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y))).toBe(true);
    const again = generateGraph(500);
    expect(again.getNodeAttributes('n7')).toEqual(g.getNodeAttributes('n7'));
    expect(generateGraph(500, 2, 7).getNodeAttributes('n7')).not.toEqual(g.getNodeAttributes('n7'));
  });

  it('refuses a bad size', () => {
    expect(() => generateGraph(0)).toThrow('generateGraph: nodes must be a positive integer');
  });
});
