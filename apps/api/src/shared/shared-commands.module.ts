import { Global, Module } from '@nestjs/common';
import { Clock } from '../commands/clock';
import { StreamCommandRunner } from '../commands/stream-command.runner';
import { CaseAccessResolver } from '../commands/case-access.resolver';
import { ConfiguredDeciders } from '../commands/configured-deciders';

/** The command path every feature module uses. */
@Global()
@Module({
  providers: [Clock, CaseAccessResolver, StreamCommandRunner, ConfiguredDeciders],
  exports: [Clock, CaseAccessResolver, StreamCommandRunner, ConfiguredDeciders],
})
export class SharedCommandsModule {}
