// The processes the one production image runs, by the name VCS_SERVICE gives (the api when unset): the code each
// starts and the port and route of its own health. scripts/start-service.js starts the one named and
// scripts/healthcheck.js (the image's HEALTHCHECK) asks that same one, so a container is healthy only when the process
// it runs answers, never because another service's port does. Uses only Node's built-ins.

/** Each service: its entry point in dist/, its port (the setting and its default) and its health route. */
const SERVICES = {
  // Readiness: 200 when UP or DEGRADED (parked work, a stalled consumer), 503 when PostgreSQL, Redis or the event
  // store does not answer, no answer at all when the process is down.
  api: { main: 'dist/apps/api/src/main.js', port: ['PORT', '3000'], health: '/health/readiness' },
  worker: { main: 'dist/apps/worker/src/main.js', port: ['WORKER_PORT', '3001'], health: '/health/readiness' },
  web: { main: 'dist/apps/web/src/main.js', port: ['WEB_PORT', '3002'], health: '/health' },
  // Local compose use only: it refuses to start with NODE_ENV=production.
  'dev-identity': {
    main: 'dist/apps/dev-identity/src/main.js',
    port: ['DEV_IDENTITY_PROVIDER_URL', 'http://127.0.0.1:3003'],
    health: '/health',
  },
};

const DEFAULT_SERVICE = 'api';

/** The service VCS_SERVICE names, with its port resolved from the same environment; throws on an unknown name. */
function serviceFrom(env) {
  const name = env.VCS_SERVICE || DEFAULT_SERVICE;
  const service = Object.hasOwn(SERVICES, name) ? SERVICES[name] : undefined;
  if (!service) throw new Error(`VCS_SERVICE must be one of ${Object.keys(SERVICES).join(', ')} (it is "${name}")`);
  const [setting, fallback] = service.port;
  const value = env[setting] || fallback;
  const port = /^https?:\/\//.test(value) ? new URL(value).port : value;
  return { name, main: service.main, port: Number(port), health: service.health };
}

module.exports = { SERVICES, DEFAULT_SERVICE, serviceFrom };
