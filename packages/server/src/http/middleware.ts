/** The one JSON error answer, and the 404 for unknown API paths. Never a stack trace, never HTML. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { HttpError, type ErrorBody } from './errors';

/** body-parser's errors carry a `type` and a 4xx `status`. */
interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

function toHttpError(error: unknown, bodyLimit: number): HttpError | undefined {
  if (error instanceof HttpError) return error;
  const e = error as BodyParserError;
  switch (e?.type) {
    case 'entity.too.large':
      return new HttpError(
        413,
        'payload_too_large',
        `the request body is larger than the limit of ${bodyLimit} bytes`,
      );
    case 'entity.parse.failed':
      return new HttpError(400, 'invalid_json', 'the request body is not valid JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError(415, 'unsupported_encoding', 'the request body must be UTF-8 JSON');
    case 'request.aborted':
      return new HttpError(400, 'request_aborted', 'the request was aborted');
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500)
    return new HttpError(e.status, 'bad_request', 'the request could not be read');
  return undefined;
}

export function errorHandler(logger: Logger, bodyLimit: number): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = toHttpError(error, bodyLimit);
    if (!known) logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
    const status = known?.status ?? 500;
    const body: ErrorBody = {
      error: { code: known?.code ?? 'internal_error', message: known?.message ?? 'internal server error' },
    };
    if (res.headersSent) {
      // A stream (SSE, export) failed half-way: all we can do is cut it.
      res.destroy();
      return;
    }
    res.status(status).json(body);
  };
}

export const apiNotFound: RequestHandler = (req, _res, next) => {
  const path = req.originalUrl.split('?')[0]!.slice(0, 200);
  next(new HttpError(404, 'not_found', `no such endpoint: ${req.method} ${path}`));
};
