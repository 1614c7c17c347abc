import { Environment } from '@vcs/config';
import { DEFAULT_TIMESCALE_POLICY } from '@vcs/domain';
import { eligibilityPolicyOf, SchemePolicySettings } from '@vcs/infrastructure';
import { allProjections, CaseloadPolicy, DEFAULT_CASELOAD_POLICY, Projection } from '@vcs/read-models';
import { DataKeySource } from '@vcs/security';

type CaseloadSettings = SchemePolicySettings &
  Partial<
    Pick<
      Environment,
      | 'HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS'
      | 'VNS_MISSED_REFERRAL_WORKING_DAYS'
      | 'RECONSIDERATION_REQUEST_LEAD_DAYS'
    >
  >;

/** Every read model the worker keeps up to date, one projector each (registered by area in libs/read-models). */
export function registeredProjections(
  env: Pick<Environment, 'PSEUDONYM_KEY'> & CaseloadSettings,
  dataKeys: DataKeySource,
): Projection[] {
  return allProjections({ pseudonymKey: env.PSEUDONYM_KEY, dataKeys, caseloadPolicy: caseloadPolicyOf(env) });
}

/** The caseload's configurable figures from the environment (validated there: libs/config); defaults when not given. */
export function caseloadPolicyOf(env: CaseloadSettings): CaseloadPolicy {
  return {
    handoverAtEighteen: {
      handoverLeadWorkingDays:
        env.HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS ??
        DEFAULT_CASELOAD_POLICY.handoverAtEighteen.handoverLeadWorkingDays,
    },
    missedReferral: {
      eligibility: eligibilityPolicyOf(env),
      timescales: {
        ...DEFAULT_TIMESCALE_POLICY,
        vnsMissedReferralWorkingDaysFromSentence:
          env.VNS_MISSED_REFERRAL_WORKING_DAYS ?? DEFAULT_TIMESCALE_POLICY.vnsMissedReferralWorkingDaysFromSentence,
      },
    },
    reconsiderationRequestLeadDays:
      env.RECONSIDERATION_REQUEST_LEAD_DAYS ?? DEFAULT_CASELOAD_POLICY.reconsiderationRequestLeadDays,
  };
}
