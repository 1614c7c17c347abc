import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined } from '../shared/personal-data';
import { DiscloseRepresentationCommand } from './disclose-representation.command';

/** The caller approves the version: they are recorded as `approvedBy`. */
@CommandHandler(DiscloseRepresentationCommand)
export class DiscloseRepresentationHandler implements ICommandHandler<DiscloseRepresentationCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({
    victimId,
    representationId,
    request,
    context,
  }: DiscloseRepresentationCommand): Promise<CommandResult> {
    const descriptions = request.personal.conditionDescriptions;
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'DiscloseRepresentation',
        data: {
          victimId,
          representationId,
          recipient: request.recipient,
          disclosedOn: request.disclosedOn,
          recordedOn: this.clock.today(),
          approvedBy: context.actor.userId,
          confirmedFlags: [...(request.confirmedFlags ?? [])],
          personal: defined({
            statementText: request.personal.statementText,
            conditionDescriptions: descriptions && { ...descriptions },
          }),
        },
      },
      context,
    );
  }
}
