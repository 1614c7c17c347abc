import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined } from '../../victims/shared/personal-data';
import { refuseWhereHeld } from '../shared/letter-rules';
import { EditLetterCommand } from './edit-letter.command';

@CommandHandler(EditLetterCommand)
export class EditLetterHandler implements ICommandHandler<EditLetterCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, letterId, request, context }: EditLetterCommand): Promise<CommandResult> {
    refuseWhereHeld(request.personal.body);
    refuseWhereHeld(request.personal.addressBlock);
    const today = this.clock.today();
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'EditLetter',
        data: {
          victimId,
          letterId,
          editedBy: context.actor.userId,
          editedOn: today,
          recordedOn: today,
          personal: defined({ body: request.personal.body, addressBlock: request.personal.addressBlock }),
        },
      },
      context,
    );
  }
}
