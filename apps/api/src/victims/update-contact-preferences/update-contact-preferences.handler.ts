import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { contactPreferencesData } from '../shared/contact-preferences-data';
import { UpdateContactPreferencesCommand } from './update-contact-preferences.command';

@CommandHandler(UpdateContactPreferencesCommand)
export class UpdateContactPreferencesHandler implements ICommandHandler<
  UpdateContactPreferencesCommand,
  CommandResult
> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, request, context }: UpdateContactPreferencesCommand): Promise<CommandResult> {
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'UpdateContactPreferences',
        data: {
          victimId,
          updatedOn: request.updatedOn,
          recordedOn: this.clock.today(),
          ...contactPreferencesData(request),
        },
      },
      context,
    );
  }
}
