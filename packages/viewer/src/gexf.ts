/**
 * The visible graph as GEXF 1.3 for Gephi: data attributes as GEXF attributes (lists joined with
 * `|`), positions, colours and sizes as viz. Pure (no DOM), so it is tested in node.
 */
import write from 'graphology-gexf/browser/writer';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './graph-data';

/** Attribute values GEXF can hold; lists are joined with `|` as Gephi does for its list columns. */
type Scalar = string | number | boolean;

function defined(record: Record<string, Scalar | undefined>): Record<string, Scalar> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, Scalar] => e[1] !== undefined));
}

/**
 * `#rrggbb` or `#rrggbbaa` as the CSS `rgb()`/`rgba()` the GEXF writer turns into viz r, g, b (and
 * a) attributes: it would copy a `#` colour into `hex` as is, and an 8-digit hex is not valid there.
 */
export function vizColor(hex: string): string | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i.exec(hex);
  if (!m) return undefined;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16));
  return m[4] ? `rgba(${r},${g},${b},${+(parseInt(m[4], 16) / 255).toFixed(3)})` : `rgb(${r},${g},${b})`;
}

export function toGexf(graph: DisplayGraph): string {
  const xml = write(graph, {
    version: '1.3',
    // Pedantic: graph attributes are not written into <meta>, where GEXF 1.3 does not allow them.
    pedantic: true,
    formatNode: (_key, a: DisplayNode) => ({
      label: a.label,
      viz: { color: vizColor(a.color), size: a.size, x: a.x, y: a.y },
      attributes: defined({
        entityType: a.entityType,
        aliases: a.aliases.join('|'),
        roles: a.roles.join('|'),
        mentions: a.mentions,
        documents: a.documents.length,
        degree: a.degree,
        pagerank: a.pagerank,
        community: a.community,
        firstSeen: a.firstSeen,
        lastSeen: a.lastSeen,
      }),
    }),
    formatEdge: (_key, a: DisplayEdge) => ({
      label: a.relation,
      weight: a.weight,
      viz: { color: vizColor(a.color), thickness: a.size },
      attributes: defined({
        relation: a.relation,
        modality: a.modality,
        evidenceCount: a.evidenceCount,
        firstSeen: a.firstSeen,
        lastSeen: a.lastSeen,
      }),
    }),
  });
  // The schema (RELAX NG 1.3) does not allow xsi:schemaLocation on <gexf>, and Gephi does not need it.
  return xml.replace(/^(<gexf\b[^>]*?)\s+xsi:schemaLocation="[^"]*"/m, '$1');
}
