/** Schemas shared by several routers: paging, lists in query strings, ids, evidence. */
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '@newsgraph/extractor';
import { z } from 'zod';
import type { ServerSettings } from '../settings';

export const Id = z.string().min(1).max(300);
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const RelationSchema = z.enum(RELATION_TYPES);

export const limitParam = (settings: ServerSettings): z.ZodDefault<z.ZodCoercedNumber<unknown>> =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(settings.maxLimit)
    .default(settings.defaultLimit)
    .describe(`Most items to return (at most ${settings.maxLimit}).`);

export const offsetParam = z.coerce
  .number()
  .int()
  .min(0)
  .max(1_000_000_000)
  .default(0)
  .describe('Items to skip.');

/** A comma-separated list of values from a vocabulary: `types=person,location`. */
export function listParam<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z
    .string()
    .max(2000)
    .describe(`Comma-separated ${what}: ${values.join(', ')}.`)
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).min(1, `expected at least one of ${values.join(', ')}`));
}

export const EvidenceSchema = z.object({
  docId: z.string(),
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  title: z.string().optional(),
  url: z.string().optional(),
  date: z.string().optional(),
});

export const EdgeViewSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  relation: RelationSchema,
  modality: z.enum(MODALITIES),
  weight: z.number(),
  evidenceCount: z.number().int(),
  evidence: z.array(EvidenceSchema),
});

export const NodeViewSchema = z.object({
  id: z.string(),
  label: z.string(),
  entityType: EntityTypeSchema,
  aliases: z.array(z.string()),
  mentions: z.number().int(),
  degree: z.number().int(),
  depth: z.number().int().optional(),
  pagerank: z.number().optional(),
  community: z.number().int().optional(),
  size: z.number().optional(),
  color: z.string().optional(),
  x: z.number().optional(),
  y: z.number().optional(),
});

export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  source: z.string(),
});
