import { GraphBuilder } from './builder';
import { makeResolved, sampleArticles } from './__fixtures__/extractions';
import { edgeKey } from './keys';

const [wire, paper] = sampleArticles() as [
  ReturnType<typeof sampleArticles>[0],
  ReturnType<typeof sampleArticles>[0],
];
const MET = edgeKey('olaf-scholz', 'met-with', 'vladimir-putin', 'asserted');

describe('GraphBuilder', () => {
  it('makes one node per resolved entity with the entity record as attributes', () => {
    const builder = new GraphBuilder();
    const { nodes } = builder.addDocument(wire);
    expect(nodes.sort()).toEqual([
      'germany',
      'olaf-scholz',
      'russia',
      'russian-defense-ministry',
      'vladimir-putin',
    ]);
    expect(builder.graph.getNodeAttributes('olaf-scholz')).toMatchObject({
      label: 'Olaf Scholz',
      entityType: 'person',
      aliases: ['Olaf Scholz', 'German Chancellor Olaf Scholz'],
      roles: ['Chancellor'],
      mentions: 1,
      documents: ['wire-1'],
      firstSeen: '2022-02-15',
      statements: [],
    });
    expect(builder.graph.getAttribute('documents')).toBe(1);
  });

  it('merges the same fact from two documents into one edge of weight 2 with two evidence items', () => {
    const builder = new GraphBuilder();
    builder.addDocument(wire);
    builder.addDocument(paper);
    const met = builder.graph.getEdgeAttributes(MET);
    expect(met.weight).toBe(2);
    expect(met.evidence.map((e) => [e.docId, e.sentence])).toEqual([
      ['wire-1', 'German Chancellor Olaf Scholz met Vladimir Putin in the Kremlin on Tuesday.'],
      ['paper-2', 'Putin met Scholz for four hours.'],
    ]);
    expect(met.evidence[1]).toMatchObject({
      title: 'Talks in Moscow',
      url: 'https://example.org/paper-2',
      date: '2022-02-16',
      start: 0,
      end: 32,
    });
    expect([met.firstSeen, met.lastSeen]).toEqual(['2022-02-15', '2022-02-16']);
    expect(builder.graph.getAttribute('documents')).toBe(2);
  });

  it('counts the same document once when it is added twice', () => {
    const builder = new GraphBuilder();
    builder.addDocument(wire);
    const size = builder.graph.size;
    builder.addDocument(wire);
    expect(builder.graph.size).toBe(size);
    expect(builder.graph.getEdgeAttribute(MET, 'weight')).toBe(1);
    expect(builder.graph.getEdgeAttribute(MET, 'evidence')).toHaveLength(1);
    expect(builder.graph.getNodeAttribute('russian-defense-ministry', 'statements')).toHaveLength(1);
    expect(builder.graph.getAttribute('documents')).toBe(1);
  });

  it('keeps hub edges and statements free of repeats once their lists are long', () => {
    // Past 16 items the builder looks evidence and statements up in an index rather than the list.
    const names = (count: number) => Array.from({ length: count }, (_, n) => `day-${n}`);
    const day = (n: number, listed = n + 1, repeat = false) =>
      makeResolved({
        id: `day-${n}`,
        sentences: [`Scholz met Putin on day ${n}.`, `Putin said talks went well on day ${n}.`],
        // The records list the articles so far, as the resolver's do.
        entities: [
          { id: 'olaf-scholz', label: 'Olaf Scholz', documents: names(listed) },
          { id: 'vladimir-putin', label: 'Vladimir Putin', documents: names(listed) },
        ],
        relations: repeat
          ? [
              [0, 'met-with', 1, 0],
              [0, 'met-with', 1, 0],
            ]
          : [[0, 'met-with', 1, 0]],
        statements: [[1, 'said', 1]],
      });
    const builder = new GraphBuilder();
    for (let n = 0; n < 40; n++) builder.addDocument(day(n, n + 1, n === 30));
    builder.addDocument(day(35, 40)); // an article added again
    const met = builder.graph.getEdgeAttributes(MET);
    expect(met.evidence).toHaveLength(40);
    expect(met.weight).toBe(40);
    expect(new Set(met.evidence.map((e) => e.docId)).size).toBe(40);
    const statements = builder.graph.getNodeAttribute('vladimir-putin', 'statements');
    expect(statements).toHaveLength(40);
    expect(builder.graph.getNodeAttribute('vladimir-putin', 'documents')).toEqual(names(40));
    // A new sentence of a document already there adds evidence but not weight.
    builder.addDocument(
      makeResolved({
        id: 'day-7',
        sentences: ['Scholz met Putin again.'],
        entities: [
          { id: 'olaf-scholz', label: 'Olaf Scholz' },
          { id: 'vladimir-putin', label: 'Vladimir Putin' },
        ],
        relations: [[0, 'met-with', 1, 0]],
      }),
    );
    expect(builder.graph.getEdgeAttribute(MET, 'evidence')).toHaveLength(41);
    expect(builder.graph.getEdgeAttribute(MET, 'weight')).toBe(40);
  });

  it('keeps one piece of evidence when a document repeats a sentence', () => {
    const repeated = makeResolved({
      id: 'rep',
      sentences: ['Scholz met Putin.', 'Then they talked.', 'Scholz met Putin.'],
      entities: [
        { id: 'olaf-scholz', label: 'Olaf Scholz' },
        { id: 'vladimir-putin', label: 'Vladimir Putin' },
      ],
      relations: [
        [0, 'met-with', 1, 0],
        [0, 'met-with', 1, 2],
        [0, 'met-with', 1, 1],
      ],
    });
    const builder = new GraphBuilder();
    builder.addDocument(repeated);
    const evidence = builder.graph.getEdgeAttribute(MET, 'evidence');
    expect(evidence.map((e) => [e.sentence, e.start])).toEqual([
      ['Scholz met Putin.', 0],
      ['Then they talked.', 18],
    ]);
  });

  it('stores symmetric relations once with sorted endpoints, directed ones as written', () => {
    const builder = new GraphBuilder();
    builder.addDocument(wire); // Scholz met Putin
    builder.addDocument(paper); // Putin met Scholz
    const metEdges = builder.graph
      .edges()
      .filter((e) => builder.graph.getEdgeAttribute(e, 'relation') === 'met-with');
    expect(metEdges.map((e) => [builder.graph.source(e), builder.graph.target(e)])).toEqual([
      ['olaf-scholz', 'vladimir-putin'],
      ['olaf-scholz', 'vladimir-putin'],
    ]);
    const warned = builder.graph.edges('nato', 'russia');
    expect(warned).toHaveLength(1);
    expect([builder.graph.source(warned[0]), builder.graph.target(warned[0])]).toEqual(['nato', 'russia']);
  });

  it('keeps modalities apart: an announced meeting is its own edge', () => {
    const builder = new GraphBuilder();
    builder.addDocument(wire);
    builder.addDocument(paper);
    const planned = builder.graph.getEdgeAttributes(
      edgeKey('olaf-scholz', 'met-with', 'vladimir-putin', 'planned'),
    );
    expect(planned).toMatchObject({ modality: 'planned', weight: 1 });
    expect(planned.evidence[0]?.sentence).toBe('Scholz will meet Putin again in the spring.');
    expect(builder.graph.getEdgeAttribute(MET, 'modality')).toBe('asserted');
  });

  it('keeps roles on affiliated-with edges and statements with evidence on nodes', () => {
    const builder = new GraphBuilder();
    builder.addDocument(wire);
    expect(
      builder.graph.getEdgeAttribute(
        edgeKey('olaf-scholz', 'affiliated-with', 'germany', 'asserted'),
        'roles',
      ),
    ).toEqual(['Chancellor']);
    const [statement] = builder.graph.getNodeAttribute('russian-defense-ministry', 'statements');
    expect(statement).toMatchObject({
      relation: 'announced',
      doc: 'wire-1',
      modality: 'asserted',
      text: 'The Russian Defense Ministry announced that some units were returning to their bases.',
      evidence: { docId: 'wire-1', title: 'Chancellor flies to Moscow', date: '2022-02-15' },
    });
  });

  it('follows the settings: no co-mentions, no modal edges', () => {
    const builder = new GraphBuilder(undefined, { coMentions: false, keepModalEdges: false });
    builder.addDocument(wire);
    builder.addDocument(paper);
    const relations = builder.graph.mapEdges((_e, a) => `${a.relation}/${a.modality}`).sort();
    expect(relations).toEqual(['affiliated-with/asserted', 'met-with/asserted', 'warned/asserted']);
  });

  it('leaves misc entities out unless includeMisc, and skips dropped entities and self-loops', () => {
    const doc = makeResolved({
      id: 'd',
      sentences: ['At the Munich Security Conference, Harris met Harris and Scholz.'],
      entities: [
        { id: 'msc', label: 'Munich Security Conference', type: 'misc' },
        { id: 'kamala-harris', label: 'Kamala Harris' },
        { id: null, label: 'Harris' },
        { id: 'olaf-scholz', label: 'Olaf Scholz' },
      ],
      relations: [
        [1, 'met-with', 1, 0],
        [1, 'met-with', 2, 0],
        [1, 'met-with', 3, 0],
        [0, 'co-mention', 3, 0],
      ],
    });
    const without = new GraphBuilder().addDocument(doc);
    expect(without.nodes.sort()).toEqual(['kamala-harris', 'olaf-scholz']);
    expect(without.edges).toEqual([edgeKey('kamala-harris', 'met-with', 'olaf-scholz', 'asserted')]);
    const withMisc = new GraphBuilder(undefined, { includeMisc: true }).addDocument(doc);
    expect(withMisc.nodes).toContain('msc');
    expect(withMisc.edges).toHaveLength(2);
  });

  it('adds the facts of a rare entity once a later document brings it over minMentions', () => {
    const first = makeResolved({
      id: 'a',
      date: '2022-02-14',
      sentences: ['Zelensky spoke with Biden.'],
      entities: [
        { id: 'zelensky', label: 'Volodymyr Zelensky', mentions: 2 },
        { id: 'biden', label: 'Joe Biden', mentions: 1 },
      ],
      relations: [[0, 'spoke-with', 1, 0]],
    });
    const second = makeResolved({
      id: 'b',
      date: '2022-02-15',
      sentences: ['Biden urged calm.'],
      entities: [{ id: 'biden', label: 'Joe Biden', mentions: 2, documents: ['a', 'b'] }],
      statements: [[0, 'urged', 0]],
    });
    const builder = new GraphBuilder(undefined, { minMentions: 2 });
    expect(builder.addDocument(first).edges).toEqual([]);
    expect(builder.graph.hasNode('biden')).toBe(false);
    const result = builder.addDocument(second);
    expect(result.nodes).toContain('biden');
    expect(result.edges).toEqual([edgeKey('biden', 'spoke-with', 'zelensky', 'asserted')]);
    expect(builder.graph.getEdgeAttribute(result.edges[0], 'evidence')[0]?.docId).toBe('a');
    expect(builder.graph.getNodeAttribute('biden', 'statements')).toHaveLength(1);
  });

  it('continues an existing graph', () => {
    const first = new GraphBuilder();
    first.addDocument(wire);
    const second = new GraphBuilder(first.graph);
    second.addDocument(paper);
    expect(second.graph.getEdgeAttribute(MET, 'weight')).toBe(2);
    expect(second.graph.getAttribute('documents')).toBe(2);
  });

  it('rejects malformed input with errors naming the document', () => {
    const builder = new GraphBuilder();
    expect(() => builder.addDocument({ ...wire, entityIds: ['x'] })).toThrow(
      /GraphBuilder.addDocument: document "wire-1" has 5 local entities but 1 entityIds/,
    );
    const badSentence = makeResolved({
      id: 'bad',
      sentences: ['Putin met Scholz.'],
      entities: [
        { id: 'p', label: 'Putin' },
        { id: 's', label: 'Scholz' },
      ],
      relations: [[0, 'met-with', 1, 4]],
    });
    expect(() => builder.addDocument(badSentence)).toThrow(/document "bad" refers to sentence 4/);
    const unknown = { ...wire, entities: [] };
    expect(() => new GraphBuilder().addDocument(unknown)).toThrow(
      /"olaf-scholz", which is neither in resolved.entities/,
    );
  });
});
