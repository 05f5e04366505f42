/** Small helpers the rules share to turn (actors, targets) into relations and statements. */
import type { Modality, RelationType } from '../../types';
import type { RuleContext } from '../types';
import { RELATION_VOCABULARY, STATEMENT_RELATIONS } from '../vocabulary';

/** Targets of the types a relation allows (all when the vocabulary sets no restriction). */
export function allowedTargets(ctx: RuleContext, relation: RelationType, targets: number[]): number[] {
  const types = RELATION_VOCABULARY[relation].targetTypes;
  if (!types) return targets;
  // A loop, not filter(): see uniqueEntities in actors.ts.
  const allowed: number[] = [];
  for (const t of targets) {
    const type = ctx.doc.input.entities[t]?.type;
    if (type !== undefined && types.includes(type)) allowed.push(t);
  }
  return allowed;
}

export interface Finding {
  relation: RelationType;
  modality: Modality;
  rule: string;
  trigger?: string;
  role?: string;
}

/**
 * Seas, rivers and mountains, which locate things but do nothing: "the Black Sea grain deal" is no
 * deal the Black Sea made. By the feature word that ends the name or opens "X of Y".
 */
const FEATURE_WORDS = new Set(
  'sea ocean river gulf bay strait straits lake mountains mountain desert canal channel'.split(' '),
);

export function isGeographicFeature(label: string): boolean {
  const words = label.toLowerCase().split(' ');
  return (
    FEATURE_WORDS.has(words[words.length - 1]!) ||
    (words.length > 2 && FEATURE_WORDS.has(words[0]!) && words[1] === 'of')
  );
}

/** Relations whose source is a place among places, not an actor: the rest need one that can act. */
const PLACE_RELATIONS: ReadonlySet<RelationType> = new Set(['located-in', 'part-of']);

function canAct(ctx: RuleContext, entity: number, relation: RelationType): boolean {
  if (PLACE_RELATIONS.has(relation)) return true;
  const e = ctx.doc.input.entities[entity];
  return !(e && e.type === 'location' && isGeographicFeature(e.label));
}

/** One relation per actor and target; an entity is never related to itself. */
export function relate(ctx: RuleContext, actors: number[], targets: number[], f: Finding): number {
  let made = 0;
  for (const source of actors) {
    if (!canAct(ctx, source, f.relation)) continue;
    for (const target of allowedTargets(ctx, f.relation, targets)) {
      if (source === target) continue;
      ctx.emit({ source, target, sentence: ctx.sentence, ...f });
      made++;
    }
  }
  return made;
}

/** Every pair of coordinated actors ("Biden and Macron met"). */
export function relatePairs(ctx: RuleContext, actors: number[], f: Finding): void {
  for (let i = 0; i < actors.length; i++)
    for (let j = i + 1; j < actors.length; j++) relate(ctx, [actors[i]!], [actors[j]!], f);
}

/** One-actor speech acts and announcements: a statement per actor, with the sentence as text. */
export function stateAll(
  ctx: RuleContext,
  actors: number[],
  relation: RelationType,
  modality: Modality,
): void {
  if (!STATEMENT_RELATIONS.has(relation)) return;
  const s = ctx.doc.sentences[ctx.sentence]!;
  const text = ctx.doc.text.slice(s.start, s.end).trim();
  for (const entity of new Set(actors))
    if (canAct(ctx, entity, relation))
      ctx.state({ entity, relation, text, modality, sentence: ctx.sentence });
}
