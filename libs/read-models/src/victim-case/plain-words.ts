/**
 * Plain words for the case timeline. Every function here reads only codes, ids, dates and flags: never
 * `data.personal`, so the words are the same before and after a victim's personal data is erased, and a
 * rebuild writes the same timeline either way. Dates are written the British way ("12 March 2027") without
 * the locale machinery (no dependence on the process's ICU data).
 */

import { dateInWords, PROBATION_REGION_NAMES, unreachable } from '@vcs/domain';
import type {
  ChannelReason,
  Milestone,
  ActingPersonRole,
  CaseClosureReason,
  CaseReopenReason,
  ContactChannel,
  ContactMethod,
  ContactResult,
  EligibilityBasis,
  LicenceConditionKind,
  MeetingKind,
  ReferralSource,
  RepresentationKind,
  RepresentationRecipient,
  Scheme,
  SentenceType,
  StageChoice,
  VictimCircumstance,
  VpsPresentation,
  SentenceEventType,
  VictimEventType,
} from '@vcs/domain';
import type { DomainEventAsRead } from '../recorded-domain-event';
import type { NotificationTimelineEventType } from './notification-words';
import { staffMention } from './staff-mention';

/** A probation region or victim liaison unit by its name ("Yorkshire and the Humber"); any other code in words. */
function unitWords(code: unknown): string {
  const names: Readonly<Record<string, string>> = PROBATION_REGION_NAMES;
  return (typeof code === 'string' ? names[code] : undefined) ?? words(code);
}

/** "2027-03-12" → "12 March 2027"; anything that is not a date is left as it is. */
export function longDate(date: unknown): string {
  if (typeof date !== 'string') return 'an unknown date';
  return dateInWords(date) ?? date;
}

/** "kent-surrey-and-sussex" → "kent surrey and sussex" (fallback for codes without a phrase). */
export function words(code: unknown): string {
  return typeof code === 'string' ? code.replace(/-/g, ' ') : 'unknown';
}

