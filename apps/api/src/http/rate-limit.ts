import { createHash } from 'node:crypto';
import {
  DynamicModule,
  ExecutionContext,
  HttpException,
  Injectable,
  Module,
  UnauthorizedException,
} from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerModule,
  ThrottlerModuleOptions,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { Environment } from '@vcs/config';
import { LOGGER, REDIS } from '@vcs/infrastructure';
import { AuthenticatedRequest, PUBLIC_KEY } from '@vcs/security';
import type { Response } from 'express';
import Redis from 'ioredis';
import { Logger } from 'pino';
import { RedisThrottlerStorage } from './redis-throttler-storage';

export const THROTTLER_NAME = 'default';

/** The 429 answer, in the shape of every other error (ProblemFilter passes it through unchanged). */
export function tooManyRequests(): HttpException {
  return new HttpException(
    {
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'too many requests; wait the number of seconds in Retry-After and try again',
    },
    429,
  );
}

/** A token subject we can key on and record: a non-empty string without control characters, at most 200 long. */
export function isUsableSubject(subject: unknown): subject is string {
  /* eslint-disable no-control-regex -- refusing control characters is the point */
  return (
    typeof subject === 'string' &&
    subject.length > 0 &&
    subject.length <= 200 &&
    !/[\u0000-\u001f\u007f]/.test(subject) &&
    subject.trim() === subject
  );
  /* eslint-enable no-control-regex */
}

/** Whose bucket a request counts against: the verified token subject, or the client address when there is none. */
export function rateLimitKey(request: AuthenticatedRequest): string {
  const who = request.user
    ? `sub:${request.user.userId}`
    : `ip:${request.ip ?? request.socket?.remoteAddress ?? 'unknown'}`;
  // Hashed: the bucket table keeps no user ids or addresses in memory dumps.
  return createHash('sha256').update(`${THROTTLER_NAME}|${who}`).digest('hex');
}

/** The configured limits. */
export class RateLimits {
  constructor(
    readonly windowMs: number,
    readonly perToken: number,
    readonly perAddress: number,
  ) {}

  limitFor(request: AuthenticatedRequest): number {
    return request.user ? this.perToken : this.perAddress;
  }
}

/**
 * Rate limits per token subject (every route together), falling back to the client address for requests without a
 * verified token. Registered as a global guard *after* the AuthGuard (see RateLimitModule), so `request.user` is the
 * verified caller; requests the AuthGuard refuses (401/403) never reach a guard after it, so ProblemFilter counts them
 * with `countRefused`: random or forged tokens count against the address, and past the limit they get 429 too.
 */
@Injectable()
export class SubjectThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly limits: RateLimits,
  ) {
    super(options, storage, reflector);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    return rateLimitKey(request as unknown as AuthenticatedRequest);
  }

  protected override generateKey(_context: ExecutionContext, tracker: string): string {
    return tracker; // one bucket per caller across all routes, not one per route
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    // Fail closed if guard order ever changes: without a verified user here the limit would fall back to the address.
    if (!isPublic && !request.user) throw new Error('rate limit guard ran before authentication');
    // The subject is the caller's identity here and in every event's metadata: a signed token whose `sub` is empty or
    // not a string (which the verifier lets through) identifies nobody.
    if (request.user && !isUsableSubject(request.user.userId)) {
      throw new UnauthorizedException({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'claim sub is not acceptable',
      });
    }
    return super.canActivate(context);
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw tooManyRequests();
  }

  /** Counts a request refused by authentication against its key; true (and Retry-After set) when that key is over its limit. */
  async countRefused(request: AuthenticatedRequest, response: Response): Promise<boolean> {
    const key = rateLimitKey(request);
    const limit = this.limits.limitFor(request);
    const { isBlocked, timeToBlockExpire } = await this.storageService.increment(
      key,
      this.limits.windowMs,
      limit,
      this.limits.windowMs,
      THROTTLER_NAME,
    );
    if (isBlocked) response.setHeader('Retry-After', String(Math.max(1, timeToBlockExpire)));
    return isBlocked;
  }
}

/** Import after AuthModule: global guards run in the order their modules are registered. */
@Module({})
export class RateLimitModule {
  static register(environment: Environment): DynamicModule {
    const limits = new RateLimits(
      environment.RATE_LIMIT_WINDOW_MS,
      environment.RATE_LIMIT_PER_TOKEN,
      environment.RATE_LIMIT_PER_IP,
    );
    return {
      module: RateLimitModule,
      imports: [
        ThrottlerModule.forRootAsync({
          inject: [REDIS, LOGGER],
          useFactory: (redis: Redis, log: Logger) => ({
            throttlers: [
              {
                name: THROTTLER_NAME,
                ttl: limits.windowMs,
                limit: (context: ExecutionContext) =>
                  limits.limitFor(context.switchToHttp().getRequest<AuthenticatedRequest>()),
              },
            ],
            // Shared by every replica (the in-process default would let N replicas allow N times the limit).
            storage: new RedisThrottlerStorage(redis, environment.REDIS_KEY_PREFIX, log),
          }),
        }),
      ],
      providers: [
        { provide: RateLimits, useValue: limits },
        SubjectThrottlerGuard,
        { provide: APP_GUARD, useExisting: SubjectThrottlerGuard },
      ],
      exports: [SubjectThrottlerGuard],
    };
  }
}
