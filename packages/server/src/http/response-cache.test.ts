import { ResponseCache } from './response-cache';

const bytes = (n: number, fill = 'x'): Buffer => Buffer.from(fill.repeat(n));

describe('ResponseCache', () => {
  it('keeps answers under one version and forgets them all when the version changes', () => {
    const cache = new ResponseCache(1000);
    cache.set(1, 'a', bytes(10));
    expect(cache.get(1, 'a')?.toString()).toBe('x'.repeat(10));
    expect(cache.get(1, 'b')).toBeUndefined();
    expect(cache.get(2, 'a')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect([cache.hits, cache.misses]).toEqual([1, 2]);
  });

  it('stays within its bytes, dropping the least recently used first', () => {
    const cache = new ResponseCache(1000);
    for (const key of ['a', 'b', 'c', 'd']) cache.set(1, key, bytes(120, key));
    expect(cache.heldBytes).toBe(480);
    cache.get(1, 'a'); // a is now the most recently used
    for (const key of ['e', 'f', 'g', 'h', 'i', 'j']) cache.set(1, key, bytes(120, key));
    expect(cache.heldBytes).toBeLessThanOrEqual(1000);
    expect(cache.get(1, 'a')).toBeDefined();
    expect(cache.get(1, 'b')).toBeUndefined();
    expect(cache.get(1, 'h')).toBeDefined();
    // Replacing an entry does not count it twice.
    const held = cache.heldBytes;
    cache.set(1, 'h', bytes(100));
    expect(cache.heldBytes).toBe(held - 20);
  });

  it('skips answers larger than an eighth of it, and does nothing when off', () => {
    const cache = new ResponseCache(800);
    cache.set(1, 'big', bytes(101));
    expect(cache.get(1, 'big')).toBeUndefined();
    const off = new ResponseCache(0);
    off.set(1, 'a', bytes(1));
    expect(off.get(1, 'a')).toBeUndefined();
    expect(off.size).toBe(0);
  });
});
