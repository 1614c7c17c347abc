import { CommandContext } from '../../commands/command-context';
import { WithdrawFromSchemeDto } from './withdraw-from-scheme.dto';

export class WithdrawFromSchemeCommand {
  constructor(
    readonly victimId: string,
    readonly request: WithdrawFromSchemeDto,
    readonly context: CommandContext,
  ) {}
}
