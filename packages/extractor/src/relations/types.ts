/**
 * The relation layer's own types: its input (one analysed article with its mentions and local
 * entities), the rule descriptor every rule in the registry follows, and what rules emit.
 */
import type { AnalyzedText, LocalEntity, LocalRelation, LocalStatement, Mention } from '../types';
import type { DocView } from './document';

export interface RelationInput {
  analyzed: AnalyzedText;
  mentions: Mention[];
  entities: LocalEntity[];
  /**
   * Maps a surface form ("Russian", "NATO", "Kremlin") to a local entity index when the document has
   * one; it may add the entity (a country named only by its demonym). Called only when a relation
   * needs the entity, so that "Russian gas" adds nothing.
   */
  resolveName?: (surface: string) => number | undefined;
}

export interface RelationOutput {
  relations: LocalRelation[];
  statements: LocalStatement[];
}

/** What a rule sees: the whole article, the sentence it runs on, and the sinks for its findings. */
export interface RuleContext {
  doc: DocView;
  sentence: number;
  emit(relation: LocalRelation): void;
  state(statement: LocalStatement): void;
}

/** One entry of the rule registry. */
export interface RelationRule {
  /** Short stable name, recorded on every relation the rule makes (`LocalRelation.rule`). */
  name: string;
  /** What the rule reads and what it makes, with an example. */
  description: string;
  apply(context: RuleContext): void;
}
