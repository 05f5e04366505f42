/**
 * The subject of a verb group, without a parser: the phrase to its left (through appositions and
 * relative pronouns), "he"/"she" for the one person named just before, the subject of the main
 * clause for a participial clause, of the governing verb (or its object) for an infinitive, of the
 * previous verb for a coordinated one, and the name after a quotation's speech verb.
 */
import { type DocView } from './document';
import { actorsOf, actorsOfList } from './actors';
import { FUTURE_AUXILIARIES, MODAL_AUXILIARIES, PERSON_PRONOUNS, RELATIVE_PRONOUNS } from './lexicon';
import { inMention, isPhraseToken, isTimeToken, phraseListEndingAt, scanPhraseList } from './phrases';
import { infinitiveGovernor, MAX_SUBJECT_DEPTH, sentenceOf, verbGroups, type VerbGroup } from './verbs';
import { verbTriggers } from './vocabulary';

/** Conjunctions that open a clause with its own subject ("as Zelenskiy met Biden"). */
const SUBORDINATORS = new Set([
  'as',
  'while',
  'after',
  'before',
  'since',
  'because',
  'until',
  'once',
  'when',
]);

/** Openers of a participial clause at the start of a sentence ("After meeting X, ..."). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'when', 'since', 'despite', 'by', 'upon', 'on']);

export interface Subject {
  actors: number[];
  /** How it was found, for the rule names: an explicit phrase or one carried over from another clause. */
  via: 'phrase' | 'pronoun' | 'participle' | 'control' | 'coordination' | 'relative' | 'inverted';
}

/** "he"/"she": the one person named in this sentence before it, else in the nearest earlier sentence. */
function resolvePronoun(doc: DocView, t: number): number | undefined {
  const s = doc.tokens[t]!.sentence;
  const people = (sentence: number, before: number) => {
    const found = new Set<number>();
    for (const m of doc.mentionsBySentence[sentence] ?? []) {
      const mention = doc.mentions[m]!;
      if (mention.type === 'person' && mention.start < before && mention.entity !== undefined)
        found.add(mention.entity);
    }
    return [...found];
  };
  const here = people(s, doc.tokens[t]!.start);
  if (here.length) return here.length === 1 ? here[0] : undefined;
  for (let back = s - 1; back >= Math.max(0, s - 2); back--) {
    const there = people(back, Number.POSITIVE_INFINITY);
    if (there.length) return there.length === 1 ? there[0] : undefined;
  }
  return undefined;
}

/**
 * A past participle opening an apposition: "based in Ramallah", "led by Ed Davey", "known as TSMC".
 * wink gives no participle tag; a verb whose form is not its lemma and ends as participles do.
 */
function isParticipleOpener(doc: DocView, t: number): boolean {
  const token = doc.tokens[t]!;
  return (
    token.pos === 'VERB' && token.lower !== token.lemma.toLowerCase() && /(?:ed|en|wn|t)$/.test(token.lower)
  );
}

/** A past participle right after a noun: "based" in "a think tank based in Washington". */
function isParticipleAfterNoun(doc: DocView, j: number, from: number): boolean {
  const t = doc.tokens[j]!;
  if (j <= from || t.pos !== 'VERB' || t.lower === t.lemma.toLowerCase() || !/(?:ed|en|wn)$/.test(t.lower))
    return false;
  const before = doc.tokens[j - 1]!;
  return before.pos === 'NOUN' || before.pos === 'PROPN' || inMention(doc, j - 1);
}

/** An infinitive right after a noun: "to visit" in "the first leader to visit Tokyo". */
function isInfinitiveAfterNoun(doc: DocView, j: number, from: number): boolean {
  if (j - 2 < from || doc.tokens[j]!.pos !== 'VERB' || doc.tokens[j - 1]!.lower !== 'to') return false;
  return doc.tokens[j - 2]!.pos === 'NOUN';
}

/**
 * Skips ", a commercial imagery company that monitors X," or ", based in Ramallah," leftwards;
 * returns the comma before it. What stands before that comma must be a name ("Maxar Technologies,
 * a company ...,") or, when the apposition itself is the name, the noun it names ("Its chairman,
 * C.C. Wei,").
 */
