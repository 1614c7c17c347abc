import { DomainRuleViolation } from '@vcs/domain';
import { LetterCannotBeWritten, mentionsWhereHeld } from '@vcs/notifications';

/** Victims are never told where the offender is held (docs/DOMAIN-RULES.md): refuse text that names an establishment. */
export function refuseWhereHeld(text: string | undefined): void {
  if (text === undefined) return;
  const kind = mentionsWhereHeld(text);
  if (kind) {
    throw new DomainRuleViolation(
      'letter-says-where-held',
      `The letter appears to name ${kind}. Victims are never told where the offender is held; take it out.`,
    );
  }
}

/** A template refusal (no Welsh translation, a milestone not recorded) is a scheme rule: HTTP 422 with its code. */
export function asRuleViolation(error: unknown): never {
  if (error instanceof LetterCannotBeWritten) throw new DomainRuleViolation(error.rule, error.message);
  throw error;
}
