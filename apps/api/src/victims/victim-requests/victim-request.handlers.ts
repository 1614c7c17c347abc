import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined } from '../shared/personal-data';
import { SentenceFactsLoader } from '../shared/sentence-facts.loader';
import {
  AnswerVictimRequestCommand,
  MakeVictimRequestCommand,
  RecordRightExplainedCommand,
} from './victim-request.commands';

@CommandHandler(MakeVictimRequestCommand)
export class MakeVictimRequestHandler implements ICommandHandler<MakeVictimRequestCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly sentences: SentenceFactsLoader,
  ) {}

  async execute({ victimId, requestId, request, context }: MakeVictimRequestCommand): Promise<CommandResult> {
    const { facts: sentence, paroleTimetable } = await this.sentences.loadWithParoleTimetable(request.sentenceId);
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'MakeVictimRequest',
        data: {
          victimId,
          requestId,
          sentence,
          kind: request.kind,
          madeOn: request.madeOn,
          paroleTimetable,
          recordedOn: this.clock.today(),
        },
      },
      context,
    );
  }
}

@CommandHandler(AnswerVictimRequestCommand)
export class AnswerVictimRequestHandler implements ICommandHandler<AnswerVictimRequestCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ victimId, requestId, request, context }: AnswerVictimRequestCommand): Promise<CommandResult> {
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'AnswerVictimRequest',
        data: defined({
          victimId,
          requestId,
          answeredOn: request.answeredOn,
          outcome: request.outcome,
          reason: request.reason,
          recordedOn: this.clock.today(),
        }),
      },
      context,
    );
  }
}

@CommandHandler(RecordRightExplainedCommand)
export class RecordRightExplainedHandler implements ICommandHandler<RecordRightExplainedCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly sentences: SentenceFactsLoader,
  ) {}

  async execute({ victimId, request, context }: RecordRightExplainedCommand): Promise<CommandResult> {
    const sentence = await this.sentences.load(request.sentenceId);
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'RecordRightExplained',
        data: {
          victimId,
          sentence,
          right: request.right,
          explainedOn: request.explainedOn,
          recordedOn: this.clock.today(),
        },
      },
      context,
    );
  }
}
