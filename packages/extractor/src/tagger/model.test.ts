import { buildSparseIndex, sparseRow } from './decode';
import { LABEL_COUNT } from './labels';
import { deserializeModel, serializeModel } from './model';

describe('model file', () => {
  const bits = 10;
  const emission = new Float64Array((1 << bits) * LABEL_COUNT);
  emission[5 * LABEL_COUNT + 1] = 2.5;
  emission[5 * LABEL_COUNT + 3] = -1.25;
  emission[700 * LABEL_COUNT + 8] = 0.75;
  emission[900 * LABEL_COUNT] = 1e-7; // rounds to zero: the row is pruned
  const transition = Float64Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, i) => i / 10);

  it('round-trips quantised weights and drops empty rows', () => {
    const data = serializeModel(
      { emission, scale: 1, transition },
      { bits, pruneSteps: 0, trainedWith: { seed: 1 } },
    );
    const model = deserializeModel(data);
    expect(model.info.rows).toBe(2);
    expect(model.info.trainedWith).toEqual({ seed: 1 });
    expect(model.mask).toBe((1 << bits) - 1);
    const value = (b: number, y: number) => {
      const row = sparseRow(model.weights.index!, b);
      return row < 0 ? 0 : model.weights.emission[row * LABEL_COUNT + y]! * model.weights.scale;
    };
    expect(value(5, 1)).toBeCloseTo(2.5, 3);
    expect(value(5, 3)).toBeCloseTo(-1.25, 3);
    expect(value(700, 8)).toBeCloseTo(0.75, 3);
    expect(value(900, 0)).toBe(0);
    expect(model.weights.transition[12]).toBeCloseTo(1.2, 5);
  });

  it('refuses files that are not models, naming them', () => {
    expect(() => deserializeModel(Buffer.from('hello world'), 'notes.txt')).toThrow(
      /loadModel: 'notes.txt' is not a newsgraph NER model/,
    );
    const data = serializeModel({ emission, scale: 1, transition }, { bits, pruneSteps: 0 });
    expect(() => deserializeModel(data.subarray(0, 40), 'cut.bin')).toThrow(/'cut.bin'/);
  });
});

describe('sparse index', () => {
  it('finds the row of every stored bucket and -1 elsewhere, across word boundaries', () => {
    const buckets = [0, 31, 32, 33, 63, 64, 1000, 1023];
    const index = buildSparseIndex(buckets, 1024);
    buckets.forEach((b, row) => expect(sparseRow(index, b)).toBe(row));
    for (const b of [1, 30, 34, 62, 65, 999, 1022]) expect(sparseRow(index, b)).toBe(-1);
  });
});
