import { Environment } from '@vcs/config';
import { allProjections, CaseloadPolicy, DEFAULT_CASELOAD_POLICY, Projection } from '@vcs/read-models';
import { DataKeySource } from '@vcs/security';

type CaseloadSettings = Partial<Pick<Environment, 'HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS'>>;

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
  };
}
