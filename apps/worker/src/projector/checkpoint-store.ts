import { GlobalPosition } from '@vcs/event-store';
import { EntityManager } from 'typeorm';

interface CheckpointRow {
  commit_position: string | null;
  prepare_position: string | null;
}

/** A projection's checkpoint: the position of the last event it has applied (undefined: none yet). */
export interface Checkpoint {
  readonly position: GlobalPosition | undefined;
}

function toPosition(row: CheckpointRow | undefined): GlobalPosition | undefined {
  if (!row || row.commit_position === null || row.prepare_position === null) return undefined;
  return { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
}

export async function readCheckpoint(manager: EntityManager, projection: string): Promise<Checkpoint> {
  await manager.query('INSERT INTO projection_checkpoints (projection) VALUES ($1) ON CONFLICT DO NOTHING', [
    projection,
  ]);
  const rows: CheckpointRow[] = await manager.query(
    'SELECT commit_position::text, prepare_position::text FROM projection_checkpoints WHERE projection = $1',
    [projection],
  );
  return { position: toPosition(rows[0]) };
}

/** Locks the checkpoint row for the rest of the transaction and returns it: two writers can never both advance it. */
export async function lockCheckpoint(manager: EntityManager, projection: string): Promise<Checkpoint> {
  const rows: CheckpointRow[] = await manager.query(
    'SELECT commit_position::text, prepare_position::text FROM projection_checkpoints WHERE projection = $1 FOR UPDATE',
    [projection],
  );
  return { position: toPosition(rows[0]) };
}

export async function writeCheckpoint(
  manager: EntityManager,
  projection: string,
  position: GlobalPosition,
  applied: number,
): Promise<void> {
  await manager.query(
    `UPDATE projection_checkpoints
       SET commit_position = $2, prepare_position = $3, events_applied = events_applied + $4, updated_at = now()
     WHERE projection = $1`,
    [projection, position.commit.toString(), position.prepare.toString(), applied],
  );
}

export async function resetCheckpoint(manager: EntityManager, projection: string): Promise<void> {
  await manager.query(
    `UPDATE projection_checkpoints SET commit_position = NULL, prepare_position = NULL, events_applied = 0, updated_at = now()
     WHERE projection = $1`,
    [projection],
  );
}
