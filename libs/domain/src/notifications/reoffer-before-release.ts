import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { IsoDate, addCalendarDays } from '../shared/iso-date';
import { londonDateOf } from '../shared/iso-instant';
import { MilestoneToNotify, VictimNotificationFacts } from './notification-policy';

/**
 * A re-offer before release (issue 17): a victim who declined the scheme, or never answered the offer, is not written
 * to again automatically (DOMAIN.md: "not contacted again unless they come back"; a letter to someone who said no
 * contact can put them at risk). Instead, ahead of a possible release, their victim liaison officer gets a task to
 * consider offering the scheme again, in the way the victim's record allows.
 */
export interface ReofferPolicy {
  /** How long before the expected release (or the parole hearing that may release) the task is due, in working days. */
  readonly reofferLeadWorkingDays: number;
}

/** About eight weeks: time to offer the scheme and, if the victim joins, to ask for licence conditions before release. */
export const DEFAULT_REOFFER_POLICY: ReofferPolicy = { reofferLeadWorkingDays: 40 };

export const REOFFER_TRIGGERS = ['expected-release', 'parole-hearing'] as const;
export type ReofferTrigger = (typeof REOFFER_TRIGGERS)[number];

export interface ReofferDue {
  readonly victimId: string;
  readonly sentenceId: string;
  /** The possible release (or hearing) the re-offer comes before. */
  readonly releaseWindowOn: IsoDate;
  readonly because: ReofferTrigger;
  /** The VLO's task is due on this day (the lead before the window, or today when that day has passed). */
  readonly dueOn: IsoDate;
  readonly milestoneId: string;
}

/**
 * The re-offer a milestone makes due for one victim, or undefined: only a new expected release date or a listed parole
 * hearing opens a release window; only a victim who declined or never answered (still referred) gets one; never an
 * erased or closed case, a sentence not linked, or a window already passed.
 */
export function reofferBeforeRelease(
  milestone: MilestoneToNotify,
  victim: VictimNotificationFacts,
  calendar: WorkingDayCalendar,
  policy: ReofferPolicy = DEFAULT_REOFFER_POLICY,
): ReofferDue | undefined {
  const window = releaseWindowOf(milestone);
  if (!window) return undefined;
  if (victim.erased || victim.caseClosed) return undefined;
  if (victim.participation !== 'declined' && victim.participation !== 'referred') return undefined;
  if (!victim.linkedSentenceIds.includes(milestone.sentenceId)) return undefined;
  const today = londonDateOf(milestone.recordedAt);
  if (window.on < today) return undefined;
  const lead = workingDaysBefore(calendar, window.on, policy.reofferLeadWorkingDays);
  return {
    victimId: victim.victimId,
    sentenceId: milestone.sentenceId,
    releaseWindowOn: window.on,
    because: window.because,
    dueOn: lead > today ? lead : today,
    milestoneId: milestone.milestoneId,
  };
}

function releaseWindowOf(milestone: MilestoneToNotify): { on: IsoDate; because: ReofferTrigger } | undefined {
  switch (milestone.kind) {
    case 'release-date-changed':
      return { on: milestone.detail.expectedReleaseDate, because: 'expected-release' };
    case 'parole-hearing-listed':
      return { on: milestone.detail.hearingDate, because: 'parole-hearing' };
    default:
      return undefined;
  }
}

function workingDaysBefore(calendar: WorkingDayCalendar, date: IsoDate, n: number): IsoDate {
  let day = date;
  for (let counted = 0; counted < n;) {
    day = addCalendarDays(day, -1);
    if (calendar.isWorkingDay(day)) counted += 1;
  }
  return day;
}
