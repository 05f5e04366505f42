import { RELATION_TYPES } from '../types';
import { extractRelations, RelationInputError } from './extract';
import { RELATION_RULES } from './registry';
import { MAX_CO_MENTION_ENTITIES } from './rules/structural';
import { annotate } from './__fixtures__/annotate';
import { L, O, P, run } from './__fixtures__/run';
import { RELATION_VOCABULARY, verbTriggers } from './vocabulary';

describe('extractRelations', () => {
  it('rejects bad input with an error that names it', () => {
    expect(() => extractRelations(null as never)).toThrow(RelationInputError);
    const input = annotate('Rome met Paris.', [L('Rome'), L('Paris')]);
    expect(() => extractRelations({ ...input, mentions: 'x' as never })).toThrow(
      /'mentions' must be an array/,
    );
    const broken = { ...input, mentions: input.mentions.map((m) => ({ ...m, entity: 9 })) };
    expect(() => extractRelations(broken)).toThrow(/mention 0 \('(Rome|Paris)'\) points to entity 9/);
  });

  it('gives one co-mention per pair per sentence, smaller entity index first', () => {
    const { output } = run(
      'Oslo, Bergen and Oslo again. Bergen alone. Bergen and Oslo.',
      [L('Oslo'), L('Bergen')],
      'co-mention',
    );
    expect(output.relations.map((r) => [r.source, r.target, r.sentence, r.rule])).toEqual([
      [0, 1, 0, 'co-mention'],
      [0, 1, 2, 'co-mention'],
    ]);
  });

  it('gives no co-mentions in a sentence that lists more entities than MAX_CO_MENTION_ENTITIES', () => {
    const cities = [
      'Oslo',
      'Bergen',
      'Lyon',
      'Porto',
      'Turin',
      'Ghent',
      'Basel',
      'Graz',
      'Split',
      'Cork',
      'Malmo',
      'Tartu',
      'Riga',
    ];
    expect(cities.length).toBe(MAX_CO_MENTION_ENTITIES + 1);
    const list = `Teams came from ${cities.slice(0, -1).join(', ')} and ${cities.at(-1)}.`;
    const { output } = run(
      `${list} Oslo beat Bergen.`,
      cities.map((c) => L(c)),
      'co-mention',
    );
    // The list gives none; the next sentence's pair still gives one.
    expect(output.relations.map((r) => r.sentence)).toEqual([1]);
    const { output: shorter } = run(
      `Teams came from ${cities.slice(0, 12).join(', ')}.`,
      cities.slice(0, 12).map((c) => L(c)),
      'co-mention',
    );
    expect(shorter.relations).toHaveLength((12 * 11) / 2);
  });

  it('keeps a fact found by two rules once, under the first rule', () => {
    const { output } = run('The Czech Republic and Slovakia met on Monday.', [
      L('Czech Republic'),
      L('Slovakia'),
    ]);
    const typed = output.relations.filter((r) => r.relation !== 'co-mention');
    expect(typed).toHaveLength(1);
    expect(typed[0]).toMatchObject({ relation: 'met-with', rule: 'reciprocal', trigger: 'met' });
  });

  it('gives statements the sentence text and its index', () => {
    const { output } = run('Rain fell. Interpol announced a new database.', [O('Interpol')]);
    expect(output.statements).toEqual([
      {
        entity: 0,
        relation: 'announced',
        text: 'Interpol announced a new database.',
        modality: 'asserted',
        sentence: 1,
      },
    ]);
  });

  it('records trigger, rule and sentence on every relation', () => {
    const { output } = run('Quiet day. Estonia accused Russia of spying.', [L('Estonia'), L('Russia')]);
    expect(output.relations.find((r) => r.relation === 'accused')).toEqual({
      source: 0,
      target: 1,
      relation: 'accused',
      modality: 'asserted',
      rule: 'svo',
      trigger: 'accused',
      sentence: 1,
    });
  });

  it('works without a name resolver', () => {
    const input = annotate('Russian lawmakers urged Putin to act.', [P('Putin')]);
    expect(extractRelations({ ...input, resolveName: undefined }).relations).toEqual([]);
  });
});

describe('RELATION_VOCABULARY', () => {
  it('has an entry with a description for every relation type', () => {
    for (const type of RELATION_TYPES)
      expect(RELATION_VOCABULARY[type].description.length).toBeGreaterThan(5);
  });

  it('prefers a phrasal verb sense to the bare verb', () => {
    expect(verbTriggers('call', 'on').map((t) => t.relation)).toEqual(['urged']);
    // Bare "call" is a phone call only with a person as its whole object, which the rule checks.
    expect(verbTriggers('call', 'him').map((t) => [t.relation, t.kind])).toEqual([
      ['spoke-with', 'person-object'],
    ]);
  });
});

describe('RELATION_RULES', () => {
  it('has unique names and a description for each rule', () => {
    const names = RELATION_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of RELATION_RULES) expect(r.description.length).toBeGreaterThan(20);
  });
});
