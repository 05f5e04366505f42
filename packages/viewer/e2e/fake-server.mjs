// A stand-in for `newsgraph serve` while the real server is being written: serves the built viewer
// and a small in-memory graph through the same API contract. Sentences are our own.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const doc = (id, title, date) => ({ id, title, date, url: `https://example.org/${id}` });
const docs = [
  doc('d1', 'Scholz meets Putin in Moscow', '2022-02-15'),
  doc('d2', 'NATO ministers gather', '2022-02-16'),
];
const node = (key, label, entityType, extra = {}) => ({
  key,
  attributes: {
    label,
    entityType,
    aliases: [label.split(' ').pop()],
    roles: [],
    mentions: 3,
    documents: ['d1'],
    firstSeen: '2022-02-15',
    lastSeen: '2022-02-15',
    statementCount: 0,
    ...extra,
  },
});
const graph = {
  attributes: {},
  options: { type: 'directed', multi: true, allowSelfLoops: true },
  nodes: [
    node('putin', 'Vladimir Putin', 'person', {
      pagerank: 0.3,
      degree: 4,
      community: 0,
      roles: ['President'],
    }),
    node('scholz', 'Olaf Scholz', 'person', {
      pagerank: 0.25,
      degree: 3,
      community: 0,
      roles: ['Chancellor'],
    }),
    node('nato', 'NATO', 'organization', {
      pagerank: 0.2,
      degree: 2,
      community: 1,
      documents: ['d2'],
      firstSeen: '2022-02-16',
      lastSeen: '2022-02-16',
    }),
    node('ukraine', 'Ukraine', 'location', { pagerank: 0.15, degree: 3, community: 1 }),
    node('moscow', 'Moscow', 'location', { pagerank: 0.1, degree: 1, community: 0 }),
  ],
  edges: [
    { key: 'r1', source: 'olaf', target: 'putin' },
    {
      key: 'r1',
      source: 'putin',
      target: 'scholz',
      attributes: {
        relation: 'met-with',
        modality: 'asserted',
        weight: 2,
        firstSeen: '2022-02-15',
        lastSeen: '2022-02-15',
        evidenceCount: 2,
      },
    },
    {
      key: 'r2',
      source: 'scholz',
      target: 'putin',
      attributes: {
        relation: 'urged',
        modality: 'asserted',
        weight: 1,
        firstSeen: '2022-02-15',
        evidenceCount: 1,
      },
    },
    {
      key: 'r3',
      source: 'nato',
      target: 'putin',
      attributes: {
        relation: 'warned',
        modality: 'asserted',
        weight: 1,
        firstSeen: '2022-02-16',
        evidenceCount: 1,
      },
    },
    {
      key: 'r4',
      source: 'putin',
      target: 'ukraine',
      attributes: { relation: 'co-mention', modality: 'asserted', weight: 3, evidenceCount: 3 },
    },
    {
      key: 'r5',
      source: 'scholz',
      target: 'moscow',
      attributes: { relation: 'co-mention', modality: 'asserted', weight: 1, evidenceCount: 1 },
    },
    {
      key: 'r6',
      source: 'nato',
      target: 'ukraine',
      attributes: { relation: 'aided', modality: 'planned', weight: 1, evidenceCount: 1 },
    },
  ].slice(1),
};
const sentence = {
  r1: 'The German chancellor Olaf Scholz met with Vladimir Putin in the Kremlin on Tuesday.',
  r2: 'Scholz urged Putin to pull troops back from the border.',
  r3: 'NATO warned Putin against any further escalation.',
  r4: 'Putin spoke about Ukraine at length.',
  r5: 'Scholz flew to Moscow.',
  r6: 'NATO may send more aid to Ukraine.',
};
// FAKE_GRAPH=/path/graph.json (a `newsgraph build` output) replaces the tiny graph above.
const full = process.env.FAKE_GRAPH ? JSON.parse(await readFile(process.env.FAKE_GRAPH, 'utf8')) : null;
if (full) {
  graph.nodes = full.nodes.map(({ key, attributes: { statements, ...a } }) => ({
    key,
    attributes: { ...a, statementCount: statements?.length ?? 0 },
  }));
  graph.edges = full.edges.map(({ key, source, target, attributes: { evidence, ...a } }) => ({
    key,
    source,
    target,
    attributes: { ...a, evidenceCount: evidence?.length ?? 0 },
  }));
}
const fullEdge = (key) => full?.edges.find((e) => e.key === key);
const evidence = (e) =>
  fullEdge(e.key)?.attributes.evidence ?? [
    {
      docId: 'd1',
      sentence: sentence[e.key],
      start: 0,
      end: 10,
      title: docs[0].title,
      url: docs[0].url,
      date: docs[0].date,
    },
  ];
