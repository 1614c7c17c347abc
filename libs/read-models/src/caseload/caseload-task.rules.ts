import {
  addCalendarDays,
  DEFAULT_ELIGIBILITY_POLICY,
  DEFAULT_HANDOVER_AT_EIGHTEEN_POLICY,
  DEFAULT_TIMESCALE_POLICY,
  EligibilityPolicy,
  TimescalePolicy,
  handoverAtEighteenDueOn,
  HandoverAtEighteenPolicy,
  YearMonth,
  CaseloadTaskKind,
  CaseTask,
  ContactChannel,
  ContactSummary,
  DateOutsideCalendar,
  englandAndWalesCalendar,
  findMissedReferral,
  firstContactMade,
  InvalidCalendarDate,
  IsoDate,
  Participation,
  ReferredFor,
  RESULTS_THAT_COUNT_AS_CONTACT,
  SentenceFacts,
  tasksOn,
  WorkingDayCalendar,
} from '@vcs/domain';
import { stageInWords } from '../victim-case/notification-words';
import { letterNotSentTasks, letterReturnedTasks, LETTER_RESUBMIT_WORKING_DAYS } from './caseload-letter-tasks';

/**
 * The caseload's task rules, as pure functions of what the projection keeps per victim and per sentence. The
 * deadlines come from the domain (`tasksOn`, `findMissedReferral`, the working-day calendar and the default
 * timescale policy); this file only decides which tasks exist now, never whether they are overdue (that is a
 * query-time comparison with today), so the projection reads no clock.
 */

export type DueDateProblem = 'outside-working-day-calendar' | 'invalid-date' | 'sentence-not-known';

export interface DesiredTask {
  readonly taskId: string;
  readonly kind: CaseloadTaskKind;
  readonly victimId: string | null;
  readonly sentenceId: string;
  readonly contactId: string | null;
  readonly dueOn: IsoDate | null;
  readonly dueDateProblem: DueDateProblem | null;
  readonly description: string;
  readonly rule: string;
  /** The officer the task is for when it is not the victim's VLO (a returned letter: the officer who drafted it). */
  readonly assignee?: string;
}

/** What the projection keeps per victim (table caseload_victims). */
export interface VictimCaseloadState {
  readonly victimId: string;
  readonly sentenceId: string;
  readonly region: string | null;
  /**
   * The victim liaison unit holding the case (as `case_units` has it): the referral's unit, else its sentence's
   * region; moved by `VictimCaseTransferred`. Kept on every caseload row so the unit filter is an indexed column.
   */
  readonly unit: string;
  readonly sentenceDate: IsoDate | null;
  readonly referredFor: ReferredFor;
  readonly referralReceivedOn: IsoDate;
  readonly participation: Participation;
  readonly vloId: string | null;
  readonly safetyCheckBeforeLetters: boolean;
  readonly lettersChosen: boolean;
  readonly contacts: readonly ContactSummary[];
  /** The day the contact preferences were last updated: a safety check must be on or after it. */
  readonly preferencesUpdatedOn: IsoDate | null;
  /** The day of the latest SafetyCheckConfirmed per channel. */
  readonly safetyChecks: Partial<Readonly<Record<ContactChannel, IsoDate>>>;
  /** The victim's notifications (ids, codes, dates only), by notification id. */
  readonly notifications: Readonly<Record<string, NotificationSummary>>;
  /** Letters: approved or not, and returned and not yet resubmitted, by letter id (the words are never read). */
  readonly letters: Readonly<Record<string, CaseloadLetter>>;
  /** VictimPersonalDataErased: nobody contacts the victim, so no notification task opens again. */
  readonly personalDataErased: boolean;
  /** VictimCaseClosed and not reopened since (the case view's `status = 'closed'`): not an open case. */
  readonly caseClosed: boolean;
  /** Re-offers before release raised for a victim who declined or never answered (issue 17), by id. */
  readonly reoffers: Readonly<Record<string, ReofferSummary>>;
  /** A child victim's month of turning 18 and the day contact was handed to them; null when not known (no date of birth). */
  readonly comingOfAge: ComingOfAgeSummary | null;
}

