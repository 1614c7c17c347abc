import type { AuthenticatedRequest } from '../auth/auth.guard';
import { AccessAudit } from './access-audit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The audit keeps a purpose only if it is plain text; anything else is recorded as not given.
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const PLAIN = /^[^\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]{1,200}$/;

/** Why a call was refused, as the audit records it. */
export type RefusalReason =
  | 'role-not-admitted'
  | 'purpose-missing'
  | 'purpose-not-listed'
  | 'purpose-not-for-role'
  | 'invalid-id'
  | 'victim-not-reached';

/**
 * Writes a refused call to the access audit: who (the verified user), the route *pattern* (never the path as typed),
 * the victim it named when that is a well-formed id, and why it was refused. Never the raw values sent.
 */
export function recordRefusedCall(
  audit: AccessAudit,
  request: AuthenticatedRequest,
  status: number,
  reason: RefusalReason,
): Promise<void> {
  const victimId =
    typeof request.params?.victimId === 'string' && UUID.test(request.params.victimId)
      ? request.params.victimId.toLowerCase()
      : undefined;
  const purpose = request.header('x-purpose');
  return audit.record({
    userId: request.user?.userId ?? 'unknown',
    role: request.actingRole ?? request.user?.roles.join(',') ?? 'unknown',
    action: 'refused call',
    method: request.method,
    route: (request.route as { path?: string } | undefined)?.path ?? '(no route)',
    resourceType: 'route',
    victimIds: victimId ? [victimId] : [],
    purpose: purpose !== undefined && PLAIN.test(purpose) ? purpose : '(not given)',
    requestId: (request.res?.getHeader('x-request-id') as string | undefined) ?? undefined,
    status,
    refusalReason: reason,
  });
}
