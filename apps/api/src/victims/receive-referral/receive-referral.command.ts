import { CommandContext } from '../../commands/command-context';
import { ReceiveReferralDto } from './receive-referral.dto';

export class ReceiveReferralCommand {
  constructor(
    readonly victimId: string,
    readonly request: ReceiveReferralDto,
    readonly context: CommandContext,
  ) {}
}