export interface ComingOfAgeSummary {
  readonly turnsEighteenIn: YearMonth;
  readonly handedOverOn: IsoDate | null;
}

/** The caseload's configurable figures (docs/DOMAIN-RULES.md §11, "Unconfirmed figures"), set by the worker's settings. */
export interface CaseloadPolicy {
  readonly handoverAtEighteen: HandoverAtEighteenPolicy;
  /**
   * Which sentences raise a missed-referral task and when (`findMissedReferral`): the suspended sentences the statutory
   * VCS covers (STATUTORY_VCS_SUSPENDED_SENTENCES) and the VNS's working days (VNS_MISSED_REFERRAL_WORKING_DAYS).
   */
  readonly missedReferral: { readonly eligibility: EligibilityPolicy; readonly timescales: TimescalePolicy };
  /**
   * Days before the end of the 21 days (r.28(3)) by which the VLO should have asked the victim whether they want the
   * Secretary of State to seek reconsideration, so the Reconsideration Team has time to act on it
   * (RECONSIDERATION_REQUEST_LEAD_DAYS). Our choice (issue 17): no published figure; a week by default.
   */
  readonly reconsiderationRequestLeadDays: number;
}

export const DEFAULT_CASELOAD_POLICY: CaseloadPolicy = {
  handoverAtEighteen: DEFAULT_HANDOVER_AT_EIGHTEEN_POLICY,
  missedReferral: { eligibility: DEFAULT_ELIGIBILITY_POLICY, timescales: DEFAULT_TIMESCALE_POLICY },
  reconsiderationRequestLeadDays: 7,
};

/** What the caseload keeps of one letter (rows stored before stage and drafter were kept have neither). */
export interface CaseloadLetter {
  readonly approved: boolean;
  readonly stage?: string;
  readonly draftedBy?: string;
  /** The day a manager returned it, until it is sent for approval again. */
  readonly returnedOn?: IsoDate;
  /** A letter drafted on its own the service may not send (LetterSendingRefused): the day, until it is edited. */
  readonly notSentOn?: IsoDate;
}

export interface ReofferSummary {
  readonly sentenceId: string;
  readonly dueOn: IsoDate;
  readonly releaseWindowOn: IsoDate;
  readonly because: string;
  /** London date the planner raised it: a contact on or after it is the VLO's answer. */
  readonly raisedOn: IsoDate;
}

/** What the caseload keeps of one notification: enough for its tasks, nothing personal. */
export interface NotificationSummary {
  readonly sentenceId: string;
  readonly stage: string;
  readonly channel: ContactChannel;
  /** The London date of the due time (what a VLO plans by). */
  readonly dueOn: IsoDate;
  readonly status: 'scheduled' | 'sent' | 'cancelled' | 'failed' | 'delivered' | 'undelivered';
  readonly letterId?: string;
  /** London date of the final failure (status failed). */
  readonly failedOn?: IsoDate;
  /** London date of the delivery report saying it did not arrive (status undelivered). */
  readonly undeliveredOn?: IsoDate;
  /** London date it was sent (statuses sent, delivered, undelivered). */
  readonly sentOn?: IsoDate;
  /** A provisional parole decision's last day for an application to reconsider it (NotificationScheduled.respondBy). */
  readonly respondBy?: IsoDate;
}

/** Asked as of a day after every deadline, `tasksOn` returns every task still open (due and overdue together). */
const AFTER_EVERY_DEADLINE = '9999-12-31';
// Sentinels a lenient calendar returns instead of throwing; they sort before every real date, so the domain's
// comparisons treat them as "already passed" and still return the task, which is then stored without a due date.
const OUTSIDE_CALENDAR = '0000-00-00';
const INVALID_DATE = '0000-00-01';

