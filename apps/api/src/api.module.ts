import { DynamicModule, Module } from '@nestjs/common';
import { Environment } from '@vcs/config';
import { PlatformModule } from '@vcs/infrastructure';
import { Logger } from 'pino';

/** The HTTP API: commands and queries for VLOs, managers and partner agencies. */
@Module({})
export class ApiModule {
  static register(environment: Environment, logger: Logger): DynamicModule {
    return { module: ApiModule, imports: [PlatformModule.forRoot({ environment, logger })] };
  }
}
