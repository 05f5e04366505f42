/**
 * The viewer's state, in the manner of sigma's use-reducers example: one typed State, small action
 * functions that return a new State, and a store that tells subscribers what changed. Nothing here
 * touches the DOM or sigma, so it is unit-tested in node.
 */
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { EntityType, RelationType } from './vocabulary';

export const COLOR_MODES = ['type', 'community'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];
export const SIZE_MODES = ['pagerank', 'degree'] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

export type Status =
  | { kind: 'loading'; message: string }
  | { kind: 'ready' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

export interface State {
  status: Status;
  filters: Filters;
  colorMode: ColorMode;
  sizeMode: SizeMode;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Nodes matching what is typed in the search box, highlighted while typing. */
  searchQuery: string;
  suggestions: ReadonlySet<string> | null;
  layoutRunning: boolean;
}

export const INITIAL_STATE: State = {
  status: { kind: 'loading', message: 'Loading the graph…' },
  filters: DEFAULT_FILTERS,
  colorMode: 'type',
  sizeMode: 'pagerank',
  hoveredNode: null,
  hoveredEdge: null,
  selectedNode: null,
  selectedEdge: null,
  searchQuery: '',
  suggestions: null,
  layoutRunning: false,
};

// ---------------------------------------------------------------------------------------------
// Actions: (state, ...args) => state. They never mutate their input.
// ---------------------------------------------------------------------------------------------

export function setStatus(state: State, status: Status): State {
  return { ...state, status };
}

/** Selecting an entity drops any edge selection: the side panel shows one thing at a time. */
export function selectNode(state: State, node: string | null): State {
  return { ...state, selectedNode: node, selectedEdge: null, suggestions: null };
}

export function selectEdge(state: State, edge: string | null): State {
  return { ...state, selectedEdge: edge, selectedNode: null };
}

export function clearSelection(state: State): State {
  return { ...state, selectedNode: null, selectedEdge: null, suggestions: null };
}

export function hoverNode(state: State, node: string | null): State {
  return state.hoveredNode === node ? state : { ...state, hoveredNode: node };
}

export function hoverEdge(state: State, edge: string | null): State {
  return state.hoveredEdge === edge ? state : { ...state, hoveredEdge: edge };
}

export function setSearch(state: State, query: string, suggestions: ReadonlySet<string> | null): State {
  return { ...state, searchQuery: query, suggestions: query.trim() === '' ? null : suggestions };
}

export function setFilters(state: State, patch: Partial<Filters>): State {
  return { ...state, filters: { ...state.filters, ...patch } };
}

function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

export function toggleEntityType(state: State, type: EntityType, on: boolean): State {
  return setFilters(state, { entityTypes: toggled(state.filters.entityTypes, type, on) });
}

export function toggleRelation(state: State, relation: RelationType, on: boolean): State {
  return setFilters(state, { relations: toggled(state.filters.relations, relation, on) });
}

export function setColorMode(state: State, colorMode: ColorMode): State {
  return { ...state, colorMode };
}

export function setSizeMode(state: State, sizeMode: SizeMode): State {
  return { ...state, sizeMode };
}

export function setLayoutRunning(state: State, layoutRunning: boolean): State {
  return { ...state, layoutRunning };
}

/**
 * Drops hover and selection that point at nodes or edges which no longer exist (after a reload or a
 * filter change), so reducers and panels never look up a missing key.
 */
export function pruneMissing(
  state: State,
  hasNode: (key: string) => boolean,
  hasEdge: (key: string) => boolean,
): State {
  const keepNode = (k: string | null) => (k !== null && hasNode(k) ? k : null);
  const keepEdge = (k: string | null) => (k !== null && hasEdge(k) ? k : null);
  const next: State = {
    ...state,
    hoveredNode: keepNode(state.hoveredNode),
    selectedNode: keepNode(state.selectedNode),
    hoveredEdge: keepEdge(state.hoveredEdge),
    selectedEdge: keepEdge(state.selectedEdge),
  };
  const same =
    next.hoveredNode === state.hoveredNode &&
    next.selectedNode === state.selectedNode &&
    next.hoveredEdge === state.hoveredEdge &&
    next.selectedEdge === state.selectedEdge;
  return same ? state : next;
}

// ---------------------------------------------------------------------------------------------
// Store
// ---------------------------------------------------------------------------------------------

export type Listener = (state: State, previous: State) => void;

export class Store {
  private state: State;
  private readonly listeners = new Set<Listener>();

  constructor(initial: State = INITIAL_STATE) {
    this.state = initial;
  }

  get(): State {
    return this.state;
  }

  /** Applies an action; listeners run only when the state object actually changed. */
  dispatch<A extends unknown[]>(action: (state: State, ...args: A) => State, ...args: A): void {
    const previous = this.state;
    const next = action(previous, ...args);
    if (next === previous) return;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
