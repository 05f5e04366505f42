/**
 * A request fuzz driven by the OpenAPI document: every operation is called with parameters drawn
 * from its schema, from just outside it, and from plain junk; path ids are real or hostile; write
 * bodies are random JSON. The server may refuse, but must never answer 5xx, and every error must be
 * the JSON error shape.
 */
import request from 'supertest';
import { ARTICLES, tmpApp, type TmpApp } from '../test-utils/harness';

/** mulberry32: a seeded generator, so that a failure replays. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Schema {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
}
interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
}

const JUNK = [
  '',
  ' ',
  'a',
  '-1',
  '0',
  '1e309',
  'NaN',
  'null',
  '[]',
  '{}',
  "' OR 1=1 --",
  '<script>x</script>',
  '../../etc/passwd',
  '%00',
  'é',
  '🙂',
  'x'.repeat(3000),
  'person,person',
  ',,,',
];

describe('request fuzz over the OpenAPI document', () => {
  let t: TmpApp;
  let spec: { paths: Record<string, Record<string, { parameters: Parameter[]; requestBody?: unknown }>> };
  beforeAll(async () => {
    t = tmpApp({ bodyLimitBytes: 20_000 });
    await request(t.app).post('/api/documents').send(ARTICLES).expect(201);
    spec = (await request(t.app).get('/api/openapi.json').expect(200)).body;
  });
  afterAll(() => t.cleanup());

  it('never answers 5xx, and answers every error as JSON', async () => {
    const rand = random(20260215);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
    const ids = [
      'vladimir-putin',
      'nato',
      'kyiv',
      'no-such-id',
      '%2e%2e',
      'a%2Fb',
      '%E0%A4%A',
      "o'brien",
      'x'.repeat(400),
    ];
    // Even rounds stay within the schema (to reach the handlers), odd rounds mix in junk.
    let valid = true;
    const value = (schema: Schema): string => {
      if (!valid && rand() < 0.4) return pick(JUNK);
      if (schema.enum) return String(pick(schema.enum));
      if (schema.type === 'integer' || schema.type === 'number') {
        const lo = schema.minimum ?? -10;
        const hi = schema.maximum ?? 1000;
        if (valid) return String(pick([lo, hi, Math.floor(lo + rand() * (hi - lo))]));
        return String(pick([lo - 1, hi + 1, 2 ** 53, 0.5, -0]));
      }
      return valid ? pick(ids.slice(0, 3)) : pick([...ids, ...JUNK]);
    };
    const body = (depth = 0): unknown => {
      const r = rand();
      if (depth > 2 || r < 0.15) return pick([null, true, 0, -1, 1e308, 'text', '']);
      if (r < 0.35) return Array.from({ length: Math.floor(rand() * 3) }, () => body(depth + 1));
      if (r < 0.6)
        return {
          text: pick(['Anna Adler met Nato.', '', 5, null, 'x'.repeat(100)]),
          title: pick([undefined, 'T', 7, null]),
          date: pick([undefined, '2022-02-15', 'yesterday', 3]),
        };
      if (r < 0.75) return { articles: body(depth + 1) };
      return { [pick(['id', 'text', 'articles', '__proto__', 'constructor'])]: body(depth + 1) };
    };

    const failures: string[] = [];
    const statuses = new Set<string>();
    let calls = 0;
    for (const [template, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (template === '/api/events') continue; // a stream that never ends; tested on its own
        for (let round = 0; round < 30; round++) {
          valid = round % 2 === 0;
          let path = template;
          const query: string[] = [];
          for (const p of operation.parameters ?? []) {
            if (p.in === 'path')
              path = path.replace(
                `{${p.name}}`,
                valid || rand() < 0.5 ? pick(ids) : encodeURIComponent(value(p.schema)),
              );
            // Free strings (comma lists, q) cannot be drawn valid from the schema: valid rounds leave them out.
            else if (
              valid &&
              !p.required &&
              p.schema.type === 'string' &&
              !p.schema.enum &&
              !/^(source|target)$/.test(p.name)
            )
              continue;
            else if (p.required || rand() < 0.6)
              query.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(value(p.schema))}`);
          }
          if (!valid && rand() < 0.2)
            query.push(`${pick(['limit', 'depth', 'types'])}=1&${pick(['limit', 'depth', 'types'])}=2`);
          const url = query.length ? `${path}?${query.join('&')}` : path;
          const req =
            method === 'post'
              ? request(t.app)
                  .post(url)
                  .set('Content-Type', 'application/json')
                  .send(JSON.stringify(body()) ?? 'null')
              : request(t.app).get(url);
          const res = await req;
          calls++;
          statuses.add(`${template} ${res.status}`);
          if (res.status >= 500)
            failures.push(`${method.toUpperCase()} ${url} -> ${res.status} ${res.text.slice(0, 200)}`);
          else if (
            res.status >= 400 &&
            !(typeof res.body?.error?.code === 'string' && typeof res.body.error.message === 'string')
          )
            failures.push(
              `${method.toUpperCase()} ${url} -> ${res.status} without the error shape: ${res.text.slice(0, 200)}`,
            );
          if (res.text.includes('    at ')) failures.push(`${method.toUpperCase()} ${url} -> a stack trace`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(250);
    // The fuzz reached the handlers, not only the validators.
    for (const reached of [
      '/api/graph 200',
      '/api/entities/{id}/neighbors 200',
      '/api/paths 200',
      '/api/relations 200',
      '/api/documents 201',
    ])
      expect(statuses).toContain(reached);
  }, 30_000);
});
