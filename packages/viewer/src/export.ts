/**
 * Exports of what is on screen: the visible (filtered) graph as GEXF with its data attributes and
 * viz positions/colours/sizes, and the canvas as PNG through @sigma/export-image.
 */
import { write } from 'graphology-gexf/browser';
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './graph-data';
import { downloadBlob } from './dom';

/** Attribute values GEXF can hold; lists are joined with `|` as Gephi does for its list columns. */
type Scalar = string | number | boolean;

function defined(record: Record<string, Scalar | undefined>): Record<string, Scalar> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, Scalar] => e[1] !== undefined));
}

export function toGexf(graph: DisplayGraph): string {
  return write(graph, {
    version: '1.3',
    formatNode: (_key, a: DisplayNode) => ({
      label: a.label,
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
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
      viz: { color: a.color, thickness: a.size },
      attributes: defined({
        relation: a.relation,
        modality: a.modality,
        evidenceCount: a.evidenceCount,
        firstSeen: a.firstSeen,
        lastSeen: a.lastSeen,
      }),
    }),
  });
}

export function downloadGexf(graph: DisplayGraph, fileName = 'newsgraph.gexf'): void {
  downloadBlob(new Blob([toGexf(graph)], { type: 'application/gexf+xml' }), fileName);
}

export function downloadPng(sigma: Sigma<DisplayNode, DisplayEdge>, fileName = 'newsgraph'): Promise<void> {
  return downloadAsPNG(sigma as unknown as Sigma, { fileName, backgroundColor: '#ffffff' });
}
