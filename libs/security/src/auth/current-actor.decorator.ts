import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthenticatedRequest } from './auth.guard';

/** The actor recorded in event metadata: the caller's user id and the role this request acted in. */
export interface Actor {
  readonly userId: string;
  readonly role: string;
}

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user || !request.actingRole)
    throw new Error('CurrentActor used on a route the AuthGuard did not authenticate');
  return { userId: request.user.userId, role: request.actingRole };
});
