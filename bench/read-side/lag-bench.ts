import { performance } from 'node:perf_hooks';
import {
  addCalendarDays,
  foldEvents,
  IsoDate,
  RecordContact,
  victimDecider,
  VictimEvent,
  victimStreamId,
  schemaVersionOf,
} from '@vcs/domain';
import { comparePositions, EventStore, GlobalPosition } from '@vcs/event-store';
import { Projection } from '@vcs/read-models';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Projector } from '../../apps/worker/src/projector/projector';
import { percentile } from '../event-store/stats';

export interface LagResult {
  readonly commands: number;
  readonly refused: number;
  readonly offeredPerSecond: number;
  readonly achievedPerSecond: number;
  readonly appendP50Ms: number;
  readonly appendP99Ms: number;
  /** Append returned → every projection's checkpoint at or past its position. */
  readonly allP50Ms: number;
  readonly allP99Ms: number;
  readonly allMaxMs: number;
  readonly perProjection: { readonly projection: string; readonly p50Ms: number; readonly p99Ms: number }[];
}

interface Pending {
  readonly position: GlobalPosition;
  readonly appendedAt: number;
  readonly passed: Map<string, number>;
}

const POLL_MS = 5;

/**
 * Runs one live Projector per projection (as the worker does) while contacts are recorded at a steady rate through
 * the command path (read the victim's stream, fold, decide, append with the exact revision), and measures for each
 * command how long after its append returned every projection's checkpoint passed its position.
 */
export async function measureLiveLag(
  dataSource: DataSource,
  store: EventStore,
  projections: readonly Projection[],
  victimIds: readonly string[],
  options: {
    ratePerSecond: number;
    seconds: number;
    batchSize: number;
    today: IsoDate;
    log: (message: string) => void;
  },
): Promise<LagResult> {
  const quiet = {
    info: () => undefined,
    warn: (_d: object, m: string) => options.log(`projector: ${m}`),
    error: (_d: object, m: string) => options.log(`projector: ${m}`),
  };
  const projectors = projections.map(
    (p) => new Projector(dataSource, store, p, { batchSize: options.batchSize, retryMs: 100, log: quiet }),
  );
  projectors.forEach((p) => p.start());
  const pending = new Set<Pending>();
  const lags: number[] = [];
  const perProjection = new Map<string, number[]>(projections.map((p) => [p.name, []]));
  const appendMs: number[] = [];
  let refused = 0;
  let polling = true;

  const poller = (async () => {
    while (polling || pending.size > 0) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (pending.size === 0) continue;
      const rows: { projection: string; commit_position: string | null; prepare_position: string | null }[] =
        await dataSource.query(
          'SELECT projection, commit_position::text, prepare_position::text FROM projection_checkpoints',
        );
      const now = performance.now();
      for (const item of pending) {
        for (const row of rows) {
          if (item.passed.has(row.projection) || row.commit_position === null || !perProjection.has(row.projection))
            continue;
          const at = { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position as string) };
          if (comparePositions(at, item.position) >= 0) item.passed.set(row.projection, now);
        }
        if (item.passed.size === projections.length) {
          pending.delete(item);
          lags.push(now - item.appendedAt);
          for (const [name, at] of item.passed) perProjection.get(name)?.push(at - item.appendedAt);
        }
      }
    }
  })();

  // Let the projectors become active and reach the head before measuring.
  await waitUntilCaughtUp(dataSource, store, projections.length);
  const intervalMs = 1000 / options.ratePerSecond;
  const total = Math.round(options.ratePerSecond * options.seconds);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const victimId = victimIds[i % victimIds.length];
    inFlight.push(
      recordContact(store, victimId, options.today).then(
        (result) => {
          appendMs.push(result.appendMs);
          pending.add({ position: result.position, appendedAt: result.returnedAt, passed: new Map() });
        },
        () => {
          refused += 1;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const elapsed = performance.now() - started;
  const drainDeadline = performance.now() + 30_000;
  while (pending.size > 0 && performance.now() < drainDeadline) await new Promise((resolve) => setTimeout(resolve, 20));
  polling = false;
  pending.clear();
  await poller;
  await Promise.all(projectors.map((p) => p.stop()));
  return {
    commands: total,
    refused,
    offeredPerSecond: options.ratePerSecond,
    achievedPerSecond: ((total - refused) * 1000) / elapsed,
    appendP50Ms: percentile(appendMs, 50),
    appendP99Ms: percentile(appendMs, 99),
    allP50Ms: percentile(lags, 50),
    allP99Ms: percentile(lags, 99),
    allMaxMs: lags.length ? Math.max(...lags) : Number.NaN,
    perProjection: [...perProjection].map(([projection, values]) => ({
      projection,
      p50Ms: percentile(values, 50),
      p99Ms: percentile(values, 99),
    })),
  };
}

/** The API's command path for "record a contact": load, fold, decide, append at the exact revision. */
async function recordContact(
  store: EventStore,
  victimId: string,
  today: IsoDate,
): Promise<{ position: GlobalPosition; returnedAt: number; appendMs: number }> {
  const streamId = victimStreamId(victimId);
  const history = await store.readStream(streamId, { maxCount: 10_000 });
  const state = foldEvents(
    victimDecider,
    history.map((e) => ({ type: e.type, data: e.data }) as VictimEvent),
  );
  const contactId = randomUUID();
  const command: RecordContact = {
    type: 'RecordContact',
    data: {
      victimId,
      contactId,
      method: 'phone',
      direction: 'inbound',
      result: 'contact-made',
      occurredOn: today,
      recordedOn: today,
      followUpOn: addCalendarDays(today, 14),
      personal: { summary: 'The victim called to ask about the next parole review.' },
    },
  };
  const events = victimDecider.decide(command, state);
  const correlationId = randomUUID();
  const before = performance.now();
  const appended = await store.appendToStream(
    streamId,
    events.map((event) => ({
      id: randomUUID(),
      type: event.type,
      data: event.data,
      metadata: {
        correlationId,
        causationId: correlationId,
        actor: { userId: 'vlo-bench', role: 'VLO' },
        occurredAt: new Date().toISOString(),
        schemaVersion: schemaVersionOf(event.type),
      },
    })),
    history.length === 0 ? 'no_stream' : history[history.length - 1].revision,
  );
  const returnedAt = performance.now();
  return { position: appended.position, returnedAt, appendMs: returnedAt - before };
}

async function waitUntilCaughtUp(dataSource: DataSource, store: EventStore, projections: number): Promise<void> {
  const head = await store.headPosition();
  const deadline = performance.now() + 120_000;
  while (head && performance.now() < deadline) {
    const rows: { commit_position: string | null; prepare_position: string | null }[] = await dataSource.query(
      'SELECT commit_position::text, prepare_position::text FROM projection_checkpoints',
    );
    const passed = rows.filter(
      (r) =>
        r.commit_position !== null &&
        comparePositions({ commit: BigInt(r.commit_position), prepare: BigInt(r.prepare_position as string) }, head) >=
          0,
    );
    if (passed.length >= projections) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
