// The production image's command: starts, in this process, the service VCS_SERVICE names (api, worker, web; the
// development identity provider for local compose use), as `node dist/apps/<service>/src/main.js` would. The same
// setting chooses what the image's HEALTHCHECK (scripts/healthcheck.js) asks.
const path = require('node:path');
const { serviceFrom } = require('./image-services');

let service;
try {
  service = serviceFrom(process.env);
} catch (error) {
  process.stderr.write(`configuration error: ${error.message}\n`);
  process.exit(78);
}
require(path.join(__dirname, '..', service.main));
