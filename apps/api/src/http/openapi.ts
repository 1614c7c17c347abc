import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { completeContract } from './openapi-contract';
import { routeInventory } from './route-inventory';

/**
 * The OpenAPI document: generated from the routes' decorators, then completed with each route's roles and error
 * answers (openapi-contract.ts). The same document is served and committed as apps/api/openapi.json
 * (`npm run openapi:export`; a test keeps the file in step with the code).
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Victim Contact Service')
    .setDescription(
      'Victim Contact Scheme (VCS) and Victim Notification Scheme (VNS) case service. Every route needs a bearer token ' +
        'whose roles admit it (each operation lists them, and as `x-roles`). Commands answer with the stream revision (use it as ' +
        'If-Match; single-record reads answer it too, as ETag) and the global position (use it as minPosition on queries). ' +
        'Send an Idempotency-Key to make a retry safe. Every error answer is a Problem.',
    )
    .setVersion('1')
    .addServer('http://127.0.0.1:3000', 'A local instance (npm start)')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .setLicense(
      'UNLICENSED: HM Prison and Probation Service',
      'https://www.gov.uk/government/organisations/hm-prison-and-probation-service',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config);
  return completeContract(document, routeInventory(app));
}

/** The OpenAPI document at /openapi.json and browsable docs at /docs. */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, openApiDocument(app), { jsonDocumentUrl: 'openapi.json' });
}
