/**
 * Test helper: runs the real wink-nlp analysis over a sentence of one's own and marks given names
 * as mentions by hand, so that relation rules can be tested without the mention layer.
 */
import { analyzeText } from '../../nlp';
import {
  SYMMETRIC_RELATIONS,
  type EntityType,
  type LocalEntity,
  type Mention,
  type RelationType,
} from '../../types';
import type { RelationInput } from '../types';

export interface NameSpec {
  /** The name as written ("Putin"). */
  name: string;
  type: EntityType;
  /** The entity it belongs to (defaults to the name): "Putin" and "Vladimir Putin" share "Vladimir Putin". */
  entity?: string;
  /** A title written before the name and included in the mention ("Russian President"). */
  title?: string;
  role?: string;
  roleOf?: string;
}

export interface AnnotateOptions {
  /** Demonyms and other surface forms resolveName knows: { Russian: 'Russia' }; unknown entities are added. */
  names?: Record<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds a RelationInput for `text`, marking every occurrence of the given names as mentions. */
export function annotate(text: string, specs: NameSpec[], options: AnnotateOptions = {}): RelationInput {
  const analyzed = analyzeText(text);
  const entities: LocalEntity[] = [];
  const entityIndex = (label: string, type: EntityType): number => {
    let i = entities.findIndex((e) => e.label === label);
    if (i < 0) i = entities.push({ label, type, aliases: [label], roles: [], mentions: [] }) - 1;
    return i;
  };
  const taken: [number, number][] = [];
  const mentions: Mention[] = [];
  // Longer surface forms first, so that "Vladimir Putin" is not also read as "Putin".
  const ordered = [...specs].sort(
    (a, b) => (b.title ?? '').length + b.name.length - (a.title ?? '').length - a.name.length,
  );
  for (const spec of ordered) {
    const surface = spec.title ? `${spec.title} ${spec.name}` : spec.name;
    for (const match of text.matchAll(new RegExp(`(?<![\\w.])${escape(surface)}(?![\\w])`, 'g'))) {
      const start = match.index;
      const end = start + surface.length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      const nameStart = end - spec.name.length;
      const tokenStart = analyzed.tokens.findIndex((t) => t.start >= nameStart);
      let tokenEnd = tokenStart;
      while (tokenEnd < analyzed.tokens.length && analyzed.tokens[tokenEnd]!.end <= end) tokenEnd++;
      if (tokenStart < 0 || tokenEnd === tokenStart)
        throw new Error(`annotate: '${surface}' is not on token edges`);
      const entity = entityIndex(spec.entity ?? spec.name, spec.type);
      const mention: Mention = {
        start,
        end,
        tokenStart,
        tokenEnd,
        sentence: analyzed.tokens[tokenStart]!.sentence,
        text: surface,
        name: spec.name,
        type: spec.type,
        entity,
      };
      if (spec.role) mention.role = spec.role;
      if (spec.roleOf) mention.roleOf = spec.roleOf;
      entities[entity]!.mentions.push(mentions.push(mention) - 1);
    }
  }
  const names = options.names ?? {};
  const resolveName = (surface: string): number | undefined => {
    // A known demonym names its country (added when missing), never the nationality itself.
    const country = names[surface];
    if (country) return entityIndex(country, 'location');
    const known = entities.findIndex((e) => e.label === surface || e.aliases.includes(surface));
    return known >= 0 ? known : undefined;
  };
  return { analyzed, mentions, entities, resolveName };
}

/** Relations as readable triples "source relation target" (with a modality mark when not asserted). */
export function triples(
  input: RelationInput,
  relations: { source: number; target: number; relation: string; modality: string }[],
): string[] {
  const label = (i: number) => input.entities[i]?.label ?? `#${i}`;
  return relations
    .filter((r) => r.relation !== 'co-mention')
    .map((r) => {
      // Symmetric relations read in alphabetical order, whatever the entity indices.
      let [a, b] = [label(r.source), label(r.target)];
      if (SYMMETRIC_RELATIONS.has(r.relation as RelationType) && a > b) [a, b] = [b, a];
      return `${a} ${r.relation} ${b}${r.modality === 'asserted' ? '' : ` [${r.modality}]`}`;
    });
}
