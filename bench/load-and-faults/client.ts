import { randomUUID } from 'node:crypto';
import { sleep } from './processes';

/** One HTTP attempt as the load saw it. */
export interface Attempt {
  readonly at: number;
  readonly route: string;
  readonly kind: 'command' | 'query';
  /** HTTP status, or 0 for a network error / timeout. */
  readonly status: number;
  readonly ms: number;
  readonly error?: string;
  /** A 4xx answer's `rule` (422) or first problem (400). */
  readonly rule?: string;
}

/** A command answered 2xx: what must be in the history. */
export interface AcceptedCommand {
  readonly route: string;
  readonly userId: string;
  readonly idempotencyKey: string;
  readonly streamId: string;
  readonly revision: number;
  readonly eventTypes: readonly string[];
  readonly position?: string;
  /** Attempts it took (1 = first try). */
  readonly attempts: number;
  /** From the first attempt to the 2xx, retries included. */
  readonly totalMs: number;
}

export interface CallResult {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly attempts: number;
}

export interface ClientOptions {
  readonly baseUrl: string;
  readonly attemptTimeoutMs: number;
  /** Give up retrying after this long (network errors, 5xx). */
  readonly retryForMs: number;
  readonly stopAt: () => boolean;
}

/** Records every attempt; retries network errors and 5xx with the same Idempotency-Key (and 503 on reads). */
export class LoadClient {
  readonly attempts: Attempt[] = [];
  readonly accepted: AcceptedCommand[] = [];
  readonly gaveUp: { route: string; lastStatus: number; at: number; error?: string }[] = [];

  constructor(private readonly options: ClientOptions) {}

  async command(
    token: { userId: string; token: string },
    method: 'POST' | 'PUT',
    path: string,
    route: string,
    body: unknown,
  ): Promise<CallResult> {
    const idempotencyKey = randomUUID();
    const headers = {
      Authorization: `Bearer ${token.token}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': idempotencyKey,
    };
    const result = await this.withRetries('command', route, () =>
      this.send(method, path, headers, JSON.stringify(body)),
    );
    if (result.status >= 200 && result.status < 300) {
      const b = result.body;
      this.accepted.push({
        route,
        userId: token.userId,
        idempotencyKey,
        streamId: String(b.streamId),
        revision: Number(b.revision),
        eventTypes: (b.events as string[]) ?? [],
        position: typeof b.position === 'string' ? b.position : undefined,
        attempts: result.attempts,
        totalMs: result.totalMs,
      });
    }
    return result;
  }

  async query(token: string, path: string, route: string, headers: Record<string, string> = {}): Promise<CallResult> {
    return this.withRetries('query', route, () =>
      this.send('GET', path, { Authorization: `Bearer ${token}`, ...headers }),
    );
  }

  private async withRetries(
    kind: 'command' | 'query',
    route: string,
    once: () => Promise<{ status: number; body: Record<string, unknown>; error?: string }>,
  ): Promise<CallResult & { totalMs: number }> {
    const first = Date.now();
    let delay = 200;
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      const answer = await once();
      const now = Date.now();
      const rule = answer.status >= 400 && answer.status < 500 ? ruleOf(answer.body) : undefined;
      this.attempts.push({
        at: started,
        route,
        kind,
        status: answer.status,
        ms: now - started,
        ...(answer.error ? { error: answer.error } : {}),
        ...(rule ? { rule } : {}),
      });
      const retryable = answer.status === 0 || answer.status >= 500;
      if (!retryable) return { ...answer, attempts: attempt, totalMs: now - first };
      if (now - first > this.options.retryForMs || (this.options.stopAt() && now - first > 30_000)) {
        this.gaveUp.push({
          route,
          lastStatus: answer.status,
          at: now,
          ...(answer.error ? { error: answer.error } : {}),
        });
        return { ...answer, attempts: attempt, totalMs: now - first };
      }
      await sleep(delay);
      delay = Math.min(delay * 2, 4000);
    }
  }

  private async send(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<{ status: number; body: Record<string, unknown>; error?: string }> {
    try {
      const response = await fetch(`${this.options.baseUrl}${path}`, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(this.options.attemptTimeoutMs),
      });
      const text = await response.text();
      let parsed: Record<string, unknown> = {};
      try {
        parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        parsed = {};
      }
      return { status: response.status, body: parsed };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      return { status: 0, body: {}, error: cause?.code ?? (error instanceof Error ? error.name : 'error') };
    }
  }
}

function ruleOf(body: Record<string, unknown>): string | undefined {
  if (typeof body.rule === 'string') return body.rule;
  const problems = body.problems as { field?: string; rule?: string }[] | undefined;
  if (Array.isArray(problems) && problems.length > 0) return problems.map((p) => `${p.field}:${p.rule}`).join(',');
  return undefined;
}
