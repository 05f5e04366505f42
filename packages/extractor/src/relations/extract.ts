/**
 * `extractRelations`: runs every rule of the registry over every sentence of one article and
 * returns its relations and statements, deduplicated, with no entity related to itself.
 */
import { SYMMETRIC_RELATIONS, type LocalRelation, type LocalStatement } from '../types';
import { buildDocView } from './document';
import { RELATION_RULES } from './registry';
import type { RelationInput, RelationOutput, RelationRule, RuleContext } from './types';

export class RelationInputError extends Error {
  constructor(message: string) {
    super(`extractRelations: ${message}`);
    this.name = 'RelationInputError';
  }
}

function checkInput(input: RelationInput): void {
  if (!input || typeof input !== 'object')
    throw new RelationInputError('expected { analyzed, mentions, entities }.');
  const { analyzed, mentions, entities } = input;
  if (!analyzed || !Array.isArray(analyzed.tokens) || !Array.isArray(analyzed.sentences))
    throw new RelationInputError("'analyzed' must be the output of analyzeText (tokens and sentences).");
  if (!Array.isArray(mentions)) throw new RelationInputError("'mentions' must be an array.");
  if (!Array.isArray(entities)) throw new RelationInputError("'entities' must be an array.");
  mentions.forEach((m, i) => {
    if (
      m.entity !== undefined &&
      (!Number.isInteger(m.entity) || m.entity < 0 || m.entity >= entities.length)
    )
      throw new RelationInputError(
        `mention ${i} ('${m.text}') points to entity ${m.entity}, which does not exist.`,
      );
    if (!Number.isInteger(m.sentence) || m.sentence < 0 || m.sentence >= analyzed.sentences.length)
      throw new RelationInputError(
        `mention ${i} ('${m.text}') has sentence ${m.sentence}, which does not exist.`,
      );
  });
  if (input.resolveName !== undefined && typeof input.resolveName !== 'function')
    throw new RelationInputError("'resolveName' must be a function when given.");
}

export interface ExtractRelationsOptions {
  /** The rules to run (the whole registry by default); tests run one rule at a time. */
  rules?: readonly RelationRule[];
}

export function extractRelations(
  input: RelationInput,
  options: ExtractRelationsOptions = {},
): RelationOutput {
  checkInput(input);
  const doc = buildDocView(input);
  const rules = options.rules ?? RELATION_RULES;
  const relations: LocalRelation[] = [];
  const statements: LocalStatement[] = [];
  const seenRelations = new Set<string>();
  const seenStatements = new Set<string>();

  for (let sentence = 0; sentence < doc.sentences.length; sentence++) {
    const context: RuleContext = {
      doc,
      sentence,
      emit(r) {
        if (r.source === r.target) return;
        // Symmetric relations are stored once per pair, the smaller index first.
        const relation =
          SYMMETRIC_RELATIONS.has(r.relation) && r.source > r.target
            ? { ...r, source: r.target, target: r.source }
            : r;
        const key = `${relation.source}|${relation.relation}|${relation.target}|${relation.modality}|${relation.sentence}`;
        if (seenRelations.has(key)) return;
        seenRelations.add(key);
        relations.push(relation);
      },
      state(s) {
        const key = `${s.entity}|${s.relation}|${s.modality}|${s.sentence}`;
        if (seenStatements.has(key)) return;
        seenStatements.add(key);
        statements.push(s);
      },
    };
    for (const rule of rules) rule.apply(context);
  }
  return { relations, statements };
}
