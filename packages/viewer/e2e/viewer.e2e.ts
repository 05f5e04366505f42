/**
 * The viewer in a real browser against a real server over the demo articles: it draws, search
 * selects and explains, filters hide edges, and ingested markup stays text. Screenshots of each
 * state go to e2e/screenshots/ (ignored by git) for a human to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  inkPixels,
  launchBrowser,
  SCREENSHOTS,
  startServer,
  type Browser,
  type RunningServer,
} from './harness';

let server: RunningServer;
let browser: Browser;

const shot = (name: string) => browser.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
const edgeCount = async () => Number(await browser.page.locator('#sigma').getAttribute('data-edges'));

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

test('the page loads the graph and draws it', async () => {
  const { page } = browser;
  await page.goto(server.url);
  await page.locator('#status').waitFor({ state: 'hidden', timeout: 30_000 });
  expect(Number(await page.locator('#sigma').getAttribute('data-nodes'))).toBeGreaterThan(5);
  // Let a first layout run (if any) settle before reading pixels.
  await page.waitForFunction(
    () => document.querySelector('#layout-btn')?.getAttribute('aria-pressed') === 'false',
  );
  await page.waitForTimeout(500);
  const { ink, total, blue } = await inkPixels(page, '#sigma');
  expect(ink).toBeGreaterThan(total * 0.002);
  expect(blue).toBeGreaterThan(20);
  await expect(page.locator('#legend').textContent()).resolves.toContain('person');
  await shot('01-graph');
});

test('search "Putin" selects him and the panel lists Olaf Scholz under met-with with evidence', async () => {
  const { page } = browser;
  const input = page.locator('.search-input');
  await input.fill('Putin');
  const first = page.locator('.search-results li').first();
  await expect(first.textContent()).resolves.toContain('Putin');
  await shot('02-search');
  await input.press('Enter');

  const panel = page.locator('#details');
  await panel.waitFor({ state: 'visible' });
  await expect(panel.locator('h2').textContent()).resolves.toContain('Putin');
  expect(new URL(page.url()).searchParams.get('node')).toBeTruthy();

  const metWith = panel.locator('[data-relation="met-with"]');
  await metWith.waitFor({ timeout: 15_000 });
  const scholz = metWith.locator('li', { has: page.locator('.neighbor-name', { hasText: 'Olaf Scholz' }) });
  await expect(scholz.count()).resolves.toBeGreaterThan(0);
  const sentence = (await scholz.first().locator('blockquote').first().textContent()) ?? '';
  expect(sentence.length).toBeGreaterThan(20);
  expect(sentence).toMatch(/Scholz|Putin|chancellor/i);
  await page.waitForTimeout(600); // camera animation
  await shot('03-entity-panel');
});

test('a relation filter hides edges and lands in the URL', async () => {
  const { page } = browser;
  await page.locator('#details .close').click();
  await page.locator('#details').waitFor({ state: 'hidden' });
  const before = await edgeCount();
  expect(before).toBeGreaterThan(0);
  const relations = await page.evaluate(() =>
    (window as unknown as { newsgraph: { visibleRelations(): string[] } }).newsgraph.visibleRelations(),
  );
  expect(relations).toContain('met-with');
  expect(relations).not.toContain('co-mention');

  await page.locator('input[data-relation="met-with"]').uncheck();
  await page.waitForFunction(
    (n) => Number(document.querySelector('#sigma')?.getAttribute('data-edges')) < n,
    before,
  );
  const after = await page.evaluate(() =>
    (window as unknown as { newsgraph: { visibleRelations(): string[] } }).newsgraph.visibleRelations(),
  );
  expect(after).not.toContain('met-with');
  expect(new URL(page.url()).searchParams.get('relations')).not.toContain('met-with');
  await shot('04-filtered');

  // The URL restores the same view.
  await page.reload();
  await page.locator('#status').waitFor({ state: 'hidden', timeout: 30_000 });
  await expect(page.locator('input[data-relation="met-with"]').isChecked()).resolves.toBe(false);
  await page.locator('input[data-relation="met-with"]').check();
  await page.waitForFunction(
    (n) => Number(document.querySelector('#sigma')?.getAttribute('data-edges')) >= n,
    before,
  );

  // A shared link with a selection opens its panel.
  await page.goto(`${server.url}/?node=vladimir-putin`);
  await page.locator('#details h2').waitFor({ timeout: 15_000 });
  await expect(page.locator('#details h2').textContent()).resolves.toContain('Putin');
  await page.goto(server.url);
  await page.locator('#status').waitFor({ state: 'hidden', timeout: 30_000 });
  await page.waitForFunction(
    (n) => Number(document.querySelector('#sigma')?.getAttribute('data-edges')) >= n,
    before,
  );
});

test('an ingested article with markup renders as text and runs nothing', async () => {
  const { page } = browser;
  const payload = '<img src=x onerror="window.__xss=1">';
  await page.locator('#add-article').click();
  const dialog = page.locator('dialog.ingest-dialog');
  await dialog.waitFor({ state: 'visible' });
  await dialog.locator('input[name=title]').fill(`Scholz returns to Berlin ${payload}`);
  await dialog.locator('input[name=date]').fill('2022-02-17');
  await dialog
    .locator('textarea[name=text]')
    .fill(
      `German Chancellor Olaf Scholz met Polish President Andrzej Duda in Berlin on Thursday. ${payload} ` +
        'Duda warned Russia that any attack on Ukraine would be met with new sanctions.',
    );
  await dialog.locator('button[type=submit]').click();
  const title = dialog.locator('.ingest-docs .doc-title').first();
  await title.waitFor({ timeout: 30_000 });
  await expect(title.textContent()).resolves.toContain('<img src=x');
  await shot('05-ingest');
  await dialog.locator('.close').click();

  // The graph refreshes through server-sent events; the new article's entities appear.
  await page.waitForFunction(
    () =>
      (window as unknown as { newsgraph: { hasLabel(l: string): boolean } }).newsgraph.hasLabel(
        'Andrzej Duda',
      ),
    undefined,
    { timeout: 20_000 },
  );
  // Open Scholz: the new article is listed by its title, as text.
  await page.locator('.search-input').fill('Olaf Scholz');
  await page.locator('.search-results li').first().waitFor();
  await page.locator('.search-input').press('Enter');
  const docs = page.locator('#details .documents');
  await docs.waitFor({ timeout: 15_000 });
  await expect(docs.textContent()).resolves.toContain(payload);

  const injected = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: number }).__xss,
    images: document.querySelectorAll('img').length,
  }));
  expect(injected).toEqual({ flag: undefined, images: 0 });
  await page.waitForTimeout(600);
  await shot('06-after-ingest');
});

test('clicking an edge shows its evidence; Escape closes the panel', async () => {
  const { page } = browser;
  await page.keyboard.press('Escape');
  await page.locator('#details').waitFor({ state: 'hidden' });
  await page.locator('#zoom-reset').click();
  await page.waitForTimeout(600);
  type Hook = {
    straightEdgeMidpoint(relation?: string, skip?: string[]): { edge: string; x: number; y: number } | null;
  };
  type State = { store: { get(): { hoveredEdge: string | null } } };
  // Aim like a user would: move around an edge's midpoint until that edge is under the pointer
  // (sigma picks from a downsized buffer, so a thin edge can be a pixel off), then click. Another
  // edge drawn over the midpoint (a curve, an arrow head) makes it the next edge's turn.
  let target: { edge: string; x: number; y: number } | null = null;
  let hit: { x: number; y: number } | null = null;
  const tried: string[] = [];
  for (let attempt = 0; attempt < 5 && !hit; attempt++) {
    target = await page.evaluate(
      (skip) => (window as unknown as { newsgraph: Hook }).newsgraph.straightEdgeMidpoint(undefined, skip),
      tried,
    );
    expect(target).not.toBeNull();
    tried.push(target!.edge);
    for (const [dx, dy] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
      [2, 0],
      [0, 2],
      [-2, 0],
      [0, -2],
      [1, 1],
      [-1, -1],
      [2, 2],
      [-2, -2],
    ]) {
      await page.mouse.move(target!.x + dx!, target!.y + dy!);
      await page.waitForTimeout(60);
      const hovered = await page.evaluate(
        () => (window as unknown as { newsgraph: State }).newsgraph.store.get().hoveredEdge,
      );
      if (hovered === target!.edge) {
        hit = { x: target!.x + dx!, y: target!.y + dy! };
        break;
      }
    }
  }
  expect(hit).not.toBeNull();
  await page.mouse.click(hit!.x, hit!.y);
  const panel = page.locator('#details');
  await panel.waitFor({ state: 'visible' });
  await expect(panel.locator('.edge-sentence').textContent()).resolves.toBeTruthy();
  await panel.locator('section h3', { hasText: 'Evidence' }).waitFor({ timeout: 15_000 });
  expect(new URL(page.url()).searchParams.get('edge')).toBe(target!.edge);
  await expect(panel.locator('blockquote').first().textContent()).resolves.toMatch(/\w{3,}/);
  await shot('07-edge-panel');
});

test('ForceAtlas2 runs in a worker and stops on demand', async () => {
  const { page } = browser;
  type Hook = { nodePosition(n: string): { x: number; y: number } | null; visibleRelations(): string[] };
  const position = () =>
    page.evaluate(() => (window as unknown as { newsgraph: Hook }).newsgraph.nodePosition('vladimir-putin'));
  const before = await position();
  expect(before).not.toBeNull();
  await page.locator('#layout-btn').click();
  await expect(page.locator('#layout-btn').getAttribute('aria-pressed')).resolves.toBe('true');
  // The page stays responsive while the worker iterates: a search still answers.
  await page.locator('.search-input').fill('Scholz');
  await page.locator('.search-results li').first().waitFor({ timeout: 2000 });
  await page.locator('.search-input').fill('');
  await page.waitForTimeout(1500);
  await page.locator('#layout-btn').click();
  await expect(page.locator('#layout-btn').getAttribute('aria-pressed')).resolves.toBe('false');
  const after = await position();
  expect(after).not.toEqual(before);
  await page.waitForTimeout(300);
  await shot('08-after-layout');
});

test('the visible graph exports as GEXF and PNG', async () => {
  const { page } = browser;
  const download = page.waitForEvent('download');
  await page.locator('#export-gexf').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('newsgraph.gexf');
  const gexf = readFileSync(await file.path(), 'utf8');
  expect(gexf).toContain('<gexf');
  expect(gexf).toContain('Olaf Scholz');

  const png = page.waitForEvent('download');
  await page.locator('#export-png').click();
  const image = readFileSync(await (await png).path());
  expect(image.subarray(1, 4).toString()).toBe('PNG');
  expect(image.length).toBeGreaterThan(5000);
});
