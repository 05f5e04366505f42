import { DOMParser, XMLSerializer, type Element, type LiveNodeList } from '@xmldom/xmldom';
import { write } from 'graphology-gexf';
import { SYMMETRIC_RELATIONS, type EdgeAttributes, type NodeAttributes } from '../../types';
import type { NewsGraph } from '../types';
import { formatEvidence, formatStatement, gexfList, isIsoDate } from './encode';

type GexfValue = string | number | boolean;

/**
 * List attributes. They are handed to graphology-gexf already encoded (see gexfList), as strings,
 * and their declarations are turned into `liststring` afterwards: its own list encoding leaves
 * items with commas unquoted, which splits "Washington, D.C." in two on reading.
 */
const LIST_ATTRIBUTES = {
  node: new Set(['aliases', 'roles', 'documents', 'statements']),
  edge: new Set(['roles', 'documents', 'evidence']),
};

interface FormattedElement {
  label?: string;
  kind?: string;
  weight?: number;
  viz?: { color?: string; size?: number; thickness?: number; x?: number; y?: number };
  attributes: Record<string, GexfValue>;
}

/** Attributes given a value only when present; empty lists are left out (GEXF has no "empty"). */
function put(target: Record<string, GexfValue>, name: string, value: GexfValue | string[] | undefined): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
  if (typeof value === 'number' && !Number.isFinite(value)) return;
  target[name] = Array.isArray(value) ? gexfList(value) : value;
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
 * symmetric relations, meta, and `liststring` declarations for the lists it was given encoded.
 */
export function toGexf(graph: NewsGraph, options: GexfOptions = {}): string {
  const xml = write(graph, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key, attributes) => formatNode(attributes),
    formatEdge: (_key, attributes) => formatEdge(attributes),
  });

  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root) throw new Error('toGexf: graphology-gexf produced no document element.');
  // RELAX NG validation (and Gephi) do not need it, and the schema rejects it.
  root.removeAttribute('xsi:schemaLocation');
  root.removeAttribute('xmlns:xsi');

  for (const declarations of snapshot(doc.getElementsByTagName('attributes'))) {
    const lists = LIST_ATTRIBUTES[declarations.getAttribute('class') === 'edge' ? 'edge' : 'node'];
    for (const declaration of snapshot(declarations.getElementsByTagName('attribute')))
      if (lists.has(declaration.getAttribute('id') ?? '')) declaration.setAttribute('type', 'liststring');
  }

  // Dynamic markup: each node and edge starts on the date of the first article that states it.
  let dated = false;
  let latest: string | undefined;
  const extend = (element: Element, firstSeen: string | undefined, lastSeen: string | undefined) => {
    if (isIsoDate(firstSeen)) {
      element.setAttribute('start', firstSeen);
      dated = true;
    }
    const last = isIsoDate(lastSeen) ? lastSeen : isIsoDate(firstSeen) ? firstSeen : undefined;
    if (last && (latest === undefined || last > latest)) latest = last;
  };
  for (const element of snapshot(doc.getElementsByTagName('node'))) {
    const id = element.getAttribute('id');
    if (id === null || !graph.hasNode(id)) continue;
    const { firstSeen, lastSeen } = graph.getNodeAttributes(id);
    extend(element, firstSeen, lastSeen);
  }
  for (const element of snapshot(doc.getElementsByTagName('edge'))) {
    const id = element.getAttribute('id');
    if (id === null || !graph.hasEdge(id)) continue;
    const { firstSeen, lastSeen, relation } = graph.getEdgeAttributes(id);
    extend(element, firstSeen, lastSeen);
    // Symmetric relations hold both ways: Gephi draws them without an arrow.
    if (SYMMETRIC_RELATIONS.has(relation)) element.setAttribute('type', 'undirected');
  }

  const graphElement = doc.getElementsByTagName('graph').item(0);
  if (graphElement && dated) {
    graphElement.setAttribute('mode', 'dynamic');
    graphElement.setAttribute('timeformat', 'date');
  }

  const meta = doc.getElementsByTagName('meta').item(0);
  if (meta) {
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

/**
 * The elements of a live node list, read once: xmldom recomputes a live list after every change
 * to the document, which would make editing every element quadratic.
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