/**
 * The domain calendar, except that a date it cannot answer for gives a sentinel instead of an exception: the
 * calendar throws for days it cannot answer for (before 1900, after 2199), and a throw inside a projection would stop
 * the projector on that event for good. The task is kept, with no due date and the problem named.
 */
export function lenientCalendar(calendar: WorkingDayCalendar = englandAndWalesCalendar): WorkingDayCalendar {
  return {
    ...calendar,
    addWorkingDays: (date, workingDays) => {
      try {
        return calendar.addWorkingDays(date, workingDays);
      } catch (error) {
        if (error instanceof DateOutsideCalendar) return OUTSIDE_CALENDAR;
        if (error instanceof InvalidCalendarDate) return INVALID_DATE;
        throw error;
      }
    },
  };
}

const LENIENT = lenientCalendar();

function dueOf(date: IsoDate): { dueOn: IsoDate | null; dueDateProblem: DueDateProblem | null } {
  if (date === OUTSIDE_CALENDAR) return { dueOn: null, dueDateProblem: 'outside-working-day-calendar' };
  if (date === INVALID_DATE) return { dueOn: null, dueDateProblem: 'invalid-date' };
  return { dueOn: date, dueDateProblem: null };
}

const DESCRIPTIONS: Record<string, string> = {
  'initial-contact': 'Make first contact with the victim about the Victim Contact Scheme.',
  'vns-contact': 'Make first contact with the victim about the Victim Notification Scheme.',
  'follow-up': 'Follow up with the victim on the date set at the last contact.',
  'missed-referral': 'No victim referred for this sentence: find the victims and offer the scheme.',
  'notification-failed':
    'A notification failed after every retry: nothing reached the victim. Contact them another way or schedule it again.',
  'notification-safety-check':
    "Safety check needed before sending: confirm the victim's address or number is still safe to use.",
  'notification-letter': 'Letter to draft and approve before the notification can be sent.',
  'notification-undelivered':
    'Message not delivered: the provider reported it did not reach the victim. Contact them another way.',
  'ask-victim-about-reconsideration':
    "The Parole Board's decision is provisional: ask the victim whether they want the Secretary of State to apply for it to be reconsidered (victims cannot apply themselves). Record their answer as a request if they do.",
  'ask-victim-about-public-hearing':
    'A parole hearing is listed: tell the victim that anyone may apply for the hearing to be held in public (the Board chair decides) and ask whether they want to, before the last day. Record their application as a request if they do.',
  'hand-contact-to-victim':
    'The victim was referred as a child and their contact goes through a parent or guardian. Before they turn 18, offer the scheme to them directly and ask for their own contact preferences; then record on the case that contact is now with the victim.',
  'phone-victim-offender-at-large':
    'URGENT: the offender is out of custody. Phone the victim now (or reach them the fastest way you can) to check they are safe and talk through their safety plan. If they may be at risk, call the police on 999 and give them what they need to protect the victim.',
};

const NOTIFICATION_RULES: Record<string, string> = {
  'notification-failed':
    'The channel refused the message on its last attempt (a final NotificationFailed); the victim hears nothing unless a VLO acts (docs/notifications.md).',
  'notification-safety-check':
    'The victim has a safety flag: a VLO confirms it is safe to contact them by this channel, on or after the day their contact details last changed, before anything is sent (canSendNow, seed 003); due when the notification is due.',
  'notification-letter':
    'Only a letter a manager approved is sent (canSendNow, four eyes, docs/letters.md); due when the notification is due.',
  'phone-victim-offender-at-large':
    'Issue 17: an escape, absconding, being unlawfully at large or absent without leave is sent to the victim at once by the fastest channel they allow, and a VLO phones them the same day; done when a contact reaching them (contact made, by phone, visit or meeting) is recorded on or after that day.',
  'ask-victim-about-public-hearing':
    'Parole Board Rules 2019 r.15 as amended by SI 2022/717: applications for a public hearing no later than 12 weeks (84 calendar days) before the hearing (Hansard written answer 153838, 6 March 2023); a later one is refused (public-hearing-application-out-of-time). Due on that last day; done when the VLO records a contact with the victim on or after the day the listing was sent to them.',
  'notification-undelivered':
    'The delivery report says the message did not arrive (docs/notifications.md); done when a contact that counts is recorded on or after that day, or the same news is sent again.',
};

