import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../app';
import { fakePipeline } from '../test-utils/fake-pipeline';
import { ARTICLES, tmpApp, tmpStore, type TmpApp } from '../test-utils/harness';

describe('POST /api/documents', () => {
  let t: TmpApp;
  beforeEach(() => {
    t = tmpApp({ bodyLimitBytes: 4096, maxArticlesPerRequest: 3 });
  });
  afterEach(() => t.cleanup());

  it('takes one article, a list, or { articles }, and reports what it added', async () => {
    const one = await request(t.app).post('/api/documents').send(ARTICLES[0]).expect(201);
    expect(one.body).toEqual({
      documents: [{ id: expect.stringMatching(/^doc-/), title: 'Scholz in Moscow', status: 'created' }],
      entitiesAdded: expect.arrayContaining(['olaf-scholz', 'vladimir-putin', 'moscow']),
      relationsAdded: expect.any(Number),
    });
    const wrapped = await request(t.app)
      .post('/api/documents')
      .send({ articles: [ARTICLES[1]] })
      .expect(201);
    // Vladimir Putin is known already: only the new entities are reported.
    expect(wrapped.body.entitiesAdded).toContain('zelensky');
    expect(wrapped.body.entitiesAdded).not.toContain('vladimir-putin');
    const list = await request(t.app)
      .post('/api/documents')
      .send([ARTICLES[2], { id: 'mine', text: 'Robert met Nato in Paris.' }])
      .expect(201);
    expect(list.body.documents.map((d: { id: string }) => d.id)).toEqual([
      expect.stringMatching(/^doc-/),
      'mine',
    ]);
    expect((await request(t.app).get('/api/documents/mine').expect(200)).body.text).toBe(
      'Robert met Nato in Paris.',
    );
    // The in-memory graph follows the store.
    expect(
      (await request(t.app).get('/api/entities/robert/neighbors').expect(200)).body.edges.map(
        (e: { id: string }) => e.id,
      ),
    ).toContain('nato:met-with:robert');
  });

  it('answers /neighbors from a cache that every ingest empties', async () => {
    await request(t.app).post('/api/documents').send(ARTICLES[0]).expect(201);
    type Edge = { id: string; evidenceCount: number; evidence: unknown[] };
    const hood = async (id: string) =>
      (await request(t.app).get(`/api/entities/${id}/neighbors`).expect(200)).body as { edges: Edge[] };
    const before = await hood('russia');
    expect(await hood('russia')).toEqual(before);
    expect(t.app.context.neighborCache.hits).toBeGreaterThan(0);
    expect(before.edges.find((e) => e.id === 'nato:accused:russia')).toMatchObject({ evidenceCount: 1 });
    expect((await hood('vladimir-putin')).edges.map((e) => e.id)).not.toContain(
      'emmanuel-macron:met-with:vladimir-putin:planned',
    );
    // The second article states the accusation again and adds a planned meeting with Putin.
    await request(t.app).post('/api/documents').send(ARTICLES[1]).expect(201);
    const after = await hood('russia');
    expect(after.edges.find((e) => e.id === 'nato:accused:russia')).toMatchObject({
      evidenceCount: 2,
      evidence: [expect.anything(), expect.anything()],
    });
    expect((await hood('vladimir-putin')).edges.map((e) => e.id)).toContain(
      'emmanuel-macron:met-with:vladimir-putin:planned',
    );
  });

  it('counts distinct neighbours as degree on graphs too large for metrics, at load and after ingest', async () => {
    await request(t.app).post('/api/documents').send([ARTICLES[0], ARTICLES[1]]).expect(201);
    // A second app on the same file, with metrics off: degrees are counted at load.
    const app = createApp({
      store: t.store,
      settings: { logLevel: 'silent', metricsMaxNodes: 1 },
      pipeline: fakePipeline(),
    });
    try {
      const check = async (id: string) => {
        const res = await request(app).get(`/api/entities/${id}/neighbors?depth=2`).expect(200);
        for (const node of res.body.nodes as { id: string; degree: number; pagerank?: number }[]) {
          expect(node.pagerank).toBeUndefined();
          expect(node.degree).toBe(app.context.index.graph.neighbors(node.id).length);
        }
        return res.body.nodes.find((n: { id: string }) => n.id === id).degree as number;
      };
      const before = await check('vladimir-putin');
      await request(app).post('/api/documents').send(ARTICLES[2]).expect(201);
      await check('emmanuel-macron');
      expect(await check('vladimir-putin')).toBe(before);
      expect(await check('jose-alvarez')).toBeGreaterThan(0);
    } finally {
      app.shutdown();
    }
  });

  it('marks duplicates and rejects unusable articles without failing the others', async () => {
    await request(t.app).post('/api/documents').send(ARTICLES[0]).expect(201);
    const res = await request(t.app)
      .post('/api/documents')
      .send([ARTICLES[0], { text: '   ' }, { title: 'Dated', date: 'someday', text: 'Robert said yes.' }])
      .expect(200);
    expect(res.body.documents).toEqual([
      { id: expect.stringMatching(/^doc-/), title: 'Scholz in Moscow', status: 'duplicate' },
      { id: null, status: 'rejected', reason: 'empty text' },
      { id: null, title: 'Dated', status: 'rejected', reason: 'unrecognised date "someday"' },
    ]);
    const taken = await request(t.app)
      .post('/api/documents')
      .send({ id: res.body.documents[0].id, text: 'Other text in Paris.' })
      .expect(200);
    expect(taken.body.documents[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/already used/),
    });
    expect((await request(t.app).get('/api/stats')).body.documents).toBe(1);
  });

  it('keeps HTML and SQL-looking text as data, escaped in JSON', async () => {
    const text = `Robert said "'); DROP TABLE documents; --" <img src=x onerror=alert(1)> in Paris.`;
    const res = await request(t.app)
      .post('/api/documents')
      .send({ title: '<script>alert("x")</script>', text })
      .expect(201);
    const id = res.body.documents[0].id;
    const doc = await request(t.app).get(`/api/documents/${id}`).expect(200);
    expect(doc.headers['content-type']).toMatch(/^application\/json/);
    expect(doc.body.title).toBe('<script>alert("x")</script>');
    expect(doc.body.text).toContain(`"'); DROP TABLE documents; --"`);
    expect((await request(t.app).get('/api/stats')).body.documents).toBe(1);
    const robert = await request(t.app).get('/api/entities/robert').expect(200);
    expect(robert.body.statements[0].text).toContain('DROP TABLE');
  });

  it('refuses bodies that are not articles, with the field named', async () => {
    let res = await request(t.app).post('/api/documents').send({ title: 'no text' }).expect(400);
    expect(res.body.error).toEqual({
      code: 'invalid_request',
      message: expect.stringMatching(/^body\.text: /),
    });
    res = await request(t.app).post('/api/documents').send([]).expect(400);
    expect(res.body.error.message).toMatch(/^body/);
    res = await request(t.app)
      .post('/api/documents')
      .send([{ text: 'a' }, { text: 'b' }, { text: 'c' }, { text: 'd' }])
      .expect(400);
    expect(res.body.error.message).toMatch(/Too big: expected array to have <=3 items/);
    res = await request(t.app)
      .post('/api/documents')
      .set('Content-Type', 'application/json')
      .send('{"text": ')
      .expect(400);
    expect(res.body).toEqual({
      error: { code: 'invalid_json', message: 'the request body is not valid JSON' },
    });
  });

  it('answers 413 above the body limit', async () => {
    const res = await request(t.app)
      .post('/api/documents')
      .send({ text: 'x'.repeat(5000) })
      .expect(413);
    expect(res.body).toEqual({
      error: {
        code: 'payload_too_large',
        message: 'the request body is larger than the limit of 4096 bytes',
      },
    });
  });
});

