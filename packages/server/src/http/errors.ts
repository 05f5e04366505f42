/** An error with an HTTP status and a stable machine-readable code, answered as `{ error: { code, message } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string, id: string): HttpError =>
  new HttpError(404, 'not_found', `no ${what} with id '${id}'`);

export const badRequest = (message: string): HttpError => new HttpError(400, 'invalid_request', message);

export interface ErrorBody {
  error: { code: string; message: string };
}