/** The reconsideration task's rule, with the lead it was given (RECONSIDERATION_REQUEST_LEAD_DAYS; our choice, §11). */
function reconsiderationRule(leadDays: number): string {
  return `Parole Board Rules 2019 r.28(3): an application to reconsider a provisional decision within 21 days of its provision to the parties; only the Secretary of State or the prisoner applies (Reconsideration Mechanism Guidance). Due ${leadDays} days before the last day (issue 17; our choice, configurable); done when the VLO records a contact with the victim on or after the day the decision was sent to them.`;
}

const CONTACT_TASK_KINDS: readonly string[] = ['initial-contact', 'vns-contact', 'follow-up'];
const LETTER_FOR: Record<string, string> = {
  'initial-contact': 'first contact',
  'vns-contact': 'first contact',
  'follow-up': 'follow-up',
};

/** Tasks that end with a letter or other contact may need a safety check first (one per such task). */
function safetyCheckFor(task: DesiredTask): DesiredTask {
  return {
    ...task,
    taskId: `safety-check:${task.taskId}`,
    kind: 'safety-check',
    contactId: task.contactId,
    description: `Check it is safe to write to the victim before the ${LETTER_FOR[task.kind] ?? 'next'} letter is sent.`,
    rule: 'The victim has a safety flag: someone must check it is safe before any letter is sent (seed 003, docs/DOMAIN-RULES.md §4.6); due when the letter is due.',
  };
}

function victimTaskId(task: CaseTask): string {
  return task.contactId === undefined
    ? `${task.kind}:${task.victimId}`
    : `${task.kind}:${task.victimId}:${task.contactId}`;
}

/** Every task open for this victim now, keyed by task id (deadlines counted with a `lenientCalendar`). */
export function desiredVictimTasks(
  state: VictimCaseloadState,
  calendar: WorkingDayCalendar = LENIENT,
  policy: CaseloadPolicy = DEFAULT_CASELOAD_POLICY,
): Map<string, DesiredTask> {
  const sentenceKnown = state.sentenceDate !== null;
  const facts = {
    victimId: state.victimId,
    sentenceId: state.sentenceId,
    // Without the sentence, deadlines counted from it are unknown (flagged below); the referral date stands in.
    sentenceDate: state.sentenceDate ?? state.referralReceivedOn,
    referralReceivedOn: state.referralReceivedOn,
    referredFor: state.referredFor,
    participation: state.participation,
    contacts: state.contacts,
    contactStandard: 'victims-code-2020' as const,
  };
  const { due, overdue } = tasksOn(facts, AFTER_EVERY_DEADLINE, calendar);
  const tasks = new Map<string, DesiredTask>();
  for (const task of [...overdue, ...due]) {
    const fromSentence = task.kind === 'vns-contact';
    const due =
      !sentenceKnown && fromSentence
        ? { dueOn: null, dueDateProblem: 'sentence-not-known' as const }
        : dueOf(task.dueOn);
    const desired: DesiredTask = {
      taskId: victimTaskId(task),
      kind: task.kind,
      victimId: task.victimId,
      sentenceId: task.sentenceId,
      contactId: task.contactId ?? null,
      ...due,
      description: DESCRIPTIONS[task.kind] ?? task.rule,
      rule: task.rule,
    };
    tasks.set(desired.taskId, desired);
  }
  if (state.safetyCheckBeforeLetters && state.lettersChosen) {
    for (const task of [...tasks.values()].filter((t) => CONTACT_TASK_KINDS.includes(t.kind))) {
      const check = safetyCheckFor(task);
      tasks.set(check.taskId, check);
    }
  }
  for (const task of notificationTasks(state, policy)) tasks.set(task.taskId, task);
  for (const task of reofferTasks(state)) tasks.set(task.taskId, task);
  const handover = handoverTask(state, calendar, policy.handoverAtEighteen);
  if (handover) tasks.set(handover.taskId, handover);
  const resubmitBy = (returnedOn: IsoDate) => dueOf(calendar.addWorkingDays(returnedOn, LETTER_RESUBMIT_WORKING_DAYS));
  for (const task of letterReturnedTasks(state, resubmitBy)) tasks.set(task.taskId, task);
  for (const task of letterNotSentTasks(state, dueOf)) tasks.set(task.taskId, task);
  return tasks;
}

