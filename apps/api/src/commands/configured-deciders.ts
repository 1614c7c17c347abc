import { Inject, Injectable } from '@nestjs/common';
import { Environment } from '@vcs/config';
import {
  createSentenceDecider,
  createVictimDecider,
  Decider,
  SentenceCommand,
  SentenceEvent,
  SentenceState,
  VictimCommand,
  VictimEvent,
  VictimState,
} from '@vcs/domain';
import { eligibilityPolicyOf, ENVIRONMENT, releaseLawPolicyOf } from '@vcs/infrastructure';

/**
 * The deciders whose rules take figures from the service's configuration (docs/DOMAIN-RULES.md §11, "Unconfirmed
 * figures"): enrolment (which suspended sentences the statutory VCS covers) and release-date changes (the Sentencing
 * Act 2026's start). Built once from the validated environment; the domain never reads it.
 */
@Injectable()
export class ConfiguredDeciders {
  readonly victim: Decider<VictimState, VictimCommand, VictimEvent>;
  readonly sentence: Decider<SentenceState, SentenceCommand, SentenceEvent>;

  constructor(@Inject(ENVIRONMENT) environment: Environment) {
    this.victim = createVictimDecider(eligibilityPolicyOf(environment));
    this.sentence = createSentenceDecider(releaseLawPolicyOf(environment));
  }
}
