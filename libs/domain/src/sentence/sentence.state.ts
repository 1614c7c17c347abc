import type { ParoleTimetable } from '../victim/victim-request';
import { unreachable } from '../shared/unreachable';
import { IsoDate } from '../shared/iso-date';
import { SentenceEvent, SentenceMilestoneReached } from './sentence.events';
import { EscapeCircumstance, RemovalRoute } from './sentence-milestone';
import { SentenceFacts, sentenceFactsFrom } from './sentence-facts';
import { isHospitalOrder, isSuspended } from './sentence-type';

/**
 * Where the offender is in the sentence:
 * custody: in-custody → (home-detention-curfew) → on-licence → licence-ended, with recall back to in-custody;
 * hospital: detained → conditionally-discharged, with recall back to detained.
 */
export type CustodyStatus =
  | 'in-custody'
  | 'on-home-detention-curfew'
  | 'on-licence'
  | 'licence-ended'
  | 'detained'
  | 'conditionally-discharged'
  | 'suspended';

/** What ended the sentence for the scheme: nothing more can happen to it. */
export type SentenceEnding = 'death' | 'sentence-end' | 'absolute-discharge' | 'conviction-quashed';

export interface RecordedSentence {
  readonly exists: true;
  readonly facts: SentenceFacts & { readonly reference: string; readonly sentencingCourt: string };
  readonly status: CustodyStatus;
  readonly inOpenConditions: boolean;
  /** Recalled at least once: a determinate prisoner's re-release may then go to the Parole Board. */
  readonly everRecalled: boolean;
  /** The sentence date, or the date of the last recall. */
  readonly custodySince: IsoDate;
  readonly lastReleasedOn?: IsoDate;
  /** A Parole Board release direction since custody last began. */
  readonly releaseDirectedOn?: IsoDate;
  readonly lastParoleDecisionOn?: IsoDate;
  /** The standing Parole Board decision (cleared when it is reconsidered or set aside). */
  readonly lastParoleDecision?: ParoleDecisionStanding;
  readonly reconsiderationAppliedOn?: IsoDate;
  /** A refused reconsideration makes the decision final before its 21 days are up. */
  readonly reconsiderationRefused?: boolean;
  readonly setAsideAppliedOn?: IsoDate;
  /** A release decision referred to the High Court (VPA 2024) and not yet decided. */
  readonly highCourtReferralOn?: IsoDate;
  readonly tribunalHearingListedOn?: IsoDate;
  /** The parole hearing's date while one is listed and not decided (cleared by a postponement without a new date). */
  readonly paroleHearingOn?: IsoDate;
  /**
   * A prisoner detained in hospital under the Mental Health Act 1983 (s.47 transfer direction, or s.45A hospital and
   * limitation directions), until remitted to prison or released; `restricted` while a restriction or limitation
   * direction has effect.
   */
  readonly inHospital?: { readonly since: IsoDate; readonly restricted: boolean };
  /** A restricted hospital order whose restrictions were lifted (Mental Health Act 1983 s.42(1)). */
  readonly restrictionsLifted?: boolean;
  /** Out of lawful custody since (escape, absconding, unlawfully at large, AWOL), until the return to custody. */
  readonly atLarge?: { readonly since: IsoDate; readonly circumstance: EscapeCircumstance };
  /** Removed from the United Kingdom (deported or removed) or transferred abroad, until a return after removal. */
  readonly removedAbroad?: { readonly on: IsoDate; readonly by: 'deportation' | 'transfer-abroad' };
  /** A planned removal (early removal scheme, tariff-expired removal, deportation order), until the removal or return. */
  readonly removalPlanned?: { readonly on: IsoDate; readonly route: RemovalRoute };
  readonly ended?: { readonly by: SentenceEnding; readonly on: IsoDate };
  readonly milestoneIds: ReadonlySet<string>;
  readonly meetingIds: ReadonlySet<string>;
}

export interface ParoleDecisionStanding {
  readonly on: IsoDate;
  readonly providedToPartiesOn: IsoDate;
  readonly outcome: 'release' | 'no-release' | 'open-conditions-recommended';
  readonly reconsiderable: boolean | undefined;
}

