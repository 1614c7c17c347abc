import { Client } from 'pg';
import { eventIdsFor } from '../../apps/api/src/commands/event-ids';
import { AcceptedCommand } from './client';
import { sleep } from './processes';

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface CommandCheck {
  readonly accepted: number;
  readonly expectedEvents: number;
  readonly found: number;
  readonly missing: { route: string; streamId: string; revision: number; eventId: string }[];
  readonly misplaced: { eventId: string; expected: string; actual: string }[];
  /** (stream, idempotency key) pairs with more events than the 2xx answer named: a retry appended twice. */
  readonly duplicated: { streamId: string; key: string; expected: number; actual: number }[];
  readonly retriedAccepted: number;
}

/** Every 2xx command's events, by the ids the API derives from (caller, Idempotency-Key, index), at the right stream and revisions. */
export async function checkCommandsInHistory(url: string, accepted: readonly AcceptedCommand[]): Promise<CommandCheck> {
  const expected = accepted.flatMap((command) =>
    eventIdsFor(command.eventTypes.length, command.userId, command.idempotencyKey).map((eventId, index) => ({
      command,
      eventId,
      revision: command.revision - command.eventTypes.length + 1 + index,
    })),
  );
  const rows = await withClient(url, async (client) => {
    const found = new Map<string, { stream_id: string; revision: string }>();
    for (let i = 0; i < expected.length; i += 5000) {
      const ids = expected.slice(i, i + 5000).map((e) => e.eventId);
      const result = await client.query<{ event_id: string; stream_id: string; revision: string }>(
        'SELECT event_id::text, stream_id, revision::text FROM events WHERE event_id = ANY($1::uuid[])',
        [ids],
      );
      for (const row of result.rows) found.set(row.event_id, row);
    }
    const keyed = await client.query<{ stream_id: string; key: string; n: string }>(
      `SELECT stream_id, metadata->>'idempotencyKey' AS key, count(*)::text AS n FROM events
        WHERE metadata ? 'idempotencyKey' GROUP BY 1, 2`,
    );
    return { found, keyed: new Map(keyed.rows.map((r) => [`${r.stream_id}\u0000${r.key}`, Number(r.n)])) };
  });
  const missing: CommandCheck['missing'] = [];
  const misplaced: CommandCheck['misplaced'] = [];
  for (const e of expected) {
    const row = rows.found.get(e.eventId);
    if (!row)
      missing.push({ route: e.command.route, streamId: e.command.streamId, revision: e.revision, eventId: e.eventId });
    else if (row.stream_id !== e.command.streamId || Number(row.revision) !== e.revision) {
      misplaced.push({
        eventId: e.eventId,
        expected: `${e.command.streamId}@${e.revision}`,
        actual: `${row.stream_id}@${row.revision}`,
      });
    }
  }
  const duplicated: CommandCheck['duplicated'] = [];
  for (const command of accepted) {
    const actual = rows.keyed.get(`${command.streamId}\u0000${command.idempotencyKey}`) ?? 0;
    if (actual !== command.eventTypes.length)
      duplicated.push({
        streamId: command.streamId,
        key: command.idempotencyKey,
        expected: command.eventTypes.length,
        actual,
      });
  }
  return {
    accepted: accepted.length,
    expectedEvents: expected.length,
    found: expected.length - missing.length,
    missing,
    misplaced,
    duplicated,
    retriedAccepted: accepted.filter((c) => c.attempts > 1).length,
  };
}

export interface CatchUp {
  readonly head: string;
  readonly caughtUp: boolean;
  readonly waitedMs: number;
  readonly checkpoints: { projection: string; position: string | null; eventsApplied: number }[];
  readonly behind: string[];
  readonly workerStatus: unknown;
}

/** Waits until the head stops moving and every checkpoint (projections and process managers) is at it. */
export async function waitForCatchUp(url: string, workerOperationsUrl: string, timeoutMs: number): Promise<CatchUp> {
  const started = Date.now();
  let last: CatchUp | undefined;
  let stableSince = 0;
  let lastHead = '';
  while (Date.now() - started < timeoutMs) {
    last = await withClient(url, async (client) => {
      const head = await client.query<{ position: string }>(
        `SELECT e.transaction_id::text || '/' || e.sequence::text AS position FROM events e ORDER BY e.transaction_id DESC, e.sequence DESC LIMIT 1`,
      );
      const checkpoints = await client.query<{ projection: string; position: string | null; events_applied: string }>(
        `SELECT projection, commit_position::text || '/' || prepare_position::text AS position, events_applied::text FROM projection_checkpoints ORDER BY projection`,
      );
      const headPosition = head.rows[0]?.position ?? '';
      const behind = checkpoints.rows
        .filter((c) => c.position !== headPosition)
        .map((c) => `${c.projection} at ${c.position}`);
      let workerStatus: unknown;
      try {
        workerStatus = await (
          await fetch(`${workerOperationsUrl}/health/projectors`, { signal: AbortSignal.timeout(3000) })
        ).json();
      } catch (error) {
        workerStatus = `unreachable: ${error instanceof Error ? error.message : String(error)}`;
      }
      return {
        head: headPosition,
        caughtUp: behind.length === 0,
        waitedMs: Date.now() - started,
        checkpoints: checkpoints.rows.map((c) => ({
          projection: c.projection,
          position: c.position,
          eventsApplied: Number(c.events_applied),
        })),
        behind,
        workerStatus,
      };
    });
    if (last.head !== lastHead) {
      lastHead = last.head;
      stableSince = Date.now();
    }
    if (last.caughtUp && Date.now() - stableSince > 3000) return last;
    await sleep(1000);
  }
  return last as CatchUp;
}

