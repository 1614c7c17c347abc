import { VictimPersonalDataErased } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { Projection } from '@vcs/read-models';
import { SqlQueryable, VictimDataKeyStore } from '@vcs/security';
import { EntityManager } from 'typeorm';
import { ErasureParticipant } from './erasure-participants';

export const ERASURE_COMPLETION = 'erasure-completion';

export interface ErasureCompletionLog {
  info(details: object, message: string): void;
}

/**
 * Finishes every erasure, whatever happened to the API call that started it. The API appends VictimPersonalDataErased
 * and then destroys the victim's key; if it died in between, the key would live on. This handler sees every
 * VictimPersonalDataErased (run by a checkpointed Projector, so each is handled at least once, also after a crash) and:
 * 1. destroys the victim's data key if it still exists (idempotent: an already destroyed key is left as it is), in
 *    the projector's transaction, so it commits with the checkpoint (and takes no second pooled connection while the
 *    transaction holds one: projectors already hold a connection each for their advisory locks);
 * 2. calls every erasure participant (e.g. the notification outbox) in the same transaction.
 * It owns no tables: it is not a read model and is not in `allProjections` (a rebuild of it would only repeat
 * idempotent work).
 */
export class ErasureCompletion implements Projection {
  readonly name = ERASURE_COMPLETION;
  readonly handles = ['VictimPersonalDataErased'] as const;
  readonly tables: readonly string[] = [];

  /**
   * @param keysOn the key store on a given connection (the transaction's), e.g. `(db) => createVictimDataKeyStore(env, db)`
   * @param cache this process's key store, whose cached key is dropped once the key is destroyed
   */
  constructor(
    private readonly keysOn: (db: SqlQueryable) => VictimDataKeyStore,
    private readonly cache: VictimDataKeyStore,
    private readonly participants: readonly ErasureParticipant[],
    private readonly log: ErasureCompletionLog,
  ) {}

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (event.type !== 'VictimPersonalDataErased') return;
    const { victimId, basis } = event.data as VictimPersonalDataErased['data'];
    const destruction = await this.keysOn(manager).destroy(
      victimId,
      `erasure-completion (${String(event.metadata?.actor?.userId ?? 'unknown')})`,
      `VictimPersonalDataErased ${event.id} (${basis})`,
    );
    if (!destruction.alreadyDestroyed)
      this.log.info(
        { victimId, eventId: event.id },
        'erasure completed by the worker: the data key was still there and is now destroyed',
      );
    for (const participant of this.participants) await participant.erase(victimId, manager);
    this.cache.evict(victimId);
  }
}
