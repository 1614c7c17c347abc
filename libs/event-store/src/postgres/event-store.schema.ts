import { WRITER_MARK_KEYS } from './read-horizon';

/**
 * The PostgreSQL event store's schema, applied by a TypeORM migration.
 *
 * Read-all order is (transaction_id, sequence). Readers only read events whose transaction id is
 * below the read horizon (read-horizon.ts): every appending transaction below it has committed or
 * aborted, so an event that commits late can never be skipped by a reader that already moved on.
 * Appends to one stream are serialised by an advisory lock taken *before* the transaction gets its
 * id, so transaction-id order agrees with revision order inside every stream.
 */
export const CREATE_EVENT_STORE_SQL = `
CREATE TABLE events (
  sequence bigint GENERATED ALWAYS AS IDENTITY,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event_id uuid NOT NULL,
  stream_id text NOT NULL,
  revision bigint NOT NULL,
  type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT events_pkey PRIMARY KEY (transaction_id, sequence),
  CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision),
  CONSTRAINT events_event_id_key UNIQUE (event_id),
  CONSTRAINT events_revision_not_negative CHECK (revision >= 0)
);

CREATE FUNCTION events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('vcs_events', '');
  RETURN NULL;
END $$;

CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION events_notify();

${appendEventsFunctionSql({ markWriter: false })}`;

export const DROP_EVENT_STORE_SQL = `
DROP FUNCTION IF EXISTS append_events(text, text, bigint, uuid[], text[], jsonb[], jsonb[]);
DROP TRIGGER IF EXISTS events_notify ON events;
DROP FUNCTION IF EXISTS events_notify();
DROP TABLE IF EXISTS events;
`;

/**
 * `append_events`: one stream's append in one round trip. `markWriter` (the version since migration
 * 1763900006000) refuses to run in a transaction that already has an id and takes the writer mark before it gets
 * one, which the read horizon relies on (read-horizon.ts); the first version did neither.
 */
export function appendEventsFunctionSql(options: { markWriter: boolean }): string {
  const mark = options.markWriter
    ? `  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION 'append_events must be the first write of its transaction' USING ERRCODE = 'VC500';
  END IF;
  PERFORM pg_advisory_xact_lock_shared(${WRITER_MARK_KEYS[0]}, ${WRITER_MARK_KEYS[1]});
`
    : '';
  return `-- expected_kind: 'any' | 'no_stream' | 'stream_exists' | 'exact'.
-- Raises SQLSTATE 'VC409' with the actual revision (or -1) in DETAIL when the expectation fails.
CREATE OR REPLACE FUNCTION append_events(
  p_stream_id text,
  p_expected_kind text,
  p_expected_revision bigint,
  p_ids uuid[],
  p_types text[],
  p_data jsonb[],
  p_metadata jsonb[]
) RETURNS TABLE (revision bigint, transaction_id text, sequence bigint)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  current_revision bigint;
BEGIN
${mark}  PERFORM pg_advisory_xact_lock(hashtextextended(p_stream_id, 0));
  SELECT max(e.revision) INTO current_revision FROM events e WHERE e.stream_id = p_stream_id;
  current_revision := coalesce(current_revision, -1);
  IF (p_expected_kind = 'no_stream' AND current_revision <> -1)
     OR (p_expected_kind = 'stream_exists' AND current_revision = -1)
     OR (p_expected_kind = 'exact' AND current_revision <> p_expected_revision) THEN
    RAISE EXCEPTION 'wrong expected revision' USING ERRCODE = 'VC409', DETAIL = current_revision::text;
  END IF;
  RETURN QUERY
    INSERT INTO events AS ev (event_id, stream_id, revision, type, data, metadata)
    SELECT x.id, p_stream_id, current_revision + x.n, x.type, x.data, x.metadata
    FROM unnest(p_ids, p_types, p_data, p_metadata) WITH ORDINALITY AS x(id, type, data, metadata, n)
    ORDER BY x.n
    RETURNING ev.revision, ev.transaction_id::text, ev.sequence;
END $$;
`;
}
