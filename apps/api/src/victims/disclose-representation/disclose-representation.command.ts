import { CommandContext } from '../../commands/command-context';
import { DiscloseRepresentationDto } from './disclose-representation.dto';

export class DiscloseRepresentationCommand {
  constructor(
    readonly victimId: string,
    readonly representationId: string,
    readonly request: DiscloseRepresentationDto,
    readonly context: CommandContext,
  ) {}
}
