import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The production image's command (scripts/start-service.js): VCS_SERVICE chooses the process; an unknown name stops it
// at once with a configuration error (exit 78), naming the choices.
const ROOT = path.join(__dirname, '..', '..');

describe('the image command (scripts/start-service.js)', () => {
  it('refuses a service it does not know, naming the ones it runs', () => {
    const result = spawnSync(process.execPath, ['scripts/start-service.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', VCS_SERVICE: 'scheduler' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toBe(
      'configuration error: VCS_SERVICE must be one of api, worker, web, dev-identity (it is "scheduler")\n',
    );
  });

  it('maps each service to its entry point in dist/ and its own port and health route', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { serviceFrom } = require('../../scripts/image-services.js') as {
      serviceFrom: (env: Record<string, string>) => { name: string; main: string; port: number; health: string };
    };
    expect(serviceFrom({})).toEqual({
      name: 'api',
      main: 'dist/apps/api/src/main.js',
      port: 3000,
      health: '/health/readiness',
    });
    expect(serviceFrom({ VCS_SERVICE: 'worker', PORT: '4000', WORKER_PORT: '4001' })).toMatchObject({
      main: 'dist/apps/worker/src/main.js',
      port: 4001,
      health: '/health/readiness',
    });
    expect(serviceFrom({ VCS_SERVICE: 'web', WEB_PORT: '4002' })).toMatchObject({ port: 4002, health: '/health' });
    expect(
      serviceFrom({ VCS_SERVICE: 'dev-identity', DEV_IDENTITY_PROVIDER_URL: 'http://dev-identity.localhost:3003' }),
    ).toMatchObject({ main: 'dist/apps/dev-identity/src/main.js', port: 3003, health: '/health' });
  });
});