/**
 * A child victim's contact handed to them at 18 (docs/DOMAIN-RULES.md §4.12): due the policy's working days before the
 * month they turn 18 (at once for a victim referred later than that); done when the handover is recorded. Never for
 * an erased victim, nor when the month is not known (a referral without a date of birth, or recorded before it was kept).
 */
export function handoverTask(
  state: VictimCaseloadState,
  calendar: WorkingDayCalendar,
  policy: HandoverAtEighteenPolicy,
): DesiredTask | undefined {
  const coming = state.comingOfAge;
  if (!coming || coming.handedOverOn !== null || state.personalDataErased) return undefined;
  return {
    taskId: `hand-contact-to-victim:${state.victimId}`,
    kind: 'hand-contact-to-victim',
    victimId: state.victimId,
    sentenceId: state.sentenceId,
    contactId: null,
    ...handoverDue(coming.turnsEighteenIn, state.referralReceivedOn, calendar, policy),
    description: `${DESCRIPTIONS['hand-contact-to-victim']} They turn 18 in ${coming.turnsEighteenIn}.`,
    rule: `Victims' Code 2020: a parent or guardian receives the rights of a victim under 18; from 18 the information is given to the victim directly (helpforvictims.co.uk Q194). Due ${policy.handoverLeadWorkingDays} working days before the month they turn 18 (configurable, no published figure); done when the handover is recorded.`,
  };
}

function handoverDue(
  month: YearMonth,
  referralReceivedOn: IsoDate,
  calendar: WorkingDayCalendar,
  policy: HandoverAtEighteenPolicy,
): { dueOn: IsoDate | null; dueDateProblem: DueDateProblem | null } {
  try {
    return dueOf(handoverAtEighteenDueOn(month, referralReceivedOn, calendar, policy));
  } catch (error) {
    if (error instanceof DateOutsideCalendar) return { dueOn: null, dueDateProblem: 'outside-working-day-calendar' };
    if (error instanceof InvalidCalendarDate) return { dueOn: null, dueDateProblem: 'invalid-date' };
    throw error;
  }
}

/**
 * Tasks a victim's notifications give a VLO: one failed for good, one waiting for a safety check or an approved
 * letter, one reported undelivered. Task ids are `<kind>:<notification id>`. None for a victim who withdrew,
 * declined or whose personal data was erased (nobody contacts them). The safety check's validity in days is a
 * matter of time, which a projection does not read: the send gate (canSendNow) applies it when sending.
 */
