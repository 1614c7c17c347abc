import { DataKeySource, isSealed, openerFor, sealerForMany } from '@vcs/security';
import { OutgoingMessage } from './channel';

/** What an outbox row holds about the person told: to whom, and what they were told. */
export interface OutboxWords {
  readonly recipient: unknown;
  readonly subject: string | null;
  readonly body: string | null;
}

/**
 * The outbox's recipient, subject and body rest sealed under the victim's own data key (`read-model-sealing.ts`): the
 * recipient as a sealed JSON text in its jsonb column. One key lookup for all the messages given. A victim without a
 * live key (erased) gets nothing stored.
 */
export async function sealOutboxWords(
  keys: DataKeySource,
  messages: readonly OutgoingMessage[],
): Promise<(message: OutgoingMessage) => OutboxWords> {
  const seal = await sealerForMany(
    keys,
    messages.map((message) => message.victimId),
  );
  return (message) => ({
    recipient: seal(message.victimId, JSON.stringify(message.recipient)),
    subject: seal(message.victimId, message.subject),
    body: seal(message.victimId, message.body),
  });
}

/**
 * The words of outbox rows opened for an answer (null once the victim's key is destroyed). A row written before
 * sealing (plain text) is read as it is.
 */
export async function openOutboxWords(
  keys: DataKeySource,
  rows: readonly ({ victim_id: string } & OutboxWords)[],
): Promise<(row: { victim_id: string } & OutboxWords) => OutboxWords> {
  const open = await openerFor(
    keys,
    rows.map((row) => row.victim_id),
  );
  const text = (victimId: string, stored: unknown): string | null =>
    stored === null || stored === undefined ? null : isSealed(stored) ? open(victimId, stored) : String(stored);
  return (row) => {
    const recipient = isSealed(row.recipient) ? text(row.victim_id, row.recipient) : undefined;
    return {
      recipient:
        recipient === undefined ? row.recipient : recipient === null ? null : (JSON.parse(recipient) as unknown),
      subject: text(row.victim_id, row.subject),
      body: text(row.victim_id, row.body),
    };
  };
}
