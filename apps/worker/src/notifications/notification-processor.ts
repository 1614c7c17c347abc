import {
  canSendNow,
  KnownVictim,
  NotificationCancelReason,
  SendBlockReason,
  urgencyOf,
  VictimNotification,
} from '@vcs/domain';
import { EventStore, WrongExpectedRevisionError } from '@vcs/event-store';
import {
  Accepted,
  ChannelError,
  NotificationAttempts,
  NotificationChannelPort,
  OutgoingMessage,
  RecordedSend,
  replacementNotificationId,
} from '@vcs/notifications';
import { DeliveryCheckJob, DeliveryJob, DeliveryQueue } from './delivery-queue';
import { londonToday, NotificationSettings } from './notification-settings';
import { BatchedAppends } from './batched-appends';
import { MicroBatch } from './micro-batch';
import { StageFactsCache } from './stage-facts';
import { loadVictim } from './victim-history';
import { VictimLoads } from './victim-loads';
import { LoadedVictim, WorkerCommands } from './worker-commands';
import { outgoingMessageOf } from './outgoing-message';

/**
 * Grouped reads, outbox statements (and, in the runtime, appends): at most two under way at once, so that under load
 * the jobs that wait meanwhile leave together in the next one rather than each in a round trip of its own.
 */
export const DELIVERY_BATCH_IN_FLIGHT = 2;

/** How often NotificationSent is decided again on a re-read stream that moved on meanwhile, before the job retries. */
const RECORD_CONFLICT_RETRIES = 5;

export interface NotificationLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** What one delivery job came to (for logs and tests; never personal data). */
export type DeliveryOutcome =
  | { readonly outcome: 'sent'; readonly providerReference: string; readonly resent: boolean }
  | { readonly outcome: 'done-before' | 'stale' | 'gone' | 'vlo-phones' }
  | { readonly outcome: 'not-yet-due'; readonly dueAt: string }
  | { readonly outcome: 'waiting'; readonly reason: SendBlockReason }
  | { readonly outcome: 'cancelled'; readonly reason: SendBlockReason };

/** One job's delivery, once the victim is loaded and the send gate has said yes. */
interface Delivery {
  readonly job: DeliveryJob;
  readonly victim: LoadedVictim;
  readonly notification: VictimNotification;
  readonly attemptsMade: number;
  readonly now: Date;
}

/** A channel failure the job should retry (or, when `final`, not). */
export class DeliveryFailed extends Error {
  constructor(
    readonly code: string,
    readonly final: boolean,
  ) {
    super(`delivery failed: ${code}${final ? ' (final)' : ''}`);
    this.name = 'DeliveryFailed';
  }
}

/** Why canSendNow refused → what the processor does: cancel the notification, wait for a VLO, or nothing. */
const CANCEL_FOR: Partial<Record<SendBlockReason, NotificationCancelReason>> = {
  'victim-opted-out': 'withdrawn',
  'first-contact-made': 'first-contact-made',
  'victim-erased': 'erased',
  'case-closed': 'case-closed',
  'channel-not-chosen': 'channel-withdrawn',
  'stage-not-wanted': 'opted-out-of-stage',
};
const WAITS: readonly SendBlockReason[] = ['safety-check-required', 'safety-check-out-of-date', 'letter-not-approved'];

/**
 * Delivers one notification, exactly once:
 * 1. loads the victim's stream once (decrypted; read together with the other jobs of the moment) and applies the domain's send gate (canSendNow) at this moment;
 * 2. a channel in our own database (the outbox, `sendRecorded`) writes the message and marks the attempt accepted in
 *    one statement, grouped with the other jobs of the same moment (one round trip for many); its unique reference
 *    means a retried job finds the first message instead of writing a second;
 * 3. any other channel (GOV.UK Notify): if an earlier attempt exists (notification_attempts), the channel is asked
 *    whether that reference was already accepted, and if so nothing is sent again; otherwise the attempt is recorded
 *    (committed) BEFORE the channel is called with reference = notification id, then marked accepted;
 * 4. NotificationSent is decided on the history read in step 1 and appended with THAT revision; if the stream moved
 *    on meanwhile it is read again and decided again (the decider re-runs the gate) — the channel is never called
 *    twice. A channel error appends NotificationFailed with the attempt number.
 * Personal data exists only in the message handed to the channel; logs carry ids and codes.
 */
