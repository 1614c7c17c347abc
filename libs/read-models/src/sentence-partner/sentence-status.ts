import { CustodyStatus, isHospitalOrder, Milestone, SentenceEnding, SentenceType } from '@vcs/domain';

/** Where the offender is in the sentence, as the sentence view shows it (mirrors the domain's `evolveSentence`). */
export interface SentenceStatus {
  readonly custodyStatus: CustodyStatus;
  readonly inOpenConditions: boolean;
  readonly endedBy: SentenceEnding | null;
}

export function initialStatus(type: SentenceType): SentenceStatus {
  return { custodyStatus: isHospitalOrder(type) ? 'detained' : 'in-custody', inOpenConditions: false, endedBy: null };
}

export function statusAfter(status: SentenceStatus, type: SentenceType, milestone: Milestone): SentenceStatus {
  switch (milestone.kind) {
    case 'transfer-to-open-conditions':
      return { ...status, inOpenConditions: true };
    case 'return-to-closed-conditions':
      return { ...status, inOpenConditions: false };
    case 'home-detention-curfew':
      return { ...status, custodyStatus: 'on-home-detention-curfew', inOpenConditions: false };
    case 'release-on-licence':
      return { ...status, custodyStatus: 'on-licence', inOpenConditions: false };
    case 'recall':
      return { ...status, custodyStatus: isHospitalOrder(type) ? 'detained' : 'in-custody' };
    case 'licence-end':
      return { ...status, custodyStatus: 'licence-ended' };
    case 'conditional-discharge':
      return { ...status, custodyStatus: 'conditionally-discharged' };
    case 'sentence-end':
    case 'absolute-discharge':
    case 'death':
      return { ...status, endedBy: milestone.kind };
    case 'appeal':
      return milestone.detail.outcome === 'conviction-quashed' ? { ...status, endedBy: 'conviction-quashed' } : status;
    default:
      return status;
  }
}
