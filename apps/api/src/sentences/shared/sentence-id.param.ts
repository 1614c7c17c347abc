import { applyDecorators, BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/** `:sentenceId` as a UUID (any version: ids derived from an Idempotency-Key are v5), else 400 naming the parameter. */
export const SentenceIdParam = (): ParameterDecorator =>
  Param(
    'sentenceId',
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: 'the request is not valid',
          problems: [{ field: 'sentenceId', rule: 'isUUID', message: 'sentenceId must be a UUID' }],
        }),
    }),
  );

/** OpenAPI description of the `:sentenceId` path parameter. */
export const ApiSentenceIdParam = () =>
  applyDecorators(
    ApiParam({ name: 'sentenceId', format: 'uuid', description: 'The sentence (as answered by POST /sentences)' }),
  );
