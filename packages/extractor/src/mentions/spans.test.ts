import { typedSpan, withSpans } from './spans';

describe('withSpans', () => {
  const a = typedSpan(0, 2, 'person');
  const b = typedSpan(5, 6, 'organization');

  it('puts added spans in token order among the kept ones', () => {
    const c = typedSpan(3, 4, 'location');
    expect(withSpans([a, b], [c])).toEqual([a, c, b]);
  });

  it('replaces the spans given in `replaced` where they stood, and leaves its inputs alone', () => {
    const retyped = typedSpan(5, 6, 'location');
    const spans = [a, b];
    const out = withSpans(spans, [], new Map([[b, retyped]]));
    expect(out).toEqual([a, retyped]);
    expect(out[1]).toBe(retyped);
    expect(spans).toEqual([a, b]);
  });
});
