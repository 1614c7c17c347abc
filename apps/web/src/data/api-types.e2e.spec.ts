import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { projectRoot } from '@vcs/config';
import { ApiHarness, startApi } from '@vcs/test-support';

describe("the web service's API types", () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(() => api.close());

  it('are what the API serves as its OpenAPI document today (when not: `npm run web:api-types` with the API running)', async () => {
    const served = await request(api.http).get('/openapi.json');
    expect(served.status).toBe(200);
    const document = join(mkdtempSync(join(tmpdir(), 'vcs-openapi-')), 'openapi.json');
    writeFileSync(document, JSON.stringify(served.body));
    // openapi-typescript is an ES module: the generator runs in a Node process of its own, as `npm run web:api-types` does.
    const generated = spawnSync(
      process.execPath,
      ['-r', './test/support/worker-process/register-typescript.cjs', 'apps/web/scripts/generate-api-types.ts', document, '--print'],
      { cwd: projectRoot(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(generated.stderr).toBe('');
    expect(generated.stdout).toBe(readFileSync(join(projectRoot(), 'apps/web/src/data/api-types.ts'), 'utf8'));
  });
});
