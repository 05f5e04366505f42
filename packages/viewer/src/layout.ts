/**
 * Layouts: ForceAtlas2 in a web worker through graphology's supervisor (the page never freezes), and
 * noverlap once it stops, so that no two nodes sit on each other. One controller per page; it follows
 * the display graph when filters replace it.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { DisplayGraph } from './graph-data';
import type { Renderer } from './renderer';

/** Above this, synchronous noverlap would block the page for too long; it is skipped. */
export const NOVERLAP_MAX_NODES = 5000;

export class LayoutController {
  private supervisor: FA2Layout | null = null;
  private graph: DisplayGraph | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When a timed run (the first layout of a graph without positions) is due to stop. */
  private stopAt: number | null = null;

  constructor(
    private readonly renderer: Renderer,
    private readonly onChange: (running: boolean) => void,
    private readonly onStopped: (graph: DisplayGraph) => void,
  ) {}

  /** Follows a new display graph; a running layout is stopped first (its worker holds the old one). */
  attach(graph: DisplayGraph): void {
    if (this.graph === graph) return;
    const wasRunning = this.isRunning();
    const remaining = this.stopAt !== null ? Math.max(1, this.stopAt - Date.now()) : undefined;
    this.kill();
    this.graph = graph;
    // A timed run goes on for the time it had left, not forever.
    if (wasRunning) this.start(remaining);
  }

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  start(durationMs?: number): void {
    if (!this.graph || this.graph.order === 0) return;
    if (!this.supervisor) {
      const settings = forceAtlas2.inferSettings(this.graph);
      this.supervisor = new FA2Layout(this.graph, {
        settings: { ...settings, barnesHutOptimize: this.graph.order > 1000, adjustSizes: false },
        getEdgeWeight: 'weight',
      });
    }
    this.supervisor.start();
    this.onChange(true);
    if (this.timer) clearTimeout(this.timer);
    this.timer = durationMs ? setTimeout(() => this.stop(), durationMs) : null;
    this.stopAt = durationMs ? Date.now() + durationMs : null;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopAt = null;
    if (!this.supervisor?.isRunning()) return;
    this.supervisor.stop();
    this.removeOverlaps();
    this.onChange(false);
    if (this.graph) this.onStopped(this.graph);
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start();
  }

  /** Noverlap in screen space (node sizes are pixels), via sigma's coordinate conversions. */
  removeOverlaps(): void {
    const graph = this.graph;
    if (!graph || graph.order === 0 || graph.order > NOVERLAP_MAX_NODES) return;
    const sigma = this.renderer.sigma;
    noverlap.assign(graph, {
      maxIterations: 60,
      settings: { ratio: 1.15, margin: 2 },
      inputReducer: (_key, attrs) => {
        const p = sigma.graphToViewport({ x: attrs.x, y: attrs.y });
        return { x: p.x, y: p.y, size: attrs.size };
      },
      outputReducer: (_key, attrs) => sigma.viewportToGraph({ x: attrs.x, y: attrs.y }),
    });
  }

  kill(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopAt = null;
    const wasRunning = this.isRunning();
    this.supervisor?.kill();
    this.supervisor = null;
    if (wasRunning) this.onChange(false);
  }
}
