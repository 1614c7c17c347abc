import { Environment } from '@vcs/config';
import Redis from 'ioredis';

/** A Redis connection that fails fast rather than queueing commands while Redis is down. */
export function createRedis(env: Environment): Redis {
  return new Redis(env.REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
  });
}
