import { ApiClient, ApiError, buildUrl } from './api';

type Call = { url: string; init?: RequestInit };

function fakeFetch(status: number, body: unknown, calls: Call[] = []): typeof fetch {
  return (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(text, { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
}

describe('ApiClient', () => {
  it('builds query strings without empty values and escapes ids', async () => {
    expect(buildUrl('', '/api/x', { q: 'a b', type: undefined, limit: 5, e: '' })).toBe(
      '/api/x?q=a+b&limit=5',
    );
    const calls: Call[] = [];
    const api = new ApiClient('http://h', fakeFetch(200, { nodes: [], edges: [] }, calls));
    await api.neighbors('ent/a?b', { depth: 2 });
    expect(calls[0]!.url).toBe('http://h/api/entities/ent%2Fa%3Fb/neighbors?depth=2');
  });

  it("turns the server's error body into an ApiError", async () => {
    const api = new ApiClient('', fakeFetch(404, { error: { code: 'not_found', message: 'no entity x' } }));
    await expect(api.entity('x')).rejects.toMatchObject({
      code: 'not_found',
      message: 'no entity x',
      status: 404,
    });
  });

  it('reports non-JSON answers and network failures clearly', async () => {
    await expect(new ApiClient('', fakeFetch(502, '<html>bad gateway</html>')).graph()).rejects.toThrow(
      'answered 502 with non-JSON',
    );
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    await expect(new ApiClient('', down).graph()).rejects.toMatchObject({ code: 'network' });
  });

  it('fills missing lists so panels can iterate', async () => {
    const detail = await new ApiClient('', fakeFetch(200, { id: 'a', label: 'A' })).entity('a');
    expect(detail.statements).toEqual([]);
    expect(detail.documents).toEqual([]);
    expect(detail.metrics).toEqual({});
  });

  it('posts articles as JSON with the token when one is set, and refuses empty text', async () => {
    const calls: Call[] = [];
    const api = new ApiClient(
      '',
      fakeFetch(201, { documents: [{ id: 'd', status: 'added' }], relationsAdded: 2 }, calls),
    );
    await expect(api.ingest({ text: '   ' })).rejects.toBeInstanceOf(ApiError);
    api.setToken(' secret ');
    const res = await api.ingest({ title: 'T', text: 'Scholz met Putin.' });
    expect(res.relationsAdded).toBe(2);
    expect(calls[0]!.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual({ title: 'T', text: 'Scholz met Putin.' });
    expect((calls[0]!.init?.headers as Record<string, string>).authorization).toBe('Bearer secret');
  });
});
