import { comparePositions, EventStore, GlobalPosition, RecordedEvent } from '@vcs/event-store';
import {
  annualContactAnchorOf,
  ANNUAL_CONTACT_TRIGGERS,
  annualContactFor,
  DEFAULT_NOTIFICATION_POLICY,
  DueNotification,
  englandAndWalesCalendar,
  initialContactNotification,
  isAnnualContactTrigger,
  KnownVictim,
  MilestoneToNotify,
  NotificationPolicy,
  NotificationStage,
  notificationsForMilestone,
  pendingNotificationFor,
  pendingNotifications,
  reofferBeforeRelease,
  ReofferPolicy,
  requestAnsweredNotification,
  DEFAULT_REOFFER_POLICY,
  ReferralReceived,
  SentenceMilestoneReached,
  STAGES_SUPERSEDED_BY,
  VictimEvent,
  victimNotificationFactsOf,
  VictimRequestAnswered,
  watchProjected,
  WorkingDayCalendar,
} from '@vcs/domain';
import { notificationIdFor } from '@vcs/notifications';
import { v5 as uuidv5 } from 'uuid';
import { DataSource } from 'typeorm';
import { EventReactor } from '../process-manager';
import { londonToday, WorkerClock } from '../notification-settings';
import { loadSentence, loadVictim, occurredAtOf } from '../victim-history';
import { WorkerCommands } from '../worker-commands';
import { NotificationLog } from '../notification-processor';

const SENTENCE_VIEW = 'sentence-view';
// Fixed namespace for re-offer ids (victim, milestone); changing it would raise every re-offer again.
const REOFFER_NAMESPACE = '9d3e2c71-5a4b-4e8f-b0c6-7f1a2d3e4b5c';
const WAIT_POLL_MS = 25;
const WAIT_LIMIT_MS = 30_000;

function isSentOrFinallyFailed(event: RecordedEvent): boolean {
  return (
    event.type === 'NotificationSent' ||
    (event.type === 'NotificationFailed' && (event.data as { final?: boolean }).final === true)
  );
}

/**
 * The notification planner (a process manager): for each milestone, asks the domain's notification policy what is
 * due for every victim linked to the sentence, and schedules it on the victim's stream; for each referral, the VLO's
 * first letter. Ids are derived (victim, sentence, stage, cause), so handling an event twice schedules nothing twice;
 * a dated notice (hearing, release month …) moves the pending one rather than adding another. Withdrawal, decline,
 * erasure, closure and opting out cancel pending notifications in the domain itself (the victim decider).
 */
