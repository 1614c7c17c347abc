import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { contactPreferencesData } from '../shared/contact-preferences-data';
import { HandContactToVictimCommand } from './hand-contact-to-victim.command';

@CommandHandler(HandContactToVictimCommand)
export class HandContactToVictimHandler implements ICommandHandler<HandContactToVictimCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, request, context }: HandContactToVictimCommand): Promise<CommandResult> {
    const preferences = request.contactPreferences;
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'HandContactToVictim',
        data: {
          victimId,
          handedOverOn: request.handedOverOn,
          recordedOn: this.clock.today(),
          ...(preferences !== undefined ? { preferences: contactPreferencesData(preferences) } : {}),
        },
      },
      context,
    );
  }
}
