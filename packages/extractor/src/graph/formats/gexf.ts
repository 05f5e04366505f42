import { DOMParser, XMLSerializer, type Element, type LiveNodeList } from '@xmldom/xmldom';
import { write } from 'graphology-gexf';
import { SYMMETRIC_RELATIONS, type EdgeAttributes, type NodeAttributes } from '../../types';
import type { NewsGraph } from '../types';
import { formatEvidence, formatStatement, gexfList, isIsoDate } from './encode';

type Scalar = string | number | boolean;
type GexfValue = Scalar | string[];

interface FormattedElement {
  label?: string;
  kind?: string;
  weight?: number;
  viz?: { color?: string; size?: number; thickness?: number; x?: number; y?: number };
  attributes: Record<string, GexfValue>;
}

/** Attributes given a value only when present; empty lists are left out (GEXF has no "empty"). */
function put(target: Record<string, GexfValue>, name: string, value: GexfValue | undefined): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
  if (typeof value === 'number' && !Number.isFinite(value)) return;
  target[name] = value;
}

function formatNode(attributes: NodeAttributes): FormattedElement {
  const data: Record<string, GexfValue> = {};
  put(data, 'entityType', attributes.entityType);
  put(data, 'aliases', attributes.aliases);
  put(data, 'roles', attributes.roles);
  put(data, 'mentions', attributes.mentions);
  put(data, 'documents', attributes.documents);
  put(data, 'firstSeen', attributes.firstSeen);
  put(data, 'lastSeen', attributes.lastSeen);
  put(data, 'statements', (attributes.statements ?? []).map(formatStatement));
  put(data, 'degree', attributes.degree);
  put(data, 'pagerank', attributes.pagerank);
  put(data, 'community', attributes.community);
  return { label: attributes.label, viz: viz(attributes), attributes: data };
}

/** The edge kind Gephi keeps parallel edges apart by: the relation, plus the modality when not asserted. */
export function edgeKind(attributes: Pick<EdgeAttributes, 'relation' | 'modality'>): string {
  return attributes.modality && attributes.modality !== 'asserted'
    ? `${attributes.relation}:${attributes.modality}`
    : attributes.relation;
}

function formatEdge(attributes: EdgeAttributes): FormattedElement {
  const data: Record<string, GexfValue> = {};
  put(data, 'relation', attributes.relation);
  put(data, 'modality', attributes.modality);
  put(data, 'roles', attributes.roles);
  put(data, 'documents', [...new Set((attributes.evidence ?? []).map((e) => e.docId))]);
  put(data, 'evidence', (attributes.evidence ?? []).map(formatEvidence));
  put(data, 'firstSeen', attributes.firstSeen);
  put(data, 'lastSeen', attributes.lastSeen);
  const kind = edgeKind(attributes);
  const formatted: FormattedElement = { label: kind, kind, attributes: data };
  if (Number.isFinite(attributes.weight)) formatted.weight = attributes.weight;
  const thickness = attributes.size;
  if (attributes.color || thickness !== undefined) {
    formatted.viz = {};
    if (attributes.color) formatted.viz.color = attributes.color;
    if (thickness !== undefined && Number.isFinite(thickness)) formatted.viz.thickness = thickness;
  }
  return formatted;
}

function viz(attributes: NodeAttributes): FormattedElement['viz'] {
  const result: NonNullable<FormattedElement['viz']> = {};
  if (attributes.color) result.color = attributes.color;
  if (attributes.size !== undefined && Number.isFinite(attributes.size)) result.size = attributes.size;
  if (Number.isFinite(attributes.x) && Number.isFinite(attributes.y)) {
    result.x = attributes.x;
    result.y = attributes.y;
  }
  return Object.keys(result).length ? result : undefined;
}

export interface GexfOptions {
  /** Written as <meta><creator>. */
  creator?: string;
  /** Written as <meta><description>; defaults to a sentence giving the document count. */
  description?: string;
}

/**
 * GEXF 1.3 (validates against the official RELAX NG schema): graphology-gexf writes the typed
 * attribute declarations, values and viz (colour, size, position, thickness), then the output is
 * extended with the DOM: dynamic mode with `start` dates where articles are dated, undirected
 * symmetric relations, meta, and list values every reader splits right.
 */