const relation = (e) => ({
  id: e.key,
  source: e.source,
  target: e.target,
  relation: e.attributes.relation,
  modality: e.attributes.modality,
  weight: e.attributes.weight,
  evidence: evidence(e),
});
const clients = new Set();

function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function api(req, res, url) {
  const p = url.pathname;
  if (p === '/api/graph') return json(res, 200, graph);
  if (p === '/api/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(': hi\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
    return;
  }
  const m = p.match(/^\/api\/entities\/([^/]+)(\/neighbors)?$/);
  if (m) {
    const id = decodeURIComponent(m[1]);
    const n = graph.nodes.find((x) => x.key === id);
    if (!n) return json(res, 404, { error: { code: 'not_found', message: `No entity ${id}` } });
    const edges = graph.edges.filter((e) => e.source === id || e.target === id);
    if (m[2]) {
      const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
      return json(res, 200, {
        nodes: graph.nodes
          .filter((x) => ids.has(x.key))
          .map((x) => ({ id: x.key, label: x.attributes.label, entityType: x.attributes.entityType })),
        edges: edges.map(relation),
      });
    }
    return json(res, 200, {
      id,
      ...n.attributes,
      statements: [
        {
          relation: 'said',
          text: `${n.attributes.label} said talks would go on.`,
          doc: 'd1',
          modality: 'asserted',
        },
      ],
      documents: docs,
      metrics: {
        degree: n.attributes.degree,
        pagerank: n.attributes.pagerank,
        community: n.attributes.community,
      },
    });
  }
  if (p === '/api/relations') {
    const q = url.searchParams;
    const rel = graph.edges.filter(
      (e) =>
        (!q.get('source') || e.source === q.get('source')) &&
        (!q.get('target') || e.target === q.get('target')) &&
        (!q.get('relation') || e.attributes.relation === q.get('relation')),
    );
    return json(res, 200, { relations: rel.map(relation) });
  }
  if (p === '/api/documents' && req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    const { title, text } = JSON.parse(body);
    const key = `n${graph.nodes.length}`;
    graph.nodes.push(
      node(
        key,
        (text.match(/[A-Z][a-z]+ [A-Z][a-z]+(?= in Berlin)/) ?? text.match(/Andrzej Duda/) ?? ['Someone'])[0],
        'person',
      ),
    );
    docs.push({ id: `d${docs.length + 1}`, title, date: '2022-02-17' });
    graph.edges.push({
      key: `r${graph.edges.length + 10}`,
      source: key,
      target: 'putin',
      attributes: { relation: 'met-with', modality: 'asserted', weight: 1 },
    });
    sentence[`r${graph.edges.length + 9}`] = text;
    for (const c of clients) c.write('event: document\ndata: {}\n\n');
    return json(res, 201, {
      documents: [{ id: `d${graph.nodes.length}`, title, status: 'added' }],
      entitiesAdded: [key],
      relationsAdded: 1,
    });
  }
  return json(res, 404, { error: { code: 'not_found', message: p } });
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
export function startFakeServer(port = 0) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    const file = normalize(join(dist, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!file.startsWith(dist)) return json(res, 403, {});
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      json(res, 404, { error: { code: 'not_found', message: url.pathname } });
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startFakeServer(Number(process.argv[2] ?? 3100));
  console.log(`fake server on http://127.0.0.1:${server.address().port}`);
}
