import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The path of `relative` in the nearest folder above `from` that holds it: the project in development, /app in the
 * production image (where the code runs from dist/ and apps/ is not there).
 */
export function installedFile(relative: string, from: string = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, relative))) return join(dir, relative);
  throw new Error(`${relative} is not above ${from}`);
}
