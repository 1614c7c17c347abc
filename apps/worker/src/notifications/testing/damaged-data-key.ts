import { VictimDataKeyStore } from '@vcs/security';
import { ApiHarness } from '@vcs/test-support';
import { DataSource } from 'typeorm';

/**
 * A fault for parking tests: damages the victim's wrapped data key (and drops the API's cached copy), so their
 * history can no longer be read. Resolves to the repair, which puts the key back as it was.
 */
export async function damageDataKey(api: ApiHarness, victimId: string): Promise<() => Promise<void>> {
  const dataSource = api.app.get(DataSource);
  const keys = api.app.get(VictimDataKeyStore);
  const [{ wrapped_key: goodKey }]: { wrapped_key: Buffer }[] = await dataSource.query(
    'SELECT wrapped_key FROM victim_data_keys WHERE victim_id = $1',
    [victimId],
  );
  await dataSource.query(
    "UPDATE victim_data_keys SET wrapped_key = '\\x00'::bytea || wrapped_key WHERE victim_id = $1",
    [victimId],
  );
  keys.evict(victimId);
  return async () => {
    await dataSource.query('UPDATE victim_data_keys SET wrapped_key = $2 WHERE victim_id = $1', [victimId, goodKey]);
    keys.evict(victimId);
  };
}
