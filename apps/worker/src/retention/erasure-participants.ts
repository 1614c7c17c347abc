import { eraseOutboxFor } from '@vcs/notifications';
import { EntityManager } from 'typeorm';

/**
 * Something outside the event history and the read models that holds a victim's personal data in plain text and must
 * drop it when the victim is erased (e.g. the notification outbox: rendered letters, addresses, phone numbers).
 * `erase` runs inside the erasure completion's transaction, for every VictimPersonalDataErased event; it must be
 * idempotent (it runs again after a crash or a replay) and must not log personal data.
 */
export interface ErasureParticipant {
  /** Stable, code-like name, for logs. */
  readonly name: string;
  erase(victimId: string, manager: EntityManager): Promise<void>;
}

export const ERASURE_PARTICIPANTS = Symbol('ERASURE_PARTICIPANTS');

/**
 * The participants the worker calls after every erasure: the notification outbox (rendered messages keep their ids,
 * channel, stage and time, and lose recipient, subject, body and language). Add any new plain-text store of personal
 * data here.
 */
export function erasureParticipants(): ErasureParticipant[] {
  return [
    {
      name: 'notification-outbox',
      erase: async (victimId, manager) => {
        // The outbox table belongs to the notification-schedule area; where that area is not deployed there is none.
        const [{ present }]: { present: boolean }[] = await manager.query(
          "SELECT to_regclass('notification_outbox') IS NOT NULL AS present",
        );
        if (present) await eraseOutboxFor(victimId, manager);
      },
    },
  ];
}
