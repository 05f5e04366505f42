/**
 * helmet's security headers, worked out once. helmet runs a dozen small middlewares per request
 * that set the same headers every time (none of our options depends on the request); here they
 * run once against a recording response at start-up, and each request gets the recorded headers in
 * one step. Options that do depend on the request (functions, e.g. CSP nonces) keep helmet per
 * request.
 */
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

export function securityHeaders(options: Readonly<HelmetOptions>): RequestHandler {
  const perRequest = helmet(options);
  if (hasFunction(options)) return perRequest;
  const set: [string, string | string[]][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]): void {
      set.push([name, typeof value === 'object' ? [...value] : String(value)]);
    },
    removeHeader(name: string): void {
      removed.push(name);
    },
    getHeader: (): undefined => undefined,
  };
  let done = false;
  let failed = false;
  perRequest({} as never, recorder as never, (error?: unknown) => {
    done = true;
    failed = error !== undefined;
  });
  // Anything but a plain synchronous run of setHeader calls: stay with helmet.
  if (!done || failed) return perRequest;
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}

function hasFunction(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasFunction);
}
