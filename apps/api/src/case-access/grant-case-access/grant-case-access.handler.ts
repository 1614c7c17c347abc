import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFound, victimDecider, victimStreamId } from '@vcs/domain';
import { EVENT_STORE, EventStore, readWholeStream } from '@vcs/event-store';
import { CaseAccessResolver } from '../../commands/case-access.resolver';
import { Clock } from '../../commands/clock';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { GrantCaseAccessDto } from './grant-case-access.dto';

export class GrantCaseAccessCommand {
  constructor(
    readonly victimId: string,
    readonly request: GrantCaseAccessDto,
    readonly context: CommandContext,
  ) {}
}

/** A manager of the unit holding the case opens it to one person of another unit for a while (an event, on the case's own history). */
@CommandHandler(GrantCaseAccessCommand)
export class GrantCaseAccessHandler implements ICommandHandler<GrantCaseAccessCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly caseAccess: CaseAccessResolver,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ victimId, request, context }: GrantCaseAccessCommand): Promise<CommandResult> {
    const streamId = victimStreamId(victimId);
    const access = await this.caseAccess.resolve(await readWholeStream(this.store, streamId));
    // Only the case's own unit grants: a grant (or another grant) never lets its holder open the case to others.
    if (!access?.unit || !(context.scope?.national || context.scope?.units.includes(access.unit))) {
      throw new NotFound('victim-not-found', `No victim ${victimId} is recorded.`);
    }
    return this.runner.run(
      streamId,
      victimDecider,
      {
        type: 'GrantCaseAccess',
        data: {
          victimId,
          grantId: request.grantId,
          caseUnit: access.unit,
          granteeUserId: request.granteeUserId,
          granteeUnit: request.granteeUnit,
          reason: request.reason,
          hours: request.hours,
          now: this.clock.now().toISOString(),
          recordedOn: this.clock.today(),
          personal: request.note !== undefined ? { note: request.note } : {},
        },
      },
      context,
    );
  }
}
