import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load, mergeTag } from 'js-yaml';

// docker-compose.yml cannot be run here (no Docker engine): this reads it as compose would (YAML anchors and merge
// keys resolved, `${NAME:-default}` taken with nothing set) and checks how its services are wired: which run in each
// profile, the web pages and the development identity provider with their health checks, settings and dependencies,
// and that nothing but the services' own ports is published, on loopback only (never a metrics port).

const ROOT = path.join(__dirname, '..', '..');

interface ComposeService {
  profiles?: string[];
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  volumes?: string[];
  networks?: Record<string, { aliases?: string[] }>;
  deploy?: { replicas?: number };
}

// Compose resolves YAML merge keys (`<<: *app`); js-yaml's core schema needs the merge tag for that.
const compose = load(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), {
  schema: CORE_SCHEMA.withTags(mergeTag),
}) as {
  services: Record<string, ComposeService>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const images = require('../../scripts/image-services.js') as {
  SERVICES: Record<string, unknown>;
  serviceFrom: (env: Record<string, string>) => { name: string; port: number; health: string };
};

/** A compose value with every `${NAME:-default}` (or `${NAME}`) as compose takes it when NAME is not set. */
const interpolate = (value: string) =>
  value.replace(/\$\{[A-Z_]+(?::?-([^}]*))?\}/g, (_whole, fallback: string | undefined) => fallback ?? '');

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
}

function environment(name: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service(name).environment ?? {}).map(([key, value]) => [key, interpolate(String(value))]),
  );
}

/** The services `docker compose --profile <profile> up` starts (those without profiles always start). */
function servicesOf(profile: string | undefined): string[] {
  return Object.entries(compose.services)
    .filter(([, s]) => !s.profiles || (profile !== undefined && s.profiles.includes(profile)))
    .map(([name]) => name)
    .sort();
}

/** Published ports as { host address, host port(s), container port }. */
function published(name: string) {
  return (service(name).ports ?? []).map((port) => {
    const [address, hostPorts, containerPort] = port.split(':');
    return { address, hostPorts, containerPort: Number(containerPort) };
  });
}

const appServices = () => Object.keys(compose.services).filter((name) => service(name).image === 'vcs-app:local');

