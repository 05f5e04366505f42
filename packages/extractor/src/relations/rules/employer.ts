/**
 * The company a quoted officer speaks for: wire copy opens with the organisation and closes with
 * its officer, title and no owner ("Toyota will invest $10 billion in U.S. plants, chief executive
 * Koji Sato said"; "The Kremlin rejected the plan, spokesman Dmitry Peskov said").
 */
import type { Mention } from '../../types';
import type { RelationRule } from '../types';
import { relate } from './emit';
import { firstToken } from './structural';

/** Roles that speak for an organisation, not a country ("Foreign Minister X said" may be anyone's). */
const OFFICER_ROLES =
  /^(?:chief executive(?: officer)?|ceo|cfo|chief financial officer|chief operating officer|chairman|chairwoman|chairperson|spokesman|spokeswoman|spokesperson|managing director|founder)$/i;

/** Verbs that close the quote: "..., chief executive Koji Sato said". */
const QUOTE_VERBS = new Set(['say', 'tell', 'add', 'write']);

export const employerRule: RelationRule = {
  name: 'employer',
  description:
    'An officer quoted at the end of a sentence that opens with an organisation speaks for it: "Toyota will ' +
    'invest $10 billion, chief executive Koji Sato said" gives affiliated-with(Sato, Toyota).',
  apply(ctx) {
    const { doc } = ctx;
    const mentions = doc.mentionsBySentence[ctx.sentence] ?? [];
    if (mentions.length < 2) return;
    // The organisation opens the sentence ("The Kremlin", "Toyota Motor Corp"), after a dateline.
    let start = datelineEnd(doc, doc.sentences[ctx.sentence]!.tokenStart);
    if (doc.tokens[start]?.lower === 'the') start++;
    const at = mentions.findIndex((i) => doc.mentions[i]!.tokenStart === start);
    const first = at < 0 ? undefined : doc.mentions[mentions[at]!]!;
    if (first?.entity === undefined || doc.input.entities[first.entity]?.type !== 'organization') return;
    for (let i = at + 1; i < mentions.length; i++) {
      const m: Mention = doc.mentions[mentions[i]!]!;
      if (m.entity === undefined || m.type !== 'person' || m.roleOf || !m.role || !OFFICER_ROLES.test(m.role))
        continue;
      // Right after the comma that ends the reported clause, and before the quote verb.
      const before = doc.tokens[firstToken(doc, m) - 1];
      const verb = doc.tokens[m.tokenEnd];
      if (before?.text !== ',' || !verb || verb.sentence !== ctx.sentence) continue;
      if (!QUOTE_VERBS.has(verb.lemma.toLowerCase())) continue;
      relate(ctx, [m.entity], [first.entity], {
        relation: 'affiliated-with',
        modality: 'asserted',
        rule: 'employer',
        trigger: m.role,
        role: m.role,
      });
    }
  },
};

/** Where the text starts after a dateline ("TOKYO -", "SEOUL, May 23 (Reuters) -"), or `from`. */
function datelineEnd(doc: { tokens: readonly { text: string; pos: string }[] }, from: number): number {
  for (let t = from; t < from + 10 && t < doc.tokens.length; t++) {
    const token = doc.tokens[t]!;
    if (token.text === '-' || token.text === '\u2013' || token.text === '\u2014') return t + 1;
    if (token.pos !== 'PROPN' && token.pos !== 'NUM' && token.pos !== 'PUNCT') return from;
  }
  return from;
}
