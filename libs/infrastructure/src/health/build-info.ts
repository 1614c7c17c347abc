import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `/info` says about the build this process runs. */
export interface BuildInfo {
  readonly name: string;
  readonly version: string;
  readonly gitCommit: string;
  /** ISO time the build ran, or null when the process runs from source (tests, ts-node). */
  readonly buildTime: string | null;
}

/**
 * Compiled, this file is dist/libs/infrastructure/src/health/build-info.js and scripts/build.js wrote
 * dist/build-info.json beside dist/apps. From source there is no build: the version from package.json and the
 * checkout's commit (GIT_COMMIT when set, else git's answer, else "unknown").
 */
export function readBuildInfo(): BuildInfo {
  const root = join(__dirname, '..', '..', '..', '..');
  const built = join(root, 'build-info.json');
  if (!__filename.endsWith('.ts') && existsSync(built)) return JSON.parse(readFileSync(built, 'utf8')) as BuildInfo;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version, gitCommit: gitCommit(root), buildTime: null };
}

function gitCommit(root: string): string {
  if (process.env.GIT_COMMIT) return process.env.GIT_COMMIT;
  const result = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', timeout: 2000 });
  return result.status === 0 ? result.stdout.trim() : 'unknown';
}
