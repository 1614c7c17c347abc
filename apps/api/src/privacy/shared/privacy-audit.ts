import { HttpException, Injectable } from '@nestjs/common';
import { DomainRuleViolation } from '@vcs/domain';
import { AccessAudit } from '@vcs/security';
import { CommandContext } from '../../commands/command-context';

/**
 * Administrators' privacy commands (erasure, retention decisions) are written to the access audit as well as to the
 * history: the audit keeps the X-Purpose they gave, and a subject access export lists them with the reads.
 */
@Injectable()
export class PrivacyAudit {
  constructor(private readonly audit: AccessAudit) {}

  async around<T>(
    entry: { action: string; route: string; victimId: string; purpose: string; context: CommandContext },
    act: () => Promise<T>,
  ): Promise<T> {
    const record = (status: number) =>
      this.audit.record({
        userId: entry.context.actor.userId,
        role: entry.context.actor.role,
        action: entry.action,
        method: 'POST',
        route: entry.route,
        resourceType: 'victim',
        resourceId: entry.victimId,
        victimIds: [entry.victimId],
        purpose: entry.purpose,
        requestId: entry.context.correlationId,
        status,
      });
    try {
      const result = await act();
      await record(201);
      return result;
    } catch (error) {
      await record(statusOf(error)).catch(() => undefined);
      throw error;
    }
  }
}

function statusOf(error: unknown): number {
  if (error instanceof HttpException) return error.getStatus();
  if (error instanceof DomainRuleViolation)
    return error.kind === 'not-found' ? 404 : error.kind === 'already-exists' ? 409 : 422;
  return 500;
}
