import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined, toPostalAddress } from '../shared/personal-data';
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
    const { personal } = request;
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'UpdateContactPreferences',
        data: {
          victimId,
          updatedOn: request.updatedOn,
          recordedOn: this.clock.today(),
          channels: [...request.channels],
          stages: defined({
            choice: request.stages.choice,
            chosenStages: request.stages.chosenStages && [...request.stages.chosenStages],
          }),
          safetyCheckBeforeLetters: request.safetyCheckBeforeLetters,
          personal: defined({
            address: toPostalAddress(personal.address),
            email: personal.email,
            phone: personal.phone,
            mobile: personal.mobile,
            language: personal.language,
            accessibleFormats: [...(personal.accessibleFormats ?? [])],
            timesNotToCall: (personal.timesNotToCall ?? []).map((window) => ({
              days: [...window.days],
              from: window.from,
              to: window.to,
            })),
          }),
        },
      },
      context,
    );
  }
}
