// `npm run openapi:export` writes the OpenAPI document the API serves at /openapi.json to apps/api/openapi.json, for
// partners (and apps/web) to generate clients from without running the service. The application is only previewed
// (no database, Redis or event store is touched). A test fails while the committed file differs from the code.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadEnvironment } from '@vcs/config';
import { ApiModule } from '../apps/api/src/api.module';
import { openApiDocument } from '../apps/api/src/http/openapi';

export const OPENAPI_FILE = path.join(__dirname, '..', 'apps', 'api', 'openapi.json');

/** The document as committed: stable key order from the generator, two-space JSON and a final newline. */
export async function renderOpenApi(): Promise<string> {
  const environment = loadEnvironment({});
  const log = createLogger({ level: 'silent', service: 'openapi-export' });
  const app = await NestFactory.create(ApiModule.register(environment, log), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    return `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  void renderOpenApi().then(
    (text) => {
      writeFileSync(OPENAPI_FILE, text);
      process.stdout.write(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)} (${text.length} bytes)\n`);
    },
    (error: unknown) => {
      process.stderr.write(`openapi export failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
