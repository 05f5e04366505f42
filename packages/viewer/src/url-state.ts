/**
 * The shareable part of the state (selection, filters, appearance) in the URL's query string.
 * Parsing is forgiving: the URL is user input, so unknown or malformed values are dropped and the
 * defaults kept, rather than failing the whole page.
 */
import { DEFAULT_FILTERS, NEIGHBORHOOD_DEPTHS, type Filters, type NeighborhoodDepth } from './filters';
import { COLOR_MODES, SIZE_MODES, type ColorMode, type SizeMode } from './state';
import { ENTITY_TYPES, RELATION_TYPES, isEntityType, isRelationType } from './vocabulary';

export interface UrlState {
  selectedNode: string | null;
  selectedEdge: string | null;
  filters: Filters;
  colorMode: ColorMode;
  sizeMode: SizeMode;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Only what differs from the defaults is written, so a fresh view has a clean URL. */
export function toSearchParams(s: UrlState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.selectedNode) p.set('node', s.selectedNode);
  if (s.selectedEdge) p.set('edge', s.selectedEdge);
  const f = s.filters;
  if (!sameSet(f.entityTypes, DEFAULT_FILTERS.entityTypes)) {
    // Keep vocabulary order so that equal filters give equal URLs.
    p.set('types', ENTITY_TYPES.filter((t) => f.entityTypes.has(t)).join(','));
  }
  if (!sameSet(f.relations, DEFAULT_FILTERS.relations)) {
    p.set('relations', RELATION_TYPES.filter((r) => f.relations.has(r)).join(','));
  }
  if (f.minWeight > 0) p.set('minWeight', String(f.minWeight));
  if (f.dateFrom) p.set('from', f.dateFrom);
  if (f.dateTo) p.set('to', f.dateTo);
  if (f.neighborhoodDepth > 0) p.set('depth', String(f.neighborhoodDepth));
  if (!f.hideIsolated) p.set('isolated', 'show');
  if (s.colorMode !== 'type') p.set('color', s.colorMode);
  if (s.sizeMode !== 'pagerank') p.set('size', s.sizeMode);
  return p;
}

function list<T extends string>(raw: string | null, guard: (v: unknown) => v is T): Set<T> | null {
  if (raw === null) return null;
  return new Set(
    raw
      .split(',')
      .map((v) => v.trim())
      .filter(guard),
  );
}

export function fromSearchParams(p: URLSearchParams): UrlState {
  const types = list(p.get('types'), isEntityType);
  const relations = list(p.get('relations'), isRelationType);
  const minWeight = Number(p.get('minWeight'));
  const depth = Number(p.get('depth'));
  const from = p.get('from');
  const to = p.get('to');
  const color = p.get('color');
  const size = p.get('size');
  return {
    selectedNode: p.get('node') || null,
    // An edge selection only makes sense without a node selection (the panel shows one).
    selectedEdge: p.get('node') ? null : p.get('edge') || null,
    filters: {
      entityTypes: types ?? DEFAULT_FILTERS.entityTypes,
      relations: relations ?? DEFAULT_FILTERS.relations,
      minWeight: Number.isFinite(minWeight) && minWeight > 0 ? minWeight : 0,
      dateFrom: from !== null && DATE.test(from) ? from : null,
      dateTo: to !== null && DATE.test(to) ? to : null,
      neighborhoodDepth: (NEIGHBORHOOD_DEPTHS as readonly number[]).includes(depth)
        ? (depth as NeighborhoodDepth)
        : 0,
      hideIsolated: p.get('isolated') !== 'show',
    },
    colorMode: (COLOR_MODES as readonly string[]).includes(color ?? '') ? (color as ColorMode) : 'type',
    sizeMode: (SIZE_MODES as readonly string[]).includes(size ?? '') ? (size as SizeMode) : 'pagerank',
  };
}

/** The query string for a URL, with a leading `?` when there is anything to say. */
export function toQueryString(s: UrlState): string {
  const q = toSearchParams(s).toString();
  return q ? `?${q}` : '';
}
