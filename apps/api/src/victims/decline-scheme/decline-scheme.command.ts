import { CommandContext } from '../../commands/command-context';
import { DeclineSchemeDto } from './decline-scheme.dto';

export class DeclineSchemeCommand {
  constructor(
    readonly victimId: string,
    readonly request: DeclineSchemeDto,
    readonly context: CommandContext,
  ) {}
}
