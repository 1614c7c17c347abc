import { PoolClient } from 'pg';
import { ExpectedRevision, StreamAppend, StreamAppendOutcome } from '../event-store.port';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error';

// Sorted, as every multi-stream writer takes them: two of them can never wait for each other in a circle.
const LOCK_STREAMS_SQL = `
  SELECT count(pg_advisory_xact_lock(locks.key)) FROM (
    SELECT DISTINCT hashtextextended(s, 0) AS key FROM unnest($1::text[]) AS s ORDER BY 1
  ) AS locks`;

const CURRENT_REVISIONS_SQL = 'SELECT stream_id, max(revision)::text AS revision FROM events WHERE stream_id = ANY($1::text[]) GROUP BY stream_id';

// In the order given, so that inside every stream the sequence (read-all order in one transaction) follows the revision.
const INSERT_SQL = `
  INSERT INTO events (event_id, stream_id, revision, type, data, metadata)
  SELECT x.id, x.stream_id, x.revision, x.type, x.data, x.metadata
  FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::jsonb[], $6::jsonb[]) WITH ORDINALITY AS x(id, stream_id, revision, type, data, metadata, n)
  ORDER BY x.n
  RETURNING stream_id, revision::text, transaction_id::text, sequence::text`;

/**
 * Many streams' appends in one transaction on `client` (BEGIN … COMMIT, whatever the number of streams): the streams'
 * advisory locks (as append_events takes them, before the transaction has an id, so transaction order agrees with
 * revision order in every stream), their revisions read once, each append checked against its own expected revision
 * in order, and every accepted event inserted by one statement. A refused stream is only left out. Throws what the
 * database throws (e.g. a duplicate event id): nothing is then appended, and the caller decides what to do.
 */
export async function appendInOneTransaction(client: PoolClient, appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]> {
  const streamIds = [...new Set(appends.map((append) => append.streamId))];
  await client.query('BEGIN');
  await client.query(LOCK_STREAMS_SQL, [streamIds]);
  const { rows } = await client.query<{ stream_id: string; revision: string }>(CURRENT_REVISIONS_SQL, [streamIds]);
  const current = new Map(streamIds.map((id) => [id, -1n]));
  for (const row of rows) current.set(row.stream_id, BigInt(row.revision));

  const outcomes: (StreamAppendOutcome | { readonly lastRevision: bigint; readonly streamId: string })[] = [];
  const columns = { ids: [] as string[], streams: [] as string[], revisions: [] as string[], types: [] as string[], data: [] as string[], metadata: [] as string[] };
  for (const { streamId, events, expectedRevision } of appends) {
    const revision = current.get(streamId) as bigint;
    if (!accepts(expectedRevision, revision)) {
      outcomes.push({ ok: false, error: new WrongExpectedRevisionError(streamId, expectedRevision, revision < 0n ? 'no_stream' : revision) });
      continue;
    }
    events.forEach((event, index) => {
      columns.ids.push(event.id);
      columns.streams.push(streamId);
      columns.revisions.push((revision + 1n + BigInt(index)).toString());
      columns.types.push(event.type);
      columns.data.push(JSON.stringify(event.data));
      columns.metadata.push(JSON.stringify(event.metadata));
    });
    const lastRevision = revision + BigInt(events.length);
    current.set(streamId, lastRevision);
    outcomes.push({ streamId, lastRevision });
  }
  if (columns.ids.length === 0) {
    await client.query('ROLLBACK');
    return outcomes as StreamAppendOutcome[];
  }
  const inserted = await client.query<{ stream_id: string; revision: string; transaction_id: string; sequence: string }>(INSERT_SQL, [
    columns.ids,
    columns.streams,
    columns.revisions,
    columns.types,
    columns.data,
    columns.metadata,
  ]);
  const positions = new Map(inserted.rows.map((row) => [`${row.stream_id}\u0000${row.revision}`, { commit: BigInt(row.transaction_id), prepare: BigInt(row.sequence) }]));
  const answers = outcomes.map((outcome): StreamAppendOutcome => {
    if ('ok' in outcome) return outcome;
    const position = positions.get(`${outcome.streamId}\u0000${outcome.lastRevision.toString()}`);
    if (!position) throw new Error(`the append to ${outcome.streamId} returned no row for revision ${outcome.lastRevision.toString()}`);
    return { ok: true, result: { nextExpectedRevision: outcome.lastRevision, position } };
  });
  await client.query('COMMIT');
  return answers;
}

function accepts(expected: ExpectedRevision, current: bigint): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return current === -1n;
  if (expected === 'stream_exists') return current !== -1n;
  return current === expected;
}
