import {
  englandAndWalesCalendar,
  IsoDate,
  londonDateOf,
  RESULTS_THAT_COUNT_AS_CONTACT,
  unreachable,
  WorkingDayCalendar,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { recordedDomainEventOf } from '../recorded-domain-event';
import { EntityManager } from 'typeorm';
import { MemoryBuild } from '../memory-build';
import { CaseloadPolicy, DEFAULT_CASELOAD_POLICY } from '../caseload/caseload-task.rules';
import { Projection } from '../projection';
import {
  contactDueOn,
  Handled,
  HANDLED,
  occurredAt,
  referralDueOn,
  sameWorkingDayDeadline,
} from './performance-figures.facts';
import { PerformanceDeadlines } from './performance-figures.deadlines';
import { performanceFiguresMemoryBuild } from './performance-figures.memory-build';

export const PERFORMANCE_FIGURES_PROJECTION = 'performance-figures';

/**
 * The figures behind the managers' charts (docs/performance.md): one row per referral, eligible sentence, milestone,
 * notification and letter, holding only ids, codes, dates and times. Deadlines come from the domain (Victims' Code
 * timescales, the working-day calendar); whether a deadline has passed is compared with today when asked, so the
 * rows never depend on when they were built, and a rebuild gives the same rows. Working days are counted with
 * `calendar`; when a newer bank holiday list is deployed the stored deadlines are counted again
 * (`workingDayDeadlines`, performance-figures.deadlines.ts).
 */
export class PerformanceFiguresProjection implements Projection {
  readonly name = PERFORMANCE_FIGURES_PROJECTION;
  readonly handles: readonly string[] = HANDLED;
  readonly tables = [
    'performance_referrals',
    'performance_sentences',
    'performance_milestones',
    'performance_notifications',
    'performance_letters',
  ];
  readonly readsPersonalData = false;
  readonly workingDayDeadlines: PerformanceDeadlines;

  constructor(
    private readonly calendar: WorkingDayCalendar = englandAndWalesCalendar,
    private readonly policy: CaseloadPolicy = DEFAULT_CASELOAD_POLICY,
  ) {
    this.workingDayDeadlines = new PerformanceDeadlines(calendar, policy);
  }

  /** A rebuild folds the whole history in memory and writes each row once (the per-event path is for live events). */
  memoryBuild(): MemoryBuild {
    return performanceFiguresMemoryBuild(this.calendar, this.policy);
  }

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const recorded = recordedDomainEventOf<Handled>(event);
    switch (recorded.type) {
      case 'SentenceRecorded': {
        const sentence = recorded.data;
        const due = referralDueOn(sentence, this.calendar, this.policy);
        await manager.query(
          `INSERT INTO performance_sentences (sentence_id, region, referral_due_on, first_referral_on)
           SELECT $1, $2, $3, (SELECT min(received_on) FROM performance_referrals WHERE sentence_id = $1)
           ON CONFLICT (sentence_id) DO UPDATE SET region = EXCLUDED.region, referral_due_on = EXCLUDED.referral_due_on`,
          [sentence.sentenceId, sentence.probationRegion, due],
        );
        return;
      }
      case 'SentenceMilestoneReached': {
        const milestone = recorded.data;
        const at = occurredAt(event);
        await manager.query(
          `INSERT INTO performance_milestones (milestone_id, sentence_id, kind, recorded_at, same_day_deadline)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (milestone_id) DO NOTHING`,
          [
            milestone.milestoneId,
            milestone.sentenceId,
            milestone.kind,
            at,
            sameWorkingDayDeadline(londonDateOf(at), this.calendar),
          ],
        );
        return;
      }
      case 'ReferralReceived': {
        const referral = recorded.data;
        const due = contactDueOn(referral.receivedOn, this.calendar);
        await manager.query(
          `INSERT INTO performance_referrals (victim_id, sentence_id, referred_for, received_on, contact_due_on)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (victim_id) DO NOTHING`,
          [referral.victimId, referral.sentenceId, referral.referredFor, referral.receivedOn, due],
        );
        await manager.query(
          `UPDATE performance_sentences SET first_referral_on = LEAST(coalesce(first_referral_on, $2::date), $2::date)
            WHERE sentence_id = $1`,
          [referral.sentenceId, referral.receivedOn],
        );
        return;
      }
      case 'ContactRecorded': {
        const contact = recorded.data;
        if (RESULTS_THAT_COUNT_AS_CONTACT.includes(contact.result))
          await firstContact(manager, contact.victimId, contact.occurredOn);
        return;
      }
      case 'NotificationScheduled': {
        const scheduled = recorded.data;
        await manager.query(
          `INSERT INTO performance_notifications (notification_id, victim_id, stage, channel, reason, milestone_id, due_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (notification_id) DO NOTHING`,
          [
            scheduled.notificationId,
            scheduled.victimId,
            scheduled.stage,
            scheduled.channel,
            scheduled.reason,
            scheduled.causedBy.milestoneId ?? null,
            scheduled.dueAt,
          ],
        );
        return;
      }
      case 'NotificationRescheduled': {
        const moved = recorded.data;
        await manager.query('UPDATE performance_notifications SET due_at = $2 WHERE notification_id = $1', [
          moved.notificationId,
          moved.dueAt,
        ]);
        return;
      }
      case 'NotificationCancelled':
        await manager.query('UPDATE performance_notifications SET cancelled = true WHERE notification_id = $1', [
          recorded.data.notificationId,
        ]);
        return;
      case 'NotificationSent': {
        const sent = recorded.data;
        // A SELECT around the UPDATE: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
        const [row]: { stage: string }[] = await manager.query(
          `WITH sent AS (UPDATE performance_notifications SET sent_at = coalesce(sent_at, $2) WHERE notification_id = $1
                         RETURNING stage)
           SELECT stage FROM sent`,
          [sent.notificationId, sent.sentAt],
        );
        // The first letter (or message) of the scheme is the first contact when nobody spoke to the victim before it.
        if (row?.stage === 'initial-contact') await firstContact(manager, sent.victimId, londonDateOf(sent.sentAt));
        if (sent.letterId !== undefined)
          await manager.query('UPDATE performance_letters SET sent_at = coalesce(sent_at, $2) WHERE letter_id = $1', [
            sent.letterId,
            sent.sentAt,
          ]);
        return;
      }
      case 'NotificationFailed': {
        const failed = recorded.data;
        if (failed.final)
          await manager.query('UPDATE performance_notifications SET failed_at = $2 WHERE notification_id = $1', [
            failed.notificationId,
            failed.failedAt,
          ]);
        return;
      }
      case 'NotificationDeliveryStatusRecorded': {
        const status = recorded.data;
        await manager.query('UPDATE performance_notifications SET delivery_status = $2 WHERE notification_id = $1', [
          status.notificationId,
          status.status,
        ]);
        return;
      }
      case 'LetterDrafted':
        await manager.query(
          `INSERT INTO performance_letters (letter_id, victim_id, drafted_at) VALUES ($1, $2, $3)
           ON CONFLICT (letter_id) DO NOTHING`,
          [recorded.data.letterId, recorded.data.victimId, occurredAt(event)],
        );
        return;
      case 'LetterSubmittedForApproval':
        await manager.query(
          'UPDATE performance_letters SET submitted_at = coalesce(submitted_at, $2) WHERE letter_id = $1',
          [recorded.data.letterId, occurredAt(event)],
        );
        return;
      case 'LetterApproved':
        await manager.query('UPDATE performance_letters SET approved_at = $2 WHERE letter_id = $1', [
          recorded.data.letterId,
          occurredAt(event),
        ]);
        return;
      case 'LetterReturned':
        await manager.query('UPDATE performance_letters SET returns = returns + 1 WHERE letter_id = $1', [
          recorded.data.letterId,
        ]);
        return;
      default:
        return unreachable(recorded);
    }
  }
}

async function firstContact(manager: EntityManager, victimId: string, on: IsoDate): Promise<void> {
  await manager.query(
    `UPDATE performance_referrals SET first_contact_on = LEAST(coalesce(first_contact_on, $2::date), $2::date)
      WHERE victim_id = $1`,
    [victimId, on],
  );
}
