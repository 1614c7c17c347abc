// The image's HEALTHCHECK: healthy when the process in this container answers its liveness route. A container runs
// one process, the API (PORT, default 3000), the worker (WORKER_PORT, default 3001) or the web service (WEB_PORT,
// default 3002); whichever answers
// /health/liveness with 200 within the timeout makes it healthy. Uses only Node's built-ins.
const http = require('node:http');

const ports = [
  ...new Set([process.env.PORT ?? '3000', process.env.WORKER_PORT ?? '3001', process.env.WEB_PORT ?? '3002']),
];

function live(port) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/health/liveness', timeout: 3000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

Promise.all(ports.map(live)).then((answers) => process.exit(answers.some(Boolean) ? 0 : 1));
