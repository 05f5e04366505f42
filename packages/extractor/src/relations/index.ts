export { extractRelations, RelationInputError, type ExtractRelationsOptions } from './extract';
export { RELATION_RULES, findRule } from './registry';
export { coMentions, MAX_CO_MENTION_ENTITIES } from './rules/structural';
export {
  RELATION_VOCABULARY,
  STATEMENT_RELATIONS,
  nounTriggers,
  verbTriggers,
  type RelationVocabularyEntry,
  type Trigger,
} from './vocabulary';
export type { RelationInput, RelationOutput, RelationRule, RuleContext } from './types';
