import { DynamicModule, Module } from '@nestjs/common';
import { Environment } from '@vcs/config';
import { PlatformModule } from '@vcs/infrastructure';
import { VictimDataKeyStore } from '@vcs/security';
import { Logger } from 'pino';
import { registeredProjections } from './projector/projections';
import { ConsumerStatusReport } from './projector/consumer-status.report';
import { PROJECTIONS, ProjectorService } from './projector/projector.service';
import { NotificationsModule } from './notifications/notifications.module';
import { RetentionModule } from './retention/retention.module';

/** The background process: projectors (read models), retention and erasure completion, and the notification workers. */
@Module({})
export class WorkerModule {
  static register(environment: Environment, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot({ environment, logger }), RetentionModule, NotificationsModule],
      providers: [
        {
          provide: PROJECTIONS,
          useFactory: (keys: VictimDataKeyStore) => registeredProjections(environment, keys),
          inject: [VictimDataKeyStore],
        },
        ProjectorService,
        ConsumerStatusReport,
      ],
    };
  }
}
