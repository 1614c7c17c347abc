import { IsoDate, londonDateOf, RESULTS_THAT_COUNT_AS_CONTACT, unreachable, WorkingDayCalendar } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { recordedDomainEventOf } from '../recorded-domain-event';
import { BatchWrite } from '../batch-sql';
import { MemoryBuild } from '../memory-build';
import { CaseloadPolicy, DEFAULT_CASELOAD_POLICY } from '../caseload/caseload-task.rules';
import { contactDueOn, Handled, occurredAt, referralDueOn, sameWorkingDayDeadline } from './performance-figures.facts';

interface SentenceRow {
  region: string;
  referralDueOn: IsoDate | null;
  firstReferralOn: IsoDate | null;
}
interface ReferralRow {
  sentenceId: string;
  referredFor: string;
  receivedOn: IsoDate;
  contactDueOn: IsoDate | null;
  firstContactOn: IsoDate | null;
}
interface MilestoneRow {
  sentenceId: string;
  kind: string;
  recordedAt: string;
  sameDayDeadline: IsoDate | null;
}
interface NotificationRow {
  victimId: string;
  stage: string;
  channel: string;
  reason: string;
  milestoneId: string | null;
  dueAt: string;
  sentAt: string | null;
  failedAt: string | null;
  deliveryStatus: string | null;
  cancelled: boolean;
}
interface LetterRow {
  victimId: string;
  draftedAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
  sentAt: string | null;
  returns: number;
}

/** The earlier of two days, either possibly absent (SQL's `LEAST(coalesce(a, b), b)`). */
function earlier(a: IsoDate | null, b: IsoDate): IsoDate {
  return a !== null && a < b ? a : b;
}

/**
 * The performance figures of a whole history folded in memory, for a rebuild into empty tables: the same rows the
 * projection's per-event SQL leaves (batch-equivalence.int.spec.ts compares them), written once each at the end
 * instead of one round trip per event.
 */