export class NotificationProcessor {
  constructor(
    private readonly store: EventStore,
    private readonly channel: NotificationChannelPort,
    private readonly attempts: NotificationAttempts,
    private readonly commands: WorkerCommands,
    private readonly queue: DeliveryQueue,
    private readonly settings: NotificationSettings,
    private readonly log: NotificationLog,
  ) {
    const grouping = { maxSize: settings.sendBatchSize, maxInFlight: DELIVERY_BATCH_IN_FLIGHT };
    this.stageFacts = new StageFactsCache(store, undefined, grouping);
    this.victims = new VictimLoads(store, grouping);
    // NotificationSent of the jobs of the moment in one transaction (each victim's stream checked on its own).
    this.recording = commands.appendingThrough(new BatchedAppends(store, grouping));
    const sendRecorded = channel.sendRecorded?.bind(channel);
    this.recordedSends = sendRecorded
      ? new MicroBatch<RecordedSend, Accepted | undefined>(async (entries) => {
          const accepted = await sendRecorded(entries);
          return entries.map((entry) => accepted.get(entry.message.reference));
        }, grouping)
      : undefined;
  }

  private readonly stageFacts: StageFactsCache;
  private readonly victims: VictimLoads;
  private readonly recording: WorkerCommands;
  private readonly recordedSends: MicroBatch<RecordedSend, Accepted | undefined> | undefined;

  async deliver(job: DeliveryJob, attemptsMade: number): Promise<DeliveryOutcome> {
    const victim = await this.victims.load(job.victimId);
    const notification = victim?.state.notifications[job.notificationId];
    if (!victim || !notification) return { outcome: 'gone' };
    if (Date.parse(notification.dueAt) !== Date.parse(job.dueAt)) return { outcome: 'stale' }; // moved: the new job delivers it
    if (notification.channel === 'phone') return { outcome: 'vlo-phones' }; // a call is the VLO's to make (caseload task)

    const now = this.commands.now();
    const decision = canSendNow(victim.state, notification.notificationId, now.toISOString());
    if (!decision.ok) return this.blocked(victim.state, notification, decision.reason);

    const delivery: Delivery = { job, victim, notification, attemptsMade, now };
    return this.recordedSends
      ? this.deliverThroughOwnDatabase(this.recordedSends, delivery)
      : this.deliverThroughProvider(delivery);
  }

  /**
   * A channel in our own database (the outbox): the message and its accepted attempt in one statement, grouped with
   * the other jobs of the moment; the unique reference means a retried job finds the first message.
   */
  private async deliverThroughOwnDatabase(
    recordedSends: MicroBatch<RecordedSend, Accepted | undefined>,
    { job, victim, notification, attemptsMade, now }: Delivery,
  ): Promise<DeliveryOutcome> {
    const attempt = Math.max(attemptsMade, notification.failedAttempts) + 1;
    let accepted: Accepted | undefined;
    try {
      accepted = await recordedSends.run({ message: await this.render(victim, notification), attempt });
    } catch (error) {
      return this.failed(job, notification, attempt, error, now);
    }
    // Another writer had the reference between our statement's snapshot and its insert: unknown, so retry (never guess).
    if (!accepted) throw new DeliveryFailed('outbox-raced', false);
    await this.recordSent(victim, notification, accepted);
    return { outcome: 'sent', providerReference: accepted.providerReference, resent: false };
  }

