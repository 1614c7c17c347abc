import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, Provider } from '@nestjs/common';
import { Environment } from '@vcs/config';
import { EVENT_STORE, EventStore } from '@vcs/event-store';
import { createDataSource, migrate } from '@vcs/read-models';
import Redis from 'ioredis';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createEventStore, createVictimDataKeyStore } from './event-store.factory';
import { VictimDataKeyStore } from '@vcs/security';
import { BUILD_INFO, HEALTH_CHECKS, HealthController } from './health/health.controller';
import { readBuildInfo } from './health/build-info';
import { CONSUMER_STATUS, CheckpointConsumerStatus } from './health/consumer-status';
import { HealthCheck } from './health/health-check';
import { createRedis } from './redis.factory';
import { ENVIRONMENT, LOGGER, REDIS } from './tokens';

export interface PlatformOptions {
  readonly environment: Environment;
  readonly logger: Logger;
}

/**
 * What every process needs: validated configuration, the JSON logger, the read-side database (migrated at start-up
 * unless MIGRATE_ON_START=false), Redis, the configured event store, and /health.
 */
@Global()
@Module({})
export class PlatformModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly dataSource: DataSource,
  ) {}

  static forRoot(options: PlatformOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: ENVIRONMENT, useValue: options.environment },
      { provide: LOGGER, useValue: options.logger },
      {
        provide: DataSource,
        inject: [ENVIRONMENT, LOGGER],
        useFactory: async (env: Environment, log: Logger) => {
          const dataSource = createDataSource(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
          await dataSource.initialize();
          if (env.MIGRATE_ON_START === 'true') {
            const applied = await migrate(dataSource);
            if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
          }
          return dataSource;
        },
      },
      {
        provide: REDIS,
        inject: [ENVIRONMENT, LOGGER],
        useFactory: (env: Environment, log: Logger) => {
          const redis = createRedis(env);
          redis.on('error', (error: Error) => log.warn({ err: error.message }, 'redis connection error'));
          redis.connect().catch(() => undefined);
          return redis;
        },
      },
      {
        provide: VictimDataKeyStore,
        inject: [ENVIRONMENT, DataSource],
        useFactory: (env: Environment, dataSource: DataSource) => createVictimDataKeyStore(env, dataSource),
      },
      {
        provide: EVENT_STORE,
        inject: [ENVIRONMENT, LOGGER, VictimDataKeyStore, DataSource],
        // Depends on DataSource so the event store's table exists (migrations) before anything appends.
        useFactory: (env: Environment, log: Logger, keys: VictimDataKeyStore) => createEventStore(env, log, keys),
      },
      {
        provide: HEALTH_CHECKS,
        inject: [DataSource, REDIS, EVENT_STORE],
        useFactory: (dataSource: DataSource, redis: Redis, store: EventStore): HealthCheck[] => [
          { name: 'postgres', check: async () => void (await dataSource.query('SELECT 1')) },
          {
            name: 'redis',
            check: async () => {
              if ((await redis.ping()) !== 'PONG') throw new Error('redis did not answer PONG');
            },
          },
          { name: 'eventStore', check: () => store.ping() },
        ],
      },
      {
        provide: CONSUMER_STATUS,
        inject: [DataSource, EVENT_STORE],
        useFactory: (dataSource: DataSource, store: EventStore) => new CheckpointConsumerStatus(dataSource, store),
      },
      { provide: BUILD_INFO, useFactory: readBuildInfo },
    ];
    return {
      module: PlatformModule,
      controllers: [HealthController],
      providers,
      exports: [ENVIRONMENT, LOGGER, DataSource, REDIS, EVENT_STORE, VictimDataKeyStore, HEALTH_CHECKS, CONSUMER_STATUS, BUILD_INFO],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close().catch(() => undefined);
    this.redis.disconnect();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