export function toGexf(graph: NewsGraph, options: GexfOptions = {}): string {
  const nodeData = new Map<string, FormattedElement>();
  const edgeData = new Map<string, FormattedElement>();
  const xml = write(graph, {
    version: '1.3',
    pedantic: true,
    formatNode: (key, attributes) => {
      const formatted = formatNode(attributes);
      nodeData.set(key, formatted);
      return formatted;
    },
    formatEdge: (key, attributes) => {
      const formatted = formatEdge(attributes);
      edgeData.set(key, formatted);
      return formatted;
    },
  });

  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root) throw new Error('toGexf: graphology-gexf produced no document element.');
  // RELAX NG validation (and Gephi) do not need it, and the schema rejects it.
  root.removeAttribute('xsi:schemaLocation');
  root.removeAttribute('xmlns:xsi');

  const dates: string[] = [];
  const extend = (tag: 'node' | 'edge', data: Map<string, FormattedElement>) => {
    for (const element of snapshot(doc.getElementsByTagName(tag))) {
      const id = element?.getAttribute('id');
      const formatted = id === null || id === undefined ? undefined : data.get(id);
      if (!element || !formatted) continue;
      rewriteLists(element, formatted);
      const start = formatted.attributes.firstSeen;
      if (isIsoDate(start)) {
        element.setAttribute('start', start);
        dates.push(start);
      }
      const lastSeen = formatted.attributes.lastSeen;
      if (isIsoDate(lastSeen)) dates.push(lastSeen);
      if (tag === 'edge' && id && SYMMETRIC_RELATIONS.has(graph.getEdgeAttribute(id, 'relation')))
        element.setAttribute('type', 'undirected');
    }
  };
  extend('node', nodeData);
  extend('edge', edgeData);

  const graphElement = doc.getElementsByTagName('graph').item(0);
  if (graphElement && dates.length > 0) {
    graphElement.setAttribute('mode', 'dynamic');
    graphElement.setAttribute('timeformat', 'date');
  }

  const meta = doc.getElementsByTagName('meta').item(0);
  if (meta) {
    const latest = dates.reduce<string | undefined>(
      (max, d) => (max === undefined || d > max ? d : max),
      undefined,
    );
    if (latest) meta.setAttribute('lastmodifieddate', latest);
    const documents = graph.getAttribute('documents');
    const description =
      options.description ??
      `Entities and relations extracted from ${documents ?? 'the'} news article${documents === 1 ? '' : 's'}.`;
    setMeta(meta, 'creator', options.creator ?? 'Newsgraph');
    setMeta(meta, 'description', description);
  }
  return new XMLSerializer().serializeToString(doc);
}

/** Replaces graphology-gexf's list encoding (see gexfList) with one that survives commas. */
function rewriteLists(element: Element, formatted: FormattedElement): void {
  for (const attvalue of snapshot(element.getElementsByTagName('attvalue'))) {
    const name = attvalue?.getAttribute('for');
    const value = name ? formatted.attributes[name] : undefined;
    if (attvalue && Array.isArray(value)) attvalue.setAttribute('value', gexfList(value));
  }
}

/**
 * The elements of a live node list, read once: xmldom recomputes a live list after every change
 * to the document, which made rewriting every element quadratic.
 */
function snapshot(list: LiveNodeList<Element>): Element[] {
  const elements: Element[] = [];
  for (let i = 0, n = list.length; i < n; i++) {
    const element = list.item(i);
    if (element) elements.push(element);
  }
  return elements;
}

function setMeta(meta: Element, tag: string, text: string): void {
  const doc = meta.ownerDocument;
  if (!doc) return;
  const existing = meta.getElementsByTagName(tag).item(0);
  if (existing) {
    existing.textContent = text;
    return;
  }
  // Re-indent: the writer left <meta> with whitespace only.
  for (const child of Array.from(meta.childNodes))
    if (child.nodeType === child.TEXT_NODE) meta.removeChild(child);
  const element = doc.createElementNS(meta.namespaceURI, tag);
  element.appendChild(doc.createTextNode(text));
  const elements = Array.from(meta.childNodes);
  elements.push(element);
  for (const child of elements) {
    meta.appendChild(doc.createTextNode('\n    '));
    meta.appendChild(child);
  }
  meta.appendChild(doc.createTextNode('\n  '));
}
