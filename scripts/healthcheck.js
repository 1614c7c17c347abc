// The image's HEALTHCHECK: healthy only when the service this container runs (VCS_SERVICE, the setting that chose the
// process: api, worker, web or dev-identity; the api when unset) answers its own health route on its own port with
// 200 within the timeout (scripts/image-services.js). Another service's port answering does not count. Exit 0 healthy,
// 1 not. Uses only Node's built-ins.
const http = require('node:http');
const { serviceFrom } = require('./image-services');

const TIMEOUT_MS = 3000;

function healthy({ port, health }) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: health, timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

let service;
try {
  service = serviceFrom(process.env);
} catch (error) {
  process.stderr.write(`healthcheck: ${error.message}\n`);
  process.exit(1);
}
healthy(service).then((ok) => {
  if (!ok)
    process.stderr.write(`healthcheck: ${service.name} did not answer ${service.health} on port ${service.port}\n`);
  process.exit(ok ? 0 : 1);
});
