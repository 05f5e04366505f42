import { Decoder } from './decode';
import { LABEL_COUNT as L } from './labels';
import { seededRandom } from '../graph/random';

describe('Decoder.viterbi', () => {
  it('decodes a sentence in pieces around a token known to be O as it decodes it whole', () => {
    const rand = seededRandom(7);
    const transition = Float64Array.from({ length: (L + 1) * L }, () => rand() * 4 - 2);
    for (let trial = 0; trial < 50; trial++) {
      const n = 9;
      const known = 1 + Math.floor(rand() * (n - 2)); // inside the sentence
      const emission = Float64Array.from({ length: n * L }, () => rand() * 6 - 3);
      for (let y = 0; y < L; y++) emission[known * L + y] = y === 0 ? 0 : -1e30;
      const whole = new Int32Array(n);
      new Decoder().viterbi(emission, n, transition, whole);

      const pieces = new Int32Array(n);
      const decoder = new Decoder();
      decoder.viterbi(emission.subarray(0, known * L), known, transition, pieces, L, 0);
      decoder.viterbi(
        emission.subarray((known + 1) * L),
        n - known - 1,
        transition,
        pieces.subarray(known + 1),
        0,
        -1,
      );
      expect(Array.from(pieces)).toEqual(Array.from(whole));
      expect(whole[known]).toBe(0);
    }
  });
});
