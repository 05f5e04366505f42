/**
 * Generated news-like graphs for the renderer bench: clustered "stories" of entities with typed,
 * sometimes parallel relations, positioned in clusters (as a layout would leave them). Seeded, so
 * two runs draw the same picture.
 */
import { parseGraph, type DataGraph } from './graph-data';
import { ENTITY_TYPES, RELATION_TYPES } from './vocabulary';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateGraph(nodes: number, edgesPerNode = 2, seed = 42): DataGraph {
  if (!Number.isInteger(nodes) || nodes < 1)
    throw new Error(`generateGraph: nodes must be a positive integer, got ${nodes}`);
  const random = rng(seed);
  const clusters = Math.max(1, Math.round(Math.sqrt(nodes) / 2));
  const centers = Array.from({ length: clusters }, () => ({ x: random() * 1000, y: random() * 1000 }));
  const nodeList = Array.from({ length: nodes }, (_, i) => {
    const community = Math.floor(random() * clusters);
    const c = centers[community]!;
    const r = 60 * Math.sqrt(random());
    const a = random() * 2 * Math.PI;
    // Heavy-tailed importance, as in news: a few entities are everywhere.
    const pagerank = Math.pow(random(), 6);
    return {
      key: `n${i}`,
      attributes: {
        label: `Entity ${i}`,
        entityType: ENTITY_TYPES[Math.floor(random() * ENTITY_TYPES.length)],
        aliases: [],
        mentions: 1 + Math.floor(pagerank * 50),
        documents: [],
        pagerank,
        community,
        x: c.x + Math.cos(a) * r,
        y: c.y + Math.sin(a) * r,
      },
    };
  });
  const byCommunity = new Map<number, number[]>();
  nodeList.forEach((n, i) => {
    const list = byCommunity.get(n.attributes.community) ?? [];
    list.push(i);
    byCommunity.set(n.attributes.community, list);
  });
  const edges = [];
  for (let i = 0; i < nodes * edgesPerNode; i++) {
    const s = Math.floor(random() * nodes);
    // Mostly within the story's cluster, sometimes across.
    const peers = random() < 0.85 ? byCommunity.get(nodeList[s]!.attributes.community)! : null;
    const t = peers ? peers[Math.floor(random() * peers.length)]! : Math.floor(random() * nodes);
    if (s === t) continue;
    edges.push({
      key: `e${i}`,
      source: `n${s}`,
      target: `n${t}`,
      attributes: {
        relation: RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)],
        weight: 1 + Math.floor(random() * 3),
      },
    });
  }
  return parseGraph({ nodes: nodeList, edges });
}