export interface NotificationCheck {
  readonly scheduled: number;
  readonly dueBeforeEnd: number;
  readonly dueByChannel: Record<string, number>;
  readonly sentOnce: number;
  readonly notSent: { notificationId: string; channel: string; dueAt: string; scheduleStatus: string | null }[];
  readonly sentMoreThanOnce: { notificationId: string; sentEvents: number; outboxRows: number }[];
  readonly outboxMismatch: { notificationId: string; sentEvents: number; outboxRows: number }[];
  readonly cancelled: number;
  readonly scheduleStatuses: Record<string, number>;
  readonly waitedMs: number;
}

interface NotificationRow {
  notification_id: string;
  channel: string;
  due_at: string;
  cancelled: boolean;
  sent_events: number;
  outbox_rows: number;
  schedule_status: string | null;
}

/**
 * From the history (not the read model): each notification's latest due time, cancellation and NotificationSent
 * events; and the outbox rows per notification id. Email/SMS notifications due before `dueBy` must be sent exactly
 * once (letters wait for a VLO's approval, phone calls are the VLO's to make). Waits up to `timeoutMs` for them.
 */
export async function checkNotifications(url: string, dueBy: Date, timeoutMs: number): Promise<NotificationCheck> {
  const started = Date.now();
  for (;;) {
    const rows = await withClient(
      url,
      async (client) =>
        (
          await client.query<NotificationRow>(
            `WITH n AS (
             SELECT data->>'notificationId' AS id, type, data, e.transaction_id, e.sequence FROM events e
              WHERE type IN ('NotificationScheduled', 'NotificationRescheduled', 'NotificationCancelled', 'NotificationSent')
           ),
           scheduled AS (SELECT id, data->>'channel' AS channel FROM n WHERE type = 'NotificationScheduled'),
           due AS (
             SELECT DISTINCT ON (id) id, (data->>'dueAt')::timestamptz AS due_at FROM n
              WHERE type IN ('NotificationScheduled', 'NotificationRescheduled') ORDER BY id, transaction_id DESC, sequence DESC
           )
           SELECT s.id AS notification_id, s.channel, d.due_at::text AS due_at,
                  EXISTS (SELECT 1 FROM n WHERE n.id = s.id AND n.type = 'NotificationCancelled') AS cancelled,
                  (SELECT count(*) FROM n WHERE n.id = s.id AND n.type = 'NotificationSent')::int AS sent_events,
                  (SELECT count(*) FROM notification_outbox o WHERE o.notification_id::text = s.id)::int AS outbox_rows,
                  (SELECT ns.status FROM notification_schedule ns WHERE ns.notification_id::text = s.id) AS schedule_status
             FROM scheduled s JOIN due d ON d.id = s.id`,
          )
        ).rows,
    );
    const due = rows.filter(
      (r) => !r.cancelled && new Date(r.due_at) <= dueBy && (r.channel === 'email' || r.channel === 'sms'),
    );
    const notSent = due.filter((r) => r.sent_events === 0);
    const waitedMs = Date.now() - started;
    if (notSent.length === 0 || waitedMs > timeoutMs) {
      const byChannel: Record<string, number> = {};
      for (const r of rows.filter((r) => !r.cancelled && new Date(r.due_at) <= dueBy))
        byChannel[r.channel] = (byChannel[r.channel] ?? 0) + 1;
      const statuses: Record<string, number> = {};
      for (const r of rows) statuses[r.schedule_status ?? 'none'] = (statuses[r.schedule_status ?? 'none'] ?? 0) + 1;
      return {
        scheduled: rows.length,
        dueBeforeEnd: due.length,
        dueByChannel: byChannel,
        sentOnce: due.filter((r) => r.sent_events === 1 && r.outbox_rows === 1).length,
        notSent: notSent.map((r) => ({
          notificationId: r.notification_id,
          channel: r.channel,
          dueAt: r.due_at,
          scheduleStatus: r.schedule_status,
        })),
        sentMoreThanOnce: rows
          .filter((r) => r.sent_events > 1 || r.outbox_rows > 1)
          .map((r) => ({ notificationId: r.notification_id, sentEvents: r.sent_events, outboxRows: r.outbox_rows })),
        outboxMismatch: rows
          .filter((r) => r.sent_events !== r.outbox_rows)
          .map((r) => ({ notificationId: r.notification_id, sentEvents: r.sent_events, outboxRows: r.outbox_rows })),
        cancelled: rows.filter((r) => r.cancelled).length,
        scheduleStatuses: statuses,
        waitedMs,
      };
    }
    await sleep(2000);
  }
}

/** Outbox rows whose notification id was never scheduled (should be none). */
export async function orphanOutboxRows(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const result = await client.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM notification_outbox o
        WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.type = 'NotificationScheduled' AND e.data->>'notificationId' = o.notification_id::text)`,
    );
    return Number(result.rows[0].n);
  });
}