describe('docker-compose.yml', () => {
  it('starts the infrastructure alone, and the api, worker, web pages and identity provider in each app profile', () => {
    expect(servicesOf(undefined)).toEqual(['kurrentdb', 'postgres', 'redis']);
    expect(servicesOf('app')).toEqual(['api', 'dev-identity', 'kurrentdb', 'postgres', 'redis', 'web', 'worker']);
    expect(servicesOf('cluster')).toEqual([
      'api-replica',
      'dev-identity',
      'kurrentdb',
      'kurrentdb-1',
      'kurrentdb-2',
      'kurrentdb-3',
      'postgres',
      'redis',
      'web-cluster',
      'worker-replica',
    ]);
    expect(service('api-replica').deploy?.replicas).toBe(2);
    expect(service('worker-replica').deploy?.replicas).toBe(2);
  });

  it('runs every app process from the one image, chosen by VCS_SERVICE (no command override), health-checked by the same setting', () => {
    expect(appServices().sort()).toEqual([
      'api',
      'api-replica',
      'dev-identity',
      'web',
      'web-cluster',
      'worker',
      'worker-replica',
    ]);
    const expected: Record<string, string> = {
      api: 'api',
      'api-replica': 'api',
      worker: 'worker',
      'worker-replica': 'worker',
      web: 'web',
      'web-cluster': 'web',
      'dev-identity': 'dev-identity',
    };
    for (const name of appServices()) {
      const s = service(name);
      expect({ name, build: s.build, command: s.command }).toEqual({
        name,
        build: { context: '.', dockerfile: 'Dockerfile' },
        command: undefined,
      });
      expect({ name, service: environment(name).VCS_SERVICE }).toEqual({ name, service: expected[name] });
      expect(Object.keys(images.SERVICES)).toContain(expected[name]);
      expect({ name, test: s.healthcheck?.test }).toEqual({ name, test: ['CMD', 'node', 'scripts/healthcheck.js'] });
    }
  });

  it('publishes only each process’s own port, on loopback, and never a metrics port', () => {
    for (const name of Object.keys(compose.services)) {
      for (const port of published(name)) {
        expect({ name, address: port.address }).toEqual({ name, address: '127.0.0.1' });
        const metricsPort = environment(name).METRICS_PORT;
        if (metricsPort) expect({ name, port: port.containerPort }).not.toEqual({ name, port: Number(metricsPort) });
      }
      if (!appServices().includes(name)) continue;
      // The port the health check asks is the port published (the worker replicas publish none).
      const own = images.serviceFrom(environment(name)).port;
      for (const port of published(name)) expect({ name, port: port.containerPort }).toEqual({ name, port: own });
    }
    expect(published('web')).toEqual([{ address: '127.0.0.1', hostPorts: '3002', containerPort: 3002 }]);
    expect(published('web-cluster')).toEqual([{ address: '127.0.0.1', hostPorts: '3002', containerPort: 3002 }]);
  });

  it.each([
    ['web', 'api'],
    ['web-cluster', 'api-replica'],
  ])(
    '%s: the web pages, calling the API of their profile, signing in at the identity provider, secrets from the environment',
    (web, api) => {
      const env = environment(web);
      expect(env).toMatchObject({ VCS_SERVICE: 'web', NODE_ENV: 'development', HOST: '0.0.0.0', WEB_PORT: '3002' });
      expect(env.REDIS_URL).toBe('redis://redis:6379'); // its sessions
      // The API: a service of the same profile, on the port it listens on.
      const apiUrl = new URL(env.API_URL);
      expect(apiUrl.hostname).toBe(api);
      expect(service(api).profiles).toEqual(service(web).profiles);
      expect(Number(apiUrl.port)).toBe(images.serviceFrom(environment(api)).port);
      // Sign-in: by default the development identity provider, at the issuer the api trusts.
      expect(env.OIDC_ISSUER_URL).toBe(environment('dev-identity').DEV_IDENTITY_PROVIDER_URL);
      expect(environment(api).DEV_IDENTITY_PROVIDER_URL).toBe(env.OIDC_ISSUER_URL);
      // Secrets come from the environment compose runs in, never written in the file.
      const raw = service(web).environment ?? {};
      expect(raw.SESSION_SECRET).toMatch(/^\$\{SESSION_SECRET(:-)?\}$/);
      expect(raw.OIDC_CLIENT_SECRET).toMatch(/^\$\{OIDC_CLIENT_SECRET(:-)?\}$/);
      expect(raw.OIDC_ISSUER_URL).toMatch(/^\$\{OIDC_ISSUER_URL:-http:\/\/[a-z0-9.-]+:\d+\}$/);
      // Sign-in comes back to the address the browser uses: the published port.
      const base = new URL(env.WEB_BASE_URL);
      expect(base.hostname).toBe('localhost');
      expect(base.port).toBe(published(web)[0].hostPorts);
      expect(environment('dev-identity').WEB_BASE_URL).toBe(env.WEB_BASE_URL);
      // Started once its API, Redis and the identity provider are healthy.
      expect(service(web).depends_on).toEqual({
        redis: { condition: 'service_healthy' },
        [api]: { condition: 'service_healthy' },
        'dev-identity': { condition: 'service_healthy' },
      });
    },
  );

  it('runs the development identity provider at one address for the browser and the containers, with the key mounted read-only', () => {
    const env = environment('dev-identity');
    const issuer = new URL(env.DEV_IDENTITY_PROVIDER_URL);
    expect(env).toMatchObject({ VCS_SERVICE: 'dev-identity', NODE_ENV: 'development', HOST: '0.0.0.0' });
    expect(issuer.hostname.endsWith('.localhost')).toBe(true); // browsers take it to this machine
    expect(service('dev-identity').networks?.default?.aliases).toEqual([issuer.hostname]); // containers to the service
    expect(published('dev-identity')).toEqual([
      { address: '127.0.0.1', hostPorts: issuer.port, containerPort: Number(issuer.port) },
    ]);
    expect(service('dev-identity').volumes).toEqual([
      './config/dev/jwt-dev-private.pem:/app/config/dev/jwt-dev-private.pem:ro',
    ]);
    expect(service('dev-identity').depends_on).toEqual({});
    for (const api of ['api', 'api-replica'])
      expect(environment(api).DEV_IDENTITY_PROVIDER_URL).toBe(issuer.href.replace(/\/$/, ''));
  });

  it('names only services of the same profile (or of none) as dependencies', () => {
    for (const [name, s] of Object.entries(compose.services)) {
      for (const dependency of Object.keys(s.depends_on ?? {})) {
        const needed = service(dependency).profiles;
        const ok = !needed || (s.profiles ?? []).every((profile) => needed.includes(profile));
        expect({ name, dependency, ok }).toEqual({ name, dependency, ok: true });
      }
    }
  });
});
