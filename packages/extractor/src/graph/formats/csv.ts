import { SYMMETRIC_RELATIONS } from '../../types';
import type { NewsGraph } from '../types';
import { formatEvidence, formatStatement } from './encode';
import { edgeKind } from './gexf';

type Cell = string | number | undefined;

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe; numbers are
 * written as they are.
 */
export function csvField(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvTable(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Lists of names inside one cell. */
const list = (items: readonly string[] | undefined) => (items?.length ? items.join('; ') : undefined);
/** Evidence and statements inside one cell: one per line. */
const lines = (items: readonly string[]) => (items.length ? items.join('\n') : undefined);

/**
 * `nodes.csv` and `edges.csv` with Gephi's spreadsheet-import headers (Id, Label; Source, Target,
 * Type, Id, Label, Weight), so both open in Gephi or a spreadsheet as they are. Lists are joined
 * with "; ", and evidence and statements are one quoted citation per line in their cell.
 */
export function toCsv(graph: NewsGraph): { nodes: string; edges: string } {
  const nodeHeader = [
    'Id',
    'Label',
    'entityType',
    'aliases',
    'roles',
    'mentions',
    'documents',
    'firstSeen',
    'lastSeen',
    'statements',
    'degree',
    'pagerank',
    'community',
    'x',
    'y',
    'size',
    'color',
  ];
  const nodes = graph.mapNodes((key, a): Cell[] => [
    key,
    a.label,
    a.entityType,
    list(a.aliases),
    list(a.roles),
    a.mentions,
    list(a.documents),
    a.firstSeen,
    a.lastSeen,
    lines((a.statements ?? []).map(formatStatement)),
    a.degree,
    a.pagerank,
    a.community,
    a.x,
    a.y,
    a.size,
    a.color,
  ]);
  const edgeHeader = [
    'Source',
    'Target',
    'Type',
    'Id',
    'Label',
    'Weight',
    'relation',
    'modality',
    'roles',
    'documents',
    'firstSeen',
    'lastSeen',
    'evidence',
    'color',
  ];
  const edges = graph.mapEdges((key, a, source, target): Cell[] => [
    source,
    target,
    SYMMETRIC_RELATIONS.has(a.relation) ? 'Undirected' : 'Directed',
    key,
    edgeKind(a),
    a.weight,
    a.relation,
    a.modality,
    list(a.roles),
    list([...new Set((a.evidence ?? []).map((e) => e.docId))]),
    a.firstSeen,
    a.lastSeen,
    lines((a.evidence ?? []).map(formatEvidence)),
    a.color,
  ]);
  return { nodes: csvTable(nodeHeader, nodes), edges: csvTable(edgeHeader, edges) };
}
