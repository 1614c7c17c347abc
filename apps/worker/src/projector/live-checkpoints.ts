import { GlobalPosition } from '@vcs/event-store';
import { DataSource } from 'typeorm';

/** The live projectors' checkpoints of several projections in one round trip (absent: not started yet). */
export async function liveCheckpoints(
  dataSource: DataSource,
  projections: readonly string[],
): Promise<Map<string, GlobalPosition>> {
  const rows: { projection: string; commit_position: string; prepare_position: string }[] = await dataSource.query(
    `SELECT projection, commit_position::text, prepare_position::text FROM projection_checkpoints
     WHERE projection = ANY($1::text[]) AND commit_position IS NOT NULL AND prepare_position IS NOT NULL`,
    [projections],
  );
  return new Map(
    rows.map((row) => [row.projection, { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) }]),
  );
}
