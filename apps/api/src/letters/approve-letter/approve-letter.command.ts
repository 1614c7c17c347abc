import { CommandContext } from '../../commands/command-context';

export class ApproveLetterCommand {
  constructor(
    readonly victimId: string,
    readonly letterId: string,
    readonly context: CommandContext,
  ) {}
}
