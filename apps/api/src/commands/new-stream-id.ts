import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { CommandContext } from './command-context';

const NEW_STREAM_NAMESPACE = '0b9e3f5a-7c2d-5e8f-a1b4-6d3c2e1f0a9b';

/**
 * The id of a record the API creates when the caller did not choose one. With an Idempotency-Key it is derived
 * from (caller, key), so a retried create lands on the same record instead of making a second one.
 */
export function newStreamId(chosen: string | undefined, context: CommandContext): string {
  if (chosen) return chosen;
  return context.idempotencyKey
    ? uuidv5(`${context.actor.userId}\u0000${context.idempotencyKey}`, NEW_STREAM_NAMESPACE)
    : randomUUID();
}
