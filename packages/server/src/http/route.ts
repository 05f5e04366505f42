/**
 * One declaration per endpoint: its zod schemas validate the request (400 naming the field),
 * type the handler's input, and describe the endpoint in the OpenAPI document. Handlers get the
 * parsed input and return the JSON body (or write the response themselves and return nothing).
 */
import { Router, type IRouter, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { HttpError } from './errors';
import { describeIssues } from './validation';

export type Method = 'get' | 'post';

export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: Method;
  /** Express path under the router's mount point, e.g. `/:id/neighbors`. */
  path: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Schema of the 200 answer (JSON), for the document. */
  response?: z.ZodType;
  /** Content types of a non-JSON answer (exports, event streams). */
  produces?: string[];
  /** Needs the bearer token when one is configured. */
  write?: boolean;
  /** Status codes this endpoint may answer besides 200, for the document. */
  errors?: number[];
}

export interface RouteInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
}

export type RouteHandler<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = (
  input: RouteInput<P, Q, B>,
  req: Request,
  res: Response,
) => unknown;

/** A router that records its routes for the OpenAPI document. */
export class ApiRouter {
  readonly router: IRouter = Router();
  readonly routes: RouteSpec[] = [];

  constructor(
    /** Mount point, e.g. `/api/entities`. */
    readonly base: string,
    private readonly writeGuard: RequestHandler,
  ) {}

  add<
    P extends z.ZodType = z.ZodUndefined,
    Q extends z.ZodType = z.ZodUndefined,
    B extends z.ZodType = z.ZodUndefined,
  >(spec: RouteSpec<P, Q, B>, handler: RouteHandler<P, Q, B>): this {
    this.routes.push({ ...spec, path: this.base + spec.path });
    const parse = <T extends z.ZodType>(
      schema: T | undefined,
      value: unknown,
      where: string,
    ): z.output<T> => {
      if (!schema) return undefined as z.output<T>;
      const result = schema.safeParse(value);
      if (!result.success) throw new HttpError(400, 'invalid_request', describeIssues(where, result.error));
      return result.data;
    };
    const run: RequestHandler = async (req, res) => {
      const input = {
        params: parse(spec.params, req.params, 'params'),
        query: parse(spec.query, req.query, 'query'),
        body: parse(spec.body, req.body, 'body'),
      };
      const body = await handler(input, req, res);
      if (body !== undefined && !res.headersSent) res.json(body);
    };
    const handlers = spec.write ? [this.writeGuard, run] : [run];
    this.router[spec.method](spec.path, ...handlers);
    return this;
  }
}
