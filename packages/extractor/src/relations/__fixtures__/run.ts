/** Shared by the rule tests: annotate a sentence, run one rule (or all), read the output as text. */
import { extractRelations } from '../extract';
import { findRule } from '../registry';
import { annotate, triples, type NameSpec } from './annotate';

export const P = (name: string, extra: Partial<NameSpec> = {}): NameSpec => ({
  name,
  type: 'person',
  ...extra,
});
export const O = (name: string, extra: Partial<NameSpec> = {}): NameSpec => ({
  name,
  type: 'organization',
  ...extra,
});
export const L = (name: string, extra: Partial<NameSpec> = {}): NameSpec => ({
  name,
  type: 'location',
  ...extra,
});

/** Demonyms the test resolver knows. */
const NAMES = {
  Russian: 'Russia',
  Ukrainian: 'Ukraine',
  French: 'France',
  German: 'Germany',
  Polish: 'Poland',
  British: 'Britain',
};

export function run(text: string, specs: NameSpec[], rule?: string) {
  const input = annotate(text, specs, { names: NAMES });
  const found = rule ? findRule(rule) : undefined;
  if (rule && !found) throw new Error(`no rule named ${rule}`);
  const out = extractRelations(input, found ? { rules: [found] } : {});
  const label = (i: number) => input.entities[i]!.label;
  return {
    input,
    output: out,
    relations: triples(input, out.relations),
    statements: out.statements.map(
      (s) => `${label(s.entity)} ${s.relation}${s.modality === 'asserted' ? '' : ` [${s.modality}]`}`,
    ),
  };
}
