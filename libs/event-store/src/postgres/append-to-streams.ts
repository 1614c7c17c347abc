import { escapeLiteral, PoolClient, QueryResult } from 'pg';
import { ExpectedRevision, StreamAppend, StreamAppendOutcome } from '../event-store.port';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error';
import { WRITER_MARK_KEYS } from './read-horizon';

interface RevisionRow {
  stream_id: string;
  revision: string;
}

interface InsertedRow {
  stream_id: string;
  revision: string;
  transaction_id: string;
  sequence: string;
}

/**
 * Appends to many streams in ONE round trip and one transaction on `client`: a single simple-protocol query string
 * (values as escaped literals, since that protocol has no parameters) that
 * 1. marks the transaction as a writer (read-horizon.ts), then takes every stream's advisory lock, as append_events does, sorted (two such writers never wait in a circle) and
 *    before the transaction has an id (so transaction order agrees with revision order in every stream);
 * 2. reads the streams' revisions (a statement of its own, so its snapshot is taken after the locks);
 * 3. inserts the events of each append whose expected revision holds, in the order given (inside a stream the
 *    sequence, read-all order within one transaction, follows the revision), and commits.
 * A stream whose expectation fails is only left out and answered with its WrongExpectedRevisionError. Appends to a
 * stream already in the batch go in a later round trip ("waves"), so each is checked after the one before it.
 * A wave the database refuses as a whole (e.g. an event id already in the history) wrote nothing: its appends are
 * handed to `alone` (one append each), so every stream still gets the outcome a single append would have had.
 * Answers whether `client` may go back to the pool.
 */
export async function appendInOneTransaction(
  client: PoolClient,
  appends: readonly StreamAppend[],
  alone: (appends: readonly StreamAppend[]) => Promise<StreamAppendOutcome[]>,
): Promise<{ readonly outcomes: StreamAppendOutcome[]; readonly clientReusable: boolean }> {
  const outcomes: StreamAppendOutcome[] = new Array<StreamAppendOutcome>(appends.length);
  let clientReusable = true;
  let remaining = appends.map((append, index) => ({ append, index }));
  while (remaining.length > 0) {
    const seen = new Set<string>();
    const wave = remaining.filter(({ append }) => !seen.has(append.streamId) && seen.add(append.streamId));
    remaining = remaining.filter((entry) => !wave.includes(entry));
    const waveAppends = wave.map((entry) => entry.append);
    let answers: StreamAppendOutcome[];
    if (!clientReusable) answers = await alone(waveAppends);
    else {
      try {
        answers = await appendWave(client, waveAppends);
      } catch {
        clientReusable = await client.query('ROLLBACK').then(
          () => true,
          () => false,
        );
        answers = await alone(waveAppends);
      }
    }
    wave.forEach((entry, i) => (outcomes[entry.index] = answers[i]));
  }
  return { outcomes, clientReusable };
}

/** One round trip for appends to distinct streams. */
async function appendWave(client: PoolClient, appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]> {
  const streams = `ARRAY[${appends.map((append) => escapeLiteral(append.streamId)).join(', ')}]::text[]`;
  const rows: string[] = [];
  appends.forEach(({ streamId, events, expectedRevision }, appendIndex) => {
    const [kind, expected] =
      typeof expectedRevision === 'bigint' ? ['exact', expectedRevision.toString()] : [expectedRevision, 'NULL'];
    events.forEach((event, n) => {
      rows.push(
        `(${rows.length + 1}, ${appendIndex}, ${escapeLiteral(event.id)}::uuid, ${escapeLiteral(streamId)}, ${escapeLiteral(kind)}, ${expected}::bigint, ${n + 1}, ` +
          `${escapeLiteral(event.type)}, ${escapeLiteral(JSON.stringify(event.data))}::jsonb, ${escapeLiteral(JSON.stringify(event.metadata))}::jsonb)`,
      );
    });
  });
  const sql = `BEGIN;
SELECT pg_advisory_xact_lock_shared(${WRITER_MARK_KEYS[0]}, ${WRITER_MARK_KEYS[1]});
SELECT count(pg_advisory_xact_lock(locks.key)) FROM (SELECT DISTINCT hashtextextended(s, 0) AS key FROM unnest(${streams}) AS s ORDER BY 1) AS locks;
SELECT stream_id, max(revision)::text AS revision FROM events WHERE stream_id = ANY(${streams}) GROUP BY stream_id;
INSERT INTO events (event_id, stream_id, revision, type, data, metadata)
  SELECT x.id, x.stream_id, c.current + x.n, x.type, x.data, x.metadata
  FROM (VALUES ${rows.join(',\n')}) AS x(ordinal, append_index, id, stream_id, kind, expected, n, type, data, metadata)
  CROSS JOIN LATERAL (SELECT coalesce(max(e.revision), -1) AS current FROM events e WHERE e.stream_id = x.stream_id) AS c
  WHERE CASE x.kind WHEN 'any' THEN true WHEN 'no_stream' THEN c.current = -1 WHEN 'stream_exists' THEN c.current <> -1 ELSE c.current = x.expected END
  ORDER BY x.ordinal
  RETURNING stream_id, revision::text, transaction_id::text, sequence::text;
COMMIT;`;
  const results = (await client.query(sql)) as unknown as QueryResult[];
  const current = new Map(appends.map((append) => [append.streamId, -1n]));
  for (const row of results[3].rows as RevisionRow[]) current.set(row.stream_id, BigInt(row.revision));
  const lastInserted = new Map<string, InsertedRow>();
  for (const row of results[4].rows as InsertedRow[]) lastInserted.set(row.stream_id, row);
  return appends.map(({ streamId, expectedRevision }): StreamAppendOutcome => {
    const revision = current.get(streamId) as bigint;
    if (!accepts(expectedRevision, revision)) {
      return {
        ok: false,
        error: new WrongExpectedRevisionError(streamId, expectedRevision, revision < 0n ? 'no_stream' : revision),
      };
    }
    const last = lastInserted.get(streamId);
    // Cannot happen (the insert ran under the locks on what was just read); unknown, so the caller reads again.
    if (!last)
      return {
        ok: false,
        error: new Error(`the append to ${streamId} returned no row; read the stream to see what it holds`),
      };
    return {
      ok: true,
      result: {
        nextExpectedRevision: BigInt(last.revision),
        position: { commit: BigInt(last.transaction_id), prepare: BigInt(last.sequence) },
      },
    };
  });
}

function accepts(expected: ExpectedRevision, current: bigint): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return current === -1n;
  if (expected === 'stream_exists') return current !== -1n;
  return current === expected;
}
