import { Schemas } from '../data/api-client';
import { longMonth, shortMonth } from './month-words';
import { BASE, COLOURS, VegaLiteSpec } from './vega-lite-spec';

export const FIGURE_KEYS = ['first-contact', 'referrals', 'decision-notices', 'letters', 'notifications'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** Each figure's answer from the API (GET /performance/<key>). */
export interface FigureAnswers {
  'first-contact': Schemas['FirstContactResponse'];
  referrals: Schemas['ReferralsResponse'];
  'decision-notices': Schemas['DecisionNoticesResponse'];
  letters: Schemas['LettersFigureResponse'];
  notifications: Schemas['NotificationsFigureResponse'];
}
type MonthOf<K extends FigureKey> = FigureAnswers[K]['months'][number];

export interface Column<K extends FigureKey> {
  readonly header: string;
  readonly value: (row: MonthOf<K>) => string | number | null;
}

/** One figure: its words, its table's columns (also the CSV's) and its chart. */
export interface Figure<K extends FigureKey> {
  readonly key: K;
  readonly title: string;
  /** What the chart shows, in words: the SVG's desc and the section's lead paragraph. */
  readonly about: string;
  readonly columns: readonly Column<K>[];
  chart(answer: FigureAnswers[K]): VegaLiteSpec;
}

/** A chart without its words: the data and how it is drawn. */
type ChartBody = Pick<VegaLiteSpec, 'data'> & Record<string, unknown>;

const month = <K extends FigureKey>(): Column<K> => ({ header: 'Month', value: (row) => longMonth(row.month) });

/** Months along the x axis, in order, labelled "Nov 2026": every month asked for, those without a figure too. */
const monthAxis = (answer: { months: readonly { month: string }[] }) =>
  ({
    field: 'label',
    type: 'ordinal',
    title: null,
    sort: null,
    scale: { domain: answer.months.map((row) => shortMonth(row.month)) },
    axis: { labelAngle: -45 },
  }) as const;

/** Rows in long form (one per month and series) for grouped bars: each series its own colour and legend entry. */
function groupedBars(
  answer: { months: readonly { month: string }[] },
  series: readonly { name: string; value: (row: never) => number | null; colour: string }[],
  yTitle: string,
  counts = true,
): ChartBody {
  const values = answer.months.flatMap((row) =>
    series.map((s) => ({ label: shortMonth(row.month), series: s.name, value: s.value(row as never) ?? 0 })),
  );
  return {
    ...BASE,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: monthAxis(answer),
      xOffset: { field: 'series', sort: series.map((s) => s.name) },
      // Counts are whole numbers: no 0.5 on the axis.
      y: { field: 'value', type: 'quantitative', title: yTitle, axis: counts ? { format: 'd', tickMinStep: 1 } : {} },
      color: {
        field: 'series',
        title: null,
        sort: series.map((s) => s.name),
        scale: { domain: series.map((s) => s.name), range: series.map((s) => s.colour) },
      },
    },
  };
}

/** Bars of a percentage per month (0 to 100), with a dashed rule for the target when there is one. */
function percentBars(
  answer: { months: readonly { month: string }[] },
  value: (row: never) => number | null,
  yTitle: string,
  target?: number,
): ChartBody {
  const values = answer.months.map((row) => ({ label: shortMonth(row.month), value: value(row as never) }));
  const bars = {
    mark: { type: 'bar', color: COLOURS.blue },
    encoding: {
      x: monthAxis(answer),
      y: { field: 'value', type: 'quantitative', title: yTitle, scale: { domain: [0, 100] } },
    },
  };
  const layer =
    target === undefined
      ? [bars]
      : [
          bars,
          {
            data: { values: [{ target }] },
            mark: { type: 'rule', color: COLOURS.red, strokeWidth: 2, strokeDash: [6, 4] },
            encoding: { y: { field: 'target', type: 'quantitative' } },
          },
        ];
  return { ...BASE, data: { values }, layer };
}

const percentText = (value: number | null) => (value === null ? null : `${value}%`);

const FIRST_CONTACT: Figure<'first-contact'> = {
  key: 'first-contact',
  title: 'First contact within 20 working days of referral',
  about:
    "For each month's Victim Contact Scheme referrals, the percentage contacted within 20 working days (Victims' Code Right 11), against the target (dashed line).",
  columns: [
    month(),
    { header: 'Referrals', value: (r) => r.referrals },
    { header: 'Contacted in time', value: (r) => r.contactedInTime },
    { header: 'Late or not contacted', value: (r) => r.late },
    { header: 'Not yet due', value: (r) => r.notYetDue },
    { header: 'In time (%)', value: (r) => r.percentInTime },
  ],
  chart: (answer) => ({
    ...percentBars(
      answer,
      (r: MonthOf<'first-contact'>) => r.percentInTime,
      'Contacted in time (%)',
      answer.targetPercent,
    ),
    title: FIRST_CONTACT.title,
    description: `${FIRST_CONTACT.about} Target ${answer.targetPercent}%. ${describe(answer.months, (r) => percentText(r.percentInTime))}`,
  }),
};

