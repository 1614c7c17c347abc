import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MigrationInterface } from 'typeorm';
import { createDataSource } from '../data-source';

// TypeORM orders migrations by the 13-digit timestamp that ends each one's `name`, and records in `schema_migrations`
// which have run by that name alone. So a migration's name is fixed once any database has run it: renamed, it runs
// again on every migrated database. These checks keep names, timestamps and files in step before that happens.

const LIBS = join(__dirname, '..', '..', '..');

/** The timestamp each migration file's name starts with, by its path under libs/. */
function migrationFiles(dir: string = LIBS): { path: string; timestamp: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : migrationFiles(path);
    const match = /^(\d{13})-.+(?<!\.spec)\.ts$/.exec(entry.name);
    return match && dir.endsWith('migrations') ? [{ path: relative(LIBS, path), timestamp: match[1] }] : [];
  });
}

/** Every migration the service runs, by the name TypeORM records. */
function migrationNames(): string[] {
  const classes = createDataSource('postgres://127.0.0.1/unused').options
    .migrations as (new () => MigrationInterface)[];
  return classes.map((Migration) => new Migration().name ?? Migration.name);
}

const timestampOf = (name: string) => name.slice(-13);

/**
 * Two migrations that already share a timestamp on databases in use. Both are recorded there by name, so renumbering
 * either would run it again (`ADD COLUMN` of a column that exists: the migration run fails). They touch different
 * tables, and TypeORM's stable sort keeps their order in the list, so sharing a timestamp does no harm.
 */
const SHARED_BEFORE_THIS_CHECK = ['CaseloadCaseUnit1765410000000', 'VictimCaseRequests1765410000000'];

describe('migration names', () => {
  it('each ends with the timestamp its file starts with: the class and the file are renamed together', () => {
    const fromNames = migrationNames().map(timestampOf).sort();
    const fromFiles = migrationFiles()
      .map((file) => file.timestamp)
      .sort();
    expect(fromNames.every((timestamp) => /^\d{13}$/.test(timestamp))).toBe(true);
    expect(fromNames).toEqual(fromFiles);
  });

  it('no two share a timestamp, but for the pair already run under one', () => {
    const byTimestamp = new Map<string, string[]>();
    for (const name of migrationNames())
      byTimestamp.set(timestampOf(name), [...(byTimestamp.get(timestampOf(name)) ?? []), name]);
    const shared = [...byTimestamp.values()].filter((names) => names.length > 1);
    expect(shared.map((names) => [...names].sort())).toEqual([SHARED_BEFORE_THIS_CHECK]);
  });

  it('are each registered once', () => {
    const names = migrationNames();
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
