import type { RelationDetail } from '../types';
import { groupByRelation } from './entity-panel';

const edge = (id: string, relation: string, weight: number): RelationDetail => ({
  id,
  source: 'a',
  target: id,
  relation,
  weight,
  evidence: [],
});

describe('groupByRelation', () => {
  it('groups by relation, biggest group first, co-mention last, heaviest edge first', () => {
    const groups = groupByRelation([
      edge('x', 'co-mention', 9),
      edge('y', 'warned', 1),
      edge('z', 'met-with', 1),
      edge('w', 'met-with', 4),
      edge('v', 'co-mention', 1),
      edge('u', 'co-mention', 2),
    ]);
    expect(groups.map(([r]) => r)).toEqual(['met-with', 'warned', 'co-mention']);
    expect(groups[0]![1].map((e) => e.id)).toEqual(['w', 'z']);
  });
});