export class NotificationPlanner implements EventReactor {
  readonly name = 'notification-planner';
  readonly handles = [
    'SentenceMilestoneReached',
    'ReferralReceived',
    'VictimRequestAnswered',
    ...ANNUAL_CONTACT_TRIGGERS,
  ];

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly commands: WorkerCommands,
    private readonly clock: WorkerClock,
    private readonly log: NotificationLog,
    private readonly policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY,
    /** The domain's calendar; a test passes a newer published list to show what a re-plan moves. */
    private readonly calendar: WorkingDayCalendar = englandAndWalesCalendar,
    /** The re-offer task's lead (REOFFER_LEAD_WORKING_DAYS; not a published figure, docs/DOMAIN-RULES.md §11). */
    private readonly reofferPolicy: ReofferPolicy = DEFAULT_REOFFER_POLICY,
  ) {}

  async handle(event: RecordedEvent): Promise<void> {
    if (event.type === 'SentenceMilestoneReached') return this.milestone(event);
    if (event.type === 'ReferralReceived') return this.referral(event);
    if (event.type === 'VictimRequestAnswered') return this.requestAnswered(event);
    if (isAnnualContactTrigger(event.type)) return this.annualTrigger(event);
  }

  /**
   * The events of a batch in order, as `handle` would; the stages of its sent and finally failed notifications are
   * read in one query first (a burst of deliveries is thousands of NotificationSent, nearly all not yearly letters).
   */
  async handleBatch(events: readonly RecordedEvent[]): Promise<void> {
    const asked = events
      .filter((event) => isSentOrFinallyFailed(event))
      .map((event) => (event.data as { notificationId: string }).notificationId);
    const stages = asked.length < 2 ? new Map<string, string>() : await this.stagesOf(asked);
    for (const event of events) {
      const stage = isSentOrFinallyFailed(event)
        ? stages.get((event.data as { notificationId: string }).notificationId)
        : undefined;
      if (stage !== undefined && stage !== 'annual-contact') continue;
      await this.handle(event);
    }
  }

  private async stagesOf(notificationIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { notification_id: string; stage: string }[] = await this.dataSource
      .query('SELECT notification_id::text, stage FROM notification_schedule WHERE notification_id = ANY($1::uuid[])', [
        notificationIds,
      ])
      .catch(() => []); // no schedule table yet: each is handled on its own
    return new Map(rows.map((row) => [row.notification_id, row.stage]));
  }

  private async milestone(event: RecordedEvent): Promise<void> {
    const data = event.data as SentenceMilestoneReached['data'];
    // The victims linked to the sentence come from the sentence view: wait until it includes this event.
    await this.waitForProjection(SENTENCE_VIEW, event.position);
    const rows: { victim_id: string }[] = await this.dataSource.query(
      'SELECT victim_id::text FROM sentence_view_victims WHERE sentence_id = $1 ORDER BY victim_id',
      [data.sentenceId],
    );
    if (rows.length === 0) return;
    const sentence = await loadSentence(this.store, data.sentenceId);
    const order = new Map<string, number>();
    sentence?.events.forEach((e, index) => {
      if (e.type === 'SentenceMilestoneReached')
        order.set((e.data as SentenceMilestoneReached['data']).milestoneId, index);
    });
    const milestone = { ...data, recordedAt: occurredAtOf(event) } as MilestoneToNotify;
    // One victim whose history cannot be read or planned must not keep the others from hearing: each is planned, and
    // the first failure is thrown afterwards (the event is tried again, or parked; planning the others again is a no-op).
    const failures: unknown[] = [];
    for (const { victim_id: victimId } of rows) {
      try {
        await this.milestoneFor(victimId, milestone, data, order, Boolean(sentence?.state.ended), event);
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0) throw failures[0];
  }

  private async milestoneFor(
    victimId: string,
    milestone: MilestoneToNotify,
    data: SentenceMilestoneReached['data'],
    order: Map<string, number>,
    sentenceEnded: boolean,
    event: RecordedEvent,
  ): Promise<void> {
    const victim = await loadVictim(this.store, victimId);
    if (!victim) return;
    const watch = watchProjected(this.calendar);
    const plan = notificationsForMilestone(
      milestone,
      victimNotificationFactsOf(victim.state),
      watch.calendar,
      this.policy,
    );
    const planned = new Set<string>();
    for (const due of plan.due) {
      const notificationId = this.idFor(victim.state, due, data.milestoneId, order);
      if (!notificationId) continue;
      await this.schedule(due, notificationId, event.id, watch.usedProjectedDays());
      planned.add(notificationId);
    }
    await this.reoffer(milestone, victim.state, watch.calendar, event.id);
    await this.cancelSuperseded(victim.state, data, order, event.id, planned);
    // A sentence that ended takes the yearly letter with it (or moves it to another sentence that still runs).
    if (sentenceEnded) await this.annual(victimId, event);
  }

  /**
   * A victim who declined or never answered gets no notice; ahead of a possible release their VLO gets a task to
   * consider offering the scheme again (issue 17). The id is derived (victim, milestone), so a replay raises nothing.
   */
  private async reoffer(
    milestone: MilestoneToNotify,
    victim: KnownVictim,
    calendar: WorkingDayCalendar,
    causationId: string,
  ): Promise<void> {
    const due = reofferBeforeRelease(milestone, victimNotificationFactsOf(victim), calendar, this.reofferPolicy);
    if (!due) return;
    const outcome = await this.commands.run(
      'notification-planner',
      {
        type: 'RaiseReofferBeforeRelease',
        data: {
          victimId: due.victimId,
          reofferId: uuidv5(`${due.victimId}\u0000${due.milestoneId}`, REOFFER_NAMESPACE),
          sentenceId: due.sentenceId,
          because: due.because,
          releaseWindowOn: due.releaseWindowOn,
          dueOn: due.dueOn,
          causedBy: { milestoneId: due.milestoneId },
          recordedOn: londonToday(this.clock.now()),
        },
      },
      causationId,
    );
    if (!outcome.done) this.log.info({ rule: outcome.rule }, 're-offer not raised');
  }

  private async referral(event: RecordedEvent): Promise<void> {
    const data = event.data as ReferralReceived['data'];
    const victim = await loadVictim(this.store, data.victimId);
    const sentence = await loadSentence(this.store, data.sentenceId);
    if (!victim || !sentence) return;
    const watch = watchProjected(this.calendar);
    const plan = initialContactNotification(
      victimNotificationFactsOf(victim.state),
      {
        sentenceId: data.sentenceId,
        referralEventId: event.id,
        receivedOn: data.receivedOn,
        referredFor: data.referredFor,
        sentenceDate: sentence.state.facts.sentenceDate,
        recordedAt: occurredAtOf(event),
      },
      watch.calendar,
      this.policy,
    );
    for (const due of plan.due) {
      const notificationId = notificationIdFor({
        victimId: due.victimId,
        sentenceId: due.sentenceId,
        stage: due.stage,
        cause: event.id,
      });
      await this.schedule(due, notificationId, event.id, watch.usedProjectedDays());
    }
  }

  /**
   * The answer to the victim's own request (issue 17): a notice by their chosen channel unless the policy says not
   * (they withdrew it, or left the scheme). The id is derived from the answer, so a replay schedules nothing twice.
   */
  private async requestAnswered(event: RecordedEvent): Promise<void> {
    const data = event.data as VictimRequestAnswered['data'];
    const victim = await loadVictim(this.store, data.victimId);
    if (!victim) return;
    const watch = watchProjected(this.calendar);
    const plan = requestAnsweredNotification(
      victimNotificationFactsOf(victim.state),
      {
        sentenceId: data.sentenceId,
        requestId: data.requestId,
        kind: data.kind,
        outcome: data.outcome,
        answerEventId: event.id,
        recordedAt: occurredAtOf(event),
      },
      watch.calendar,
      this.policy,
    );
    for (const skipped of plan.skipped)
      this.log.info({ stage: skipped.stage, rule: skipped.reason }, 'request answered: no notice to the victim');
    for (const due of plan.due) {
      const notificationId = notificationIdFor({
        victimId: due.victimId,
        sentenceId: due.sentenceId,
        stage: due.stage,
        cause: event.id,
      });
      await this.schedule(due, notificationId, event.id, watch.usedProjectedDays());
    }
  }

  /** A sent yearly letter asks for the next one; other notifications do not (the schedule row says which, cheaply). */
  private async annualTrigger(event: RecordedEvent): Promise<void> {
    const data = event.data as { victimId: string; notificationId?: string };
    if (event.type === 'NotificationSent' || event.type === 'NotificationFailed') {
      if (event.type === 'NotificationFailed' && (event.data as { final?: boolean }).final !== true) return;
      const rows: { stage: string }[] = await this.dataSource
        .query('SELECT stage FROM notification_schedule WHERE notification_id = $1', [data.notificationId])
        .catch(() => []); // no schedule table yet: read the victim's history instead
      if (rows.length > 0 && rows[0].stage !== 'annual-contact') return;
    }
    await this.annual(data.victimId, event);
  }

  /**
   * The victim's yearly letter, from their whole history (the domain's `annualContactFor`): scheduled when they chose
   * it, a year after they joined or after the last one; moved when that date changes; cancelled as superseded when
   * every sentence has ended. Withdrawal, erasure, closure and a changed choice cancel it in the victim decider.
   * Idempotent: a pending yearly letter keeps its id (the same due time changes nothing); a new one's id is derived
   * from the event that asked for it.
   */
  private async annual(victimId: string, trigger: RecordedEvent): Promise<void> {
    const victim = await loadVictim(this.store, victimId);
    if (!victim) return;
    const pending = pendingNotifications(victim.state).filter((n) => n.stage === 'annual-contact');
    if (victim.state.preferences?.stages.choice !== 'annual-letter' && pending.length === 0) return;
    const sentences = await Promise.all(
      victim.state.linkedSentenceIds.map(async (sentenceId) => ({
        sentenceId,
        ended: (await loadSentence(this.store, sentenceId))?.state.ended !== undefined,
      })),
    );
    const watch = watchProjected(this.calendar);
    const plan = annualContactFor(
      victimNotificationFactsOf(victim.state),
      annualContactAnchorOf(victim.events.map((e) => ({ type: e.type, data: e.data }) as unknown as VictimEvent)),
      sentences,
      { eventId: trigger.id, at: occurredAtOf(trigger) },
      watch.calendar,
      this.policy,
    );
    const due = plan.due[0];
    const keep = due && pending.find((n) => n.sentenceId === due.sentenceId);
    for (const stale of pending) {
      if (stale !== keep) await this.cancel(victimId, stale.notificationId, trigger.id);
    }
    if (!due) return;
    // A yearly letter already due (e.g. waiting for its approval) stays due: a later trigger must not push it back.
    if (
      keep &&
      Date.parse(keep.dueAt) <= Date.parse(occurredAtOf(trigger)) &&
      Date.parse(due.dueAt) >= Date.parse(keep.dueAt)
    )
      return;
    const notificationId =
      keep?.notificationId ??
      notificationIdFor({ victimId, sentenceId: due.sentenceId, stage: due.stage, cause: trigger.id });
    await this.schedule(due, notificationId, trigger.id, watch.usedProjectedDays());
  }

  /**
   * A milestone's own stage: a new notification per milestone. A dated notice: the pending one of that stage moves
   * (same id, new due time) — unless it was set by a later milestone (a replay of an older one must not move it back).
   */
  private idFor(
    victim: KnownVictim,
    due: DueNotification,
    milestoneId: string,
    order: Map<string, number>,
  ): string | undefined {
    const fresh = notificationIdFor({
      victimId: due.victimId,
      sentenceId: due.sentenceId,
      stage: due.stage,
      cause: milestoneId,
    });
    if (!due.movesPending) return fresh;
    if (victim.notifications[fresh]) return fresh; // this milestone's own notice (a replay): the domain sees it is done
    const pending = pendingNotificationFor(victim, due.sentenceId, due.stage);
    if (!pending) return fresh;
    const setBy = pending.causedBy.milestoneId;
    if (setBy && (order.get(setBy) ?? -1) > (order.get(milestoneId) ?? -1)) return undefined;
    return pending.notificationId;
  }

  private async schedule(
    due: DueNotification,
    notificationId: string,
    causationId: string,
    onProjectedDays: boolean,
  ): Promise<void> {
    const now = this.clock.now();
    const outcome = await this.commands.run(
      'notification-planner',
      {
        type: 'ScheduleNotification',
        data: {
          victimId: due.victimId,
          notificationId,
          sentenceId: due.sentenceId,
          stage: due.stage,
          dueAt: due.dueAt,
          channel: due.channel,
          reason: due.reason,
          causedBy: due.causedBy,
          ...(due.respondBy !== undefined ? { respondBy: due.respondBy } : {}),
          recordedOn: londonToday(now),
        },
      },
      causationId,
    );
    // A refusal here is the domain saying "already done" or "no longer applies" (e.g. it was sent, the victim withdrew).
    if (!outcome.done)
      this.log.info({ notificationId, stage: due.stage, rule: outcome.rule }, 'notification not scheduled');
    // Its due time rested on projected bank holidays: re-planned when a newer published list is added.
    if (onProjectedDays)
      await recordCalendarDependence(this.dataSource, notificationId, due.victimId, this.calendar.version);
  }

  /**
   * Once per calendar version (at start-up): every pending notification whose due time rested on projected bank
   * holidays of an older calendar is planned again from the event that caused it (a milestone, a referral, a yearly
   * letter's trigger), which moves it (NotificationRescheduled) when the newer list changes its date. Idempotent like
   * every other planning; answers how many notifications were looked at, or undefined when this version was done.
   */
  async replanAfterCalendarChange(): Promise<number | undefined> {
    const version = this.calendar.version;
    const done: unknown[] = await this.dataSource.query('SELECT 1 FROM calendar_replans WHERE calendar_version = $1', [
      version,
    ]);
    if (done.length > 0) return undefined;
    const rows: { notification_id: string; victim_id: string }[] = await this.dataSource.query(
      'SELECT notification_id::text, victim_id::text FROM notification_calendar_dependence WHERE calendar_version <> $1 ORDER BY victim_id, notification_id',
      [version],
    );
    const causes = new Map<string, RecordedEvent>();
    /** Sent, cancelled or failed since, or planned again below. */
    const settled: string[] = [];
    const byVictim = new Map<string, string[]>();
    for (const row of rows) byVictim.set(row.victim_id, [...(byVictim.get(row.victim_id) ?? []), row.notification_id]);
    for (const [victimId, notificationIds] of byVictim) {
      const victim = await loadVictim(this.store, victimId);
      for (const notificationId of notificationIds) {
        const notification = victim?.state.notifications[notificationId];
        if (!victim || !notification || notification.status !== 'scheduled') {
          settled.push(notificationId);
          continue;
        }
        const sentence = await loadSentence(this.store, notification.sentenceId);
        const { milestoneId, eventId } = notification.causedBy;
        const cause = milestoneId
          ? sentence?.events.find(
              (e) =>
                e.type === 'SentenceMilestoneReached' &&
                (e.data as { milestoneId?: string }).milestoneId === milestoneId,
            )
          : [...victim.events, ...(sentence?.events ?? [])].find((e) => e.id === eventId);
        if (cause) {
          causes.set(cause.id, cause);
          settled.push(notificationId);
        } else
          this.log.warn(
            { notificationId, stage: notification.stage },
            'calendar re-plan: the event that caused the notification was not found; left as planned',
          );
      }
    }
    const inOrder = [...causes.values()].sort((a, b) => comparePositions(a.position, b.position));
    for (const cause of inOrder) await this.handle(cause);
    // Planned again: those still on projected days were recorded under this version; the rest need no re-plan.
    await this.dataSource.query(
      'DELETE FROM notification_calendar_dependence WHERE calendar_version <> $1 AND notification_id = ANY($2::uuid[])',
      [version, settled],
    );
    await this.dataSource.query(
      'INSERT INTO calendar_replans (calendar_version, notifications) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [version, rows.length],
    );
    if (rows.length > 0)
      this.log.info(
        { calendarVersion: version, notifications: rows.length, causes: inOrder.length },
        'notifications planned on projected bank holidays re-planned for a newer calendar',
      );
    return rows.length;
  }

  private async cancelSuperseded(
    victim: KnownVictim,
    milestone: SentenceMilestoneReached['data'],
    order: Map<string, number>,
    causationId: string,
    /** Scheduled or moved by this milestone just now (the loaded state predates it): kept. */
    planned: ReadonlySet<string> = new Set(),
  ): Promise<void> {
    const stages: readonly NotificationStage[] = STAGES_SUPERSEDED_BY[milestone.kind];
    if (stages.length === 0) return;
    const mine = order.get(milestone.milestoneId) ?? -1;
    for (const pending of pendingNotifications(victim)) {
      if (pending.sentenceId !== milestone.sentenceId || !stages.includes(pending.stage)) continue;
      if (planned.has(pending.notificationId)) continue;
      const setBy = pending.causedBy.milestoneId;
      if (setBy && (order.get(setBy) ?? -1) >= mine) continue; // set by or after this milestone: still good
      await this.cancel(victim.victimId, pending.notificationId, causationId);
    }
  }

  private async cancel(victimId: string, notificationId: string, causationId: string): Promise<void> {
    const today = londonToday(this.clock.now());
    await this.commands.run(
      'notification-planner',
      {
        type: 'CancelNotification',
        data: { victimId, notificationId, reason: 'superseded', cancelledOn: today, recordedOn: today },
      },
      causationId,
    );
  }

  private async waitForProjection(projection: string, position: GlobalPosition): Promise<void> {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (;;) {
      const rows: { commit_position: string | null; prepare_position: string | null }[] = await this.dataSource.query(
        'SELECT commit_position::text, prepare_position::text FROM projection_checkpoints WHERE projection = $1',
        [projection],
      );
      const row = rows[0];
      if (
        row?.commit_position &&
        row.prepare_position &&
        comparePositions({ commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) }, position) >= 0
      )
        return;
      if (Date.now() > deadline) throw new Error(`${projection} has not reached the milestone's position yet`);
      await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
    }
  }
}

/** Notes (or moves to this calendar version) a notification whose due time rested on projected bank holidays. */
async function recordCalendarDependence(
  dataSource: DataSource,
  notificationId: string,
  victimId: string,
  calendarVersion: string,
): Promise<void> {
  await dataSource.query(
    `INSERT INTO notification_calendar_dependence (notification_id, victim_id, calendar_version) VALUES ($1, $2, $3)
     ON CONFLICT (notification_id) DO UPDATE SET calendar_version = EXCLUDED.calendar_version, recorded_at = now()`,
    [notificationId, victimId, calendarVersion],
  );
}
