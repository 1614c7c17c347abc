import { DomainRuleCode } from './domain-rule-codes';

/**
 * How the API should answer a refused command:
 * - 'rule': a domain rule was broken (HTTP 422);
 * - 'not-found': the command targets a stream that does not exist yet (HTTP 404);
 * - 'already-exists': a creating command targets a stream that already exists (HTTP 409).
 */
export type ViolationKind = 'rule' | 'not-found' | 'already-exists';

/**
 * A command refused by the domain. `rule` is a stable code from `DOMAIN_RULE_CODES`; `message` is plain English for the
 * user; `details` are codes a client acts on (e.g. the disclosure screen's flags), never personal data; `field`, when
 * the rule is about one field of the command, names it (the API's name for it).
 */
export class DomainRuleViolation extends Error {
  readonly kind: ViolationKind = 'rule';

  constructor(
    readonly rule: DomainRuleCode,
    message: string,
    readonly details?: Readonly<Record<string, readonly string[]>>,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainRuleViolation';
  }
}

/** The command names a sentence or victim the service has no record of. */
export class NotFound extends DomainRuleViolation {
  override readonly kind = 'not-found';

  constructor(rule: DomainRuleCode, message: string) {
    super(rule, message);
    this.name = 'NotFound';
  }
}

/** A creating command for a stream that already has a history. */
export class AlreadyExists extends DomainRuleViolation {
  override readonly kind = 'already-exists';

  constructor(rule: DomainRuleCode, message: string) {
    super(rule, message);
    this.name = 'AlreadyExists';
  }
}

/** Throws a `DomainRuleViolation` with `rule` and `message` when `condition` is false. */
export function ensure(condition: boolean, rule: DomainRuleCode, message: string): asserts condition {
  if (!condition) throw new DomainRuleViolation(rule, message);
}
