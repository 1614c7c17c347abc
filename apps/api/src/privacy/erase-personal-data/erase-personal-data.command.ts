import { CommandContext } from '../../commands/command-context';
import { ErasePersonalDataDto } from './erase-personal-data.dto';

export class ErasePersonalDataCommand {
  constructor(
    readonly victimId: string,
    readonly request: ErasePersonalDataDto,
    readonly context: CommandContext,
    readonly purpose: string,
  ) {}
}
