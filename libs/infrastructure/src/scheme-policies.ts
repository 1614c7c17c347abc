import { Environment } from '@vcs/config';
import { DEFAULT_ELIGIBILITY_POLICY, EligibilityPolicy, ReleaseLawPolicy } from '@vcs/domain';

/**
 * The scheme's figures no published source confirms (docs/DOMAIN-RULES.md §11, "Unconfirmed figures"), from the
 * validated environment (libs/config) into the policies the domain takes: the domain never reads the environment.
 */
export type SchemePolicySettings = Partial<
  Pick<Environment, 'STATUTORY_VCS_SUSPENDED_SENTENCES' | 'SENTENCING_ACT_2026_RELEASE_CHANGES_FROM'>
>;

/** Who the schemes cover: a suspended sentence counts for the statutory VCS from the sentence, or only once activated. */
export function eligibilityPolicyOf(env: SchemePolicySettings): EligibilityPolicy {
  const statutoryVcs = (env.STATUTORY_VCS_SUSPENDED_SENTENCES ?? 'when-activated') === 'from-sentence';
  return {
    ...DEFAULT_ELIGIBILITY_POLICY,
    suspendedSentences: { ...DEFAULT_ELIGIBILITY_POLICY.suspendedSentences, statutoryVcs },
  };
}

/** The start of the Sentencing Act 2026's release changes, when configured; else none is checked. */
export function releaseLawPolicyOf(env: SchemePolicySettings): ReleaseLawPolicy {
  return { sentencingAct2026ReleaseChangesFrom: env.SENTENCING_ACT_2026_RELEASE_CHANGES_FROM };
}
