import { BadRequestException, Injectable } from '@nestjs/common';
import { AccessScope } from '@vcs/domain';
import { PERFORMANCE_FIGURES_PROJECTION } from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { Clock } from '../../commands/clock';
import { ReadModelFreshness } from '../shared/read-model-freshness';
import { DECISION_STAGES } from './decision-stages';
import { SCOPE_PROJECTION } from '../shared/access-scope.sql';
import { PerformanceMonthsQuery } from './performance.requests';
import {
  DecisionNoticesMonth,
  DecisionNoticesResponse,
  FirstContactMonth,
  FirstContactResponse,
  LettersFigureResponse,
  LettersMonth,
  NotificationsFigureResponse,
  NotificationsMonth,
  ReferralsMonth,
  ReferralsResponse,
} from './performance.responses';

/** The Victims' Code timescale (Right 11) is for every victim: the unit's target is all of them contacted in time. */
export const FIRST_CONTACT_TARGET_PERCENT = 100;
const MOST_MONTHS = 36;

interface Months {
  readonly from: string;
  readonly to: string;
}

/** A statement's parameters, numbered as they are added. */
class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The figures behind the managers' charts, from the performance read model (libs/read-models/src/performance), one
 * row per month with zeros for empty months. Counted over the caller's units' cases only, in SQL (a case opened to a
 * person by a grant is not their unit's work); whether a deadline has passed is compared with today here.
 */
@Injectable()
export class PerformanceFigures {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly clock: Clock,
  ) {}

  async firstContact(query: PerformanceMonthsQuery, scope: AccessScope): Promise<FirstContactResponse> {
    const { months, today, p, head } = await this.prepare(query, scope);
    const todayParam = p.add(today);
    const rows = await this.monthly<Omit<FirstContactMonth, 'percentInTime'>>(
      p,
      months,
      `SELECT to_char(received_on, 'YYYY-MM') AS month, count(*)::int AS referrals,
              (count(*) FILTER (WHERE first_contact_on <= contact_due_on))::int AS "contactedInTime",
              (count(*) FILTER (WHERE first_contact_on > contact_due_on
                                   OR (first_contact_on IS NULL AND contact_due_on < ${todayParam}::date)))::int AS late,
              (count(*) FILTER (WHERE first_contact_on IS NULL AND contact_due_on >= ${todayParam}::date))::int AS "notYetDue"
         FROM performance_referrals
        WHERE referred_for = 'vcs' AND ${inMonths('received_on', months, p)} AND ${caseInScope(scope, 'victim_id', p)}
        GROUP BY 1`,
      { referrals: 0, contactedInTime: 0, late: 0, notYetDue: 0 },
    );
    return {
      ...head,
      targetPercent: FIRST_CONTACT_TARGET_PERCENT,
      months: rows.map((row) => ({
        ...row,
        percentInTime: percent(row.contactedInTime, row.contactedInTime + row.late),
      })),
    };
  }

  async referrals(query: PerformanceMonthsQuery, scope: AccessScope): Promise<ReferralsResponse> {
    const { months, today, p, head } = await this.prepare(query, scope);
    const rows = await this.monthly<ReferralsMonth>(
      p,
      months,
      `SELECT coalesce(r.month, s.month) AS month, coalesce(r.referrals, 0) AS referrals, coalesce(s.missed, 0) AS "missedReferrals"
         FROM (SELECT to_char(received_on, 'YYYY-MM') AS month, count(*)::int AS referrals FROM performance_referrals
                WHERE ${inMonths('received_on', months, p)} AND ${caseInScope(scope, 'victim_id', p)} GROUP BY 1) r
         FULL JOIN (SELECT to_char(referral_due_on, 'YYYY-MM') AS month, count(*)::int AS missed FROM performance_sentences
                WHERE ${inMonths('referral_due_on', months, p)} AND referral_due_on < ${p.add(today)}::date
                  AND (first_referral_on IS NULL OR first_referral_on > referral_due_on)
                  AND ${scope.national ? 'TRUE' : `region = ANY(${p.add([...scope.units])}::text[])`} GROUP BY 1) s
           ON r.month = s.month`,
      { referrals: 0, missedReferrals: 0 },
    );
    return { ...head, months: rows };
  }

  async decisionNotices(query: PerformanceMonthsQuery, scope: AccessScope): Promise<DecisionNoticesResponse> {
    const { months, today, p, head } = await this.prepare(query, scope);
    const london = (column: string) => `(${column} AT TIME ZONE 'Europe/London')`;
    const rows = await this.monthly<Omit<DecisionNoticesMonth, 'percentSameWorkingDay'> & { decided: number }>(
      p,
      months,
      `SELECT to_char(${london('m.recorded_at')}, 'YYYY-MM') AS month, count(*)::int AS notices,
              (count(*) FILTER (WHERE n.sent_at IS NOT NULL))::int AS told,
              (count(*) FILTER (WHERE ${london('n.sent_at')}::date <= m.same_day_deadline))::int AS "toldSameWorkingDay",
              (count(*) FILTER (WHERE n.sent_at IS NOT NULL OR m.same_day_deadline < ${p.add(today)}::date))::int AS decided,
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM n.sent_at - m.recorded_at) / 3600)
                     FILTER (WHERE n.sent_at IS NOT NULL))::numeric, 1)::float AS "medianHoursToTell"
         FROM performance_notifications n JOIN performance_milestones m ON m.milestone_id = n.milestone_id
        WHERE n.stage = ANY(${p.add(DECISION_STAGES)}::text[]) AND n.reason <> 'delivery-fallback' AND NOT n.cancelled
          AND ${inMonths(london('m.recorded_at'), months, p)} AND ${caseInScope(scope, 'n.victim_id', p)}
        GROUP BY 1`,
      { notices: 0, told: 0, toldSameWorkingDay: 0, decided: 0, medianHoursToTell: null },
    );
    return {
      ...head,
      stages: [...DECISION_STAGES],
      months: rows.map(({ decided, ...row }) => ({
        ...row,
        percentSameWorkingDay: percent(row.toldSameWorkingDay, decided),
      })),
    };
  }

  async letters(query: PerformanceMonthsQuery, scope: AccessScope): Promise<LettersFigureResponse> {
    const { months, p, head } = await this.prepare(query, scope);
    const days = (later: string, earlier: string) =>
      `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ${later} - ${earlier}) / 86400)
              FILTER (WHERE ${later} IS NOT NULL AND ${earlier} IS NOT NULL))::numeric, 1)::float`;
    const rows = await this.monthly<LettersMonth>(
      p,
      months,
      `SELECT to_char(drafted_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, count(*)::int AS drafted,
              (count(*) FILTER (WHERE approved_at IS NOT NULL))::int AS approved,
              (count(*) FILTER (WHERE sent_at IS NOT NULL))::int AS sent,
              (count(*) FILTER (WHERE returns > 0))::int AS returned,
              ${days('approved_at', 'drafted_at')} AS "medianDaysToApprove",
              ${days('sent_at', 'approved_at')} AS "medianDaysToSend"
         FROM performance_letters
        WHERE ${inMonths("(drafted_at AT TIME ZONE 'Europe/London')", months, p)} AND ${caseInScope(scope, 'victim_id', p)}
        GROUP BY 1`,
      { drafted: 0, approved: 0, sent: 0, returned: 0, medianDaysToApprove: null, medianDaysToSend: null },
    );
    return { ...head, months: rows };
  }

  async notifications(query: PerformanceMonthsQuery, scope: AccessScope): Promise<NotificationsFigureResponse> {
    const { months, p, head } = await this.prepare(query, scope);
    const rows = await this.monthly<NotificationsMonth>(
      p,
      months,
      `SELECT to_char(due_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, count(*)::int AS due,
              (count(*) FILTER (WHERE sent_at IS NOT NULL))::int AS sent,
              (count(*) FILTER (WHERE failed_at IS NOT NULL AND sent_at IS NULL))::int AS failed,
              (count(*) FILTER (WHERE delivery_status IS NOT NULL AND delivery_status <> 'delivered'))::int AS "notDelivered",
              (count(*) FILTER (WHERE reason = 'delivery-fallback' AND channel = 'letter'))::int AS "fellBackToLetter"
         FROM performance_notifications
        WHERE NOT cancelled AND ${inMonths("(due_at AT TIME ZONE 'Europe/London')", months, p)}
          AND ${caseInScope(scope, 'victim_id', p)}
        GROUP BY 1`,
      { due: 0, sent: 0, failed: 0, notDelivered: 0, fellBackToLetter: 0 },
    );
    return { ...head, months: rows };
  }

  private async prepare(query: PerformanceMonthsQuery, scope: AccessScope) {
    const today = this.clock.today();
    const to = query.to ?? today.slice(0, 7);
    const from = query.from ?? addMonths(to, -11);
    if (from > to) throw problem('from', 'order', 'from must be the same month as to or before it');
    if (monthsBetween(from, to) >= MOST_MONTHS)
      throw problem('from', 'range', `ask for at most ${MOST_MONTHS} months at a time`);
    await this.freshness.waitFor([PERFORMANCE_FIGURES_PROJECTION, SCOPE_PROJECTION], query.minPosition);
    return {
      months: { from, to },
      today,
      p: new Parameters(),
      head: { today, from, to, units: scope.national ? ['national'] : [...scope.units] },
    };
  }

  /** One row per month from `from` to `to`, the month's figures or `empty`. */
  private async monthly<T extends { month: string }>(
    p: Parameters,
    months: Months,
    sql: string,
    empty: Omit<T, 'month'>,
  ): Promise<T[]> {
    const rows: T[] = await this.dataSource.query(sql, p.values);
    const byMonth = new Map(rows.map((row) => [row.month, row]));
    const all: T[] = [];
    for (let month = months.from; month <= months.to; month = addMonths(month, 1))
      all.push(byMonth.get(month) ?? ({ month, ...empty } as T));
    return all;
  }
}

/** A case held by one of the caller's units (figures are the unit's own work; grants are left out). */
function caseInScope(scope: AccessScope, column: string, p: Parameters): string {
  if (scope.national) return 'TRUE';
  return `${column} IN (SELECT victim_id FROM case_units WHERE unit = ANY(${p.add([...scope.units])}::text[]))`;
}

function inMonths(column: string, months: Months, p: Parameters): string {
  return `${column} >= ${p.add(`${months.from}-01`)}::date AND ${column} < ${p.add(`${addMonths(months.to, 1)}-01`)}::date`;
}

export function addMonths(month: string, count: number): string {
  const [year, mon] = month.split('-').map(Number);
  const index = year * 12 + (mon - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthsBetween(from: string, to: string): number {
  const [a, b] = [from, to].map((m) => m.split('-').map(Number));
  return (b[0] - a[0]) * 12 + (b[1] - a[1]);
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

function problem(field: string, rule: string, message: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: 'the request is not valid',
    problems: [{ field, rule, message }],
  });
}
