/**
 * Splits the title written before a person's name into the mention's role and the organisation or
 * country the title names: "Russian Foreign Minister Sergey Lavrov" -> role "Foreign Minister",
 * roleOf "Russian"; "NATO Secretary-General Jens Stoltenberg" -> "Secretary-General", "NATO".
 */
import { findCountry, findDemonym, findPartyAdjective, TITLE_JOINERS, TITLE_WORDS } from '../gazetteer';
import type { Token } from '../types';
import { joinTokenTexts, type TypedSpan } from './spans';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

export interface TitleInfo {
  /** First token of the whole mention (role-of word included when it is not a mention of its own). */
  start: number;
  role?: string;
  roleOf?: string;
}

function isTitleWord(t: Token): boolean {
  const word = t.lower;
  return TITLE_WORDS.has(word) || TITLE_WORDS.has(word.replace(/\.$/, ''));
}

/** Ministries named after the party words they share: "Labour", "Trade", "Health". */
const PORTFOLIO_WORDS = new Set(['labour', 'labor', 'trade', 'health', 'energy', 'justice', 'interior']);
const MINISTER_WORDS = new Set(['minister', 'secretary', 'ministry']);

/** Whether token i is a portfolio of the title that starts at `first`: "Labour Minister". */
function isPortfolio(tokens: Token[], i: number, first: number): boolean {
  return i + 1 === first && PORTFOLIO_WORDS.has(tokens[i]!.lower) && MINISTER_WORDS.has(tokens[first]!.lower);
}

/**
 * Looks left of a person span, within its sentence, for title words and what they belong to.
 * `spanEndingAt` finds another entity span that ends at a token index (the "NATO" of "NATO Secretary-General").
 */
export function readTitle(
  tokens: Token[],
  span: TypedSpan,
  sentenceStart: number,
  spanEndingAt: (tokenEnd: number) => TypedSpan | undefined,
): TitleInfo {
  let i = span.tokenStart - 1;
  let first = span.tokenStart;
  while (i >= sentenceStart) {
    const t = tokens[i]!;
    // A title word that ends another entity's span is that entity's: the "Labour" of "Labour MP
    // Diane Abbott" is the party that owns the title, not a word of it. Before "Minister" or
    // "Secretary" it is the portfolio ("Labour Minister Ghazi al-Gosaibi").
    if (spanEndingAt(i + 1) && !isPortfolio(tokens, i, first)) break;
    if (isTitleWord(t)) {
      first = i;
      i--;
    } else if (
      (TITLE_JOINERS.has(t.text) || t.text === '-') &&
      i - 1 >= sentenceStart &&
      isTitleWord(tokens[i - 1]!) &&
      first === i + 1
    ) {
      // "Secretary of State", "Secretary-General": a joiner counts only between title words.
      i--;
    } else break;
  }
  if (first === span.tokenStart) return { start: span.tokenStart };
  // "Mr", "Ms": a form of address, not a role; the mention still starts there.
  if (span.tokenStart - first === 1 && HONORIFICS.has(tokens[first]!.lower.replace(/\.$/, '')))
    return { start: first };
  const role = joinTokenTexts(tokens, first, span.tokenStart, ' ').replace(/ - /g, '-');

  // What the title belongs to: another entity mention, a possessive country, a demonym or a country.
  const owner = spanEndingAt(first);
  if (owner) {
    const roleOf = joinTokenTexts(tokens, owner.tokenStart, owner.tokenEnd, ' ');
    // A demonym is part of how the person is named ("Russian President Vladimir Putin"); an
    // organisation before the title is a mention of its own and stays out of this one.
    return { start: owner.type === 'misc' ? owner.tokenStart : first, role, roleOf };
  }
  // "Republican Senator", "former Conservative leader": a party's adjective among the title words
  // names what the title belongs to, and is no part of the role.
  for (let t = first; t < span.tokenStart; t++) {
    if (!findPartyAdjective(tokens[t]!.text)) continue;
    let rest = '';
    for (let r = first; r < span.tokenStart; r++) if (r !== t) rest += (rest ? ' ' : '') + tokens[r]!.text;
    return { start: first, role: rest.replace(/ - /g, '-') || undefined, roleOf: tokens[t]!.text };
  }
  const before = tokens[first - 1];
  if (before && first - 1 >= sentenceStart) {
    if (before.text === "'s" || before.text === "'") {
      const possessor = spanEndingAt(first - 1);
      if (possessor) {
        const roleOf = joinTokenTexts(tokens, possessor.tokenStart, possessor.tokenEnd, ' ');
        return { start: first, role, roleOf };
      }
    }
    // "Republican Senator": a party's adjective owns the title as a demonym does.
    if (findDemonym(before.text) || findCountry(before.text) || findPartyAdjective(before.text))
      return { start: first - 1, role, roleOf: before.text };
  }
  return { start: first, role };
}
