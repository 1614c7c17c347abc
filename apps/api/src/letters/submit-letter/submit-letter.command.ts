import { CommandContext } from '../../commands/command-context';

export class SubmitLetterCommand {
  constructor(
    readonly victimId: string,
    readonly letterId: string,
    readonly context: CommandContext,
  ) {}
}