/** "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const CLOSURE_WORDS = {
  'victim-withdrew': 'the victim withdrew from the scheme',
  'victim-declined': 'the victim declined the scheme',
  'sentences-ended': 'every linked sentence ended',
} satisfies Readonly<Record<CaseClosureReason, string>>;

const REOPEN_WORDS = {
  'victim-rejoined': 'the victim rejoined the scheme',
  'victim-enrolled': 'the victim enrolled',
  'linked-to-sentence': 'the victim was linked to another sentence',
} satisfies Readonly<Record<CaseReopenReason, string>>;

function phrase(table: Readonly<Record<string, string>>, code: unknown): string {
  return typeof code === 'string' && code in table ? table[code] : words(code);
}

export const SCHEME_WORDS = {
  'vcs-statutory': 'the statutory VCS',
  'vcs-discretionary': 'the discretionary VCS',
  vns: 'the VNS',
} satisfies Readonly<Record<Scheme, string>>;

const REFERRAL_SOURCE_WORDS = {
  'witness-care-unit': 'the Witness Care Unit',
  court: 'the court',
  'youth-offending-team': 'the Youth Offending Team',
  police: 'the police',
  'self-referral': 'the victim (self-referral)',
  other: 'another source',
} satisfies Readonly<Record<ReferralSource, string>>;

const CIRCUMSTANCE_WORDS = {
  'adult-victim': 'adult victim',
  'child-victim': 'child victim',
  'deceased-victim': 'victim who died as a result of the offence',
  'bereaved-relative': 'bereaved relative',
} satisfies Readonly<Record<VictimCircumstance, string>>;

const BASIS_WORDS: Readonly<Record<EligibilityBasis, string>> = {
  'specified-offence-custody-12-months-or-more': 'specified offence with custody of 12 months or more',
  'specified-offence-indeterminate-sentence': 'specified offence with an indeterminate sentence',
  'terrorism-offence-relevant-sentence': 'terrorism offence with custody of 12 months or more',
  'notifiable-sexual-offence-relevant-sentence':
    'offence with sex-offender notification and custody of 12 months or more',
  'offence-against-child-relevant-sentence': 'offence against a child with custody of 12 months or more',
  'hospital-order-for-specified-or-terrorism-offence': 'hospital order for a sexual, violent or terrorism offence',
  'vns-offence-custody-under-12-months': 'VNS offence with custody under 12 months',
  'vns-offence-suspended-sentence': 'VNS offence with a suspended sentence under 12 months',
  discretionary: 'at discretion',
};

const ACTING_ROLE_WORDS = {
  'family-member': 'A family member',
  'nominated-representative': 'A nominated representative',
  'parent-or-guardian': 'A parent or guardian',
  'next-of-kin': 'The next of kin',
} satisfies Readonly<Record<ActingPersonRole, string>>;

const CHANNEL_WORDS = {
  letter: 'letter',
  email: 'email',
  phone: 'phone',
  sms: 'text message',
} satisfies Readonly<Record<ContactChannel, string>>;

const STAGE_CHOICE_WORDS = {
  'all-key-stages': 'all key stages',
  'release-month-only': 'the release month only',
  'annual-letter': 'an annual letter only',
  'chosen-stages': 'chosen stages',
} satisfies Readonly<Record<StageChoice, string>>;

const CONTACT_METHOD_WORDS = {
  phone: 'phone call',
  letter: 'letter',
  email: 'email',
  sms: 'text message',
  'home-visit': 'home visit',
  meeting: 'meeting',
} satisfies Readonly<Record<ContactMethod, string>>;

const CONTACT_RESULT_WORDS = {
  'contact-made': 'reached the victim',
  'letter-sent': 'letter sent',
  'email-sent': 'email sent',
  'sms-sent': 'text message sent',
  'message-left': 'message left',
  'no-answer': 'no answer',
  'returned-undelivered': 'returned undelivered',
  other: 'other outcome',
} satisfies Readonly<Record<ContactResult, string>>;

const CHANNEL_REASON_WORDS = {
  'victim-asked': 'the victim asked to be contacted this way',
  'urgent-safety': 'an urgent safety matter',
  'chosen-channel-failed': 'their chosen way did not reach them',
  other: 'another reason',
} satisfies Readonly<Record<ChannelReason, string>>;

const REPRESENTATION_WORDS = {
  'licence-conditions': 'Licence conditions requested',
  'discharge-conditions': 'Conditions of discharge requested',
  'victim-personal-statement': 'Victim personal statement submitted',
  'victim-impact-statement': 'Victim impact statement submitted to the Mental Health Tribunal',
} satisfies Readonly<Record<RepresentationKind, string>>;

const RECIPIENT_WORDS: Readonly<Record<RepresentationRecipient, string>> = {
  'parole-board': 'the Parole Board',
  mappa: 'the MAPPA meeting',
  prison: 'the prison',
  'probation-practitioner': "the offender's probation practitioner",
  'mental-health-casework-section': 'the Mental Health Casework Section',
  'mental-health-tribunal': 'the Mental Health Tribunal',
  'responsible-clinician': 'the responsible clinician',
};

const VPS_PRESENTATION_WORDS = {
  'written-only': 'in writing only',
  'read-by-victim': 'to be read by the victim',
  'pre-recorded': 'pre-recorded',
  'read-by-someone-else': 'to be read by someone else',
} satisfies Readonly<Record<VpsPresentation, string>>;

const CONDITION_WORDS = {
  'non-contact': 'non-contact',
  'exclusion-zone': 'exclusion zone',
  other: 'other',
} satisfies Readonly<Record<LicenceConditionKind, string>>;

const SENTENCE_TYPE_WORDS = {
  'determinate-custody': 'determinate custody',
  'extended-determinate': 'extended determinate sentence',
  'offender-of-particular-concern': 'sentence for an offender of particular concern',
  'indeterminate-life': 'life sentence',
  ipp: 'imprisonment for public protection',
  'youth-detention': 'youth detention',
  'suspended-sentence': 'suspended sentence',
  'hospital-order-with-restriction': 'hospital order with restriction',
  'hospital-order-without-restriction': 'hospital order without restriction',
} satisfies Readonly<Record<SentenceType, string>>;

const MEETING_WORDS = {
  mappa: 'MAPPA meeting',
  parole: 'Parole meeting',
  marac: 'MARAC meeting',
  other: 'Inter-agency meeting',
} satisfies Readonly<Record<MeetingKind, string>>;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The victim events worded here; the notification and letter events are `notification-words.ts`. */
export type VictimWordsEvent = DomainEventAsRead<Exclude<VictimEventType, NotificationTimelineEventType>>;