  /**
   * Any other channel (GOV.UK Notify): an earlier attempt is looked up with the provider first (never sent twice);
   * otherwise the attempt is committed before the provider is called, then marked accepted, and a delivery check of
   * an email or text is queued.
   */
  private async deliverThroughProvider({
    job,
    victim,
    notification,
    attemptsMade,
    now,
  }: Delivery): Promise<DeliveryOutcome> {
    const earlier = await this.attempts.find(notification.notificationId);
    if (earlier) {
      // A previous attempt may have been accepted by the channel before the worker died: ask, never guess.
      const accepted =
        earlier.state === 'accepted' && earlier.providerReference
          ? { providerReference: earlier.providerReference }
          : await this.findAccepted(earlier.reference);
      if (accepted) {
        await this.attempts.accepted(notification.notificationId, accepted.providerReference);
        await this.recordSent(victim, notification, accepted);
        return { outcome: 'sent', providerReference: accepted.providerReference, resent: false };
      }
    }

    const attempt = Math.max(attemptsMade, notification.failedAttempts, earlier?.attempt ?? 0) + 1;
    let accepted: Accepted;
    try {
      const message = await this.render(victim, notification);
      await this.attempts.begin({
        notificationId: notification.notificationId,
        victimId: job.victimId,
        reference: message.reference,
        channel: this.channel.name,
        attempt,
      });
      accepted = await this.channel.send(message);
    } catch (error) {
      return this.failed(job, notification, attempt, error, now);
    }
    await this.attempts.accepted(notification.notificationId, accepted.providerReference);
    await this.recordSent(victim, notification, accepted);
    if (this.channel.name === 'govuk-notify' && (notification.channel === 'email' || notification.channel === 'sms')) {
      await this.queue.addDeliveryCheck({
        victimId: job.victimId,
        notificationId: notification.notificationId,
        providerReference: accepted.providerReference,
        sentAt: now.toISOString(),
        urgency: urgencyOf(notification.stage),
      });
    }
    return { outcome: 'sent', providerReference: accepted.providerReference, resent: false };
  }

  /** A channel error (or a message that cannot be made): NotificationFailed with the attempt; the job retries unless final. */
  private async failed(
    job: DeliveryJob,
    notification: VictimNotification,
    attempt: number,
    error: unknown,
    now: Date,
  ): Promise<never> {
    const failure = error instanceof ChannelError ? error : new ChannelError('channel-error', false);
    const final = failure.permanent || attempt >= this.settings.maxAttempts;
    await this.attempts.failed(notification.notificationId, failure.code);
    await this.commands.run(
      'notification-worker',
      {
        type: 'RecordNotificationFailed',
        data: {
          victimId: job.victimId,
          notificationId: notification.notificationId,
          attempt,
          errorCode: failure.code,
          final,
          failedAt: now.toISOString(),
          recordedOn: londonToday(now),
        },
      },
      notification.notificationId,
    );
    this.log.warn(
      { notificationId: notification.notificationId, attempt, code: failure.code, final },
      final ? 'notification dead-lettered' : 'notification attempt failed',
    );
    throw new DeliveryFailed(failure.code, final);
  }

  /**
   * GOV.UK Notify delivery status of a sent email or SMS. Delivered: recorded. Failed, or still not delivered after
   * the configured hours: recorded (the caseload shows it) and a letter is scheduled instead. Otherwise ask again later.
   */
  async checkDelivery(job: DeliveryCheckJob): Promise<'delivered' | 'undelivered' | 'pending'> {
    const state = await this.channel.deliveryState?.(job.providerReference);
    const now = this.commands.now();
    const overdue = now.getTime() - Date.parse(job.sentAt) > this.settings.undeliveredFallbackHours * 3_600_000;
    if (state === undefined) return 'delivered';
    if (state === 'pending' && !overdue) return 'pending';
    const status = state === 'pending' ? 'temporary-failure' : state;
    const recordedOn = londonToday(now);
    await this.commands.run(
      'notification-worker',
      {
        type: 'RecordNotificationDeliveryStatus',
        data: { victimId: job.victimId, notificationId: job.notificationId, status, at: now.toISOString(), recordedOn },
      },
      job.notificationId,
    );
    if (status === 'delivered') return 'delivered';
    this.log.warn(
      { notificationId: job.notificationId, status },
      'notification not delivered; falling back to a letter',
    );
    await this.scheduleLetterFallback(job, now);
    return 'undelivered';
  }