export function performanceFiguresMemoryBuild(
  calendar: WorkingDayCalendar,
  policy: CaseloadPolicy = DEFAULT_CASELOAD_POLICY,
): MemoryBuild {
  const sentences = new Map<string, SentenceRow>();
  const referrals = new Map<string, ReferralRow>();
  /** The first referral day of each sentence among the referral rows held (what the SQL's `min(received_on)` reads). */
  const firstReferralBySentence = new Map<string, IsoDate>();
  const milestones = new Map<string, MilestoneRow>();
  const notifications = new Map<string, NotificationRow>();
  const letters = new Map<string, LetterRow>();

  const firstContact = (victimId: string, on: IsoDate): void => {
    const referral = referrals.get(victimId);
    if (referral) referral.firstContactOn = earlier(referral.firstContactOn, on);
  };

  const apply = (event: RecordedEvent): void => {
    const recorded = recordedDomainEventOf<Handled>(event);
    switch (recorded.type) {
      case 'SentenceRecorded': {
        const sentence = recorded.data;
        const held = sentences.get(sentence.sentenceId);
        const due = referralDueOn(sentence, calendar, policy);
        if (held) {
          held.region = sentence.probationRegion;
          held.referralDueOn = due;
        } else
          sentences.set(sentence.sentenceId, {
            region: sentence.probationRegion,
            referralDueOn: due,
            firstReferralOn: firstReferralBySentence.get(sentence.sentenceId) ?? null,
          });
        return;
      }
      case 'SentenceMilestoneReached': {
        const milestone = recorded.data;
        if (milestones.has(milestone.milestoneId)) return;
        const at = occurredAt(event);
        milestones.set(milestone.milestoneId, {
          sentenceId: milestone.sentenceId,
          kind: milestone.kind,
          recordedAt: at,
          sameDayDeadline: sameWorkingDayDeadline(londonDateOf(at), calendar),
        });
        return;
      }
      case 'ReferralReceived': {
        const referral = recorded.data;
        if (!referrals.has(referral.victimId)) {
          referrals.set(referral.victimId, {
            sentenceId: referral.sentenceId,
            referredFor: referral.referredFor,
            receivedOn: referral.receivedOn,
            contactDueOn: contactDueOn(referral.receivedOn, calendar),
            firstContactOn: null,
          });
          firstReferralBySentence.set(
            referral.sentenceId,
            earlier(firstReferralBySentence.get(referral.sentenceId) ?? null, referral.receivedOn),
          );
        }
        const sentence = sentences.get(referral.sentenceId);
        if (sentence) sentence.firstReferralOn = earlier(sentence.firstReferralOn, referral.receivedOn);
        return;
      }
      case 'ContactRecorded': {
        const contact = recorded.data;
        if (RESULTS_THAT_COUNT_AS_CONTACT.includes(contact.result)) firstContact(contact.victimId, contact.occurredOn);
        return;
      }
      case 'NotificationScheduled': {
        const scheduled = recorded.data;
        if (notifications.has(scheduled.notificationId)) return;
        notifications.set(scheduled.notificationId, {
          victimId: scheduled.victimId,
          stage: scheduled.stage,
          channel: scheduled.channel,
          reason: scheduled.reason,
          milestoneId: scheduled.causedBy.milestoneId ?? null,
          dueAt: scheduled.dueAt,
          sentAt: null,
          failedAt: null,
          deliveryStatus: null,
          cancelled: false,
        });
        return;
      }
      case 'NotificationRescheduled': {
        const moved = recorded.data;
        const row = notifications.get(moved.notificationId);
        if (row) row.dueAt = moved.dueAt;
        return;
      }
      case 'NotificationCancelled': {
        const row = notifications.get(recorded.data.notificationId);
        if (row) row.cancelled = true;
        return;
      }
      case 'NotificationSent': {
        const sent = recorded.data;
        const row = notifications.get(sent.notificationId);
        if (row) {
          row.sentAt ??= sent.sentAt;
          if (row.stage === 'initial-contact') firstContact(sent.victimId, londonDateOf(sent.sentAt));
        }
        const letter = sent.letterId === undefined ? undefined : letters.get(sent.letterId);
        if (letter) letter.sentAt ??= sent.sentAt;
        return;
      }
      case 'NotificationFailed': {
        const failed = recorded.data;
        const row = notifications.get(failed.notificationId);
        if (row && failed.final) row.failedAt = failed.failedAt;
        return;
      }
      case 'NotificationDeliveryStatusRecorded': {
        const status = recorded.data;
        const row = notifications.get(status.notificationId);
        if (row) row.deliveryStatus = status.status;
        return;
      }
      case 'LetterDrafted': {
        const letterId = recorded.data.letterId;
        if (!letters.has(letterId))
          letters.set(letterId, {
            victimId: recorded.data.victimId,
            draftedAt: occurredAt(event),
            submittedAt: null,
            approvedAt: null,
            sentAt: null,
            returns: 0,
          });
        return;
      }
      case 'LetterSubmittedForApproval': {
        const letter = letters.get(recorded.data.letterId);
        if (letter) letter.submittedAt ??= occurredAt(event);
        return;
      }
      case 'LetterApproved': {
        const letter = letters.get(recorded.data.letterId);
        if (letter) letter.approvedAt = occurredAt(event);
        return;
      }
      case 'LetterReturned': {
        const letter = letters.get(recorded.data.letterId);
        if (letter) letter.returns += 1;
        return;
      }
      default:
        return unreachable(recorded);
    }
  };

  return {
    apply: (events) => {
      for (const event of events) apply(event);
      return [];
    },
    rows: (): BatchWrite[] => [
      {
        table: 'performance_sentences',
        columns: [
          ['sentence_id', 'uuid'],
          ['region', 'text'],
          ['referral_due_on', 'date'],
          ['first_referral_on', 'date'],
        ],
        rows: [...sentences].map(([id, s]) => [id, s.region, s.referralDueOn, s.firstReferralOn]),
      },
      {
        table: 'performance_referrals',
        columns: [
          ['victim_id', 'uuid'],
          ['sentence_id', 'uuid'],
          ['referred_for', 'text'],
          ['received_on', 'date'],
          ['contact_due_on', 'date'],
          ['first_contact_on', 'date'],
        ],
        rows: [...referrals].map(([id, r]) => [
          id,
          r.sentenceId,
          r.referredFor,
          r.receivedOn,
          r.contactDueOn,
          r.firstContactOn,
        ]),
      },
      {
        table: 'performance_milestones',
        columns: [
          ['milestone_id', 'uuid'],
          ['sentence_id', 'uuid'],
          ['kind', 'text'],
          ['recorded_at', 'timestamptz'],
          ['same_day_deadline', 'date'],
        ],
        rows: [...milestones].map(([id, m]) => [id, m.sentenceId, m.kind, m.recordedAt, m.sameDayDeadline]),
      },
      {
        table: 'performance_notifications',
        columns: [
          ['notification_id', 'uuid'],
          ['victim_id', 'uuid'],
          ['stage', 'text'],
          ['channel', 'text'],
          ['reason', 'text'],
          ['milestone_id', 'uuid'],
          ['due_at', 'timestamptz'],
          ['sent_at', 'timestamptz'],
          ['failed_at', 'timestamptz'],
          ['delivery_status', 'text'],
          ['cancelled', 'boolean'],
        ],
        rows: [...notifications].map(([id, n]) => [
          id,
          n.victimId,
          n.stage,
          n.channel,
          n.reason,
          n.milestoneId,
          n.dueAt,
          n.sentAt,
          n.failedAt,
          n.deliveryStatus,
          n.cancelled,
        ]),
      },
      {
        table: 'performance_letters',
        columns: [
          ['letter_id', 'uuid'],
          ['victim_id', 'uuid'],
          ['drafted_at', 'timestamptz'],
          ['submitted_at', 'timestamptz'],
          ['approved_at', 'timestamptz'],
          ['sent_at', 'timestamptz'],
          ['returns', 'integer'],
        ],
        rows: [...letters].map(([id, l]) => [
          id,
          l.victimId,
          l.draftedAt,
          l.submittedAt,
          l.approvedAt,
          l.sentAt,
          l.returns,
        ]),
      },
    ],
  };
}