/** Words for a victim event (stream `victim-…`). `sentenceReference` names the sentence the event is about, when any. */
export function victimEventWords(event: VictimWordsEvent, sentenceReference: (sentenceId: unknown) => string): string {
  switch (event.type) {
    case 'ReofferBeforeReleaseRaised':
      return `Re-offer before release: consider offering the scheme again by ${longDate(event.data.dueOn)}, ahead of the ${event.data.because === 'parole-hearing' ? 'parole hearing' : 'expected release'} on ${longDate(event.data.releaseWindowOn)} (sentence ${sentenceReference(event.data.sentenceId)}); nothing is sent to the victim`;
    case 'ReferralReceived':
      return (
        `Referral received from ${phrase(REFERRAL_SOURCE_WORDS, event.data.source)} on ${longDate(event.data.receivedOn)}, ` +
        `for the ${event.data.referredFor === 'vns' ? 'VNS' : 'VCS'} (${phrase(CIRCUMSTANCE_WORDS, event.data.circumstance)}), about sentence ${sentenceReference(event.data.sentenceId)}` +
        (event.data.victimLiaisonOfficerId !== undefined
          ? `; allocated to victim liaison officer: ${staffMention(event.data.victimLiaisonOfficerId)}`
          : '')
      );
    case 'VictimEnrolled': {
      const reason = event.data.discretionaryReason ? `; reason: ${words(event.data.discretionaryReason)}` : '';
      return (
        `Enrolled in ${phrase(SCHEME_WORDS, event.data.scheme)} on ${longDate(event.data.enrolledOn)} (${phrase(BASIS_WORDS, event.data.basis)}${reason}), ` +
        `on sentence ${sentenceReference(event.data.sentenceId)}; victim liaison officer: ${staffMention(event.data.victimLiaisonOfficerId)}`
      );
    }
    case 'VictimDeclined':
      return `Declined the scheme on ${longDate(event.data.declinedOn)}`;
    case 'VictimWithdrew':
      return `Withdrew from the scheme on ${longDate(event.data.withdrewOn)}`;
    case 'VictimRejoined':
      return `Rejoined ${phrase(SCHEME_WORDS, event.data.scheme)} on ${longDate(event.data.rejoinedOn)}; victim liaison officer: ${staffMention(event.data.victimLiaisonOfficerId)}`;
    case 'VictimLinkedToSentence':
      return `Linked to sentence ${sentenceReference(event.data.sentenceId)} on ${longDate(event.data.linkedOn)}`;
    case 'ActingForVictimNominated':
      return (
        `${phrase(ACTING_ROLE_WORDS, event.data.role)} nominated to act for the victim on ${longDate(event.data.nominatedOn)}` +
        (event.data.receivesCommunications
          ? '; letters and calls go to them'
          : '; letters and calls still go to the victim')
      );
    case 'ContactPreferencesUpdated': {
      const stages = event.data.stages;
      const chosen = strings(stages.chosenStages).map(words);
      return (
        `Contact preferences updated on ${longDate(event.data.updatedOn)}: by ${list(strings(event.data.channels).map((c) => phrase(CHANNEL_WORDS, c)))}; ` +
        `hears about ${phrase(STAGE_CHOICE_WORDS, stages.choice)}${chosen.length ? ` (${list(chosen)})` : ''}` +
        (event.data.safetyCheckBeforeLetters ? '; safety check needed before any letter' : '')
      );
    }
    case 'ContactRecorded': {
      const extras = [
        event.data.withActingPersonId ? 'with the person acting for the victim' : undefined,
        event.data.safetyCheck ? 'safety check recorded' : undefined,
        event.data.channelReason
          ? `not a way the victim chose: ${phrase(CHANNEL_REASON_WORDS, event.data.channelReason)}`
          : undefined,
        event.data.followUpOn ? `follow up by ${longDate(event.data.followUpOn)}` : undefined,
      ].filter((e): e is string => e !== undefined);
      return (
        `Contact recorded: ${phrase(CONTACT_METHOD_WORDS, event.data.method)}, ${words(event.data.direction)}, ${phrase(CONTACT_RESULT_WORDS, event.data.result)}, ` +
        `on ${longDate(event.data.occurredOn)}${extras.length ? `; ${extras.join('; ')}` : ''}`
      );
    }
    case 'RepresentationSubmitted': {
      const conditions = event.data.requestedConditions.map((c) => phrase(CONDITION_WORDS, c.kind));
      const how = event.data.vpsPresentation ? ` (${phrase(VPS_PRESENTATION_WORDS, event.data.vpsPresentation)})` : '';
      return (
        `${phrase(REPRESENTATION_WORDS, event.data.kind)}${how}${conditions.length ? `: ${list(conditions)}` : ''} on ${longDate(event.data.submittedOn)}, ` +
        `for sentence ${sentenceReference(event.data.sentenceId)}; sent to ${list(strings(event.data.sentTo).map((r) => phrase(RECIPIENT_WORDS, r)))}`
      );
    }
    case 'RepresentationDisclosed': {
      const flagged = strings(event.data.flagged);
      return (
        `Representation disclosed to ${phrase(RECIPIENT_WORDS, event.data.recipient)} on ${longDate(event.data.disclosedOn)} for sentence ${sentenceReference(event.data.sentenceId)}, ` +
        `approved by ${staffMention(event.data.approvedBy)}${flagged.length ? `; screen flags confirmed: ${list(flagged.map(words))}` : ''}`
      );
    }
    case 'VictimLiaisonOfficerAssigned':
      return `Victim liaison officer assigned on ${longDate(event.data.assignedOn)}: ${staffMention(event.data.victimLiaisonOfficerId)}`;
    case 'VictimDetailsUpdated':
      return `Victim's name or date of birth corrected on ${longDate(event.data.updatedOn)}`;
    case 'ContactHandedToVictim':
      return `Contact handed to the victim on ${longDate(event.data.handedOverOn)}: they are 18, and letters and calls now go to them, not their parent or guardian`;
    case 'VictimCaseClosed':
      return `Case closed on ${longDate(event.data.closedOn)} (${phrase(CLOSURE_WORDS, event.data.reason)})`;
    case 'VictimCaseReopened':
      return `Case reopened on ${longDate(event.data.reopenedOn)} (${phrase(REOPEN_WORDS, event.data.reason)})`;
    case 'RetentionReviewRaised':
      return `Retention review raised on ${longDate(event.data.raisedOn)}: the case closed on ${longDate(event.data.closedOn)}, more than ${event.data.retentionPeriodMonths} months before`;
    case 'RetentionDecided':
      return event.data.decision === 'retain'
        ? `Decided on ${longDate(event.data.decidedOn)} to keep the victim's personal data (${words(event.data.basis)})${typeof event.data.retainUntil === 'string' ? ` until ${longDate(event.data.retainUntil)}` : ''}`
        : `Decided on ${longDate(event.data.decidedOn)} to erase the victim's personal data (${words(event.data.basis)})`;
    case 'VictimPersonalDataErased':
      return `Victim's personal data erased on ${longDate(event.data.erasedOn)} (${words(event.data.basis)})`;
    case 'VictimCaseTransferred':
      return `Case transferred on ${longDate(event.data.transferredOn)} from the ${unitWords(event.data.fromUnit)} unit to the ${unitWords(event.data.toUnit)} unit (${words(event.data.reason)})`;
    case 'CaseAccessGranted':
      return `Access to this case granted to ${staffMention(event.data.granteeUserId)} of the ${unitWords(event.data.granteeUnit)} unit until ${event.data.expiresAt} (${words(event.data.reason)})`;
    case 'CaseAccessRevoked':
      return `Access grant ${event.data.grantId} revoked at ${event.data.revokedAt}`;
    case 'VictimRequestMade':
      return (
        `Request made on ${longDate(event.data.madeOn)}: ${phrase(REQUEST_WORDS, event.data.kind)}, for sentence ${sentenceReference(event.data.sentenceId)}` +
        (event.data.warning === 'decision-summary-requested-after-6-months'
          ? ' (asked more than 6 months after the decision: the Parole Board is not required to produce a summary, Parole Board Rules 2019 r.27(2))'
          : '')
      );
    case 'VictimRequestAnswered':
      return (
        `Request answered on ${longDate(event.data.answeredOn)}: ${phrase(REQUEST_WORDS, event.data.kind)} ${phrase(REQUEST_OUTCOME_WORDS, event.data.outcome)}` +
        `${event.data.reason ? ` (${phrase(REQUEST_REFUSAL_WORDS, event.data.reason)})` : ''}, for sentence ${sentenceReference(event.data.sentenceId)}`
      );
    case 'VictimRightExplained':
      return (
        `Told on ${longDate(event.data.explainedOn)} about the unduly lenient sentence scheme for sentence ${sentenceReference(event.data.sentenceId)}: ` +
        `a request must reach the Attorney General by ${longDate(event.data.deadline)} (28 days after sentence)` +
        `${event.data.explainedOn > event.data.deadline ? '; told after the deadline had passed' : ''}`
      );
    default:
      return unreachable(event);
  }
}

