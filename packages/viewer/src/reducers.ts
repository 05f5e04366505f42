/**
 * nodeReducer / edgeReducer: how interaction state (hover, selection, search) changes what sigma
 * draws, without touching the graph. Modelled on sigma's use-reducers example. Pure: they take a
 * minimal view of the display graph, so they are unit-tested in node without WebGL.
 */
import { FADED_EDGE_COLOR, FADED_NODE_COLOR } from './appearance';
import type { State } from './state';
import { relationLabel } from './vocabulary';

/** The part of graphology's API the reducers need. */
export interface GraphView {
  hasNode(node: string): boolean;
  hasEdge(edge: string): boolean;
  areNeighbors(a: string, b: string): boolean;
  extremities(edge: string): [string, string];
}

export interface NodeDisplay {
  label?: string | null;
  color?: string;
  size?: number;
  highlighted?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
  hidden?: boolean;
}

export interface EdgeDisplay {
  label?: string | null;
  color?: string;
  size?: number;
  forceLabel?: boolean;
  zIndex?: number;
  hidden?: boolean;
}

/** The node whose neighbourhood is emphasised: hover wins over selection while the pointer is on one. */
export function focusNode(state: State): string | null {
  return state.hoveredNode ?? state.selectedNode;
}

export function createNodeReducer(state: State, graph: GraphView) {
  const focus = focusNode(state);
  const focusOk = focus !== null && graph.hasNode(focus);
  const selectedEdge =
    state.selectedEdge !== null && graph.hasEdge(state.selectedEdge) ? state.selectedEdge : null;
  const edgeEnds = selectedEdge ? graph.extremities(selectedEdge) : null;
  const suggestions = state.suggestions;

  return <T extends NodeDisplay>(node: string, data: T): T => {
    const res: T = { ...data };
    if (focusOk) {
      if (node === focus) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 2;
      } else if (graph.areNeighbors(node, focus)) {
        res.forceLabel = true;
        res.zIndex = 1;
      } else {
        res.color = FADED_NODE_COLOR;
        res.label = '';
        res.zIndex = 0;
      }
    } else if (edgeEnds) {
      if (edgeEnds.includes(node)) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 2;
      } else {
        res.color = FADED_NODE_COLOR;
        res.label = '';
      }
    } else if (suggestions) {
      if (suggestions.has(node)) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 1;
      } else {
        res.color = FADED_NODE_COLOR;
        res.label = '';
      }
    }
    if (node === state.selectedNode) res.highlighted = true;
    return res;
  };
}

export function createEdgeReducer(state: State, graph: GraphView) {
  const focus = focusNode(state);
  const focusOk = focus !== null && graph.hasNode(focus);
  const selectedEdge = state.selectedEdge;

  return <T extends EdgeDisplay & { relation?: string }>(edge: string, data: T): T => {
    const res: T = { ...data };
    const label = relationLabel(String(data.relation ?? ''));
    if (edge === selectedEdge || edge === state.hoveredEdge) {
      // Edge labels are shown only on hover and selection: with all of them the picture is unreadable.
      res.label = label;
      res.forceLabel = true;
      res.size = (data.size ?? 1) + 1.5;
      res.zIndex = 2;
      return res;
    }
    if (focusOk) {
      const [source, target] = graph.extremities(edge);
      if (source === focus || target === focus) {
        res.label = label;
        res.forceLabel = true;
        res.zIndex = 1;
      } else {
        res.hidden = true;
      }
    } else if (selectedEdge !== null || state.suggestions) {
      res.color = FADED_EDGE_COLOR;
      res.label = '';
    } else {
      res.label = '';
    }
    return res;
  };
}
