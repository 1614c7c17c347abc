import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { currentRun, TEST_REDIS_URL } from '../../../../test/support/test-environment';
import { RedisThrottlerStorage } from './redis-throttler-storage';

describe('rate-limit counters in Redis', () => {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  const prefix = `${currentRun().redisPrefix}:throttle-${randomUUID()}`;
  const warnings: string[] = [];
  const log = { warn: (_details: object, message: string) => void warnings.push(message) };

  beforeAll(async () => {
    await redis.connect();
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('counts one caller across replicas and blocks them on every replica once over the limit', async () => {
    const replicaA = new RedisThrottlerStorage(redis, prefix, log);
    const replicaB = new RedisThrottlerStorage(redis, prefix, log);
    const hits = [];
    for (let i = 0; i < 3; i++)
      hits.push(await (i % 2 ? replicaB : replicaA).increment('caller-1', 60_000, 3, 60_000, 'default'));
    expect(hits.map((h) => [h.totalHits, h.isBlocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    expect(hits[0].timeToExpire).toBeGreaterThan(0);
    expect(hits[0].timeToExpire).toBeLessThanOrEqual(60);

    const over = await replicaB.increment('caller-1', 60_000, 3, 60_000, 'default');
    expect(over).toMatchObject({ totalHits: 4, isBlocked: true });
    expect(over.timeToBlockExpire).toBeGreaterThan(0);
    expect(over.timeToBlockExpire).toBeLessThanOrEqual(60);
    expect(await replicaA.increment('caller-1', 60_000, 3, 60_000, 'default')).toMatchObject({ isBlocked: true });
    // Another caller is not affected.
    expect(await replicaA.increment('caller-2', 60_000, 3, 60_000, 'default')).toMatchObject({
      totalHits: 1,
      isBlocked: false,
    });
  });

  it('starts a new window when the old one has ended', async () => {
    const storage = new RedisThrottlerStorage(redis, prefix, log);
    await storage.increment('caller-3', 1_000, 1, 1_000, 'default');
    expect(await storage.increment('caller-3', 1_000, 1, 1_000, 'default')).toMatchObject({ isBlocked: true });
    await waitUntilGone(`${prefix}:rate-limit:default:caller-3:blocked`);
    await waitUntilGone(`${prefix}:rate-limit:default:caller-3:hits`);
    expect(await storage.increment('caller-3', 1_000, 1, 1_000, 'default')).toMatchObject({
      totalHits: 1,
      isBlocked: false,
    });
  });

  it('keeps limiting in the process while Redis cannot answer, and says so once', async () => {
    const unreachable = new Redis('redis://127.0.0.1:1', {
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    unreachable.on('error', () => undefined);
    const before = warnings.length;
    const storage = new RedisThrottlerStorage(unreachable, prefix, log);
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await storage.increment('caller-4', 60_000, 2, 60_000, 'default'));
    expect(results.map((r) => r.isBlocked)).toEqual([false, false, true]);
    expect(warnings.slice(before)).toEqual(['rate limiter cannot reach Redis; counting in this process until it can']);
    storage.onApplicationShutdown();
    unreachable.disconnect();
  });

  async function waitUntilGone(key: string): Promise<void> {
    const deadline = Date.now() + 5_000;
    while ((await redis.exists(key)) === 1) {
      if (Date.now() > deadline) throw new Error(`${key} did not expire`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
});
