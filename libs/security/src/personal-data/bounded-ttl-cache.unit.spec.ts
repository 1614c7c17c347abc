import { BoundedTtlCache } from './bounded-ttl-cache';

describe('BoundedTtlCache', () => {
  it('forgets entries after the TTL', () => {
    let now = 1000;
    const cache = new BoundedTtlCache<string, number>(10, 60_000, () => now);
    cache.set('a', 1);
    now += 59_999;
    expect(cache.get('a')).toBe(1);
    now += 1;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('holds at most maxEntries, dropping the least recently used', () => {
    const cache = new BoundedTtlCache<string, number>(2, 60_000);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('caches nothing with a TTL of 0', () => {
    const cache = new BoundedTtlCache<string, number>(2, 0);
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
  });
});
