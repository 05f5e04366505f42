import { LabelPlacer, labelBox, overlaps } from './labels';

describe('label placement', () => {
  it('detects overlapping boxes and not touching ones', () => {
    expect(
      overlaps({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 5, top: 5, right: 15, bottom: 15 }),
    ).toBe(true);
    expect(
      overlaps({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 10, top: 0, right: 20, bottom: 10 }),
    ).toBe(false);
  });

  it('puts the label right of the node', () => {
    const b = labelBox(100, 50, 5, 40, 10);
    expect(b.left).toBe(108);
    expect(b.right).toBe(148);
    expect(b.top).toBeLessThan(50);
    expect(b.bottom).toBeGreaterThan(50);
  });

  it('skips a label that collides with one drawn earlier in the frame, unless forced', () => {
    const placer = new LabelPlacer();
    expect(placer.place(labelBox(0, 0, 5, 80, 12))).toBe(true);
    expect(placer.place(labelBox(20, 4, 5, 80, 12))).toBe(false);
    expect(placer.place(labelBox(20, 4, 5, 80, 12), true)).toBe(true);
    expect(placer.place(labelBox(0, 40, 5, 80, 12))).toBe(true);
    placer.reset();
    expect(placer.place(labelBox(20, 4, 5, 80, 12))).toBe(true);
  });
});
