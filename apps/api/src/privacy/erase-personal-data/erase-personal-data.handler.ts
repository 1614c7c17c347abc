import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { LOGGER } from '@vcs/infrastructure';
import { eraseVictimPersonalData, VictimDataKeyStore } from '@vcs/security';
import { Logger } from 'pino';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { PrivacyAudit } from '../shared/privacy-audit';
import { ErasePersonalDataCommand } from './erase-personal-data.command';

export interface ErasureResult extends CommandResult {
  /** The victim's data key is destroyed: their personal data reads as erased everywhere from now on. */
  readonly keyDestroyed: true;
}

/**
 * Erasure: the decision goes into the history first (VictimPersonalDataErased, through the domain, which refuses an
 * erasure at the end of the retention period without an ADMIN's decision to erase), then the victim's data key is
 * destroyed (crypto-shredding). If this process dies between the two, the worker's erasure completion destroys the
 * key when it sees the event (apps/worker/src/retention/erasure-completion.ts), so the erasure always finishes.
 */
@CommandHandler(ErasePersonalDataCommand)
export class ErasePersonalDataHandler implements ICommandHandler<ErasePersonalDataCommand, ErasureResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly keys: VictimDataKeyStore,
    private readonly audit: PrivacyAudit,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  execute({ victimId, request, context, purpose }: ErasePersonalDataCommand): Promise<ErasureResult> {
    return this.audit.around(
      { action: 'erase victim personal data', route: '/victims/:victimId/erasure', victimId, purpose, context },
      async () => {
        const today = this.clock.today();
        const result = await this.runner.run(
          victimStreamId(victimId),
          victimDecider,
          {
            type: 'ErasePersonalData',
            data: {
              victimId,
              erasedOn: today,
              recordedOn: today,
              erasedBy: context.actor.userId,
              basis: request.basis,
              requestReference: request.requestReference,
            },
          },
          context,
        );
        const destruction = await eraseVictimPersonalData(
          this.keys,
          victimId,
          context.actor.userId,
          `VictimPersonalDataErased (${request.basis}, ${request.requestReference})`,
        );
        this.log.info(
          { victimId, basis: request.basis, alreadyDestroyed: destruction.alreadyDestroyed },
          'victim personal data erased',
        );
        return { ...result, keyDestroyed: true };
      },
    );
  }
}