const REQUEST_WORDS: Readonly<Record<string, string>> = {
  'observe-parole-hearing': 'application to observe the parole hearing',
  'public-parole-hearing': 'application for a public parole hearing',
  'parole-decision-summary': "summary of the Parole Board's decision",
  'secretary-of-state-reconsideration': 'request that the Secretary of State apply for reconsideration',
  'attend-tribunal-hearing': 'application to attend the tribunal hearing to read a victim impact statement',
  'restricted-patient-decision-summary': "summary of the Ministry of Justice's discharge decision",
  'sentencing-remarks-transcript': 'transcript of the sentencing remarks',
};
const REQUEST_OUTCOME_WORDS: Readonly<Record<string, string>> = {
  granted: 'granted',
  refused: 'refused',
  provided: 'provided to the victim',
  withdrawn: 'withdrawn by the victim',
};
const REQUEST_REFUSAL_WORDS: Readonly<Record<string, string>> = {
  'offender-under-18': 'the offender is under 18',
  'exceptional-circumstances': 'exceptional circumstances',
  'out-of-time': 'asked for too late',
  'not-eligible': 'not eligible',
  other: 'other reason',
};

/** Words for a sentence event (stream `sentence-…`), prefixed by the sentence's reference. */
export function sentenceEventWords(event: DomainEventAsRead<SentenceEventType>, reference: string): string {
  switch (event.type) {
    case 'SentenceRecorded': {
      const length = typeof event.data.lengthMonths === 'number' ? ` of ${event.data.lengthMonths} months` : '';
      return (
        `Sentence ${reference} recorded: ${phrase(SENTENCE_TYPE_WORDS, event.data.sentenceType)}${length} for a ${words(event.data.offenceCategory)} offence` +
        `${event.data.offenceCausedDeath ? ' that caused a death' : ''}, sentenced on ${longDate(event.data.sentenceDate)} at ${event.data.sentencingCourt} ` +
        `(${unitWords(event.data.probationRegion)} region)`
      );
    }
    case 'SentenceMilestoneReached':
      return `${reference}: ${milestoneWords(event.data, event.data.date)}`;
    case 'InterAgencyMeetingHeld': {
      const mappa = event.data.mappa;
      const considered = event.data.victimsConsidered.length;
      const actions = event.data.actions.length;
      return (
        `${reference}: ${phrase(MEETING_WORDS, event.data.kind)}${mappa ? ` (category ${mappa.category}, level ${mappa.level})` : ''} ` +
        `held on ${longDate(event.data.heldOn)}; ${considered} ${considered === 1 ? 'victim' : 'victims'} considered; ` +
        `${actions} ${actions === 1 ? 'action' : 'actions'} agreed`
      );
    }
    default:
      return unreachable(event);
  }
}

