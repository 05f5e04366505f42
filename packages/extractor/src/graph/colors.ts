import type { EntityType, RelationType } from '../types';

/**
 * Node colours by entity type: a fixed palette (Tableau 10 hues) so that the same type has the same
 * colour in every export, in Gephi and in the viewer.
 */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = Object.freeze({
  person: '#4e79a7',
  organization: '#f28e2b',
  location: '#59a14f',
  misc: '#b07aa1',
});

/**
 * Edge colours by relation, grouped by kind of event: contact in blues, speech in greens,
 * hostility in reds, support in purple, structure in browns, and co-mention a light grey so that
 * the untyped structure stays in the background.
 */
export const RELATION_COLORS: Readonly<Record<RelationType, string>> = Object.freeze({
  'met-with': '#1f77b4',
  'spoke-with': '#6baed6',
  announced: '#2ca02c',
  said: '#74c476',
  reported: '#a1d99b',
  agreed: '#17becf',
  urged: '#bcbd22',
  warned: '#ff7f0e',
  accused: '#d62728',
  rejected: '#e377c2',
  sanctioned: '#b2182b',
  'deployed-near': '#8c2d04',
  annexed: '#67000d',
  aided: '#9467bd',
  'affiliated-with': '#8c564b',
  'part-of': '#c49c94',
  'located-in': '#7f7f7f',
  'co-mention': '#d9d9d9',
});

/** Colour of nodes and edges whose type is unknown (e.g. a graph loaded from elsewhere). */
export const FALLBACK_COLOR = '#999999';