function skipAppositionLeft(doc: DocView, comma: number, floor: number): number | undefined {
  for (let k = comma - 1; k >= floor && comma - k <= 30; k--) {
    const token = doc.tokens[k]!;
    if (token.text !== ',') continue;
    const inner = doc.tokens[k + 1]!;
    // ", a veteran diplomat,", ", one of ...,", ", from the Institute for Fiscal Studies,", ", who
    // met Lavrov on Monday,"
    const participle = isParticipleOpener(doc, k + 1);
    const opener =
      isPhraseToken(doc, k + 1, comma) ||
      inner.lower === 'one' ||
      inner.pos === 'ADP' ||
      RELATIVE_PRONOUNS.has(inner.lower) ||
      participle;
    if (!opener) return undefined;
    // Verbs inside are allowed only in a relative clause ("a company that has been monitoring")
    // or as the participle that opens it.
    let relative = false;
    for (let j = participle ? k + 2 : k + 1; j < comma; j++) {
      const tj = doc.tokens[j]!;
      if (RELATIVE_PRONOUNS.has(tj.lower) && (tj.pos === 'PRON' || tj.pos === 'SCONJ' || tj.pos === 'DET'))
        relative = true;
      // ", a think tank based in Washington,": a participle after the noun opens a reduced relative;
      // ", the first South Korean leader to visit Tokyo in 12 years,": so does an infinitive.
      if (isParticipleAfterNoun(doc, j, k + 1) || isInfinitiveAfterNoun(doc, j, k + 1)) relative = true;
      if ((tj.pos === 'VERB' || tj.pos === 'AUX') && !relative && !isPhraseToken(doc, j, comma))
        return undefined;
    }
    if (k - 1 < floor) return undefined;
    if (inMention(doc, k - 1)) return k;
    return doc.tokens[k - 1]!.pos === 'NOUN' && namesOnly(doc, k + 1, comma) ? k : undefined;
  }
  return undefined;
}

/** Whether tokens [from, to) are a list of names and nothing else ("C.C. Wei", "Rau and Lavrov"). */
function namesOnly(doc: DocView, from: number, to: number): boolean {
  const named = scanPhraseList(doc, from, to);
  const last = named[named.length - 1];
  return !!last && last.end === to && named.every((np) => np.headMention >= 0);
}

function previousFinite(doc: DocView, g: VerbGroup): VerbGroup | undefined {
  const groups = verbGroups(doc, g.sentence);
  for (let i = groups.indexOf(g) - 1; i >= 0; i--) if (groups[i]!.form === 'finite') return groups[i];
  return undefined;
}

/** Verbs that introduce a quotation with the speaker after them. */
const QUOTE_VERBS = new Set([
  'say',
  'add',
  'tell',
  'ask',
  'write',
  'tweet',
  'insist',
  'warn',
  'explain',
  'continue',
  'argue',
]);

/** Verbs after which a phrase may open a clause of its own: speech, thought and evidence verbs. */
const CLAUSE_VERBS = new Set([
  'believe',
  'think',
  'know',
  'hope',
  'fear',
  'suggest',
  'show',
  'mean',
  'expect',
  'feel',
  'find',
  'learn',
  'hear',
  'see',
  'realise',
  'realize',
  'ensure',
  'predict',
  'deny',
  'confirm',
  'reveal',
  'suspect',
]);

function takesClause(lemma: string): boolean {
  return (
    CLAUSE_VERBS.has(lemma) || verbTriggers(lemma).some((t) => t.entry.clauseTarget || t.entry.statement)
  );
}