  private async scheduleLetterFallback(job: DeliveryCheckJob, now: Date): Promise<void> {
    const victim = await loadVictim(this.store, job.victimId);
    const original = victim?.state.notifications[job.notificationId];
    if (!original) return;
    const outcome = await this.commands.run(
      'notification-planner',
      {
        type: 'ScheduleNotification',
        data: {
          victimId: job.victimId,
          notificationId: replacementNotificationId(job.notificationId, 'letter-fallback'),
          sentenceId: original.sentenceId,
          stage: original.stage,
          dueAt: now.toISOString(),
          channel: 'letter',
          reason: 'delivery-fallback',
          causedBy: { ...original.causedBy, eventId: original.causedBy.eventId ?? job.notificationId },
          recordedOn: londonToday(now),
        },
      },
      job.notificationId,
    );
    if (!outcome.done)
      this.log.warn({ notificationId: job.notificationId, rule: outcome.rule }, 'letter fallback not scheduled');
  }

  private async blocked(
    victim: KnownVictim,
    notification: VictimNotification,
    reason: SendBlockReason,
  ): Promise<DeliveryOutcome> {
    if (reason === 'not-yet-due') return { outcome: 'not-yet-due', dueAt: notification.dueAt };
    const cancelAs = CANCEL_FOR[reason];
    if (cancelAs) {
      const now = this.commands.now();
      await this.commands.run(
        'notification-worker',
        {
          type: 'CancelNotification',
          data: {
            victimId: victim.victimId,
            notificationId: notification.notificationId,
            reason: cancelAs,
            cancelledOn: londonToday(now),
            recordedOn: londonToday(now),
          },
        },
        notification.notificationId,
      );
      this.log.info({ notificationId: notification.notificationId, reason }, 'notification cancelled at delivery');
      return { outcome: 'cancelled', reason };
    }
    if (WAITS.includes(reason)) {
      // The read model shows it waiting (a caseload task); SafetyCheckConfirmed / LetterApproved re-enqueue it.
      this.log.info({ notificationId: notification.notificationId, reason }, 'notification waiting for the VLO');
      return { outcome: 'waiting', reason };
    }
    return { outcome: 'done-before' }; // already sent, cancelled or failed: nothing to do
  }

  private async findAccepted(reference: string): Promise<Accepted | undefined> {
    try {
      return await this.channel.findAccepted(reference);
    } catch (error) {
      // Not knowing is not "no": retry the job later rather than risk a second message.
      throw new DeliveryFailed(error instanceof ChannelError ? error.code : 'channel-lookup-failed', false);
    }
  }

  /**
   * NotificationSent, decided on the history this job read and appended against its revision. A stream that moved on
   * meanwhile (a VLO's change, another worker) is read again and decided again: the decider applies the gate to the
   * fresh history; the message is never handed over again here.
   */
  private async recordSent(victim: LoadedVictim, notification: VictimNotification, accepted: Accepted): Promise<void> {
    const now = this.commands.now();
    const command = {
      type: 'RecordNotificationSent' as const,
      data: {
        victimId: victim.state.victimId,
        notificationId: notification.notificationId,
        channel: notification.channel,
        providerReference: accepted.providerReference,
        sentAt: now.toISOString(),
        recordedOn: londonToday(now),
      },
    };
    let history = victim;
    for (let conflicts = 0; ; conflicts++) {
      try {
        const outcome = await this.recording.runOn(
          history,
          'notification-worker',
          command,
          notification.notificationId,
        );
        if (!outcome.done && outcome.rule !== 'notification-already-sent') {
          // The channel has the message but the history refused it (e.g. cancelled meanwhile): a VLO must know.
          this.log.warn(
            { notificationId: notification.notificationId, rule: outcome.rule },
            'notification sent but not recorded as sent',
          );
        }
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || conflicts >= RECORD_CONFLICT_RETRIES) throw error;
        const fresh = await loadVictim(this.store, victim.state.victimId);
        if (!fresh) throw error;
        history = fresh;
      }
    }
  }

  private async render(victim: LoadedVictim, notification: VictimNotification): Promise<OutgoingMessage> {
    const facts = await this.stageFacts.of(notification);
    return outgoingMessageOf(victim.state.victimId, victim.events, notification, facts);
  }
}
