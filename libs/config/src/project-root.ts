import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project's root (package.json beside apps/), found from the sources and from dist/ alike: templates and assets live there. */
export function projectRoot(from: string = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'apps'))) return dir;
  }
  throw new Error(`no project root above ${from}`);
}
