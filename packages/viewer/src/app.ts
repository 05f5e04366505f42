/**
 * Wires the pieces together: the store, the API client, the data and display graphs, the renderer,
 * the layout and the panels. Each store change is routed to what it affects: filter and appearance
 * changes rebuild the display graph; hover and selection only re-run the reducers.
 */
import Graph from 'graphology';
import { ApiClient, ApiError } from './api';
import { COMMUNITY_COLORS } from './appearance';
import { h } from './dom';
import { downloadGexf, downloadPng } from './export';
import { countByCategory, dateBounds, maxWeight, visibleSubgraph } from './filters';
import {
  buildDisplayGraph,
  GraphFormatError,
  mergeGraph,
  parseGraph,
  placeMissingNodes,
  savePositions,
  type DataGraph,
  type DisplayGraph,
} from './graph-data';
import { LayoutController } from './layout';
import { EdgePanel } from './panels/edge-panel';
import { EntityPanel } from './panels/entity-panel';
import { FiltersPanel } from './panels/filters-panel';
import { IngestForm } from './panels/ingest-form';
import { Legend } from './panels/legend';
import { SearchBox } from './panels/search';
import { StatusOverlay } from './panels/status';
import { Renderer } from './renderer';
import { SearchIndex } from './search-index';
import {
  INITIAL_STATE,
  Store,
  clearSelection,
  hoverEdge,
  hoverNode,
  pruneMissing,
  selectEdge,
  selectNode,
  setLayoutRunning,
  setSearch,
  setStatus,
  type State,
} from './state';
import { fromSearchParams, toQueryString } from './url-state';

export interface AppElements {
  stage: HTMLElement;
  search: HTMLElement;
  filters: HTMLElement;
  legend: HTMLElement;
  details: HTMLElement;
  status: HTMLElement;
  live: HTMLElement;
  layoutButton: HTMLButtonElement;
  exportGexf: HTMLButtonElement;
  exportPng: HTMLButtonElement;
  addArticle: HTMLButtonElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  zoomReset: HTMLButtonElement;
}

/** Live events come in bursts (one per entity and relation of an article): reload once per burst. */
const RELOAD_DEBOUNCE_MS = 400;
/** A first layout run for graphs that arrive without positions. */
const INITIAL_LAYOUT_MS = 2500;

export class App {
  readonly store: Store;
  private readonly api: ApiClient;
  private data: DataGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  private readonly renderer: Renderer;
  private readonly layout: LayoutController;
  private readonly search: SearchBox;
  private readonly filtersPanel: FiltersPanel;
  private readonly legend: Legend;
  private readonly entityPanel: EntityPanel;
  private readonly edgePanel: EdgePanel;
  private readonly statusOverlay: StatusOverlay;
  private readonly ingest: IngestForm;
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;
  private loaded = false;
  private communities = 0;

