import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { CommandContext } from '../../commands/command-context';

// Fixed namespace for milestone and meeting ids derived from idempotency keys; changing it would break replay of in-flight retries.
const SENTENCE_RECORD_NAMESPACE = '7a45ab02-daea-4da0-99d7-b2ab40eed043';

/**
 * The id of a milestone or meeting recorded on a sentence when the caller did not choose one (as `newStreamId`
 * does for streams). With an Idempotency-Key it is derived from (caller, key, sentence, what), so a retried request
 * carries the same id and is recognised as already applied instead of recording the stage twice.
 */
export function newSentenceRecordId(
  chosen: string | undefined,
  context: CommandContext,
  sentenceId: string,
  what: 'milestone' | 'meeting',
): string {
  if (chosen) return chosen;
  return context.idempotencyKey
    ? uuidv5(
        `${context.actor.userId}\u0000${context.idempotencyKey}\u0000${sentenceId}\u0000${what}`,
        SENTENCE_RECORD_NAMESPACE,
      )
    : randomUUID();
}