export type SentenceState = { readonly exists: false } | RecordedSentence;

export function initialSentenceState(): SentenceState {
  return { exists: false };
}

export function evolveSentence(state: SentenceState, event: SentenceEvent): SentenceState {
  switch (event.type) {
    case 'SentenceRecorded': {
      const { data } = event;
      return {
        exists: true,
        facts: { ...data },
        status: isHospitalOrder(data.sentenceType)
          ? 'detained'
          : isSuspended(data.sentenceType)
            ? 'suspended'
            : 'in-custody',
        inOpenConditions: false,
        everRecalled: false,
        custodySince: data.sentenceDate,
        milestoneIds: new Set(),
        meetingIds: new Set(),
      };
    }
    case 'SentenceMilestoneReached':
      return state.exists
        ? applyMilestone(
            { ...state, milestoneIds: new Set([...state.milestoneIds, event.data.milestoneId]) },
            event.data,
          )
        : state;
    case 'InterAgencyMeetingHeld':
      return state.exists ? { ...state, meetingIds: new Set([...state.meetingIds, event.data.meetingId]) } : state;
  }
}

function applyMilestone(state: RecordedSentence, milestone: SentenceMilestoneReached['data']): RecordedSentence {
  const on = milestone.date;
  switch (milestone.kind) {
    case 'parole-decision':
      return {
        ...state,
        lastParoleDecisionOn: on,
        lastParoleDecision: {
          on,
          providedToPartiesOn: milestone.detail.providedToPartiesOn ?? on,
          outcome: milestone.detail.outcome,
          reconsiderable: milestone.detail.reconsiderable,
        },
        reconsiderationAppliedOn: undefined,
        reconsiderationRefused: undefined,
        setAsideAppliedOn: undefined,
        highCourtReferralOn: undefined,
        releaseDirectedOn: milestone.detail.outcome === 'release' ? on : state.releaseDirectedOn,
        paroleHearingOn: undefined,
      };
    case 'parole-hearing-listed':
      return { ...state, paroleHearingOn: milestone.detail.hearingDate };
    case 'parole-hearing-postponed':
      return { ...state, paroleHearingOn: milestone.detail.newHearingDate };
    case 'hospital-direction':
      return { ...state, inHospital: { since: on, restricted: milestone.detail.restricted }, inOpenConditions: false };
    case 'remitted-to-prison':
      return { ...state, inHospital: undefined };
    case 'restrictions-lifted':
      return state.inHospital
        ? { ...state, inHospital: { ...state.inHospital, restricted: false } }
        : { ...state, restrictionsLifted: true };
    case 'reconsideration':
      if (milestone.detail.stage === 'applied') return { ...state, reconsiderationAppliedOn: on };
      // A granted reconsideration: the provisional decision no longer stands, nor its release direction.
      return milestone.detail.outcome === 'granted'
        ? withoutDecision({ ...state, reconsiderationAppliedOn: undefined })
        : { ...state, reconsiderationAppliedOn: undefined, reconsiderationRefused: true };
    case 'set-aside':
      if (milestone.detail.stage === 'applied') return { ...state, setAsideAppliedOn: on };
      return milestone.detail.outcome === 'set-aside'
        ? withoutDecision({ ...state, setAsideAppliedOn: undefined })
        : { ...state, setAsideAppliedOn: undefined };
    case 'high-court-referral':
      if (milestone.detail.stage === 'referred')
        return { ...state, highCourtReferralOn: on, releaseDirectedOn: undefined };
      // Upheld: the Board's release direction takes effect (from the High Court's decision); quashed: there is none.
      return milestone.detail.outcome === 'release-upheld'
        ? { ...state, highCourtReferralOn: undefined, releaseDirectedOn: on }
        : withoutDecision({ ...state, highCourtReferralOn: undefined });
    case 'transfer-to-open-conditions':
      return { ...state, inOpenConditions: true };
    case 'return-to-closed-conditions':
      return { ...state, inOpenConditions: false };
    case 'home-detention-curfew':
      return {
        ...state,
        status: 'on-home-detention-curfew',
        lastReleasedOn: on,
        inOpenConditions: false,
        inHospital: undefined,
      };
    case 'release-on-licence':
      return {
        ...state,
        inHospital: undefined,
        status: 'on-licence',
        lastReleasedOn: state.status === 'on-home-detention-curfew' ? state.lastReleasedOn : on,
        inOpenConditions: false,
      };
    case 'recall':
      return {
        ...state,
        status: isHospitalOrder(state.facts.sentenceType) ? 'detained' : 'in-custody',
        everRecalled: true,
        custodySince: on,
        releaseDirectedOn: undefined,
      };
    case 'escape-or-abscond':
      return { ...state, atLarge: { since: on, circumstance: milestone.detail.circumstance } };
    case 'return-to-custody':
      // An absconder comes back to closed conditions.
      return { ...state, atLarge: undefined, inOpenConditions: false };
    case 'licence-end':
      return { ...state, status: 'licence-ended' };
    case 'conditional-discharge':
      return { ...state, status: 'conditionally-discharged', lastReleasedOn: on };
    case 'tribunal-hearing-listed':
      return { ...state, tribunalHearingListedOn: on };
    case 'tribunal-decision':
      return { ...state, tribunalHearingListedOn: undefined };
    case 'sentence-end':
    case 'absolute-discharge':
      return { ...state, ended: { by: milestone.kind, on } };
    case 'death':
      return { ...state, ended: { by: 'death', on } };
    case 'appeal':
      return milestone.detail.outcome === 'conviction-quashed'
        ? { ...state, ended: { by: 'conviction-quashed', on } }
        : state;
    case 'suspended-sentence-activated':
      // The custodial term takes effect (Sentencing Act 2020 Sch. 16 para 15): in custody from this day.
      return { ...state, status: 'in-custody', custodySince: on };
    case 'removal-planned':
      return { ...state, removalPlanned: { on, route: milestone.detail.route } };
    case 'deportation':
    case 'transfer-abroad':
      return { ...state, removedAbroad: { on, by: milestone.kind }, removalPlanned: undefined };
    case 'return-after-removal':
      // Back in the sentence (CJA 2003 s.261): in custody again from this day, with no release direction standing.
      return {
        ...state,
        removedAbroad: undefined,
        status: isHospitalOrder(state.facts.sentenceType) ? 'detained' : 'in-custody',
        custodySince: on,
        inOpenConditions: false,
        releaseDirectedOn: undefined,
        atLarge: undefined,
      };
    case 'parole-eligibility':
    case 'open-conditions-eligibility':
    case 'release-on-temporary-licence':
    case 'licence-conditions-set':
    case 'release-date-changed':
    case 'hospital-leave':
    case 'hospital-transfer':
    case 'prison-transfer':
    case 'recategorisation':
    case 'discharge-conditions-varied':
      return state;
    default:
      return unreachable(milestone);
  }
}

function withoutDecision(state: RecordedSentence): RecordedSentence {
  return {
    ...state,
    releaseDirectedOn: undefined,
    lastParoleDecisionOn: undefined,
    lastParoleDecision: undefined,
    reconsiderationRefused: undefined,
  };
}

/** The facts the victim decider needs, taken from a loaded sentence stream by the API handler. */
export function sentenceFactsOf(state: RecordedSentence): SentenceFacts {
  const facts = sentenceFactsFrom(state.facts);
  return isSuspended(facts.sentenceType)
    ? { ...facts, suspendedSentenceActivated: state.status !== 'suspended' }
    : facts;
}

/**
 * The parole timetable victim requests are timed against (issue 17): the listed hearing's date while one is listed and
 * not decided, and the last parole decision standing. Taken from a loaded sentence stream by the API handler.
 */
export function paroleTimetableOf(state: RecordedSentence): ParoleTimetable {
  return {
    ...(state.paroleHearingOn !== undefined ? { hearingOn: state.paroleHearingOn } : {}),
    ...(state.lastParoleDecisionOn !== undefined ? { lastDecisionOn: state.lastParoleDecisionOn } : {}),
  };
}
