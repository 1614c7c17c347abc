import { spawn } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';

// The production image's HEALTHCHECK (scripts/healthcheck.js): it asks the service VCS_SERVICE names, on that
// service's own port and health route, and nothing else. The Docker-free image check (scripts/production-image-check.js,
// run by .ci/run) runs it against the real services from the image's files; this runs it against stand-ins.

const ROOT = path.join(__dirname, '..', '..');

/** A stand-in service answering `route` with `status`, and every other path with 404. */
async function service(route: string, status: number): Promise<{ port: number; server: Server }> {
  const server = createServer((request, response) => {
    response.writeHead(request.url === route ? status : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, server };
}

/** A port nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const { port, server } = await service('/', 200);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function healthcheck(env: Record<string, string>): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/healthcheck.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: 'ignore',
    });
    child.on('exit', (code) => resolve(code));
  });
}

describe('the image HEALTHCHECK (scripts/healthcheck.js)', () => {
  const servers: Server[] = [];
  const up = async (route: string, status = 200) => {
    const started = await service(route, status);
    servers.push(started.server);
    return String(started.port);
  };

  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('is healthy only when the service VCS_SERVICE names answers its own route, whichever other port answers', async () => {
    const api = await up('/health/readiness');
    const worker = await up('/health/readiness');
    const web = await up('/health');
    const closed = String(await closedPort());
    const ports = { PORT: api, WORKER_PORT: worker, WEB_PORT: web };

    expect(await healthcheck({ ...ports, VCS_SERVICE: 'api' })).toBe(0);
    expect(await healthcheck({ ...ports, VCS_SERVICE: 'worker' })).toBe(0);
    expect(await healthcheck({ ...ports, VCS_SERVICE: 'web' })).toBe(0);
    expect(await healthcheck(ports)).toBe(0); // the api, as the image's default VCS_SERVICE

    // The worker down while the API's and the web's ports answer: the worker's container is unhealthy.
    expect(await healthcheck({ ...ports, WORKER_PORT: closed, VCS_SERVICE: 'worker' })).toBe(1);
    expect(await healthcheck({ ...ports, PORT: closed, VCS_SERVICE: 'api' })).toBe(1);
    expect(await healthcheck({ ...ports, WEB_PORT: closed, VCS_SERVICE: 'web' })).toBe(1);
  });

  it('is unhealthy when the service answers its readiness with 503 (a dependency down), or only on another route', async () => {
    expect(await healthcheck({ VCS_SERVICE: 'api', PORT: await up('/health/readiness', 503) })).toBe(1);
    expect(await healthcheck({ VCS_SERVICE: 'worker', WORKER_PORT: await up('/health/liveness') })).toBe(1);
  });

  it('asks the development identity provider on the port of its URL, and refuses a service it does not know', async () => {
    const identity = await up('/health');
    expect(
      await healthcheck({ VCS_SERVICE: 'dev-identity', DEV_IDENTITY_PROVIDER_URL: `http://127.0.0.1:${identity}` }),
    ).toBe(0);
    expect(await healthcheck({ VCS_SERVICE: 'scheduler', PORT: await up('/health/readiness') })).toBe(1);
  });
});
