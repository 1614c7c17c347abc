import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { AuthenticatedRequest } from '@vcs/security';
import { from, Observable, switchMap } from 'rxjs';
import { Clock } from '../commands/clock';
import { StaffDirectory } from './staff-directory';

/** Keeps the staff directory in step with each caseworker's sign-in (their units), before their request is handled. */
@Injectable()
export class StaffDirectoryInterceptor implements NestInterceptor {
  constructor(
    private readonly directory: StaffDirectory,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) return next.handle();
    return from(this.directory.noteCaller(user, this.clock.now())).pipe(switchMap(() => next.handle()));
  }
}
