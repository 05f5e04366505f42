import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { SYMMETRIC_RELATIONS } from '../../types';
import type { NewsGraph } from '../types';
import { hexToRgb } from './encode';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

type GraphmlType = 'string' | 'int' | 'double';
type Value = string | number | undefined;

interface KeySpec {
  /** Attribute name (`attr.name`), as graphology and Gephi read it. */
  name: string;
  type: GraphmlType;
}

/**
 * Node and edge keys. Lists and objects (aliases, statements, evidence) are JSON strings, so that
 * other tools (networkx, Cytoscape) can parse them back; colours are Gephi's r/g/b integers, which
 * graphology-graphml's parser turns back into `color`.
 */
const NODE_KEYS: KeySpec[] = [
  { name: 'label', type: 'string' },
  { name: 'entityType', type: 'string' },
  { name: 'aliases', type: 'string' },
  { name: 'roles', type: 'string' },
  { name: 'mentions', type: 'int' },
  { name: 'documents', type: 'string' },
  { name: 'firstSeen', type: 'string' },
  { name: 'lastSeen', type: 'string' },
  { name: 'statements', type: 'string' },
  { name: 'degree', type: 'int' },
  { name: 'pagerank', type: 'double' },
  { name: 'community', type: 'int' },
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
  { name: 'size', type: 'double' },
  { name: 'r', type: 'int' },
  { name: 'g', type: 'int' },
  { name: 'b', type: 'int' },
];

const EDGE_KEYS: KeySpec[] = [
  { name: 'relation', type: 'string' },
  { name: 'modality', type: 'string' },
  { name: 'weight', type: 'double' },
  { name: 'roles', type: 'string' },
  { name: 'evidence', type: 'string' },
  { name: 'firstSeen', type: 'string' },
  { name: 'lastSeen', type: 'string' },
  { name: 'size', type: 'double' },
  { name: 'r', type: 'int' },
  { name: 'g', type: 'int' },
  { name: 'b', type: 'int' },
];

const json = (value: unknown[] | undefined) => (value && value.length ? JSON.stringify(value) : undefined);

/**
 * GraphML, built with the DOM (graphology-graphml 0.5 only parses): one <key> per attribute,
 * directed by default, symmetric relations marked `directed="false"`.
 */
export function toGraphml(graph: NewsGraph): string {
  const doc = new DOMImplementation().createDocument(GRAPHML_NS, 'graphml', null);
  const root = doc.documentElement;
  if (!root) throw new Error('toGraphml: could not create the document.');
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xsi', XSI_NS);
  root.setAttributeNS(XSI_NS, 'xsi:schemaLocation', `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`);

  const keyIds = new Map<string, string>();
  const declare = (domain: 'node' | 'edge', specs: KeySpec[], prefix: string) => {
    for (const spec of specs) {
      const id = `${prefix}_${spec.name}`;
      keyIds.set(`${domain}:${spec.name}`, id);
      append(doc, root, 'key', { id, for: domain, 'attr.name': spec.name, 'attr.type': spec.type }, 1);
    }
  };
  declare('node', NODE_KEYS, 'n');
  declare('edge', EDGE_KEYS, 'e');

  const graphElement = append(doc, root, 'graph', { id: 'G', edgedefault: 'directed' }, 1);
  const addData = (element: Element, domain: 'node' | 'edge', values: Record<string, Value>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) continue;
      const data = append(doc, element, 'data', { key: keyIds.get(`${domain}:${name}`) ?? name }, 3);
      data.appendChild(doc.createTextNode(String(value)));
    }
    element.appendChild(doc.createTextNode('\n    '));
  };

  graph.forEachNode((key, a) => {
    const node = append(doc, graphElement, 'node', { id: key }, 2);
    addData(node, 'node', {
      label: a.label,
      entityType: a.entityType,
      aliases: json(a.aliases),
      roles: json(a.roles),
      mentions: a.mentions,
      documents: json(a.documents),
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
      statements: json(a.statements),
      degree: a.degree,
      pagerank: a.pagerank,
      community: a.community,
      x: a.x,
      y: a.y,
      size: a.size,
      ...hexToRgb(a.color),
    });
  });
  graph.forEachEdge((key, a, source, target) => {
    const attributes: Record<string, string> = { id: key, source, target };
    if (SYMMETRIC_RELATIONS.has(a.relation)) attributes.directed = 'false';
    const edge = append(doc, graphElement, 'edge', attributes, 2);
    addData(edge, 'edge', {
      relation: a.relation,
      modality: a.modality,
      weight: a.weight,
      roles: json(a.roles),
      evidence: json(a.evidence),
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
      size: a.size,
      ...hexToRgb(a.color),
    });
  });
  graphElement.appendChild(doc.createTextNode('\n  '));
  root.appendChild(doc.createTextNode('\n'));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

/** Appends an element (indented `depth` levels) in the GraphML namespace, with its attributes. */
function append(
  doc: Document,
  parent: Element,
  tag: string,
  attributes: Record<string, string>,
  depth: number,
): Element {
  const element = doc.createElementNS(GRAPHML_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.appendChild(doc.createTextNode('\n' + '  '.repeat(depth)));
  parent.appendChild(element);
  return element;
}