describe('bearer token', () => {
  let t: TmpApp;
  beforeAll(() => {
    t = tmpApp({ token: 's3cret-token' });
  });
  afterAll(() => t.cleanup());

  it('guards writes, not reads', async () => {
    const missing = await request(t.app).post('/api/documents').send(ARTICLES[0]).expect(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="newsgraph"');
    expect(missing.body.error.code).toBe('unauthorized');
    await request(t.app)
      .post('/api/documents')
      .set('Authorization', 'Bearer wrong-token')
      .send(ARTICLES[0])
      .expect(401);
    await request(t.app)
      .post('/api/documents')
      .set('Authorization', 'Bearer s3cret-token')
      .send(ARTICLES[0])
      .expect(201);
    await request(t.app).get('/api/stats').expect(200);
  });

  it('never writes the token to the request log', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const tmp = tmpStore();
    const app = createApp({
      store: tmp.store,
      settings: { token: 's3cret-token' },
      logger,
      pipeline: fakePipeline(),
    });
    try {
      await request(app)
        .post('/api/documents')
        .set('Authorization', 'Bearer s3cret-token')
        .set('Cookie', 'c=1')
        .send(ARTICLES[0])
        .expect(201);
      const log = lines.map(
        (l) => JSON.parse(l) as { req?: { method: string; url: string }; res?: { statusCode: number } },
      );
      expect(log).toContainEqual(
        expect.objectContaining({
          req: expect.objectContaining({ method: 'POST', url: '/api/documents' }),
          res: { statusCode: 201 },
        }),
      );
      expect(lines.join('')).not.toMatch(/s3cret-token|authorization|cookie/i);
    } finally {
      app.shutdown();
      tmp.cleanup();
    }
  });
});

describe('GET /api/events', () => {
  let t: TmpApp;
  let server: http.Server;
  beforeAll(async () => {
    t = tmpApp();
    server = http.createServer(t.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    t.app.shutdown();
    await new Promise((resolve) => server.close(resolve));
    t.cleanup();
  });

  it('streams new documents, entities and relations', async () => {
    const { port } = server.address() as AddressInfo;
    const received: string[] = [];
    const done = new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/api/events' }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          received.push(chunk);
          const text = received.join('');
          if (text.includes('event: relation')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
    });
    // Wait for the subscription before ingesting.
    while (t.app.context.events.size === 0) await new Promise((r) => setTimeout(r, 5));
    await request(t.app).post('/api/documents').send(ARTICLES[0]).expect(201);
    const text = await done;
    const events = text
      .split('\n\n')
      .filter((frame) => frame.startsWith('event:'))
      .map((frame) => {
        const [event, data] = frame.split('\n');
        return { type: event!.slice('event: '.length), data: JSON.parse(data!.slice('data: '.length)) };
      });
    expect(events[0]).toEqual({
      type: 'document',
      data: { id: expect.stringMatching(/^doc-/), title: 'Scholz in Moscow' },
    });
    expect(events).toContainEqual({
      type: 'entity',
      data: { id: 'vladimir-putin', label: 'Vladimir Putin', entityType: 'person' },
    });
    expect(events).toContainEqual({
      type: 'relation',
      data: {
        id: 'olaf-scholz:met-with:vladimir-putin',
        source: 'olaf-scholz',
        target: 'vladimir-putin',
        relation: 'met-with',
      },
    });
    while (t.app.context.events.size > 0) await new Promise((r) => setTimeout(r, 5));
    expect(t.app.context.streams.size).toBe(0);
  });
});
