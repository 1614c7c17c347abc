import { CommandContext } from '../../commands/command-context';
import { LinkVictimToSentenceDto } from './link-victim-to-sentence.dto';

export class LinkVictimToSentenceCommand {
  constructor(
    readonly victimId: string,
    readonly request: LinkVictimToSentenceDto,
    readonly context: CommandContext,
  ) {}
}
