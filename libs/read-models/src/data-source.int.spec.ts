import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';

describe('the read side data source (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await createDataSource(db.url, { poolSize: 2 }).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('runs every session with JIT off (short indexed reads; JIT compiled their plans on each request)', async () => {
    const sessions = await Promise.all(
      [1, 2].map(() => dataSource.transaction(async (manager) => (await manager.query('SHOW jit'))[0].jit as string)),
    );
    expect(sessions).toEqual(['off', 'off']);
  });
});
