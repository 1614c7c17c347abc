import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { Environment } from '@vcs/config';
import { PlatformModule } from '@vcs/infrastructure';
import { RefusedCommandAuditInterceptor } from '@vcs/security';
import { Logger } from 'pino';
import { AuthModule } from './auth/auth.module';
import { ProblemFilter } from './http/problem.filter';
import { RateLimitModule } from './http/rate-limit';
import { createValidationPipe } from './http/validation.pipe';
import { ValidateOnlyInterceptor } from './http/validate-only';
import { SharedCommandsModule } from './shared/shared-commands.module';
import { LettersModule } from './letters/letters.module';
import { OperationsModule } from './operations/operations.module';
import { PrivacyModule } from './privacy/privacy.module';
import { QueriesModule } from './queries/queries.module';
import { SentenceModule } from './sentences/sentence.module';
import { ReleaseLawChangesModule } from './release-law-changes/release-law-changes.module';
import { VictimModule } from './victims/victim.module';
import { CaseAccessModule } from './case-access/case-access.module';
import { StaffModule } from './staff/staff.module';
import { StaffDirectoryInterceptor } from './staff/staff-directory.interceptor';

/**
 * The HTTP API: commands and queries for VLOs, managers and partner agencies. RateLimitModule comes after AuthModule:
 * global guards run in module registration order, and the rate limit keys on the verified token's subject.
 */
@Module({})
export class ApiModule {
  static register(environment: Environment, logger: Logger): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot({ environment, logger }),
        CqrsModule.forRoot(),
        SharedCommandsModule,
        StaffModule,
        AuthModule,
        SentenceModule,
        ReleaseLawChangesModule,
        VictimModule,
        QueriesModule,
        LettersModule,
        PrivacyModule,
        CaseAccessModule,
        OperationsModule,
        RateLimitModule.register(environment),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useExisting: StaffDirectoryInterceptor },
        { provide: APP_INTERCEPTOR, useClass: RefusedCommandAuditInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ValidateOnlyInterceptor },
      ],
    };
  }
}
