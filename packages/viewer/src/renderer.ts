/**
 * The sigma lifecycle: one Sigma instance over the display graph, curved programs for parallel
 * edges, reducers bound to the current state, and camera moves. Interaction changes only refresh
 * with skipIndexation (no graph change); a new display graph goes through setGraph.
 */
import Sigma from 'sigma';
import { createEdgeArrowProgram, EdgeRectangleProgram, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EdgeProgramType } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './graph-data';
import { LabelPlacer, labelBox } from './labels';
import { createEdgeReducer, createNodeReducer } from './reducers';
import type { State } from './state';

export interface RendererEvents {
  clickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
  hoverNode(node: string | null): void;
  hoverEdge(edge: string | null): void;
}

const ARROW_HEAD = { extremity: 'target', lengthToThicknessRatio: 2.5, widenessToThicknessRatio: 2 } as const;
const LABEL_FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

/**
 * Small graphs label every node (sigma's label grid still prevents collisions); big ones only nodes
 * drawn large enough to matter, which keeps panning smooth.
 */
function labelThreshold(graph: DisplayGraph): number {
  return graph.order <= 300 ? 0 : 7;
}

/**
 * Sigma's disc label, with a white halo so that it reads over edges, drawn only where it does not
 * collide with a label already drawn in this frame (forced labels always are).
 */
function collisionFreeLabel(placer: LabelPlacer): NodeLabelDrawingFunction<DisplayNode, DisplayEdge> {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    if (!placer.place(labelBox(data.x, data.y, data.size, width, size), data.forceLabel === true)) return;
    const x = data.x + data.size + 3;
    const y = data.y + size / 3;
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    context.strokeText(data.label, x, y);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(data.label, x, y);
  };
}

export class Renderer {
  readonly sigma: Sigma<DisplayNode, DisplayEdge>;
  private graph: DisplayGraph;
  private readonly placer = new LabelPlacer();
  private nodeReducer: ReturnType<typeof createNodeReducer> | null = null;
  private edgeReducer: ReturnType<typeof createEdgeReducer> | null = null;
  /** The state the reducers were last bound to, to bind them again to a new graph. */
  private state: State | null = null;

  constructor(container: HTMLElement, graph: DisplayGraph, events: RendererEvents) {
    this.graph = graph;
    this.sigma = new Sigma<DisplayNode, DisplayEdge>(graph, container, {
      defaultEdgeType: 'straight',
      edgeProgramClasses: {
        straight: createEdgeArrowProgram<DisplayNode, DisplayEdge>(),
        curved: createEdgeCurveProgram<DisplayNode, DisplayEdge>({ arrowHead: ARROW_HEAD }),
        // Symmetric relations (met with, spoke with, co-mention) have no direction to point at.
        line: EdgeRectangleProgram as unknown as EdgeProgramType<DisplayNode, DisplayEdge>,
        curvedLine: createEdgeCurveProgram<DisplayNode, DisplayEdge>(),
      },
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1f2430' },
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#4a5263' },
      // Sigma's label grid keeps labels from colliding: a few labels per cell, biggest nodes first.
      labelDensity: 1,
      labelGridCellSize: 60,
      labelRenderedSizeThreshold: labelThreshold(graph),
      defaultDrawNodeLabel: collisionFreeLabel(this.placer),
      minEdgeThickness: 0.8,
      stagePadding: 40,
      hideEdgesOnMove: graph.size > 20000,
      // The reducers are swapped on each state change; sigma keeps calling through these two.
      nodeReducer: (node, data) =>
        (this.nodeReducer ? this.nodeReducer(node, data) : data) as Partial<NodeDisplayData>,
      edgeReducer: (edge, data) =>
        (this.edgeReducer
          ? this.edgeReducer(edge, data as DisplayEdge & { label?: string })
          : data) as Partial<EdgeDisplayData>,
    });
    this.sigma.on('beforeRender', () => this.placer.reset());
    this.sigma.on('clickNode', ({ node }) => events.clickNode(node));
    this.sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    this.sigma.on('clickStage', () => events.clickStage());
    this.sigma.on('enterNode', ({ node }) => events.hoverNode(node));
    this.sigma.on('leaveNode', () => events.hoverNode(null));
    this.sigma.on('enterEdge', ({ edge }) => events.hoverEdge(edge));
    this.sigma.on('leaveEdge', () => events.hoverEdge(null));
    // Show the pointer on things that can be clicked.
    const canvas = container;
    this.sigma.on('enterNode', () => (canvas.style.cursor = 'pointer'));
    this.sigma.on('leaveNode', () => (canvas.style.cursor = ''));
    this.sigma.on('enterEdge', () => (canvas.style.cursor = 'pointer'));
    this.sigma.on('leaveEdge', () => (canvas.style.cursor = ''));
  }

  getGraph(): DisplayGraph {
    return this.graph;
  }

  setGraph(graph: DisplayGraph): void {
    this.graph = graph;
    // The reducers read the graph they were made for. Bound to the old one, they met the new one's
    // edges when sigma drew it: a live update's first relation threw "Graph.extremities: could not
    // find the edge" whenever a node was in focus. So they are bound to the new graph first.
    if (this.state) this.bindReducers(this.state);
    this.sigma.setGraph(graph);
    this.sigma.setSetting('hideEdgesOnMove', graph.size > 20000);
    this.sigma.setSetting('labelRenderedSizeThreshold', labelThreshold(graph));
  }

  /**
   * Binds the reducers to this state and redraws. Interaction never moves nodes, so sigma can skip
   * re-indexing (as in its use-reducers example).
   */
  applyState(state: State): void {
    this.bindReducers(state);
    this.sigma.refresh({ skipIndexation: true });
  }

  private bindReducers(state: State): void {
    this.state = state;
    this.nodeReducer = createNodeReducer(state, this.graph);
    this.edgeReducer = createEdgeReducer(state, this.graph);
  }

  /**
   * Centres the camera on a node and zooms in a little. `rightInset` is the width (px) covered by
   * the details panel on the right: the node is centred in what remains visible.
   */
  focusNode(node: string, opts: { duration?: number; rightInset?: number } = {}): void {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data) return;
    const camera = this.sigma.getCamera();
    const target = { x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.5), angle: camera.angle };
    const inset = opts.rightInset ?? 0;
    if (inset > 0) {
      // How far half the inset is in framed-graph units at the target zoom; the camera moves right
      // by that much so that the node lands left of centre.
      const { width, height } = this.sigma.getDimensions();
      const center = this.sigma.viewportToFramedGraph(
        { x: width / 2, y: height / 2 },
        { cameraState: target },
      );
      const shifted = this.sigma.viewportToFramedGraph(
        { x: width / 2 + inset / 2, y: height / 2 },
        { cameraState: target },
      );
      target.x += shifted.x - center.x;
      target.y += shifted.y - center.y;
    }
    void camera.animate(target, { duration: opts.duration ?? 500 });
  }

  /** Where a node is drawn, in CSS pixels from the stage's top-left corner. */
  viewportPosition(node: string): { x: number; y: number } | null {
    const data = this.sigma.getNodeDisplayData(node);
    return data ? this.sigma.framedGraphToViewport(data) : null;
  }

  resetCamera(): void {
    void this.sigma.getCamera().animatedReset({ duration: 400 });
  }

  kill(): void {
    this.sigma.kill();
  }
}
