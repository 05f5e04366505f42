/**
 * A small seeded PRNG (mulberry32). Louvain and the random layout take an `rng`; with a fixed seed
 * the same input gives the same communities and positions, so exports can be diffed and tested.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed used when the caller gives none. */
export const DEFAULT_SEED = 42;
