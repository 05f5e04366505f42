/** Bootstrap: find the page's elements and start the app. No work happens at module load otherwise. */
import './style.css';
import { App, type AppElements } from './app';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`viewer: the page has no #${id} element`);
  return el as T;
}

const elements: AppElements = {
  stage: byId('sigma'),
  search: byId('search'),
  filters: byId('filters'),
  legend: byId('legend'),
  details: byId('details'),
  status: byId('status'),
  live: byId('live'),
  layoutButton: byId('layout-btn'),
  exportGexf: byId('export-gexf'),
  exportPng: byId('export-png'),
  addArticle: byId('add-article'),
  zoomIn: byId('zoom-in'),
  zoomOut: byId('zoom-out'),
  zoomReset: byId('zoom-reset'),
};

const app = new App(elements, window.location);
void app.start();
// Exposed for the browser tests and for poking around in the console.
(window as unknown as { newsgraph: App }).newsgraph = app;
