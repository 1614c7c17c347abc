import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CommandResult } from '../commands/command-context';

/** ETag carries the stream revision (send it back as If-Match); X-Position the global position. */
export function withRevisionHeaders(response: Response, result: CommandResult): CommandResult {
  response.setHeader('ETag', `"${result.revision}"`);
  if (result.position) response.setHeader('X-Position', result.position);
  return result;
}

/** The answers every command route can give, for the OpenAPI document. */
export function CommandResponses() {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Makes a retry safe: the same key returns the first result',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The revision you last saw; 409 if the record changed since',
    }),
    ApiResponse({ status: 400, description: 'Invalid request: each field and the rule it broke' }),
    ApiResponse({ status: 401, description: 'Missing, expired or invalid bearer token' }),
    ApiResponse({ status: 403, description: 'Your role may not do this' }),
    ApiResponse({ status: 404, description: 'No such sentence or victim' }),
    ApiResponse({ status: 409, description: 'The record changed since your If-Match revision, or already exists' }),
    ApiResponse({ status: 422, description: 'A scheme rule refuses this: the rule and why, in words' }),
  );
}
