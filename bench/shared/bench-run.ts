import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What every benchmark's own database offers: a name and a way to drop it. */
export interface DisposableDatabase {
  readonly name: string;
  drop(): Promise<void>;
}

/** Prints the report and writes it as Markdown (out/ folders are gitignored). */
export async function publish(markdown: string, outputFile: string): Promise<void> {
  console.log(`\n${markdown}`);
  await mkdir(dirname(outputFile), { recursive: true });
  await writeFile(outputFile, markdown);
  log(`written to ${outputFile}`);
}

/** Drops the database if the run is interrupted, then exits. Returns a function removing the handlers. */
export function dropOnSignal(database: DisposableDatabase): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    log(`${signal}: dropping ${database.name}`);
    void database.drop().finally(() => process.exit(130));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

export function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}
