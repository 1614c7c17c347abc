import { CommandContext } from '../../commands/command-context';
import { SubmitRepresentationDto } from './submit-representation.dto';

export class SubmitRepresentationCommand {
  constructor(
    readonly victimId: string,
    readonly representationId: string,
    readonly request: SubmitRepresentationDto,
    readonly context: CommandContext,
  ) {}
}