export function notificationTasks(
  state: VictimCaseloadState,
  policy: CaseloadPolicy = DEFAULT_CASELOAD_POLICY,
): DesiredTask[] {
  if (state.personalDataErased || state.participation === 'withdrawn' || state.participation === 'declined') return [];
  const tasks: DesiredTask[] = [];
  const task = (
    kind: CaseloadTaskKind,
    notificationId: string,
    notification: NotificationSummary,
    dueOn: IsoDate,
  ): DesiredTask => ({
    taskId: `${kind}:${notificationId}`,
    kind,
    victimId: state.victimId,
    sentenceId: notification.sentenceId,
    contactId: null,
    dueOn,
    dueDateProblem: null,
    description: `${DESCRIPTIONS[kind]} ${forNotification(notificationId, notification)}`,
    rule:
      kind === 'ask-victim-about-reconsideration'
        ? reconsiderationRule(policy.reconsiderationRequestLeadDays)
        : NOTIFICATION_RULES[kind],
  });
  for (const [notificationId, notification] of Object.entries(state.notifications).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    if (notification.status === 'failed' && notification.failedOn !== undefined) {
      tasks.push(task('notification-failed', notificationId, notification, notification.failedOn));
    }
    // A notice whose obligation is already met (first contact made by any channel) needs nothing more from the VLO:
    // the send gate will not send it either (canSendNow: first-contact-made).
    if (notification.status === 'scheduled' && !(notification.stage === 'initial-contact' && firstContactMade(state))) {
      if (state.safetyCheckBeforeLetters && !safetyCheckedFor(state, notification.channel)) {
        tasks.push(task('notification-safety-check', notificationId, notification, notification.dueOn));
      }
      const letter = notification.letterId !== undefined ? state.letters[notification.letterId] : undefined;
      if (notification.channel === 'letter' && !letter?.approved)
        tasks.push(task('notification-letter', notificationId, notification, notification.dueOn));
    }
    if (
      notification.stage === 'escape-or-abscond' &&
      notification.status !== 'cancelled' &&
      !spokenToSince(state, notification.dueOn)
    ) {
      tasks.push(task('phone-victim-offender-at-large', notificationId, notification, notification.dueOn));
    }
    if (
      notification.stage === 'parole-decision' &&
      notification.respondBy !== undefined &&
      notification.status !== 'cancelled' &&
      !contactedSince(state, notification.dueOn)
    ) {
      const askBy = addCalendarDays(notification.respondBy, -policy.reconsiderationRequestLeadDays);
      tasks.push(
        task(
          'ask-victim-about-reconsideration',
          notificationId,
          notification,
          askBy < notification.dueOn ? notification.dueOn : askBy,
        ),
      );
    }
    if (
      notification.stage === 'parole-hearing-listed' &&
      notification.respondBy !== undefined &&
      notification.status !== 'cancelled' &&
      !contactedSince(state, notification.dueOn)
    ) {
      tasks.push(task('ask-victim-about-public-hearing', notificationId, notification, notification.respondBy));
    }
    if (
      notification.status === 'undelivered' &&
      notification.undeliveredOn !== undefined &&
      !followedUp(state, notificationId, notification, notification.undeliveredOn)
    ) {
      tasks.push(task('notification-undelivered', notificationId, notification, notification.undeliveredOn));
    }
  }
  return tasks;
}

/**
 * Which notification (and so which letter) the task is for, so a VLO never has to guess what to draft: the stage in
 * words and as the code DraftLetter takes, and the notification id. The caseload query answers both as fields too.
 */
function forNotification(notificationId: string, notification: NotificationSummary): string {
  return `For: ${stageInWords(notification.stage)} (stage ${notification.stage}, notification ${notificationId}, by ${notification.channel}).`;
}

/** A check for the channel confirmed on or after the day the contact details last changed (as the schedule shows it). */
function safetyCheckedFor(state: VictimCaseloadState, channel: ContactChannel): boolean {
  const checkedOn = state.safetyChecks[channel];
  return checkedOn !== undefined && (state.preferencesUpdatedOn === null || checkedOn >= state.preferencesUpdatedOn);
}

/** A VLO spoke to the victim (phone, visit or meeting, contact made) on or after the day. */
function spokenToSince(state: VictimCaseloadState, since: IsoDate): boolean {
  return state.contacts.some(
    (c) =>
      c.result === 'contact-made' &&
      (c.method === 'phone' || c.method === 'home-visit' || c.method === 'meeting') &&
      c.occurredOn >= since,
  );
}

