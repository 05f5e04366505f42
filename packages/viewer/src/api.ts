/**
 * Typed client of the Newsgraph server API. Errors come back as ApiError with the server's code and
 * message ({error: {code, message}}), or a code of our own for network and format failures, so the
 * page can say what went wrong.
 */
import type {
  ArticleUpload,
  EntityDetail,
  IngestResult,
  Neighborhood,
  RelationDetail,
  SearchResult,
} from './types';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const LIVE_EVENTS = ['document', 'entity', 'relation'] as const;
export type LiveEvent = (typeof LIVE_EVENTS)[number];

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Query = Record<string, string | number | undefined | null>;

export function buildUrl(base: string, path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const q = params.toString();
  return `${base}${path}${q ? `?${q}` : ''}`;
}

function expectObject(json: unknown, what: string): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ApiError('bad_response', `${what}: the server sent something that is not an object`, 0);
  }
  return json as Record<string, unknown>;
}

export class ApiClient {
  /** Bearer token for writes, when the server is configured with one (reads are open). */
  private token: string | null = null;

  /** `base` is '' when the viewer is served by the API server itself. */
  constructor(
    private readonly base = '',
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  setToken(token: string | null): void {
    this.token = token && token.trim() !== '' ? token.trim() : null;
  }

  private async request(path: string, query?: Query, init?: RequestInit): Promise<unknown> {
    const url = buildUrl(this.base, path, query);
    let res: Response;
    try {
      res = await this.fetchImpl(url, init);
    } catch (err) {
      throw new ApiError('network', `Cannot reach the server (${(err as Error).message})`, 0);
    }
    let body: unknown = null;
    const text = await res.text();
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        throw new ApiError(
          'bad_response',
          `${path}: the server answered ${res.status} with non-JSON`,
          res.status,
        );
      }
    }
    if (!res.ok) {
      const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
      throw new ApiError(
        typeof error?.code === 'string' ? error.code : `http_${res.status}`,
        typeof error?.message === 'string' ? error.message : `${path}: HTTP ${res.status}`,
        res.status,
      );
    }
    return body;
  }

  /** The whole graph; filtering happens in the page so that toggling a filter is instant. */
  graph(): Promise<unknown> {
    return this.request('/api/graph');
  }

  async searchEntities(q: string, opts: { type?: string; limit?: number } = {}): Promise<SearchResult> {
    const body = expectObject(await this.request('/api/entities', { q, ...opts }), 'entities');
    return {
      items: Array.isArray(body.items) ? body.items : [],
      total: Number(body.total) || 0,
    } as SearchResult;
  }

  async entity(id: string): Promise<EntityDetail> {
    const body = expectObject(await this.request(`/api/entities/${encodeURIComponent(id)}`), 'entity');
    return {
      ...body,
      aliases: Array.isArray(body.aliases) ? body.aliases : [],
      roles: Array.isArray(body.roles) ? body.roles : [],
      statements: Array.isArray(body.statements) ? body.statements : [],
      documents: Array.isArray(body.documents) ? body.documents : [],
      metrics: expectObject(body.metrics ?? {}, 'entity metrics'),
    } as EntityDetail;
  }

  async neighbors(
    id: string,
    opts: { depth?: number; relation?: string; direction?: 'in' | 'out' | 'both' } = {},
  ): Promise<Neighborhood> {
    const body = expectObject(
      await this.request(`/api/entities/${encodeURIComponent(id)}/neighbors`, opts),
      'neighbors',
    );
    return {
      nodes: Array.isArray(body.nodes) ? body.nodes : [],
      edges: Array.isArray(body.edges) ? body.edges : [],
    } as Neighborhood;
  }

  async relations(query: { source?: string; target?: string; relation?: string }): Promise<RelationDetail[]> {
    const body = expectObject(await this.request('/api/relations', query), 'relations');
    return (Array.isArray(body.relations) ? body.relations : []) as RelationDetail[];
  }

  async ingest(article: ArticleUpload): Promise<IngestResult> {
    if (article.text.trim() === '') throw new ApiError('empty_text', 'The article has no text.', 0);
    const body = expectObject(
      await this.request('/api/documents', undefined, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: JSON.stringify(article),
      }),
      'documents',
    );
    return {
      documents: Array.isArray(body.documents) ? body.documents : [],
      entitiesAdded: Array.isArray(body.entitiesAdded) ? body.entitiesAdded : [],
      relationsAdded: Number(body.relationsAdded) || 0,
    } as IngestResult;
  }

  exportUrl(format: ExportFormat): string {
    return buildUrl(this.base, '/api/export', { format });
  }

  /**
   * Calls `onChange` when the server reports new documents, entities or relations. EventSource
   * reconnects by itself; the returned function closes the stream.
   */
  subscribe(onChange: (event: LiveEvent) => void, onError?: () => void, onOpen?: () => void): () => void {
    if (typeof EventSource === 'undefined') return () => undefined;
    const source = new EventSource(`${this.base}/api/events`);
    for (const name of LIVE_EVENTS) source.addEventListener(name, () => onChange(name));
    if (onError) source.onerror = onError;
    if (onOpen) source.onopen = onOpen;
    return () => source.close();
  }
}
