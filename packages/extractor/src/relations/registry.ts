/**
 * The rule registry: every relation rule, in the order they run. A relation found by two rules is
 * kept once, under the first rule's name, so the more specific rules come first.
 */
import { appointmentRule, joiningRule } from './rules/appointment';
import { employerRule } from './rules/employer';
import { nominalRule } from './rules/nominal';
import {
  appositionRule,
  coMentionRule,
  ownedPlaceRule,
  personOfRule,
  placeCommaPlaceRule,
  placeInPlaceRule,
  titleAntecedentRule,
  titlePrefixRule,
  titleRoleRule,
  whoseRule,
} from './rules/structural';
import { accordingToRule, passiveRule, reciprocalRule, speechClauseRule, svoRule } from './rules/verbal';
import type { RelationRule } from './types';

export const RELATION_RULES: readonly RelationRule[] = Object.freeze([
  titleRoleRule,
  titlePrefixRule,
  personOfRule,
  appointmentRule,
  joiningRule,
  employerRule,
  appositionRule,
  whoseRule,
  titleAntecedentRule,
  ownedPlaceRule,
  placeCommaPlaceRule,
  placeInPlaceRule,
  passiveRule,
  speechClauseRule,
  svoRule,
  reciprocalRule,
  nominalRule,
  accordingToRule,
  coMentionRule,
]);

export function findRule(name: string): RelationRule | undefined {
  return RELATION_RULES.find((r) => r.name === name);
}
