import Redis from 'ioredis';

/**
 * Deletes every key under `prefix:` (a test run's, a benchmark's), never anyone else's: SCAN with MATCH, then DEL.
 * FLUSHALL is not ours to run on a shared Redis. Returns how many keys were deleted.
 */
export async function deleteRedisKeysWithPrefix(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