const REFERRALS: Figure<'referrals'> = {
  key: 'referrals',
  title: 'Referrals and missed referrals',
  about:
    'Victims referred each month, and eligible sentences whose referral deadline passed that month with no victim referred (missed referrals).',
  columns: [
    month(),
    { header: 'Victims referred', value: (r) => r.referrals },
    { header: 'Missed referrals', value: (r) => r.missedReferrals },
  ],
  chart: (answer) => ({
    ...groupedBars(
      answer,
      [
        { name: 'Victims referred', value: (r: MonthOf<'referrals'>) => r.referrals, colour: COLOURS.blue },
        { name: 'Missed referrals', value: (r: MonthOf<'referrals'>) => r.missedReferrals, colour: COLOURS.red },
      ],
      'Number',
    ),
    title: REFERRALS.title,
    description: `${REFERRALS.about} ${describe(answer.months, (r) => `${r.referrals} referred, ${r.missedReferrals} missed`)}`,
  }),
};

const DECISION_NOTICES: Figure<'decision-notices'> = {
  key: 'decision-notices',
  title: 'Release and parole decisions: victims told the same working day',
  about:
    'For release and parole decisions recorded each month, the percentage of victims told by the end of the working day the decision was recorded; the table also gives the median hours to tell them.',
  columns: [
    month(),
    { header: 'Victims to tell', value: (r) => r.notices },
    { header: 'Told', value: (r) => r.told },
    { header: 'Told the same working day', value: (r) => r.toldSameWorkingDay },
    { header: 'Same working day (%)', value: (r) => r.percentSameWorkingDay },
    { header: 'Median hours to tell', value: (r) => r.medianHoursToTell },
  ],
  chart: (answer) => ({
    ...percentBars(
      answer,
      (r: MonthOf<'decision-notices'>) => r.percentSameWorkingDay,
      'Told the same working day (%)',
    ),
    title: DECISION_NOTICES.title,
    description: `${DECISION_NOTICES.about} ${describe(answer.months, (r) => percentText(r.percentSameWorkingDay))}`,
  }),
};

const LETTERS: Figure<'letters'> = {
  key: 'letters',
  title: 'Letters: days from draft to approval and from approval to sending',
  about:
    'For letters drafted each month, the median days from draft to a manager approving it and from approval to sending; the table also counts letters returned with comments.',
  columns: [
    month(),
    { header: 'Drafted', value: (r) => r.drafted },
    { header: 'Approved', value: (r) => r.approved },
    { header: 'Sent', value: (r) => r.sent },
    { header: 'Returned', value: (r) => r.returned },
    { header: 'Median days to approve', value: (r) => r.medianDaysToApprove },
    { header: 'Median days to send', value: (r) => r.medianDaysToSend },
  ],
  chart: (answer) => ({
    ...groupedBars(
      answer,
      [
        { name: 'Draft to approval', value: (r: MonthOf<'letters'>) => r.medianDaysToApprove, colour: COLOURS.blue },
        { name: 'Approval to sending', value: (r: MonthOf<'letters'>) => r.medianDaysToSend, colour: COLOURS.purple },
      ],
      'Median days',
      false,
    ),
    title: LETTERS.title,
    description: `${LETTERS.about} ${describe(answer.months, (r) => `${r.drafted} drafted, ${r.returned} returned`)}`,
  }),
};

const NOTIFICATIONS: Figure<'notifications'> = {
  key: 'notifications',
  title: 'Notifications that failed or fell back to a letter',
  about:
    'Notifications due each month that could not be sent, emails and texts reported not delivered, and the letters sent instead.',
  columns: [
    month(),
    { header: 'Due', value: (r) => r.due },
    { header: 'Sent', value: (r) => r.sent },
    { header: 'Failed', value: (r) => r.failed },
    { header: 'Not delivered', value: (r) => r.notDelivered },
    { header: 'Fell back to a letter', value: (r) => r.fellBackToLetter },
  ],
  chart: (answer) => ({
    ...groupedBars(
      answer,
      [
        { name: 'Failed', value: (r: MonthOf<'notifications'>) => r.failed, colour: COLOURS.red },
        { name: 'Not delivered', value: (r: MonthOf<'notifications'>) => r.notDelivered, colour: COLOURS.orange },
        {
          name: 'Fell back to a letter',
          value: (r: MonthOf<'notifications'>) => r.fellBackToLetter,
          colour: COLOURS.blue,
        },
      ],
      'Number',
    ),
    title: NOTIFICATIONS.title,
    description: `${NOTIFICATIONS.about} ${describe(answer.months, (r) => `${r.failed} failed, ${r.fellBackToLetter} fell back to a letter`)}`,
  }),
};

/** The latest month in words, for the chart's description (the table has every month). */
function describe<R extends { month: string }>(months: readonly R[], words: (row: R) => string | null): string {
  const latest = months[months.length - 1];
  if (!latest) return '';
  return `${longMonth(latest.month)}: ${words(latest) ?? 'no figures'}. Every month is in the table beside the chart.`;
}

export const FIGURES: { readonly [K in FigureKey]: Figure<K> } = {
  'first-contact': FIRST_CONTACT,
  referrals: REFERRALS,
  'decision-notices': DECISION_NOTICES,
  letters: LETTERS,
  notifications: NOTIFICATIONS,
};

export function isFigureKey(value: string): value is FigureKey {
  return (FIGURE_KEYS as readonly string[]).includes(value);
}
