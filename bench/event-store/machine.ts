import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { withClient } from './bench-database';

export interface MachineInfo {
  readonly cpus: number;
  readonly memoryGiB: number;
  readonly cpuModel: string;
  readonly node: string;
  readonly postgres: string;
  readonly postgresSettings: string;
}

const REPORTED_SETTINGS = ['shared_buffers', 'synchronous_commit', 'fsync', 'wal_level', 'max_wal_size'];

export async function describeMachine(url: string): Promise<MachineInfo> {
  const { version, settings } = await withClient(url, async (client) => {
    const versionRow = await client.query<{ server_version: string }>('SHOW server_version');
    const settingRows = await client.query<{ name: string; setting: string; unit: string | null }>(
      'SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1) ORDER BY name',
      [REPORTED_SETTINGS],
    );
    return {
      version: versionRow.rows[0].server_version,
      settings: settingRows.rows
        .map((row) => `${row.name}=${row.setting}${row.unit ? ` (${row.unit})` : ''}`)
        .join(', '),
    };
  });
  return {
    cpus: availableParallelism(),
    memoryGiB: totalmem() / 1024 ** 3,
    cpuModel: cpuModel(),
    node: process.version,
    postgres: version,
    postgresSettings: settings,
  };
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    return match ? match[1].trim() : 'unknown';
  } catch {
    return 'unknown';
  }
}
