/**
 * Where readers of the history may read up to: every event below it has committed (or aborted), so a reader that
 * moves past it can never skip an event that commits late.
 *
 * `pg_snapshot_xmin` of the current snapshot would do, but it is held back by EVERY open transaction with an id,
 * in every database of the server: each projector's batch, an API audit insert, a rebuild's long build
 * transaction, another database's tests. Subscribers then wait for transactions that can never write an event.
 *
 * So appends mark themselves: `append_events` takes a shared transaction-level advisory lock (the writer mark)
 * before its transaction has an id, and refuses to run once it has one. A transaction with an id that does not
 * hold the mark therefore never writes an event, and the horizon skips it: it is the lowest id of the statement
 * snapshot's in-progress transactions, leaving out those seen (after the snapshot was taken, in the lock table)
 * in progress without this database's mark, or the snapshot's xmax when none is left.
 *
 * Why this is safe: an event of transaction T that the statement's snapshot cannot see, with T below the horizon,
 * would need T in progress when the snapshot was taken (a later T has an id at or above xmax), hence in the
 * snapshot's in-progress list; T was then left out, so it was seen in progress without the mark. But T wrote an
 * event, so it took the mark before it had an id, before the snapshot, and held it until its end: contradiction.
 * A transaction seen after it ended is never left out, and a session's id is matched on its low 32 bits (every id
 * in progress is within 2^31 of the others).
 */

/** The two keys of the writer mark (`pg_advisory_xact_lock_shared(int, int)`: pg_locks shows them as classid, objid with objsubid 2). */
export const WRITER_MARK_KEYS = [1_763_900, 6_000] as const;

/**
 * One xid8 expression: the read horizon as of the enclosing statement's snapshot. Sessions and their ids come from
 * one read of the lock table (every transaction with an id holds ExclusiveLock on it; pg_stat_activity costs ~1 ms
 * a read). A transaction between getting its id and taking that lock is simply not left out: too low, never unsafe.
 */
export const READ_HORIZON_SQL = `(
  WITH snapshot AS (SELECT pg_current_snapshot() AS s),
  locks AS MATERIALIZED (
    SELECT l.pid, l.locktype, l.transactionid, l.classid, l.objid, l.objsubid, l.database, l.mode, l.granted FROM pg_lock_status() l
    WHERE l.locktype IN ('advisory', 'transactionid')
  ),
  marked AS (
    SELECT m.pid FROM locks m
    WHERE m.locktype = 'advisory' AND m.classid = ${WRITER_MARK_KEYS[0]} AND m.objid = ${WRITER_MARK_KEYS[1]} AND m.objsubid = 2
      AND m.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  ),
  unmarked AS (
    SELECT t.transactionid::text::bigint AS xid32 FROM locks t
    WHERE t.locktype = 'transactionid' AND t.mode = 'ExclusiveLock' AND t.granted AND t.pid NOT IN (SELECT pid FROM marked WHERE pid IS NOT NULL)
  )
  SELECT least(
    pg_snapshot_xmax(snapshot.s),
    (SELECT min(x) FROM pg_snapshot_xip(snapshot.s) AS x WHERE (x::text::bigint % 4294967296) NOT IN (SELECT xid32 FROM unmarked))
  ) FROM snapshot
)`;

/** The first design's horizon, held back by every open transaction with an id: used while `append_events` does not mark writers yet. */
export const SNAPSHOT_XMIN_SQL = 'pg_snapshot_xmin(pg_current_snapshot())';

/**
 * Whether this database's `append_events` takes the writer mark (migration MarkEventWriters has run). Without it
 * appends look like transactions that write no event, and the writer-only horizon could pass a late one.
 */
export const WRITER_MARK_IN_FORCE_SQL = `
  SELECT coalesce(bool_or(p.prosrc LIKE '%pg_advisory_xact_lock_shared(${WRITER_MARK_KEYS[0]}, ${WRITER_MARK_KEYS[1]})%'), false) AS marked
  FROM pg_proc p WHERE p.proname = 'append_events'`;
