import request from 'supertest';
import { ARTICLES, tmpApp, type TmpApp } from '../test-utils/harness';

describe('the API over a real SQLite file', () => {
  let t: TmpApp;
  let ids: string[];
  beforeAll(async () => {
    t = tmpApp({ metricsMaxNodes: 1000 });
    const res = await request(t.app).post('/api/documents').send(ARTICLES).expect(201);
    ids = res.body.documents.map((d: { id: string }) => d.id);
    t.app.context.index.computeMetrics();
  });
  afterAll(() => t.cleanup());

  it('does not run the metrics again after they were computed directly following an ingest', async () => {
    // The ingest above scheduled a run 250 ms later; the direct run must cancel it, or it would
    // change the graph version (and empty the answer cache) in the middle of later requests.
    const version = t.app.context.index.version;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(t.app.context.index.version).toBe(version);
  });

  it('GET /api/health', async () => {
    const res = await request(t.app).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
    // helmet's headers, and no framework banner.
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('GET /api/stats counts by type and relation', async () => {
    const res = await request(t.app).get('/api/stats').expect(200);
    expect(res.body).toMatchObject({
      documents: 3,
      byEntityType: { person: expect.any(Number), location: expect.any(Number) },
    });
    expect(res.body.byRelation).toMatchObject({ 'met-with': 4, accused: 1 });
    expect(res.body.entities).toBe(
      Object.values(res.body.byEntityType as Record<string, number>).reduce((a, b) => a + b),
    );
  });

  describe('GET /api/graph', () => {
    it('serialises the graph in graphology form, without statements and evidence', async () => {
      const res = await request(t.app).get('/api/graph').expect(200);
      expect(res.body.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
      const putin = res.body.nodes.find((n: { key: string }) => n.key === 'vladimir-putin');
      expect(putin.attributes).toMatchObject({
        label: 'Vladimir Putin',
        entityType: 'person',
        statementCount: 1,
        degree: expect.any(Number),
        color: expect.any(String),
      });
      expect(putin.attributes.statements).toBeUndefined();
      const edge = res.body.edges.find((e: { key: string }) => e.key === 'nato:accused:russia');
      expect(edge).toMatchObject({
        source: 'nato',
        target: 'russia',
        attributes: { relation: 'accused', weight: 2, evidenceCount: 2 },
      });
      expect(edge.attributes.evidence).toBeUndefined();
    });

    it('filters by entity type, relation, weight and date', async () => {
      const people = await request(t.app).get('/api/graph?types=person').expect(200);
      expect(
        people.body.nodes.every(
          (n: { attributes: { entityType: string } }) => n.attributes.entityType === 'person',
        ),
      ).toBe(true);
      const accused = await request(t.app).get('/api/graph?relations=accused&minWeight=2').expect(200);
      expect(accused.body.edges.map((e: { key: string }) => e.key)).toEqual(['nato:accused:russia']);
      expect(accused.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['nato', 'russia']);
      const early = await request(t.app).get('/api/graph?to=2022-02-12').expect(200);
      expect(early.body.nodes.map((n: { key: string }) => n.key)).toContain('bogota');
      expect(early.body.nodes.map((n: { key: string }) => n.key)).not.toContain('moscow');
    });

    it('says why a filter is refused', async () => {
      const res = await request(t.app).get('/api/graph?types=person,planet').expect(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(res.body.error.message).toMatch(/^query\.types\.1: /);
      await request(t.app).get('/api/graph?from=2022-13').expect(400);
      const order = await request(t.app).get('/api/graph?from=2022-03-01&to=2022-02-01').expect(400);
      expect(order.body.error.message).toMatch(/from.*after/);
    });

    it('keeps only the heaviest edges beyond the cap, and says so', async () => {
      const small = tmpApp({ maxGraphEdges: 1 });
      await request(small.app).post('/api/documents').send(ARTICLES).expect(201);
      const res = await request(small.app).get('/api/graph').expect(200);
      expect(res.body.edges).toHaveLength(1);
      expect(res.body.edges[0].attributes.weight).toBe(2);
      expect(res.body.attributes).toMatchObject({ truncated: true, edgesMatched: expect.any(Number) });
      small.cleanup();
    });
  });

  describe('GET /api/entities', () => {
    it('searches by prefix, accent-insensitively, ranked, with paging', async () => {
      const res = await request(t.app).get('/api/entities?q=jose').expect(200);
      expect(res.body).toEqual({
        items: [
          {
            id: 'jose-alvarez',
            label: 'José Álvarez',
            entityType: 'person',
            aliases: ['José Álvarez'],
            mentions: 2,
            score: expect.any(Number),
          },
        ],
        total: 1,
      });
      const page = await request(t.app).get('/api/entities?type=location&limit=2&offset=1').expect(200);
      expect(page.body.items).toHaveLength(2);
      expect(page.body.total).toBeGreaterThan(2);
      expect((await request(t.app).get('/api/entities?q=nothing-like-this').expect(200)).body).toEqual({
        items: [],
        total: 0,
      });
    });

    it('caps limit with a reason', async () => {
      const res = await request(t.app).get('/api/entities?limit=100000').expect(400);
      expect(res.body.error.message).toBe('query.limit: Too big: expected number to be <=500');
      await request(t.app).get('/api/entities?limit=abc').expect(400);
      await request(t.app).get('/api/entities?type=planet').expect(400);
      await request(t.app).get('/api/entities?q=a&q=b').expect(400);
    });

    it('GET /api/entities/:id gives names, roles, statements, documents and metrics', async () => {
      const res = await request(t.app).get('/api/entities/vladimir-putin').expect(200);
      expect(res.body).toMatchObject({
        id: 'vladimir-putin',
        label: 'Vladimir Putin',
        entityType: 'person',
        aliases: ['Vladimir Putin'],
        roles: [],
        mentions: 3,
        firstSeen: '2022-02-15',
        lastSeen: '2022-02-16',
        metrics: { degree: expect.any(Number), pagerank: expect.any(Number), community: expect.any(Number) },
      });
      expect(res.body.statements).toEqual([
        expect.objectContaining({
          relation: 'said',
          doc: ids[0],
          evidence: expect.objectContaining({ docId: ids[0] }),
        }),
      ]);
      expect(res.body.documents.map((d: { id: string }) => d.id)).toEqual([ids[1], ids[0]]);
    });

    it('404 for an unknown entity', async () => {
      const res = await request(t.app).get('/api/entities/no-such-entity').expect(404);
      expect(res.body).toEqual({
        error: { code: 'not_found', message: "no entity with id 'no-such-entity'" },
      });
      await request(t.app).get('/api/entities/no-such-entity/neighbors').expect(404);
    });
  });

  describe('GET /api/entities/:id/neighbors', () => {
    it('gives nodes and edges with evidence', async () => {
      const res = await request(t.app).get('/api/entities/emmanuel-macron/neighbors').expect(200);
      const ids = res.body.nodes.map((n: { id: string }) => n.id);
      expect(ids[0]).toBe('emmanuel-macron');
      expect(ids).toEqual(expect.arrayContaining(['zelensky', 'jose-alvarez', 'vladimir-putin', 'kyiv']));
      expect(res.body.nodes[0]).toMatchObject({ label: 'Emmanuel Macron', entityType: 'person', depth: 0 });
      const planned = res.body.edges.find(
        (e: { id: string }) => e.id === 'emmanuel-macron:met-with:vladimir-putin:planned',
      );
      expect(planned).toMatchObject({
        relation: 'met-with',
        modality: 'planned',
        weight: 1,
        evidence: [expect.objectContaining({ sentence: 'Emmanuel Macron will meet Vladimir Putin soon.' })],
      });
    });

    it('follows relation, direction, weight, depth and limit', async () => {
      const met = await request(t.app)
        .get('/api/entities/emmanuel-macron/neighbors?relation=met-with')
        .expect(200);
      expect(met.body.edges.every((e: { relation: string }) => e.relation === 'met-with')).toBe(true);
      const out = await request(t.app)
        .get('/api/entities/russia/neighbors?direction=out&relation=accused')
        .expect(200);
      expect(out.body.edges).toEqual([]);
      const into = await request(t.app)
        .get('/api/entities/russia/neighbors?direction=in&relation=accused')
        .expect(200);
      expect(into.body.edges.map((e: { id: string }) => e.id)).toEqual(['nato:accused:russia']);
      const heavy = await request(t.app).get('/api/entities/russia/neighbors?minWeight=2').expect(200);
      expect(heavy.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['nato', 'russia']);
      const deep = await request(t.app)
        .get('/api/entities/zelensky/neighbors?depth=2&relation=met-with')
        .expect(200);
      expect(deep.body.nodes.map((n: { id: string; depth: number }) => [n.id, n.depth])).toEqual(
        expect.arrayContaining([
          ['emmanuel-macron', 1],
          ['jose-alvarez', 2],
        ]),
      );
      const cut = await request(t.app).get('/api/entities/emmanuel-macron/neighbors?limit=1').expect(200);
      expect(cut.body).toMatchObject({ truncated: true });
      expect(cut.body.nodes).toHaveLength(2);
    });

    it('carries as many evidence sentences per edge as asked, and the count of all', async () => {
      type Edge = { id: string; evidenceCount: number; evidence: { date?: string; sentence: string }[] };
      const accused = (body: { edges: Edge[] }) => body.edges.find((e) => e.id === 'nato:accused:russia')!;
      const all = await request(t.app).get('/api/entities/russia/neighbors').expect(200);
      expect(accused(all.body).evidenceCount).toBe(2);
      // Newest first.
      expect(accused(all.body).evidence.map((e) => e.date)).toEqual(['2022-02-16', '2022-02-15']);
      const one = await request(t.app).get('/api/entities/russia/neighbors?evidence=1').expect(200);
      expect(accused(one.body)).toMatchObject({ evidenceCount: 2, evidence: [{ date: '2022-02-16' }] });
      expect(one.body.edges.every((e: Edge) => e.evidence.length <= 1)).toBe(true);
      const none = await request(t.app).get('/api/entities/russia/neighbors?evidence=0').expect(200);
      expect(none.body.edges.length).toBe(all.body.edges.length);
      expect(none.body.edges.every((e: Edge) => e.evidence.length === 0 && e.evidenceCount >= 1)).toBe(true);
      const res = await request(t.app).get('/api/entities/russia/neighbors?evidence=201').expect(400);
      expect(res.body.error.message).toBe('query.evidence: Too big: expected number to be <=200');
      await request(t.app).get('/api/entities/russia/neighbors?evidence=-1').expect(400);
    });

    it('answers a repeated query from the cache, the same bytes, whatever the order of relations', async () => {
      const cache = t.app.context.neighborCache;
      const url = '/api/entities/emmanuel-macron/neighbors?relation=met-with,said';
      const first = await request(t.app).get(url).expect(200);
      const hits = cache.hits;
      const again = await request(t.app).get(url).expect(200);
      const reordered = await request(t.app)
        .get('/api/entities/emmanuel-macron/neighbors?relation=said,met-with')
        .expect(200);
      expect(cache.hits).toBe(hits + 2);
      expect(again.text).toBe(first.text);
      expect(reordered.text).toBe(first.text);
      expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(again.headers['content-security-policy']).toBeDefined();
      // Another query is another answer.
      await request(t.app).get(`${url}&limit=1`).expect(200);
      expect(cache.hits).toBe(hits + 2);
    });

    it('caps depth with a reason', async () => {
      const res = await request(t.app).get('/api/entities/russia/neighbors?depth=4').expect(400);
      expect(res.body.error.message).toBe('query.depth: Too big: expected number to be <=3');
      await request(t.app).get('/api/entities/russia/neighbors?direction=sideways').expect(400);
      await request(t.app).get('/api/entities/russia/neighbors?minWeight=-1').expect(400);
    });
  });

  describe('GET /api/paths', () => {
    it('finds the shortest paths with their evidence', async () => {
      const res = await request(t.app).get('/api/paths?from=zelensky&to=jose-alvarez').expect(200);
      expect(res.body.paths).toHaveLength(1);
      expect(res.body.paths[0].nodes).toEqual(['zelensky', 'emmanuel-macron', 'jose-alvarez']);
      // Between two steps the typed fact wins over the co-mention.
      expect(res.body.paths[0].edges.map((e: { relation: string }) => e.relation)).toEqual([
        'met-with',
        'met-with',
      ]);
      expect(res.body.paths[0].edges[0].evidence[0].sentence).toBe('Emmanuel Macron met Zelensky in Kyiv.');
    });

    it('answers no path within maxLength with an empty list, and refuses bad input', async () => {
      expect(
        (await request(t.app).get('/api/paths?from=zelensky&to=jose-alvarez&maxLength=1').expect(200)).body,
      ).toEqual({ paths: [] });
      await request(t.app).get('/api/paths?from=zelensky&to=nobody').expect(404);
      await request(t.app).get('/api/paths?from=zelensky').expect(400);
      const res = await request(t.app).get('/api/paths?from=zelensky&to=kyiv&maxLength=7').expect(400);
      expect(res.body.error.message).toMatch(/^query\.maxLength: /);
    });
  });

  describe('GET /api/relations', () => {
    it('gives the evidence behind an edge, either way round for symmetric relations', async () => {
      const res = await request(t.app)
        .get('/api/relations?source=vladimir-putin&target=olaf-scholz&relation=met-with')
        .expect(200);
      expect(res.body.relations).toEqual([
        expect.objectContaining({
          id: 'olaf-scholz:met-with:vladimir-putin',
          weight: 1,
          evidence: [expect.objectContaining({ docId: ids[0], date: '2022-02-15' })],
        }),
      ]);
      const accused = await request(t.app).get('/api/relations?source=nato&relation=accused').expect(200);
      expect(accused.body.relations[0].evidence).toHaveLength(2);
      // Directed relations do not answer backwards.
      expect(
        (await request(t.app).get('/api/relations?source=russia&target=nato&relation=accused').expect(200))
          .body,
      ).toEqual({ relations: [] });
    });

    it('needs an end, and knows its entities', async () => {
      expect((await request(t.app).get('/api/relations').expect(400)).body.error.message).toMatch(
        /source, a target/,
      );
      await request(t.app).get('/api/relations?source=ghost').expect(404);
      await request(t.app).get('/api/relations?source=nato&relation=hugged').expect(400);
    });
  });

  describe('documents', () => {
    it('lists documents newest first, with paging', async () => {
      const res = await request(t.app).get('/api/documents?limit=2').expect(200);
      expect(res.body.total).toBe(3);
      expect(res.body.items).toEqual([
        { id: ids[1], title: 'Macron calls Kyiv', date: '2022-02-16', source: 'api' },
        {
          id: ids[0],
          title: 'Scholz in Moscow',
          date: '2022-02-15',
          url: 'https://example.com/scholz-moscow',
          source: 'api',
        },
      ]);
      expect((await request(t.app).get('/api/documents?offset=3').expect(200)).body.items).toEqual([]);
    });

    it('gives a document with mention offsets into its text', async () => {
      const res = await request(t.app).get(`/api/documents/${ids[2]}`).expect(200);
      expect(res.body).toMatchObject({
        id: ids[2],
        title: 'Talks in Bogotá',
        date: '2022-02-10',
        authors: [],
      });
      const names = res.body.mentions.map((m: { start: number; end: number }) =>
        res.body.text.slice(m.start, m.end),
      );
      expect(names).toEqual(
        ['Talks', 'Bogotá', 'José Álvarez', 'Emmanuel Macron', 'Bogotá', 'José Álvarez'].filter(
          (n) => n !== 'Talks',
        ),
      );
      expect(res.body.mentions[0]).toMatchObject({ entityId: 'bogota', type: 'location' });
      await request(t.app).get('/api/documents/doc-nope').expect(404);
    });
  });

  describe('GET /api/export', () => {
    it('downloads GEXF with statements and evidence', async () => {
      const res = await request(t.app).get('/api/export?format=gexf').expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/gexf\+xml/);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?newsgraph-graph\.gexf"?$/);
      expect(res.text).toContain('<gexf');
      expect(res.text).toContain('Vladimir Putin');
    });

    it('downloads graphology JSON that keeps evidence, and CSV tables one at a time', async () => {
      const json = await request(t.app).get('/api/export?format=json').expect(200);
      const graph = JSON.parse(json.text);
      const edge = graph.edges.find((e: { key: string }) => e.key === 'nato:accused:russia');
      expect(edge.attributes.evidence).toHaveLength(2);
      const putin = graph.nodes.find((n: { key: string }) => n.key === 'vladimir-putin');
      expect(putin.attributes.statements).toHaveLength(1);
      const nodes = await request(t.app).get('/api/export?format=csv&file=nodes').expect(200);
      expect(nodes.headers['content-type']).toMatch(/^text\/csv/);
      expect(nodes.text.split('\n')[0]).toMatch(/label/i);
      const edges = await request(t.app).get('/api/export?format=csv').expect(200);
      expect(edges.text).toContain('accused');
      await request(t.app).get('/api/export?format=pdf').expect(400);
    });
  });

  it('serves an OpenAPI 3.1 document generated from the schemas', async () => {
    const res = await request(t.app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const neighbors = res.body.paths['/api/entities/{id}/neighbors'].get;
    expect(neighbors.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'id', in: 'path', required: true }),
        expect.objectContaining({
          name: 'depth',
          in: 'query',
          required: false,
          schema: expect.objectContaining({ type: 'integer', minimum: 1, maximum: 3 }),
        }),
        expect.objectContaining({
          name: 'evidence',
          in: 'query',
          required: false,
          schema: expect.objectContaining({ type: 'integer', minimum: 0, maximum: 200, default: 3 }),
        }),
      ]),
    );
    expect(res.body.paths['/api/documents'].post.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/stats',
        '/api/graph',
        '/api/export',
        '/api/entities',
        '/api/entities/{id}',
        '/api/paths',
        '/api/relations',
        '/api/documents',
        '/api/documents/{id}',
        '/api/events',
      ]),
    );
  });

  it('answers unknown endpoints with a JSON 404', async () => {
    const res = await request(t.app).get('/api/nothing').expect(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'no such endpoint: GET /api/nothing' } });
    await request(t.app).delete('/api/documents').expect(404);
  });
});
