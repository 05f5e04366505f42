/**
 * The graph contract's vocabularies, as the viewer knows them. They mirror
 * packages/extractor/src/types.ts (a test checks that they stay equal); the viewer keeps its own
 * copy so that the browser bundle does not pull in the extractor's CommonJS build.
 */
export const ENTITY_TYPES = ['person', 'organization', 'location', 'misc'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'met-with',
  'spoke-with',
  'announced',
  'said',
  'warned',
  'urged',
  'accused',
  'rejected',
  'agreed',
  'reported',
  'deployed-near',
  'annexed',
  'sanctioned',
  'aided',
  'affiliated-with',
  'part-of',
  'located-in',
  'co-mention',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that hold both ways (the extractor stores them once): drawn without arrow heads. */
export const SYMMETRIC_RELATIONS: ReadonlySet<string> = new Set(['met-with', 'spoke-with', 'co-mention']);

export const MODALITIES = ['asserted', 'negated', 'planned', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

/** Human labels for the legend and panels ("met-with" reads "met with"). */
export function relationLabel(relation: string): string {
  return relation.replace(/-/g, ' ');
}
