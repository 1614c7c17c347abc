import type { Environment } from '@vcs/config';

/** How hard a consumer tries an event before it parks it (CONSUMER_ATTEMPTS_BEFORE_PARKING, CONSUMER_RETRY_BACKOFF_MS). */
export interface ParkingPolicy {
  /** Attempts at one event before it is parked (at least 1). */
  readonly attempts: number;
  /** Pause after the first failed attempt; doubles after each further one. */
  readonly backoffMs: number;
  /** How often a consumer with parked work looks for a retry asked for by an operator. */
  readonly retryPollMs: number;
}

export const DEFAULT_PARKING_POLICY: ParkingPolicy = { attempts: 5, backoffMs: 500, retryPollMs: 2000 };

export function parkingPolicyOf(
  env: Pick<Environment, 'CONSUMER_ATTEMPTS_BEFORE_PARKING' | 'CONSUMER_RETRY_BACKOFF_MS'>,
): ParkingPolicy {
  return {
    ...DEFAULT_PARKING_POLICY,
    attempts: env.CONSUMER_ATTEMPTS_BEFORE_PARKING,
    backoffMs: env.CONSUMER_RETRY_BACKOFF_MS,
  };
}

/** Tries `work` up to `policy.attempts` times; answers undefined when it succeeded, else the last error. */
export async function attempt(
  work: () => Promise<void>,
  policy: ParkingPolicy,
  stopped: () => boolean = () => false,
): Promise<unknown> {
  let lastError: unknown;
  for (let tried = 1; tried <= Math.max(1, policy.attempts); tried++) {
    try {
      await work();
      return undefined;
    } catch (error) {
      lastError = error;
      if (tried < policy.attempts && !stopped())
        await new Promise((resolve) => setTimeout(resolve, policy.backoffMs * 2 ** (tried - 1)));
    }
  }
  return lastError ?? new Error('not attempted');
}

/** Runs one piece of work at a time, in the order asked (a consumer's live batches and its retries never interleave). */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
