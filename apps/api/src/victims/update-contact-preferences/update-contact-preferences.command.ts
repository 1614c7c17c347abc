import { CommandContext } from '../../commands/command-context';
import { UpdateContactPreferencesDto } from './update-contact-preferences.dto';

export class UpdateContactPreferencesCommand {
  constructor(
    readonly victimId: string,
    readonly request: UpdateContactPreferencesDto,
    readonly context: CommandContext,
  ) {}
}