/** One milestone in plain words: "Parole hearing listed for 12 March 2027 (oral hearing)". */
export function milestoneWords(milestone: Milestone, date: unknown): string {
  const on = longDate(date);
  switch (milestone.kind) {
    case 'parole-eligibility':
      return `Parole eligibility date set: ${longDate(milestone.detail.paroleEligibilityDate)} (recorded ${on})`;
    case 'parole-hearing-listed':
      return `Parole hearing listed for ${longDate(milestone.detail.hearingDate)} (${milestone.detail.hearingType === 'paper' ? 'paper review' : 'oral hearing'}; listed ${on})`;
    case 'parole-decision': {
      const outcome =
        milestone.detail.outcome === 'release'
          ? 'release directed'
          : milestone.detail.outcome === 'no-release'
            ? 'release refused'
            : 'move to open conditions recommended';
      const provisional = milestone.detail.reconsiderable === true ? ' (provisional: can be reconsidered)' : '';
      return `Parole Board decision on ${on}: ${outcome}${provisional}${milestone.detail.nextReviewDate ? `; next review ${longDate(milestone.detail.nextReviewDate)}` : ''}`;
    }
    case 'reconsideration':
      return milestone.detail.stage === 'applied'
        ? `Reconsideration of the parole decision applied for by the ${milestone.detail.appliedBy === 'secretary-of-state' ? 'Secretary of State' : 'prisoner'} on ${on}`
        : `Reconsideration of the parole decision ${milestone.detail.outcome === 'granted' ? 'granted' : 'refused'} on ${on}`;
    case 'set-aside':
      return milestone.detail.stage === 'applied'
        ? `Setting aside of the parole decision ${milestone.detail.appliedBy === 'board-chair' ? 'initiated by the Parole Board chair' : `applied for by the ${milestone.detail.appliedBy === 'secretary-of-state' ? 'Secretary of State' : 'prisoner'}`} on ${on}`
        : `Parole decision ${milestone.detail.outcome === 'set-aside' ? 'set aside' : 'not set aside'} on ${on}`;
    case 'high-court-referral':
      return milestone.detail.stage === 'referred'
        ? `Release decision referred to the High Court on ${on}`
        : `High Court ${milestone.detail.outcome === 'release-upheld' ? 'upheld the release decision' : 'quashed the release decision'} on ${on}`;
    case 'escape-or-abscond':
      return `Out of custody on ${on}: ${
        milestone.detail.circumstance === 'absent-without-leave'
          ? 'absent without leave from hospital'
          : milestone.detail.circumstance === 'absconded'
            ? 'absconded'
            : milestone.detail.circumstance === 'unlawfully-at-large'
              ? 'unlawfully at large'
              : 'escaped'
      }`;
    case 'return-to-custody':
      return `Returned to custody on ${on}`;
    case 'parole-hearing-postponed':
      return `Parole hearing ${milestone.detail.postponement === 'deferred' ? 'deferred' : 'adjourned'} on ${on}${milestone.detail.newHearingDate ? `; new date ${longDate(milestone.detail.newHearingDate)}` : '; no new date yet'}`;
    case 'prison-transfer':
      return `Moved to another prison on ${on}`;
    case 'recategorisation':
      return `Security category changed on ${on} to ${words(milestone.detail.category)}`;
    case 'hospital-direction':
      return `${milestone.detail.basis === 'hospital-and-limitation-direction' ? 'Hospital and limitation directions (s.45A) given' : `Transferred to hospital (s.47${milestone.detail.restricted ? ', restricted under s.49' : ''})`} on ${on}`;
    case 'remitted-to-prison':
      return `Returned from hospital to prison on ${on}`;
    case 'discharge-conditions-varied':
      return `Conditions of discharge changed on ${on}: ${list(strings(milestone.detail.conditions).map((c) => phrase(CONDITION_WORDS, c)))}`;
    case 'restrictions-lifted':
      return `Restrictions lifted on ${on}`;
    case 'open-conditions-eligibility':
      return `Eligible to be considered for open conditions from ${longDate(milestone.detail.eligibleFrom)} (recorded ${on})`;
    case 'transfer-to-open-conditions':
      return `Transferred to open conditions on ${on}`;
    case 'return-to-closed-conditions':
      return `Returned to closed conditions on ${on}`;
    case 'release-on-temporary-licence':
      return `Released on temporary licence on ${on}${milestone.detail.returnDate ? `, returning ${longDate(milestone.detail.returnDate)}` : ''}`;
    case 'home-detention-curfew':
      return `Released on home detention curfew on ${on}`;
    case 'release-on-licence':
      return `Released on licence on ${on}`;
    case 'licence-conditions-set':
      return `Licence conditions set on ${on}: ${list(strings(milestone.detail.conditions).map((c) => phrase(CONDITION_WORDS, c)))}; they end ${longDate(milestone.detail.conditionsEndDate)}`;
    case 'recall':
      return `Recalled on ${on}${milestone.detail.recallType === 'fixed-term' ? `: fixed-term${milestone.detail.reReleaseDate ? `, re-release ${longDate(milestone.detail.reReleaseDate)}` : ''}` : milestone.detail.recallType === 'standard' ? ': standard recall' : ''}`;
    case 'licence-end':
      return `Licence ended on ${on}`;
    case 'sentence-end':
      return `Sentence ended on ${on}`;
    case 'release-date-changed':
      return `Expected release date changed on ${on} to ${longDate(milestone.detail.expectedReleaseDate)} (${
        milestone.detail.reason === 'change-in-law'
          ? `change in the law: ${milestone.detail.lawChange === 'sds40-2024' ? 'release at 40 per cent (SDS40, 2024)' : milestone.detail.lawChange === 'sentencing-act-2026' ? 'Sentencing Act 2026' : 'other change in the law'}`
          : words(milestone.detail.reason)
      })`;
    case 'hospital-leave':
      return `Hospital leave (${words(milestone.detail.leaveType)}) granted on ${on}`;
    case 'hospital-transfer':
      return `Transferred to ${milestone.detail.security === 'lower' ? 'lower' : milestone.detail.security === 'higher' ? 'higher' : 'the same'} security on ${on}`;
    case 'tribunal-hearing-listed':
      return `Mental Health Tribunal hearing listed for ${longDate(milestone.detail.hearingDate)} (listed ${on})`;
    case 'tribunal-decision':
      return `Mental Health Tribunal decision on ${on}: ${words(milestone.detail.outcome)}`;
    case 'conditional-discharge':
      return `Conditionally discharged on ${on}${strings(milestone.detail.conditions).length ? ` with conditions: ${list(strings(milestone.detail.conditions).map((c) => phrase(CONDITION_WORDS, c)))}` : ''}`;
    case 'absolute-discharge':
      return `Absolutely discharged on ${on}`;
    case 'appeal':
      return milestone.detail.stage === 'lodged'
        ? `Appeal${milestone.detail.against ? ` against ${words(milestone.detail.against)}` : ''} lodged on ${on}`
        : `Appeal${milestone.detail.against ? ` against ${words(milestone.detail.against)}` : ''} decided on ${on}: ${words(milestone.detail.outcome)}`;
    case 'death':
      return `The offender died on ${on}${milestone.detail.inCustody ? ' in custody' : ''}`;
    case 'suspended-sentence-activated':
      return `Suspended sentence activated ${milestone.detail.activation === 'part' ? 'in part' : 'in full'} on ${on}: the offender went to custody`;
    case 'removal-planned':
      return `Removal from the United Kingdom planned on ${on} (${
        milestone.detail.route === 'early-removal-scheme'
          ? 'early removal scheme'
          : milestone.detail.route === 'tariff-expired-removal-scheme'
            ? 'tariff-expired removal scheme'
            : 'deportation order'
      })${milestone.detail.expectedOn ? `, for ${longDate(milestone.detail.expectedOn)}` : ''}`;
    case 'deportation':
      return `The offender was deported on ${on}`;
    case 'transfer-abroad':
      return `The offender was transferred abroad to serve the sentence on ${on}`;
    case 'return-after-removal':
      return `Back in the United Kingdom and returned to custody on ${on}, after removal`;
    default:
      return unreachable(milestone);
  }
}