  constructor(
    private readonly el: AppElements,
    location: Location,
    api = new ApiClient(),
  ) {
    this.api = api;
    const fromUrl = fromSearchParams(new URLSearchParams(location.search));
    this.store = new Store({ ...INITIAL_STATE, ...fromUrl });

    const empty: DisplayGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    this.renderer = new Renderer(el.stage, empty, {
      clickNode: (node) => this.store.dispatch(selectNode, node),
      clickEdge: (edge) => this.store.dispatch(selectEdge, edge),
      clickStage: () => this.store.dispatch(clearSelection),
      hoverNode: (node) => this.store.dispatch(hoverNode, node),
      hoverEdge: (edge) => this.store.dispatch(hoverEdge, edge),
    });
    this.layout = new LayoutController(
      this.renderer,
      (running) => this.store.dispatch(setLayoutRunning, running),
      (graph) => savePositions(graph, this.data),
    );
    this.search = new SearchBox(el.search, {
      preview: (query, keys) => this.store.dispatch(setSearch, query, keys),
      choose: (key) => this.focus(key),
    });
    this.filtersPanel = new FiltersPanel(el.filters, this.store);
    this.legend = new Legend(el.legend);
    const panelActions = {
      select: (node: string) => this.focus(node),
      close: () => this.store.dispatch(clearSelection),
    };
    this.entityPanel = new EntityPanel(el.details, api, panelActions);
    this.edgePanel = new EdgePanel(el.details, api, panelActions);
    this.statusOverlay = new StatusOverlay(el.status, {
      retry: () => void this.load(),
      addArticle: () => this.ingest.open(),
    });
    this.ingest = new IngestForm(api, () => this.scheduleReload());

    el.layoutButton.addEventListener('click', () => this.layout.toggle());
    el.exportGexf.addEventListener('click', () => downloadGexf(this.renderer.getGraph()));
    el.exportPng.addEventListener('click', () => void downloadPng(this.renderer.sigma));
    el.addArticle.addEventListener('click', () => this.ingest.open());
    const camera = this.renderer.sigma.getCamera();
    el.zoomIn.addEventListener('click', () => void camera.animatedZoom({ duration: 250 }));
    el.zoomOut.addEventListener('click', () => void camera.animatedUnzoom({ duration: 250 }));
    el.zoomReset.addEventListener('click', () => this.renderer.resetCamera());

    document.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement | null;
      // The search box handles its own Escape first (clearing its text); a second one clears the selection.
      if (e.key === 'Escape' && !e.defaultPrevented && !target?.closest('textarea, select, dialog')) {
        this.store.dispatch(clearSelection);
      }
    });
    this.store.subscribe((state, prev) => this.onState(state, prev));
  }

  async start(): Promise<void> {
    this.onState(this.store.get(), { ...this.store.get(), status: { kind: 'ready' } });
    await this.load();
    let wasOffline = false;
    this.api.subscribe(
      () => this.scheduleReload(),
      () => {
        wasOffline = true;
        this.setLive('offline: reconnecting…');
      },
      () => {
        // Back after a drop: events may have been missed, so fetch the graph again.
        if (wasOffline) this.scheduleReload();
        wasOffline = false;
      },
    );
  }

  /** Downloads the graph; the first time with a loading overlay, later quietly (live updates). */
  async load(): Promise<void> {
    const first = !this.loaded;
    if (first) this.store.dispatch(setStatus, { kind: 'loading', message: 'Loading the graph…' });
    let incoming: DataGraph;
    try {
      incoming = parseGraph(await this.api.graph());
    } catch (err) {
      const message =
        err instanceof ApiError || err instanceof GraphFormatError
          ? err.message
          : `Unexpected error: ${String(err)}`;
      if (first) this.store.dispatch(setStatus, { kind: 'error', message });
      else this.setLive('update failed');
      return;
    }
    savePositions(this.renderer.getGraph(), this.data);
    if (first) this.data = incoming;
    else mergeGraph(this.data, incoming);
    const hadPositions = this.data.someNode((_n, a) => a.x !== undefined);
    const placed = placeMissingNodes(this.data);
    this.loaded = true;
    this.afterDataChange();
    this.rebuild();
    const truncated = this.data.getAttribute('truncated')
      ? ` · heaviest ${this.data.size} of ${this.data.getAttribute('edgesMatched') ?? 'more'} relations shown`
      : '';
    this.setLive(`${first ? 'live' : `updated ${new Date().toLocaleTimeString()}`}${truncated}`);
    // A graph that came without any positions gets a short ForceAtlas2 run.
    if (placed > 0 && !hadPositions) this.layout.start(INITIAL_LAYOUT_MS);

    const { selectedNode } = this.store.get();
    // A shared link: open the panel for its selection (the store did not change, so nothing else will).
    if (first) this.showDetails(this.store.get());
    if (first && selectedNode && this.data.hasNode(selectedNode)) {
      // ...and centre on it once sigma has drawn.
      requestAnimationFrame(() =>
        this.renderer.focusNode(selectedNode, { duration: 0, rightInset: this.panelInset() }),
      );
    }
  }

  private scheduleReload(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.load(), RELOAD_DEBOUNCE_MS);
  }

  /** Counts, search index and community count: what depends on the data graph, not on filters. */
  private afterDataChange(): void {
    const { entityTypes, relations } = countByCategory(this.data);
    const dates = new Set<string>();
    const bounds = dateBounds(this.data);
    this.data.forEachNode((_n, a) => {
      if (a.firstSeen) dates.add(a.firstSeen);
      if (a.lastSeen) dates.add(a.lastSeen);
    });
    this.filtersPanel.setStats({
      entityTypes,
      relations,
      maxWeight: maxWeight(this.data),
      dates: bounds ? [...dates].sort() : [],
    });
    this.search.setIndex(
      new SearchIndex(
        this.data.mapNodes((key, a) => ({
          key,
          label: a.label,
          aliases: a.aliases,
          mentions: a.mentions,
          entityType: a.entityType,
        })),
      ),
    );
    this.communities = new Set(
      this.data.mapNodes((_n, a) => a.community).filter((c) => c !== undefined),
    ).size;
    this.filtersPanel.update(this.store.get());
  }

  private rebuild(): void {
    const state = this.store.get();
    const visible = visibleSubgraph(this.data, state.filters, state.selectedNode);
    const display = buildDisplayGraph(this.data, visible, state);
    this.renderer.setGraph(display);
    this.layout.attach(display);
    this.store.dispatch(
      pruneMissing,
      (k) => this.data.hasNode(k),
      (k) => display.hasEdge(k),
    );
    const next = this.store.get();
    if (next.status.kind !== 'error') {
      this.store.dispatch(setStatus, display.order === 0 ? { kind: 'empty' } : { kind: 'ready' });
    }
    this.renderer.applyState(this.store.get());
    this.el.stage.dataset.nodes = String(display.order);
    this.el.stage.dataset.edges = String(display.size);
  }

  private onState(state: State, prev: State): void {
    const needsRebuild =
      this.loaded &&
      (state.filters !== prev.filters ||
        state.colorMode !== prev.colorMode ||
        state.sizeMode !== prev.sizeMode ||
        (state.filters.neighborhoodDepth > 0 && state.selectedNode !== prev.selectedNode));
    if (needsRebuild) {
      savePositions(this.renderer.getGraph(), this.data);
      this.rebuild();
    } else this.renderer.applyState(state);

    if (state.status !== prev.status) this.statusOverlay.render(state.status);
    if (state.selectedNode !== prev.selectedNode || state.selectedEdge !== prev.selectedEdge)
      this.showDetails(state);
    this.filtersPanel.update(state);
    this.legend.render(state, Math.min(this.communities, COMMUNITY_COLORS.length));
    this.el.layoutButton.textContent = state.layoutRunning ? 'Stop layout' : 'Run layout';
    this.el.layoutButton.setAttribute('aria-pressed', String(state.layoutRunning));
    const query = toQueryString(state);
    if (query !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    }
  }

  private showDetails(state: State): void {
    const labelOf = (id: string) => (this.data.hasNode(id) ? this.data.getNodeAttribute(id, 'label') : null);
    if (state.selectedNode && this.data.hasNode(state.selectedNode)) {
      this.edgePanel.hide();
      void this.entityPanel.show(
        state.selectedNode,
        this.data.getNodeAttributes(state.selectedNode),
        labelOf,
      );
    } else if (state.selectedEdge && this.data.hasEdge(state.selectedEdge)) {
      this.entityPanel.hide();
      const key = state.selectedEdge;
      const [source, target] = this.data.extremities(key);
      void this.edgePanel.show({ key, source, target, data: this.data.getEdgeAttributes(key) }, labelOf);
    } else {
      this.entityPanel.hide();
      this.edgePanel.hide();
    }
  }

  /** Selects an entity and centres the camera on it (search, panel links). */
  focus(node: string): void {
    if (!this.data.hasNode(node)) return;
    this.store.dispatch(selectNode, node);
    this.search.input.value = '';
    this.store.dispatch(setSearch, '', null);
    requestAnimationFrame(() => this.renderer.focusNode(node, { rightInset: this.panelInset() }));
  }

  /** Width the details panel covers over the graph (it floats on the right of the stage). */
  private panelInset(): number {
    const stage = this.el.stage.getBoundingClientRect();
    // The panel is shown on selection; measure its CSS width even before it has content.
    const width = parseFloat(getComputedStyle(this.el.details).width) || 0;
    return stage.width > width * 2 ? width + 12 : 0;
  }

  /** Relations of the edges on screen (for the browser tests and the console). */
  visibleRelations(): string[] {
    return [...new Set(this.renderer.getGraph().mapEdges((_e, a) => a.relation))].sort();
  }

  /**
   * A visible straight edge and the screen point halfway along it (page coordinates), for the
   * browser tests to click on.
   */
  straightEdgeMidpoint(
    relation?: string,
    skip: readonly string[] = [],
  ): { edge: string; x: number; y: number } | null {
    const graph = this.renderer.getGraph();
    const stage = this.el.stage.getBoundingClientRect();
    const segments = graph.mapEdges((edge, _a, s, t) => ({
      edge,
      p: this.renderer.viewportPosition(s),
      q: this.renderer.viewportPosition(t),
    }));
    for (const { edge, p, q } of segments) {
      const a = graph.getEdgeAttributes(edge);
      if ((a.type !== 'straight' && a.type !== 'line') || (relation && a.relation !== relation)) continue;
      if (skip.includes(edge)) continue;
      if (!p || !q || Math.hypot(p.x - q.x, p.y - q.y) < 80) continue;
      const x = (p.x + q.x) / 2;
      const y = (p.y + q.y) / 2;
      if (x < 0 || y < 0 || x > stage.width || y > stage.height) continue;
      // Skip midpoints where another edge passes close by: the click would be ambiguous.
      const crowded = segments.some(
        (o) => o.edge !== edge && o.p && o.q && distanceToSegment({ x, y }, o.p, o.q) < 10,
      );
      if (!crowded) return { edge, x: stage.left + x, y: stage.top + y };
    }
    return null;
  }

  /** A node's position in graph coordinates, as the display graph holds it (null when hidden). */
  nodePosition(node: string): { x: number; y: number } | null {
    const graph = this.renderer.getGraph();
    if (!graph.hasNode(node)) return null;
    const { x, y } = graph.getNodeAttributes(node);
    return { x, y };
  }

  hasLabel(label: string): boolean {
    return this.data.someNode((_n, a) => a.label === label);
  }

  private setLive(text: string): void {
    this.el.live.textContent = '';
    this.el.live.append(
      h('span', {
        class: `live-dot ${text.startsWith('offline') || text.startsWith('update failed') ? 'off' : ''}`,
      }),
      text,
    );
  }
}

function distanceToSegment(
  m: { x: number; y: number },
  p: { x: number; y: number },
  q: { x: number; y: number },
): number {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((m.x - p.x) * dx + (m.y - p.y) * dy) / len2));
  return Math.hypot(m.x - (p.x + t * dx), m.y - (p.y + t * dy));
}
