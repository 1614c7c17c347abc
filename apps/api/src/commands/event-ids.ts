import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

// Fixed namespace for ids derived from idempotency keys; changing it would break replay of in-flight retries.
const IDEMPOTENT_EVENT_NAMESPACE = '6f7c1d1e-4b8a-5d2e-9a51-3c0f1b2a7e44';

/**
 * Event ids for one command. With an idempotency key they are derived from (caller, key, index), so a
 * retried command produces the same ids and the handler can see it was already appended.
 */
export function eventIdsFor(count: number, caller: string, idempotencyKey: string | undefined): string[] {
  return Array.from({ length: count }, (_, index) =>
    idempotencyKey
      ? uuidv5(`${caller}\u0000${idempotencyKey}\u0000${index}`, IDEMPOTENT_EVENT_NAMESPACE)
      : randomUUID(),
  );
}
