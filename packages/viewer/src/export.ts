/**
 * Exports of what is on screen: the visible (filtered) graph as GEXF with its data attributes and
 * viz positions/colours/sizes, and the canvas as PNG through @sigma/export-image.
 */
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './graph-data';
import { downloadBlob } from './dom';
import { toGexf } from './gexf';

export function downloadGexf(graph: DisplayGraph, fileName = 'newsgraph.gexf'): void {
  downloadBlob(new Blob([toGexf(graph)], { type: 'application/gexf+xml' }), fileName);
}

export function downloadPng(sigma: Sigma<DisplayNode, DisplayEdge>, fileName = 'newsgraph'): Promise<void> {
  return downloadAsPNG(sigma as unknown as Sigma, { fileName, backgroundColor: '#ffffff' });
}
