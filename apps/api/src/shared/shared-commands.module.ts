import { Global, Module } from '@nestjs/common';
import { Clock } from '../commands/clock';
import { StreamCommandRunner } from '../commands/stream-command.runner';

/** The command path every feature module uses. */
@Global()
@Module({ providers: [Clock, StreamCommandRunner], exports: [Clock, StreamCommandRunner] })
export class SharedCommandsModule {}
