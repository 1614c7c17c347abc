import { CommandContext } from '../../commands/command-context';
import { DecideRetentionDto } from './decide-retention.dto';

export class DecideRetentionCommand {
  constructor(
    readonly victimId: string,
    readonly request: DecideRetentionDto,
    readonly context: CommandContext,
    readonly purpose: string,
  ) {}
}
