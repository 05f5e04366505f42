/**
 * The renderer bench page (bench.html?n=5000): generates a graph, draws it with the viewer's own
 * display-graph and renderer code, then pans the camera for a fixed number of frames. Results land
 * on window.benchResult for scripts/bench/viewer.mjs to read.
 */
import { DEFAULT_FILTERS, visibleSubgraph } from './filters';
import { buildDisplayGraph } from './graph-data';
import { generateGraph } from './generate';
import { Renderer } from './renderer';
import { INITIAL_STATE } from './state';

export interface BenchResult {
  nodes: number;
  edges: number;
  generateMs: number;
  /** Filters + display graph + sigma construction until the first frame is drawn. */
  firstDrawMs: number;
  /** Page start (navigation) to the first frame. */
  pageToFirstDrawMs: number;
  frames: number;
  frameMs: { mean: number; median: number; p95: number };
  /** Time sigma spends in render() per frame, apart from waiting for the next frame. */
  renderMs: { mean: number; median: number; p95: number };
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return { mean: +mean.toFixed(2), median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2) };
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

async function run(): Promise<BenchResult> {
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n') ?? 5000);
  const frames = Number(params.get('frames') ?? 60);
  // Software WebGL can take a second per frame on big graphs: the pan stops at this budget.
  const budgetMs = Number(params.get('budgetMs') ?? 15000);
  const t0 = performance.now();
  const data = generateGraph(n);
  const t1 = performance.now();

  const container = document.getElementById('sigma')!;
  const firstDraw = new Promise<number>((resolve) => {
    const display = buildDisplayGraph(data, visibleSubgraph(data, DEFAULT_FILTERS), INITIAL_STATE);
    const renderer = new Renderer(container, display, {
      clickNode() {},
      clickEdge() {},
      clickStage() {},
      hoverNode() {},
      hoverEdge() {},
    });
    (window as unknown as { renderer: Renderer }).renderer = renderer;
    // Sigma renders synchronously in its constructor; a frame later the pixels are on screen.
    void nextFrame().then(() => resolve(performance.now()));
  });
  const t2 = await firstDraw;
  const renderer = (window as unknown as { renderer: Renderer }).renderer;
  const sigma = renderer.sigma;

  const renderTimes: number[] = [];
  let renderStart = 0;
  sigma.on('beforeRender', () => (renderStart = performance.now()));
  sigma.on('afterRender', () => renderTimes.push(performance.now() - renderStart));

  const camera = sigma.getCamera();
  const frameTimes: number[] = [];
  let last = await nextFrame();
  const panStart = last;
  for (let i = 0; i < frames && last - panStart < budgetMs; i++) {
    // A slow circular pan at a slight zoom, as a user dragging around would do.
    const angle = (i / frames) * 2 * Math.PI;
    camera.setState({ x: 0.5 + 0.2 * Math.cos(angle), y: 0.5 + 0.2 * Math.sin(angle), ratio: 0.6 });
    const now = await nextFrame();
    frameTimes.push(now - last);
    last = now;
  }
  return {
    nodes: data.order,
    edges: data.size,
    generateMs: +(t1 - t0).toFixed(1),
    firstDrawMs: +(t2 - t1).toFixed(1),
    pageToFirstDrawMs: +t2.toFixed(1),
    frames: frameTimes.length,
    frameMs: stats(frameTimes),
    renderMs: stats(renderTimes),
  };
}

run().then(
  (result) => ((window as unknown as { benchResult: BenchResult }).benchResult = result),
  (err: unknown) => ((window as unknown as { benchError: string }).benchError = String(err)),
);
