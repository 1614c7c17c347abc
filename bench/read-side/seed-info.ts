import { DataSource } from 'typeorm';
import { SeedResult } from './seed';

/** What the seeding phase produced, kept in the bench database so a later run can reuse it (BENCH_REUSE_DATABASE). */
export interface SeedInfo {
  readonly seededAt: string;
  readonly history: {
    victims: number;
    sentences: number;
    events: number;
    byType: [string, number][];
    refused: [string, number][];
    generateSeconds: number;
  };
  readonly seed: SeedResult;
}

export async function writeSeedInfo(dataSource: DataSource, info: SeedInfo): Promise<void> {
  await dataSource.query('CREATE TABLE IF NOT EXISTS bench_seed_info (id int PRIMARY KEY, info jsonb NOT NULL)');
  await dataSource.query(
    'INSERT INTO bench_seed_info (id, info) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET info = EXCLUDED.info',
    [JSON.stringify(info)],
  );
}

export async function readSeedInfo(dataSource: DataSource): Promise<SeedInfo> {
  const rows = (await dataSource.query('SELECT info FROM bench_seed_info WHERE id = 1').catch(() => [])) as {
    info: SeedInfo;
  }[];
  if (rows.length === 0)
    throw new Error(
      'this database has no bench_seed_info: it was not seeded by bench/read-side with BENCH_KEEP_DATABASE=1',
    );
  return rows[0].info;
}
