import type { ResolvedExtraction } from '@newsgraph/extractor';
import { fakeDocument, fakeExtract, FakeResolver } from '../test-utils/fake-pipeline';
import { factsOf } from './facts';

function resolve(text: string): ResolvedExtraction {
  return new FakeResolver().resolve(fakeExtract(fakeDocument({ title: 'T', text })));
}

describe('factsOf', () => {
  it('orders symmetric relations, keeps directed ones as written, and adds co-mentions per sentence', () => {
    const { relations } = factsOf(resolve('Zelensky met Olaf Scholz in Kyiv. Russia accused Nato.'), {
      coMentions: true,
      keepModalEdges: true,
    });
    const keys = relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();
    expect(keys).toEqual([
      'kyiv co-mention olaf-scholz',
      'kyiv co-mention zelensky',
      'nato co-mention russia',
      'olaf-scholz co-mention zelensky',
      'olaf-scholz met-with zelensky',
      'russia accused nato',
    ]);
    const met = relations.find((r) => r.relation === 'met-with')!;
    expect(met.evidence).toMatchObject({ sentence: 'Zelensky met Olaf Scholz in Kyiv.', title: 'T' });
  });

  it('drops modal relations and co-mentions when asked, and entities resolved to null', () => {
    const resolved = resolve('Macron will meet Putin. Putin said no.');
    expect(
      factsOf(resolved, { coMentions: true, keepModalEdges: true }).relations.map((r) => r.modality),
    ).toContain('planned');
    const strict = factsOf(resolved, { coMentions: false, keepModalEdges: false });
    expect(strict.relations).toEqual([]);
    expect(strict.statements).toEqual([
      expect.objectContaining({ entityId: 'putin', relation: 'said', text: 'Putin said no.' }),
    ]);
    resolved.entityIds = resolved.entityIds.map((id) => (id === 'putin' ? null : id));
    expect(factsOf(resolved, { coMentions: true, keepModalEdges: true })).toEqual({
      relations: [],
      statements: [],
    });
  });
});
