import { Global, Module } from '@nestjs/common';
import { Clock } from '../commands/clock';
import { StreamCommandRunner } from '../commands/stream-command.runner';
import { CaseAccessResolver } from '../commands/case-access.resolver';

/** The command path every feature module uses. */
@Global()
@Module({
  providers: [Clock, CaseAccessResolver, StreamCommandRunner],
  exports: [Clock, CaseAccessResolver, StreamCommandRunner],
})
export class SharedCommandsModule {}
