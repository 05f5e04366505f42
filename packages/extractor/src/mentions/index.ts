/**
 * Mention detection: where the names are (a trained tagger, or capitalised runs when no model is
 * installed), then the rule layer: titles split off as roles, countries typed as places, possessives
 * with a stripped apostrophe ("Russias") read as the name.
 */
import { findCity, findCountry, findRegion, isStateOrProvince } from '../gazetteer';
import type { AnalyzedText, Mention } from '../types';
import { findCapitalizedSpans } from './capitalized';
import {
  anchorCompanies,
  anchorOrganizations,
  anchorShortOrganizationNames,
  harmonizeTypes,
  stripLostApostrophes,
} from './consistency';
import { SPAN_RULES } from './rules';
import { spansFromIob, type TypedSpan } from './spans';
import { readTitle } from './titles';

export { spansFromIob, iobFromSpans, TYPE_TAGS, type TypedSpan } from './spans';
export { findCapitalizedSpans } from './capitalized';
export { SPAN_RULES, type SpanRule } from './rules';

/** Anything that labels tokens with IOB2 tags; the trained tagger implements it. */
export interface TokenTagger {
  tag(analyzed: AnalyzedText): string[];
  /** See NerTagger.wordCase; rules that read it treat a tagger without it as knowing no word. */
  wordCase?(lower: string): number;
}

export interface DetectMentionsOptions {
  /** The sequence tagger; without one, capitalised runs typed by gazetteers are used. */
  tagger?: TokenTagger | null;
}

const isKnownPlace = (name: string) =>
  !!(findCountry(name, true) || findCity(name) || findRegion(name)) || isStateOrProvince(name);

function textOf(analyzed: AnalyzedText, from: number, to: number): string {
  return analyzed.text.slice(analyzed.tokens[from]!.start, analyzed.tokens[to - 1]!.end);
}

export function detectMentions(analyzed: AnalyzedText, options: DetectMentionsOptions = {}): Mention[] {
  const { tokens } = analyzed;
  if (tokens.length === 0) return [];
  let spans: TypedSpan[] = options.tagger
    ? spansFromIob(options.tagger.tag(analyzed))
    : findCapitalizedSpans(analyzed);
  if (options.tagger) for (const rule of SPAN_RULES) spans = rule(spans, analyzed, options.tagger);

  const byEnd = new Map<number, TypedSpan>();
  for (const s of spans) byEnd.set(s.tokenEnd, s);
  const spanEndingAt = (tokenEnd: number) => {
    const s = byEnd.get(tokenEnd);
    return s && s.type !== 'person' ? s : undefined;
  };

  const mentions: Mention[] = [];
  for (const span of spans) {
    const first = tokens[span.tokenStart]!;
    const sentence = analyzed.sentences[first.sentence]!;
    const name = textOf(analyzed, span.tokenStart, span.tokenEnd);
    let type = span.type;

    if (type !== 'person' && findCountry(name)) type = 'location';

    const title = type === 'person' ? readTitle(tokens, span, sentence.tokenStart, spanEndingAt) : undefined;
    const startToken = title?.start ?? span.tokenStart;
    const mention: Mention = {
      start: tokens[startToken]!.start,
      end: tokens[span.tokenEnd - 1]!.end,
      tokenStart: span.tokenStart,
      tokenEnd: span.tokenEnd,
      sentence: first.sentence,
      text: textOf(analyzed, startToken, span.tokenEnd),
      name,
      type,
      // Every mention has every field, in one order, the absent ones undefined (which JSON leaves
      // out): mentions with and without a role, and `entity` set later, were objects of six
      // different maps in V8, and each new one deoptimised the relation rules that read them.
      role: title?.role || undefined,
      roleOf: title?.roleOf || undefined,
      entity: undefined,
    };
    mentions.push(mention);
  }
  stripLostApostrophes(mentions, isKnownPlace);
  harmonizeTypes(mentions);
  anchorCompanies(mentions, tokens, isKnownPlace);
  anchorOrganizations(mentions, tokens, isKnownPlace);
  anchorShortOrganizationNames(mentions, isKnownPlace);
  return mentions;
}
