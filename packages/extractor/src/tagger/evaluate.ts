/** Entity-level exact-match precision, recall and F1, as `score-conll.mjs` computes them. */
import { iobSpans } from '../conll/iob';

export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EntityScores {
  micro: TypeScore;
  byType: Record<string, TypeScore>;
}

function score(gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

/** Scores sentences of gold and predicted tags; only spans of `types` count. */
export function scoreEntities(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  types: readonly string[] = ['PER', 'ORG', 'LOC'],
): EntityScores {
  if (gold.length !== predicted.length)
    throw new Error(`scoreEntities: ${gold.length} gold sentences but ${predicted.length} predicted.`);
  const counts = new Map(types.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]));
  for (let s = 0; s < gold.length; s++) {
    const goldKeys = new Set<string>();
    for (const span of iobSpans(gold[s]!)) {
      const c = counts.get(span.type);
      if (!c) continue;
      c.gold++;
      goldKeys.add(`${span.start}:${span.end}:${span.type}`);
    }
    for (const span of iobSpans(predicted[s]!)) {
      const c = counts.get(span.type);
      if (!c) continue;
      c.predicted++;
      if (goldKeys.has(`${span.start}:${span.end}:${span.type}`)) c.correct++;
    }
  }
  const byType: Record<string, TypeScore> = {};
  let g = 0,
    p = 0,
    k = 0;
  for (const [type, c] of counts) {
    byType[type] = score(c.gold, c.predicted, c.correct);
    g += c.gold;
    p += c.predicted;
    k += c.correct;
  }
  return { micro: score(g, p, k), byType };
}

/** One line: `micro 0.912 | PER 0.95 ORG 0.85 ...`. */
export function formatScores(scores: EntityScores): string {
  const types = Object.entries(scores.byType)
    .map(([t, s]) => `${t} ${s.f1.toFixed(4)}`)
    .join(' ');
  return `F1 ${scores.micro.f1.toFixed(4)} (P ${scores.micro.precision.toFixed(4)} R ${scores.micro.recall.toFixed(4)}) | ${types}`;
}
