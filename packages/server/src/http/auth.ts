/** Bearer-token guard for writes; open when no token is configured (a local single-user server). */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './errors';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

export function bearerGuard(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    // Compare digests of equal length in constant time, so that timing tells nothing about the token.
    if (match && timingSafeEqual(digest(match[1]!), expected)) return next();
    res.set('WWW-Authenticate', 'Bearer realm="newsgraph"');
    next(
      new HttpError(
        401,
        'unauthorized',
        match ? 'the bearer token is wrong' : 'this endpoint needs an Authorization: Bearer <token> header',
      ),
    );
  };
}
