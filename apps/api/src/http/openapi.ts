import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document at /openapi.json and browsable docs at /docs. */
export function serveOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Victim Contact Service')
    .setDescription(
      'Victim Contact Scheme (VCS) and Victim Notification Scheme (VNS) case service. Every route needs a bearer token ' +
        'whose roles admit it. Commands answer with the stream revision (use it as If-Match) and the global position ' +
        '(use it as minPosition on queries). Send an Idempotency-Key to make a retry safe.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json' });
}
