/**
 * Listening and shutting down, kept apart from createApp: the HTTP server, and a close that stops
 * taking connections, ends event streams, lets requests in flight finish (for a bounded time), then
 * closes the store.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions, type NewsgraphApp } from './app';

export interface RunningServer {
  app: NewsgraphApp;
  server: http.Server;
  url: string;
  /** Graceful: no new connections, streams ended, in-flight requests given `graceMs`, then the store closed. */
  close(graceMs?: number): Promise<void>;
}

export async function listen(
  app: NewsgraphApp,
  options: { host: string; port: number; closeStore?: () => void },
): Promise<RunningServer> {
  const server = http.createServer(app);
  // Slow clients must not hold sockets forever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    app,
    server,
    url: `http://${host}:${address.port}`,
    close: (graceMs = 10_000) =>
      (closing ??= new Promise<void>((resolve) => {
        app.shutdown();
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          options.closeStore?.();
          resolve();
        });
        server.closeIdleConnections();
      })),
  };
}

/** createApp + listen on the settings' host and port. */
export async function startServer(options: AppOptions): Promise<RunningServer> {
  const app = createApp(options);
  const { host, port } = app.context.settings;
  return listen(app, { host, port, closeStore: () => options.store.close() });
}

/** Closes the server on SIGINT / SIGTERM; resolves once it is closed. */
export function closeOnSignals(
  running: RunningServer,
  log: (message: string) => void = () => {},
): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      log(`${signal}: closing`);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
