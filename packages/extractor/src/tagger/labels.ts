/** The IOB2 label set of the tagger and the transitions allowed between labels. */

export const ENTITY_TAGS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityTag = (typeof ENTITY_TAGS)[number];

/** Label 0 is `O`; then `B-X`, `I-X` for each type, in ENTITY_TAGS order. */
export const LABELS: readonly string[] = ['O', ...ENTITY_TAGS.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const LABEL_COUNT = LABELS.length;

const LABEL_INDEX = new Map(LABELS.map((label, i) => [label, i]));

export function labelIndex(label: string): number {
  const index = LABEL_INDEX.get(label);
  if (index === undefined)
    throw new Error(`labelIndex: unknown label '${label}' (expected one of ${LABELS.join(', ')}).`);
  return index;
}

/** 0 for O, else 1 + the ENTITY_TAGS index. */
export function labelType(label: number): number {
  return label === 0 ? 0 : ((label - 1) >> 1) + 1;
}

export function isInside(label: number): boolean {
  return label > 0 && (label & 1) === 0;
}

/**
 * allowed[prev * LABEL_COUNT + next]: IOB2 forbids I-X unless the previous label is B-X or I-X.
 * `prev = LABEL_COUNT` stands for the sentence start.
 */
export const ALLOWED: Uint8Array = (() => {
  const allowed = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let prev = 0; prev <= LABEL_COUNT; prev++)
    for (let next = 0; next < LABEL_COUNT; next++) {
      const ok = !isInside(next) || (prev < LABEL_COUNT && prev !== 0 && labelType(prev) === labelType(next));
      allowed[prev * LABEL_COUNT + next] = ok ? 1 : 0;
    }
  return allowed;
})();
