import { performance } from 'node:perf_hooks';
import { EventStore, EventToAppend } from '@vcs/event-store';
import { PlannedAppend } from './plan';

/** SQLSTATEs of a connection that was refused before anything ran: the append can be sent again as it is. */
const CONNECTION_REFUSED = new Set(['53300', '57P03']);
const CONNECTION_RETRIES = 20;

/**
 * The PostgreSQL server is shared with other work (test suites open and close databases all the time); a new pool
 * connection refused with "too many clients" has executed nothing, so the same append (same ids, same expected
 * revision) is sent again after a pause. Any other error ends the run.
 */
async function appendRetryingConnection(
  store: EventStore,
  append: PlannedAppend,
  batch: EventToAppend[],
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.appendToStream(append.streamId, batch, append.expectedRevision);
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || !CONNECTION_REFUSED.has(code) || attempt >= CONNECTION_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

export interface SeedResult {
  readonly appends: number;
  readonly events: number;
  readonly elapsedMs: number;
  readonly eventsPerSecond: number;
  readonly appendsPerSecond: number;
}

/**
 * Writes the planned history through the application's event store with `writers` concurrent appends. A stream's
 * appends go in revision order (each with its exact expected revision); an append that names another stream's
 * append (a referral its sentence) waits for it. Everything else runs in parallel.
 */
export async function seedHistory(
  store: EventStore,
  appends: readonly PlannedAppend[],
  writers: number,
  onProgress: (events: number, elapsedMs: number) => void,
): Promise<SeedResult> {
  const completion = new Map<PlannedAppend, Promise<void>>();
  const streamTail = new Map<string, Promise<void>>();
  let next = 0;
  let events = 0;
  let failed: unknown;
  const started = performance.now();
  let lastReport = started;

  const writeOne = async (append: PlannedAppend, waitFor: Promise<void>[]): Promise<void> => {
    await Promise.all(waitFor);
    const batch = append.events;
    if (!batch) throw new Error(`append to ${append.streamId} has no events (written twice?)`);
    await appendRetryingConnection(store, append, batch);
    append.events = undefined;
    events += append.eventCount;
    const now = performance.now();
    if (now - lastReport > 10_000) {
      lastReport = now;
      onProgress(events, now - started);
    }
  };

  const worker = async (): Promise<void> => {
    while (failed === undefined && next < appends.length) {
      const append = appends[next++];
      // Register before waiting, so appends dispatched later see this one as their stream's tail.
      const waitFor = [streamTail.get(append.streamId), ...append.dependsOn.map((d) => completion.get(d))].filter(
        (p): p is Promise<void> => p !== undefined,
      );
      const done = writeOne(append, waitFor);
      completion.set(
        append,
        done.catch(() => undefined),
      );
      streamTail.set(
        append.streamId,
        done.catch(() => undefined),
      );
      try {
        await done;
      } catch (error) {
        failed ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, worker));
  if (failed !== undefined) throw failed;
  const elapsedMs = performance.now() - started;
  return {
    appends: appends.length,
    events,
    elapsedMs,
    eventsPerSecond: (events * 1000) / elapsedMs,
    appendsPerSecond: (appends.length * 1000) / elapsedMs,
  };
}
