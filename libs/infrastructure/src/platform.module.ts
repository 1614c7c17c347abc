import {
  DynamicModule,
  Global,
  Inject,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Provider,
} from '@nestjs/common';
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
import { HealthCheck } from './health/health-check';
import { HEALTH_DETAILS_PATH, HealthDetails } from './health/health-details';
import { createRedis } from './redis.factory';
import { measuredEventStore } from './metrics/measured-event-store';
import { MetricsServer } from './metrics/metrics-server';
import { ServiceMetrics } from './metrics/service-metrics';
import { ENVIRONMENT, LOGGER, REDIS } from './tokens';
import { ConsumerStatusReader, consumerNames } from './consumers/consumer-status';

export interface PlatformOptions {
  readonly environment: Environment;
  readonly logger: Logger;
}

/**
 * What every process needs: validated configuration, the JSON logger, the read-side database (migrated at start-up
 * unless MIGRATE_ON_START=false), Redis, the configured event store (appends timed), /health and /info (statuses only,
 * with the consumers' readiness: parked work or a stall makes it DEGRADED), and the process's operations port on
 * METRICS_PORT when set: Prometheus metrics and the detailed health (HealthDetails) at /health/details.
 */
@Global()
@Module({})
export class PlatformModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly dataSource: DataSource,
    private readonly metricsServer: MetricsServer,
    @Inject(ENVIRONMENT) private readonly environment: Environment,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { METRICS_PORT, HOST } = this.environment;
    if (METRICS_PORT === undefined) return;
    const port = await this.metricsServer.listen(METRICS_PORT, HOST);
    this.log.info({ host: HOST, port }, 'metrics listening');
  }

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
      { provide: ServiceMetrics, useFactory: () => new ServiceMetrics() },
      {
        provide: MetricsServer,
        inject: [ServiceMetrics],
        useFactory: (metrics: ServiceMetrics) => new MetricsServer(metrics),
      },
      {
        provide: EVENT_STORE,
        inject: [ENVIRONMENT, LOGGER, VictimDataKeyStore, ServiceMetrics, DataSource],
        // Depends on DataSource so the event store's table exists (migrations) before anything appends.
        useFactory: (env: Environment, log: Logger, keys: VictimDataKeyStore, metrics: ServiceMetrics) =>
          measuredEventStore(createEventStore(env, log, keys), metrics),
      },
      {
        provide: ConsumerStatusReader,
        inject: [ENVIRONMENT, DataSource, EVENT_STORE, ServiceMetrics],
        useFactory: (env: Environment, dataSource: DataSource, store: EventStore, metrics: ServiceMetrics) => {
          const consumers = new ConsumerStatusReader(
            dataSource,
            store,
            consumerNames(env),
            env.CONSUMER_STALL_AFTER_MS,
          );
          metrics.watchConsumers(consumers);
          return consumers;
        },
      },
      {
        provide: HEALTH_CHECKS,
        inject: [DataSource, REDIS, EVENT_STORE, ConsumerStatusReader],
        useFactory: (
          dataSource: DataSource,
          redis: Redis,
          store: EventStore,
          consumers: ConsumerStatusReader,
        ): HealthCheck[] => [
          { name: 'postgres', check: async () => void (await dataSource.query('SELECT 1')) },
          {
            name: 'redis',
            check: async () => {
              if ((await redis.ping()) !== 'PONG') throw new Error('redis did not answer PONG');
            },
          },
          { name: 'eventStore', check: () => store.ping() },
          consumers.healthCheck(),
        ],
      },
      {
        provide: HealthDetails,
        inject: [HEALTH_CHECKS, ConsumerStatusReader, MetricsServer],
        useFactory: (checks: HealthCheck[], consumers: ConsumerStatusReader, operationsPort: MetricsServer) => {
          const details = new HealthDetails(checks, consumers);
          // The operations port (METRICS_PORT), which no deployment publishes: the public routes carry statuses only.
          operationsPort.serveJson(HEALTH_DETAILS_PATH, () => details.report());
          return details;
        },
      },
      { provide: BUILD_INFO, useFactory: readBuildInfo },
    ];
    return {
      module: PlatformModule,
      controllers: [HealthController],
      providers,
      exports: [
        ENVIRONMENT,
        LOGGER,
        DataSource,
        REDIS,
        EVENT_STORE,
        VictimDataKeyStore,
        HEALTH_CHECKS,
        BUILD_INFO,
        ServiceMetrics,
        MetricsServer,
        ConsumerStatusReader,
        HealthDetails,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.metricsServer.close();
    await this.store.close().catch(() => undefined);
    this.redis.disconnect();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