/** Who does the verb group's action. */
export function subjectOf(doc: DocView, g: VerbGroup, depth = 0): Subject | undefined {
  if (depth > MAX_SUBJECT_DEPTH) return undefined;
  const sentence = sentenceOf(doc, g.sentence);
  const floor = sentence.tokenStart;
  const groups = verbGroups(doc, g.sentence);

  if (g.form === 'infinitive') {
    const governor = infinitiveGovernor(doc, g);
    if (!governor) return undefined;
    if (governor.controller.length) {
      const actors = actorsOfList(doc, governor.controller);
      return actors.length ? { actors, via: 'control' } : undefined;
    }
    const govGroup = groups.find((x) => x.head === governor.token);
    if (govGroup) {
      const s = subjectOf(doc, govGroup, depth + 1);
      return s && { actors: s.actors, via: 'control' };
    }
    // "is ready to engage": the subject of the copula before the adjective or noun.
    const s = leftSubject(doc, governor.token, floor, depth);
    return s && { actors: s.actors, via: 'control' };
  }

  if (g.form === 'gerund') {
    const prev = doc.tokens[g.start - 1];
    const prevWord = prev ? prev.lower : '';
    const opensSentence =
      g.start === floor ||
      (g.start - 1 === floor && CLAUSE_OPENERS.has(prevWord)) ||
      (prev?.pos === 'PUNCT' && g.start - 1 === floor);
    if (opensSentence) {
      // "Speaking after talks with X, Putin said": the subject of the main clause after the comma.
      let comma = g.head + 1;
      while (comma < sentence.tokenEnd && doc.tokens[comma]!.text !== ',') comma++;
      const main = groups.find((x) => x.head > comma && x.form === 'finite');
      const s = main && subjectOf(doc, main, depth + 1);
      return s && { actors: s.actors, via: 'participle' };
    }
    if (
      prev &&
      (prev.text === ',' || (CLAUSE_OPENERS.has(prevWord) && doc.tokens[g.start - 2]?.text === ','))
    ) {
      // "..., telling Sky News that": the subject of the clause before.
      const before = previousFinite(doc, g);
      const s = before && subjectOf(doc, before, depth + 1);
      return s && { actors: s.actors, via: 'participle' };
    }
    if (prev?.pos === 'VERB') {
      // "started pulling back": the subject of the verb before.
      const before = groups.find((x) => x.head === g.start - 1);
      const s = before && subjectOf(doc, before, depth + 1);
      return s && { actors: s.actors, via: 'control' };
    }
    return undefined;
  }
  return leftSubject(doc, g.start, floor, depth, g);
}

function leftSubject(
  doc: DocView,
  pos: number,
  floor: number,
  depth: number,
  g?: VerbGroup,
): Subject | undefined {
  let k = pos - 1;
  // Adverbs, auxiliaries and the time of the news: "Russia on Monday warned", "The EU last week
  // approved", "Putin on 24 February ordered".
  while (
    k >= floor &&
    (doc.tokens[k]!.pos === 'ADV' || doc.tokens[k]!.pos === 'AUX' || isTimeToken(doc, k)) &&
    !inMention(doc, k)
  )
    k--;
  if (k < floor) return inverted(doc, g);
  const token = doc.tokens[k]!;
  const word = token.lower;
  if (token.pos === 'PRON' && !inMention(doc, k)) {
    if (RELATIVE_PRONOUNS.has(word)) return relativeAntecedent(doc, k, floor);
    if (word === 'it' || word === 'they') return reportingSubject(doc, k, floor, depth);
    if (!PERSON_PRONOUNS.has(word)) return undefined;
    const e = resolvePronoun(doc, k);
    return e === undefined ? undefined : { actors: [e], via: 'pronoun' };
  }
  if (RELATIVE_PRONOUNS.has(word) && token.pos !== 'PRON') return relativeAntecedent(doc, k, floor);
  let end = k + 1;
  if (token.text === ',') {
    const open = skipAppositionLeft(doc, k, floor);
    if (open === undefined) return g ? (coordinated(doc, g, depth) ?? inverted(doc, g)) : undefined;
    // "The BBC's correspondent in Jakarta, Rachel Harvey, told": a name between the commas is the subject.
    if (namesOnly(doc, open + 1, k)) {
      const actors = actorsOfList(doc, scanPhraseList(doc, open + 1, k));
      if (actors.length) return { actors, via: 'phrase' };
    }
    end = open;
  }
  const list = phraseListEndingAt(doc, floor, end);
  if (list.length) {
    // "Traders in Asia said": the object of a preposition is not the subject. wink tags the
    // conjunctions that open a clause ("as Zelenskiy met Biden", "after Putin spoke") the same way.
    const prep = doc.tokens[list[0]!.start - 1];
    if (prep && prep.pos === 'ADP' && list[0]!.start - 1 >= floor && !SUBORDINATORS.has(prep.lower))
      return undefined;
    // "Robinson, who presents The Weakest Link tells Cockerell": a phrase right after a verb is that
    // verb's object, unless the verb takes a clause ("said the U.S. and NATO rejected").
    const before = doc.tokens[list[0]!.start - 1];
    if (
      before &&
      before.pos === 'VERB' &&
      list[0]!.start - 1 >= floor &&
      !takesClause(before.lemma.toLowerCase())
    )
      return undefined;
    const actors = actorsOfList(doc, list);
    return actors.length ? { actors, via: 'phrase' } : undefined;
  }
  if (g && token.pos === 'CCONJ') return coordinated(doc, g, depth);
  if (g && token.pos === 'PUNCT') return inverted(doc, g);
  return undefined;
}

