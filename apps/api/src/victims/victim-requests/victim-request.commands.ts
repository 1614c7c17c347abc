import { CommandContext } from '../../commands/command-context';
import { AnswerVictimRequestDto, MakeVictimRequestDto, RecordRightExplainedDto } from './victim-request.dto';

export class MakeVictimRequestCommand {
  constructor(
    readonly victimId: string,
    readonly requestId: string,
    readonly request: MakeVictimRequestDto,
    readonly context: CommandContext,
  ) {}
}

export class AnswerVictimRequestCommand {
  constructor(
    readonly victimId: string,
    readonly requestId: string,
    readonly request: AnswerVictimRequestDto,
    readonly context: CommandContext,
  ) {}
}

export class RecordRightExplainedCommand {
  constructor(
    readonly victimId: string,
    readonly request: RecordRightExplainedDto,
    readonly context: CommandContext,
  ) {}
}
