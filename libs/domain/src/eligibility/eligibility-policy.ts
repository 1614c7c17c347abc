import { ProbationRegion } from '../shared/probation-region';

/** Where practice varies by region (DOMAIN.md): configurable, with the documented default. */
export interface EligibilityPolicy {
  /** Regions that run the Victim Notification Scheme. */
  readonly vnsRegions: readonly ProbationRegion[];
}

/**
 * The VNS was piloted from April 2022 in Hampshire and Thames Valley (South Central), Northumbria (North East)
 * and Kent, Surrey and Sussex (MoJ process evaluation). Widen this list when the scheme is rolled out.
 */
export const DEFAULT_ELIGIBILITY_POLICY: EligibilityPolicy = {
  vnsRegions: ['south-central', 'north-east', 'kent-surrey-and-sussex'],
};
