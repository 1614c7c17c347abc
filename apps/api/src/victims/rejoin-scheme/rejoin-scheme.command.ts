import { CommandContext } from '../../commands/command-context';
import { RejoinSchemeDto } from './rejoin-scheme.dto';

export class RejoinSchemeCommand {
  constructor(
    readonly victimId: string,
    readonly request: RejoinSchemeDto,
    readonly context: CommandContext,
  ) {}
}
