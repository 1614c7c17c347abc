import { CommandContext } from '../../commands/command-context';
import { ConfirmSafetyCheckDto } from './confirm-safety-check.dto';

export class ConfirmSafetyCheckCommand {
  constructor(
    readonly victimId: string,
    readonly request: ConfirmSafetyCheckDto,
    readonly context: CommandContext,
  ) {}
}
