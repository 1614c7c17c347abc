import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '@vcs/config';
import { EVENT_STORE, EventStore } from '@vcs/event-store';
import { ENVIRONMENT, LOGGER } from '@vcs/infrastructure';
import { Projection } from '@vcs/read-models';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Projector, ProjectorStatus } from './projector';
import { parkingPolicyOf } from '../consumers/parking';

export const PROJECTIONS = Symbol('PROJECTIONS');

/** Runs one projector per registered projection for the life of the worker process. */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly projectors: Projector[];

  constructor(
    dataSource: DataSource,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(PROJECTIONS) projections: Projection[],
    @Inject(ENVIRONMENT) env: Environment,
    @Inject(LOGGER) log: Logger,
  ) {
    this.projectors = projections.map(
      (projection) =>
        new Projector(dataSource, store, projection, {
          batchSize: env.PROJECTOR_BATCH_SIZE,
          retryMs: 2000,
          log,
          parking: parkingPolicyOf(env),
        }),
    );
  }

  onApplicationBootstrap(): void {
    this.projectors.forEach((projector) => projector.start());
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.projectors.map((projector) => projector.stop()));
  }

  status(): ProjectorStatus[] {
    return this.projectors.map((projector) => projector.status());
  }
}
