import {
  applyDecorators,
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';

const OFFERS_VALIDATE_ONLY = 'vcs:offers-validate-only';
/** The preference (RFC 7240 `Prefer`) that asks for the command to be checked and not recorded. */
export const VALIDATE_ONLY_PREFERENCE = 'return=validation';

/** Whether the request's `Prefer` header asks for validation only (`Prefer: handling=strict; return=validation`). */
export function asksForValidationOnly(request: Pick<Request, 'header'>): boolean {
  const prefer = request.header('prefer');
  if (prefer === undefined) return false;
  return prefer
    .split(/[,;]/)
    .map((preference) =>
      preference
        .trim()
        .toLowerCase()
        .replace(/\s*=\s*/, '='),
    )
    .includes(VALIDATE_ONLY_PREFERENCE);
}

/**
 * The route's command may be checked without being recorded: with `Prefer: return=validation` the request goes through
 * the same guards (role), DTO validation, unit scope and the domain's decider against the current state, and answers the
 * same 4xx; when the command would be accepted, 204 and nothing is appended. Only for routes whose handler writes
 * through the StreamCommandRunner and nothing else, since the runner is what leaves the append out.
 */
export function OffersValidateOnly() {
  return applyDecorators(
    SetMetadata(OFFERS_VALIDATE_ONLY, true),
    ApiHeader({
      name: 'Prefer',
      required: false,
      description:
        '`return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: ' +
        '204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended',
    }),
    ApiResponse({
      status: 204,
      description: 'Validation only (Prefer: return=validation): the command would be accepted',
    }),
  );
}

/**
 * Turns a validate-only request's answer into 204 with `Preference-Applied`, and refuses the preference (400) on a
 * route that does not offer it rather than ignoring it, which would record what the caller meant only to check.
 */
@Injectable()
export class ValidateOnlyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    if (!asksForValidationOnly(request)) return next.handle();
    const offered = this.reflector.getAllAndOverride<boolean>(OFFERS_VALIDATE_ONLY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!offered) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'the request is not valid',
        problems: [
          {
            field: 'Prefer',
            rule: 'validate-only-not-offered',
            message: 'Prefer: return=validation is not offered on this route',
          },
        ],
      });
    }
    return next.handle().pipe(
      map(() => {
        const response = context.switchToHttp().getResponse<Response>();
        response.status(204).setHeader('Preference-Applied', VALIDATE_ONLY_PREFERENCE);
        return undefined;
      }),
    );
  }
}
