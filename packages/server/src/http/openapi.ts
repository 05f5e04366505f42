/**
 * The OpenAPI 3.1 document, generated from the very zod schemas the routes validate with (zod's
 * JSON Schema output is draft 2020-12, which is what OpenAPI 3.1 uses).
 */
import { z } from 'zod';
import type { RouteSpec } from './route';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid request: the message names the parameter and the reason',
  401: 'Missing or wrong bearer token (when NEWSGRAPH_TOKEN is set)',
  404: 'Unknown id',
  413: 'Request body too large',
  415: 'Unsupported body encoding',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete out.$schema;
  return out;
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): Record<string, unknown>[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input');
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    const parameter: Record<string, unknown> = {
      name,
      in: location,
      required: location === 'path' || required.has(name),
      schema: rest,
    };
    if (typeof description === 'string') parameter.description = description;
    return parameter;
  });
}

export function openApiDocument(
  routes: readonly RouteSpec[],
  info: { title: string; version: string; description: string },
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const responses: Record<string, unknown> = {};
    if (route.produces) {
      responses['200'] = {
        description: 'OK',
        content: Object.fromEntries(route.produces.map((type) => [type, { schema: { type: 'string' } }])),
      };
    } else {
      responses['200'] = {
        description: 'OK',
        content: {
          'application/json': { schema: route.response ? jsonSchema(route.response, 'output') : {} },
        },
      };
    }
    const codes = new Set([400, ...(route.errors ?? []), ...(route.write ? [401, 413, 415] : [])]);
    for (const code of [...codes].sort())
      responses[String(code)] = { $ref: `#/components/responses/Error${code}` };
    const operation: Record<string, unknown> = {
      operationId: `${route.method}${path
        .replace(/[{}]/g, '')
        .replace(/(^|\/)(\w)/g, (_m, _s, c: string) => c.toUpperCase())
        .replace(/\W/g, '')}`,
      summary: route.summary,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      responses,
    };
    if (route.description) operation.description = route.description;
    if (route.body)
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
      };
    if (route.write) operation.security = [{ bearer: [] }];
    (paths[path] ??= {})[route.method] = operation;
  }
  const errorResponses = Object.fromEntries(
    Object.entries(STATUS_TEXT).map(([code, description]) => [
      `Error${code}`,
      { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    ]),
  );
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
      responses: errorResponses,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