/** The VLO reached the victim (a contact that counts, not the service's own notices) on or after the day. */
function contactedSince(state: VictimCaseloadState, since: IsoDate): boolean {
  return state.contacts.some(
    (c) =>
      !c.contactId.startsWith('notification:') &&
      RESULTS_THAT_COUNT_AS_CONTACT.includes(c.result) &&
      c.occurredOn >= since,
  );
}

/** Someone reached the victim after the report: a contact that counts on or after that day, or the same stage sent again. */
function followedUp(
  state: VictimCaseloadState,
  notificationId: string,
  undelivered: NotificationSummary,
  since: IsoDate,
): boolean {
  const reached = state.contacts.some(
    (c) =>
      !c.contactId.startsWith('notification:') &&
      RESULTS_THAT_COUNT_AS_CONTACT.includes(c.result) &&
      c.occurredOn >= since,
  );
  if (reached) return true;
  return Object.entries(state.notifications).some(
    ([id, n]) =>
      id !== notificationId &&
      n.stage === undelivered.stage &&
      n.sentOn !== undefined &&
      n.sentOn >= since &&
      n.status !== 'undelivered',
  );
}

/**
 * Re-offers before release (issue 17): the VLO considers offering the scheme again to a victim who declined or never
 * answered, ahead of a possible release. Open until the victim joins, or a contact with them (either way) is recorded
 * on or after the day it was raised; never for an erased victim. Nothing is sent to the victim by the service.
 */
export function reofferTasks(state: VictimCaseloadState): DesiredTask[] {
  if (state.personalDataErased || (state.participation !== 'declined' && state.participation !== 'referred')) return [];
  return Object.entries(state.reoffers ?? {})
    .filter(([, reoffer]) => !state.contacts.some((c) => c.occurredOn >= reoffer.raisedOn))
    .map(([reofferId, reoffer]) => ({
      taskId: `reoffer-before-release:${reofferId}`,
      kind: 'reoffer-before-release',
      victimId: state.victimId,
      sentenceId: reoffer.sentenceId,
      contactId: null,
      dueOn: reoffer.dueOn,
      dueDateProblem: null,
      description: `Consider offering the scheme again before the ${reoffer.because === 'parole-hearing' ? 'parole hearing' : 'expected release'} on ${reoffer.releaseWindowOn}: the victim declined or never answered. Check their record first: never contact someone who asked not to be contacted, and nothing is sent automatically.`,
      rule: 'Issue 17: a victim who declined or never answered hears nothing automatically; their VLO is asked, ahead of a possible release (40 working days by default, configurable), whether to offer the scheme again. Done when a contact is recorded on or after the day it was raised, or the victim joins.',
    }));
}

/** The region-level task a sentence raises when it meets the VCS or VNS criteria, or undefined. */
export function missedReferralTask(
  sentence: SentenceFacts,
  calendar: WorkingDayCalendar = LENIENT,
  policy: CaseloadPolicy = DEFAULT_CASELOAD_POLICY,
): DesiredTask | undefined {
  const missed = findMissedReferral(sentence, [], AFTER_EVERY_DEADLINE, calendar, policy.missedReferral);
  if (missed === undefined) return undefined;
  return {
    taskId: `missed-referral:${sentence.sentenceId}`,
    kind: 'missed-referral',
    victimId: null,
    sentenceId: sentence.sentenceId,
    contactId: null,
    ...dueOf(missed.referralDueOn),
    description: `${DESCRIPTIONS['missed-referral']} (${missed.scheme === 'vns' ? 'Victim Notification Scheme' : 'statutory Victim Contact Scheme'})`,
    // The domain's wording ends "none was referred by <date>", true only once the date has passed: keep the rule.
    rule: missed.rule.replace(/; none was referred by .*$/, '.'),
  };
}

export function sameTask(a: DesiredTask, b: DesiredTask): boolean {
  return (
    a.dueOn === b.dueOn &&
    a.dueDateProblem === b.dueDateProblem &&
    a.description === b.description &&
    a.rule === b.rule &&
    a.kind === b.kind &&
    a.assignee === b.assignee
  );
}
