// Renderer bench in headless chromium: time to first draw and frame time while panning, for
// generated news-like graphs of 5,000 and 50,000 nodes (2 edges per node), drawn by the viewer's
// own display-graph and sigma code (packages/viewer/bench.html). No server: the built page is
// served from packages/viewer/dist. Needs `pnpm build` first (pnpm bench does it) and chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). BENCH_VIEWER_SIZES=5000,20000 to change the sizes.
// Without a GPU chromium draws WebGL in software (SwiftShader): figures are a CPU-bound floor.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'packages/viewer/dist');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sizes = (process.env.BENCH_VIEWER_SIZES ?? '5000,50000').split(',').map(Number);
const PER_SIZE_TIMEOUT_MS = 120_000;

for (const [what, path] of [
  ['the built viewer', join(dist, 'bench.html')],
  ['chromium', chromiumPath],
]) {
  if (!existsSync(path)) {
    console.log(
      `bench viewer: no ${what} at ${path}${what === 'chromium' ? '' : ' (run pnpm build)'}; skipped`,
    );
    process.exit(process.env.CI ? 1 : 0);
  }
}

const { chromium } = createRequire(join(root, 'packages/viewer/package.json'))('playwright-core');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(join(dist, new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(dist) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  res.end(readFileSync(path));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), 'newsgraph-bench-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
});

// One tab, in the foreground (a background tab gets no animation frames), reloaded per size.
const page = context.pages()[0] ?? (await context.newPage());
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
const rows = [];
let failed = false;
try {
  for (const n of sizes) {
    errors.length = 0;
    await page.goto(`${base}/bench.html?n=${n}&frames=60&budgetMs=15000`);
    const handle = await page
      .waitForFunction('window.benchResult ?? window.benchError', undefined, {
        timeout: PER_SIZE_TIMEOUT_MS,
        polling: 250,
      })
      .catch((e) => ({ jsonValue: async () => `timed out: ${e.message.split('\n')[0]}` }));
    const result = await handle.jsonValue();
    if (typeof result === 'string' || errors.length) {
      console.error(
        `bench viewer: ${n} nodes failed: ${typeof result === 'string' ? result : ''} ${errors.join('; ')}`,
      );
      failed = true;
      continue;
    }
    rows.push(result);
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

const pad = (v, w) => String(v).padStart(w);
console.log(
  '\nnodes    edges   generate  first draw  page->draw  frame ms (mean/median/p95)  render ms (median/p95)  ~fps',
);
for (const r of rows) {
  console.log(
    `${pad(r.nodes, 6)} ${pad(r.edges, 7)} ${pad(r.generateMs.toFixed(0) + ' ms', 9)} ${pad(r.firstDrawMs.toFixed(0) + ' ms', 11)} ${pad(r.pageToFirstDrawMs.toFixed(0) + ' ms', 11)}` +
      `  ${pad(`${r.frameMs.mean} / ${r.frameMs.median} / ${r.frameMs.p95}`, 26)}  ${pad(`${r.renderMs.median} / ${r.renderMs.p95}`, 22)}  ${pad((1000 / r.frameMs.mean).toFixed(1), 5)}`,
  );
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
process.exit(failed ? 1 : 0);
