import { AccessScope } from '@vcs/domain';
import { Actor } from '@vcs/security';

/** What a command carries besides its data: who, why (correlation), and the client's concurrency and retry guards. */
export interface CommandContext {
  readonly actor: Actor;
  readonly correlationId: string;
  /** Client-supplied; a retried request with the same key returns the first result and appends nothing. */
  readonly idempotencyKey?: string;
  /** Hash of the request (route and body): a key reused for a different request is refused. */
  readonly requestHash?: string;
  /** From If-Match: the stream revision the client last saw; anything else is a 409. */
  readonly expectedRevision?: bigint;
  /**
   * The victims the caller may reach (their units and grants). Every command from the HTTP API carries it, and a
   * victim outside it answers 404 as if unknown; the worker's own commands (system actors) carry none.
   */
  readonly scope?: AccessScope;
  /** `Prefer: return=validation`: decide against the current state and append nothing (the route answers 204). */
  readonly validateOnly?: boolean;
}

/** What every command route answers: where the change landed, for If-Match and read-your-writes. */
export interface CommandResult {
  readonly streamId: string;
  readonly id: string;
  /** The stream's revision after the command (the next If-Match). */
  readonly revision: string;
  /** Global position of the command's last event ("commit/prepare"); queries can wait for it. */
  readonly position: string | null;
  readonly events: readonly string[];
}

/** The context with the caller's grants left out: for what only the unit holding a case may do (grant, revoke, transfer). */
export function withoutGrants(context: CommandContext): CommandContext {
  return context.scope ? { ...context, scope: { ...context.scope, userId: '' } } : context;
}