/**
 * "Poland said it would supply jets", "NATO says they will not": "it" or "they" opening the
 * clause reported by a speech verb is the verb's own subject, when that is no person ("he" and
 * "she" are resolved apart).
 */
function reportingSubject(doc: DocView, k: number, floor: number, depth: number): Subject | undefined {
  let v = k - 1;
  if (v >= floor && doc.tokens[v]!.lower === 'that') v--;
  if (v < floor || doc.tokens[v]!.pos !== 'VERB' || !takesClause(doc.tokens[v]!.lemma.toLowerCase()))
    return undefined;
  const speech = verbGroups(doc, doc.tokens[v]!.sentence).find((g) => g.head === v);
  const s = speech && subjectOf(doc, speech, depth + 1);
  if (!s || s.actors.some((e) => doc.input.entities[e]?.type === 'person')) return undefined;
  return { actors: s.actors, via: 'pronoun' };
}

/** "... and discussed": the subject of the previous finite verb of the sentence. */
function coordinated(doc: DocView, g: VerbGroup, depth: number): Subject | undefined {
  const prev = doc.tokens[g.start - 1];
  if (!prev || prev.pos !== 'CCONJ') return undefined;
  const before = previousFinite(doc, g);
  const s = before && subjectOf(doc, overModal(doc, before, g) ?? before, depth + 1);
  return s && { actors: s.actors, via: 'coordination' };
}

/**
 * "Erdogan said Turkey would begin ratifying, but warned Sweden": a verb that is not in its base
 * form cannot share the modal of the group before it ("would ... warned"), so it is joined to the
 * verb that introduced that clause, here "said". Undefined when that is not the case: "said Russia
 * would withdraw and return" keeps Russia, and "had withdrawn and returned" shares its "had".
 */
function overModal(doc: DocView, before: VerbGroup, g: VerbGroup): VerbGroup | undefined {
  const head = doc.tokens[g.head]!;
  if (g.start !== g.head || head.lower === head.lemma.toLowerCase()) return undefined;
  let modal = false;
  for (let t = before.start; t < before.head; t++) {
    const word = doc.tokens[t]!.lower;
    if (MODAL_AUXILIARIES.has(word) || FUTURE_AUXILIARIES.has(word)) modal = true;
  }
  if (!modal) return undefined;
  const groups = verbGroups(doc, g.sentence);
  for (let i = groups.indexOf(before) - 1; i >= 0; i--) {
    const x = groups[i]!;
    if (x.form === 'finite') return x.start === x.head && takesClause(x.lemma) ? x : undefined;
  }
  return undefined;
}

/** '"...," said Vladimir Konovalenko.': a speech verb after a quote, its subject after it. */
function inverted(doc: DocView, g?: VerbGroup): Subject | undefined {
  if (!g || !QUOTE_VERBS.has(g.lemma)) return undefined;
  // Only right after a quotation: '..." said X' or '...," said X'.
  const quoteBefore = [1, 2].some((d) =>
    /^["\u201C\u201D'\u2019]$/.test(doc.tokens[g.start - d]?.text ?? ''),
  );
  if (!quoteBefore) return undefined;
  const end = sentenceOf(doc, g.sentence).tokenEnd;
  const list = scanPhraseList(doc, g.head + 1, end);
  const last = list[list.length - 1];
  if (!last) return undefined;
  const after = doc.tokens[last.end];
  if (after && after.pos !== 'PUNCT') return undefined;
  const actors = actorsOfList(doc, list);
  return actors.length ? { actors, via: 'inverted' } : undefined;
}

/** "Maxar Technologies, a company that has been monitoring": the named antecedent. */
function relativeAntecedent(doc: DocView, k: number, floor: number): Subject | undefined {
  // "Ben Wallace, who met ...": the antecedent stands before the comma.
  const end = doc.tokens[k - 1]?.text === ',' ? k - 1 : k;
  const list = phraseListEndingAt(doc, floor, end);
  const np = list[list.length - 1];
  if (!np) return undefined;
  let actors = actorsOf(doc, np);
  if (!actors.length && doc.tokens[np.start - 1]?.text === ',') {
    const named = phraseListEndingAt(doc, floor, np.start - 1);
    actors = actorsOfList(doc, named);
  }
  return actors.length ? { actors, via: 'relative' } : undefined;
}
