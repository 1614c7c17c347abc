import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { Environment } from '@vcs/config';
import { PlatformModule } from '@vcs/infrastructure';
import { Logger } from 'pino';
import { AuthModule } from './auth/auth.module';
import { ProblemFilter } from './http/problem.filter';
import { createValidationPipe } from './http/validation.pipe';
import { SharedCommandsModule } from './shared/shared-commands.module';
import { QueriesModule } from './queries/queries.module';
import { SentenceModule } from './sentences/sentence.module';
import { VictimModule } from './victims/victim.module';

/** The HTTP API: commands and queries for VLOs, managers and partner agencies. */
@Module({})
export class ApiModule {
  static register(environment: Environment, logger: Logger): DynamicModule {
    return {
      module: ApiModule,
      imports: [PlatformModule.forRoot({ environment, logger }), CqrsModule.forRoot(), SharedCommandsModule, AuthModule, SentenceModule, VictimModule, QueriesModule],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
