import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFound, victimDecider, victimStreamId } from '@vcs/domain';
import { EVENT_STORE, EventStore, readWholeStream } from '@vcs/event-store';
import { Inject } from '@nestjs/common';
import { CaseAccessResolver } from '../../commands/case-access.resolver';
import { Clock } from '../../commands/clock';
import { CommandContext, CommandResult, withoutGrants } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { TransferCaseDto } from './transfer-case.dto';

export class TransferCaseCommand {
  constructor(
    readonly victimId: string,
    readonly request: TransferCaseDto,
    readonly context: CommandContext,
  ) {}
}

/**
 * Moves a case to another unit. A manager of either unit may: the one holding it (handing it over) or the one
 * taking it (asked by the other unit, who told them the victim's id); anyone else gets 404 as for an unknown victim.
 */
@CommandHandler(TransferCaseCommand)
export class TransferCaseHandler implements ICommandHandler<TransferCaseCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly caseAccess: CaseAccessResolver,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ victimId, request, context }: TransferCaseCommand): Promise<CommandResult> {
    const streamId = victimStreamId(victimId);
    const access = await this.caseAccess.resolve(await readWholeStream(this.store, streamId));
    if (!access?.unit) throw new NotFound('victim-not-found', `No victim ${victimId} is recorded.`);
    return this.runner.run(
      streamId,
      victimDecider,
      {
        type: 'TransferCase',
        data: {
          victimId,
          fromUnit: access.unit,
          toUnit: request.toUnit,
          reason: request.reason,
          transferredOn: request.transferredOn,
          recordedOn: this.clock.today(),
          personal: request.note !== undefined ? { note: request.note } : {},
        },
      },
      withoutGrants(context),
      { alsoReaches: (scope) => scope.units.includes(request.toUnit) },
    );
  }
}
