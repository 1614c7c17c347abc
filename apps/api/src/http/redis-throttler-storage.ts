import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import Redis from 'ioredis';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * One fixed window per key, shared by every API replica: count the hit, start the window on the first hit, and once
 * over the limit block the key for `blockDuration`. Returns [hits, ms to window end, blocked 0/1, ms to block end].
 */
const INCREMENT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), 1, blockLeft}
end
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, left, 1, tonumber(ARGV[3])}
end
return {hits, left, 0, 0}
`;

export interface RateLimitStorageLog {
  warn(details: object, message: string): void;
}

/**
 * Rate-limit counters in Redis, so the limit holds across API replicas and restarts. While Redis cannot answer, the
 * process falls back to its own in-memory counters (the limit then holds per replica) rather than refusing every
 * request or letting every request through; it logs the switch once each way.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly local = new ThrottlerStorageService();
  private degraded = false;

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly log: RateLimitStorageLog,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const base = `${this.keyPrefix}:rate-limit:${throttlerName}:${key}`;
    try {
      const [hits, windowLeftMs, blocked, blockLeftMs] = (await this.redis.eval(
        INCREMENT,
        2,
        `${base}:hits`,
        `${base}:blocked`,
        ttl,
        limit,
        blockDuration,
      )) as number[];
      if (this.degraded) {
        this.degraded = false;
        this.log.warn({}, 'rate limiter back on Redis');
      }
      return {
        totalHits: hits,
        timeToExpire: seconds(windowLeftMs),
        isBlocked: blocked === 1,
        timeToBlockExpire: seconds(blockLeftMs),
      };
    } catch (error) {
      if (!this.degraded) {
        this.degraded = true;
        this.log.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'rate limiter cannot reach Redis; counting in this process until it can',
        );
      }
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  onApplicationShutdown(): void {
    this.local.onApplicationShutdown();
  }
}

function seconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}
