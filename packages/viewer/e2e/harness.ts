/**
 * Browser-test harness: a Newsgraph server on a free port over the demo corpus in a temporary
 * database, and Debian's chromium through playwright-core with a fresh profile. Everything started
 * here is stopped by the returned close functions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const REPO = resolve(__dirname, '../../..');
export const VIEWER_DIST = join(REPO, 'packages/viewer/dist/index.html');
export const SERVER_CLI = join(REPO, 'packages/server/dist/cli.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO, 'packages/viewer/e2e/screenshots');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/** Node count of the served graph, or -1 while the server does not answer. No keep-alive, so no handle outlives the tests. */
function graphSize(url: string): Promise<number> {
  return new Promise((ok) => {
    const req = get(url, { agent: false }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        try {
          ok(res.statusCode === 200 ? (JSON.parse(body) as { nodes: unknown[] }).nodes.length : -1);
        } catch {
          ok(-1);
        }
      });
    });
    req.on('error', () => ok(-1));
  });
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts `newsgraph serve examples/articles` and waits until the graph answers. */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(VIEWER_DIST)) throw new Error(`e2e: ${VIEWER_DIST} is missing: run \`pnpm build\` first`);
  if (!existsSync(SERVER_CLI)) throw new Error(`e2e: ${SERVER_CLI} is missing: run \`pnpm build\` first`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
  const args = [
    SERVER_CLI,
    'serve',
    join(REPO, 'examples/articles'),
    '--db',
    join(dir, 'e2e.db'),
    '--port',
    String(port),
  ];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    child.stdout?.destroy();
    child.stderr?.destroy();
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await close();
      throw new Error(`e2e: the server exited with ${child.exitCode}:\n${log.slice(-2000)}`);
    }
    const nodes = await graphSize(`${url}/api/graph`);
    if (nodes > 0) return { url, close };
    await new Promise((ok) => setTimeout(ok, 300));
  }
  await close();
  throw new Error(`e2e: the server did not serve a graph within 90 s:\n${log.slice(-2000)}`);
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Errors thrown in the page: a test fails when there are any. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Sigma draws with WebGL: without a GPU, chromium's software implementation does it.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * How many pixels of an element's screenshot are "ink": clearly darker or more saturated than the
 * near-white background. The screenshot comes from the compositor, so WebGL canvases count.
 */
export async function inkPixels(
  page: Page,
  selector: string,
): Promise<{ ink: number; total: number; blue: number }> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let ink = 0;
    let blue = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      if (max < 200 || max - min > 40) ink++;
      // The person colour, #4e79a7, within a tolerance.
      if (Math.abs(r - 0x4e) < 24 && Math.abs(g - 0x79) < 24 && Math.abs(b - 0xa7) < 24) blue++;
    }
    return { ink, total: data.length / 4, blue };
  }, png.toString('base64'));
}
