import { ProbationRegion } from '../shared/probation-region';

/** Where practice varies by region (docs/DOMAIN-RULES.md): configurable, with the documented default. */
export interface EligibilityPolicy {
  /** Regions that run the Victim Notification Scheme. */
  readonly vnsRegions: readonly ProbationRegion[];
  /**
   * Suspended sentences not (yet) activated (issue 17; docs/DOMAIN-RULES.md §5, §11). `statutoryVcs`: whether such a
   * sentence of 12 months or more is a "relevant sentence" for the statutory VCS (default no: the scheme is described
   * as for offenders "sentenced to 12 months or more in prison"; once activated it counts like any other custody).
   * `vns`: whether VNS victims of a suspended sentence are offered the scheme (default yes: they must hear at once if
   * the sentence is activated and the offender goes to custody).
   */
  readonly suspendedSentences: { readonly statutoryVcs: boolean; readonly vns: boolean };
}

/**
 * The VNS was piloted from April 2022 in Hampshire and Thames Valley (South Central), Northumbria (North East)
 * and Kent, Surrey and Sussex (MoJ process evaluation). Widen this list when the scheme is rolled out.
 */
export const DEFAULT_ELIGIBILITY_POLICY: EligibilityPolicy = {
  vnsRegions: ['south-central', 'north-east', 'kent-surrey-and-sussex'],
  suspendedSentences: { statutoryVcs: false, vns: true },
};
