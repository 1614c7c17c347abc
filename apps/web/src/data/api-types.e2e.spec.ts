import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@vcs/config';

describe("the web service's API types", () => {
  it("are generated from the API's committed OpenAPI document as it is today (when not: `npm run web:api-types`)", () => {
    // openapi-typescript is an ES module: the generator runs in a Node process of its own, as `npm run web:api-types` does.
    const generated = spawnSync(
      process.execPath,
      [
        '-r',
        './test/support/worker-process/register-typescript.cjs',
        'apps/web/scripts/generate-api-types.ts',
        'apps/api/openapi.json',
        '--print',
      ],
      { cwd: projectRoot(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(generated.stderr).toBe('');
    expect(generated.stdout).toBe(readFileSync(join(projectRoot(), 'apps/web/src/data/api-types.ts'), 'utf8'));
  });
});
