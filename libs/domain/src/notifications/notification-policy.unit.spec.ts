import { englandAndWalesCalendar } from '../calendar/working-day-calendar';
import { foldEvents } from '../shared/decider';
import { MILESTONE_KINDS, MilestoneDetails, MilestoneKind } from '../sentence/sentence-milestone';
import { SENTENCE_ID, VICTIM_ID } from '../testing/fixtures';
import { enrolledWithPreferences, event } from '../testing/notification-fixtures';
import { preferencesUpdated, referralReceived, victimEnrolled } from '../testing/victim-fixtures';
import { victimDecider } from '../victim/victim.decider';
import { VictimEvent } from '../victim/victim.events';
import { KnownVictim } from '../victim/victim.state';
import {
  DEFAULT_NOTIFICATION_POLICY,
  MilestoneToNotify,
  annualContactNotification,
  initialContactNotification,
  notificationsForMilestone,
  victimNotificationFactsOf,
  DATED_NOTICE_STAGES,
  STAGES_SUPERSEDED_BY,
} from './notification-policy';
import { SERVICE_STAGES, ServiceStage } from './notification-stage';

const factsOf = (events: VictimEvent[], personal = {}) =>
  victimNotificationFactsOf(foldEvents(victimDecider, events) as KnownVictim, personal);
const allStages = factsOf(enrolledWithPreferences, { language: 'cy', accessibleFormats: ['large-print'] });
const withStages = (stages: object, extra = {}) =>
  factsOf([
    ...enrolledWithPreferences,
    preferencesUpdated({ stages: stages as never, updatedOn: '2024-03-01', ...extra }),
  ]);

function milestone<K extends MilestoneKind>(
  kind: K,
  detail: MilestoneDetails[K],
  recordedAt = '2025-03-03T10:00:00.000Z',
  date = recordedAt.slice(0, 10),
): MilestoneToNotify {
  return { sentenceId: SENTENCE_ID, milestoneId: 'm-1', kind, detail, date, recordedAt } as MilestoneToNotify;
}
const due = (m: MilestoneToNotify, victim = allStages) => notificationsForMilestone(m, victim, englandAndWalesCalendar);
const summary = (m: MilestoneToNotify, victim = allStages) =>
  due(m, victim).due.map((n) => [n.stage, n.dueAt, n.channel]);

describe('notification policy', () => {
  describe('before the media: release and parole decisions are due the same day', () => {
    it("is due the moment it is recorded, by the victim's fastest chosen channel, with the rest as fallback", () => {
      const plan = due(milestone('release-on-licence', {}, '2025-03-10T14:00:00.000Z'));
      expect(plan.due).toEqual([
        {
          victimId: VICTIM_ID,
          sentenceId: SENTENCE_ID,
          stage: 'release-on-licence',
          dueAt: '2025-03-10T14:00:00.000Z',
          channel: 'email',
          fallbackChannels: ['letter'],
          reason: 'same-day-decision',
          causedBy: { milestoneId: 'm-1' },
          safetyCheckRequired: false,
          movesPending: false,
          language: 'cy',
          accessibleFormats: ['large-print'],
        },
      ]);
    });

    it('waits until 09:00 London time when recorded early in the morning (BST)', () => {
      expect(summary(milestone('parole-decision', { outcome: 'release' }, '2025-06-10T06:30:00.000Z'))).toEqual([
        ['parole-decision', '2025-06-10T08:00:00.000Z', 'email'],
      ]);
    });

    it('does not wait for a working day: the news does not', () => {
      expect(summary(milestone('recall', {}, '2025-03-15T20:00:00.000Z'))).toEqual([
        ['recall', '2025-03-15T20:00:00.000Z', 'email'],
      ]);
    });

    it('uses the letter when that is all the victim chose', () => {
      const letterOnly = withStages({ choice: 'all-key-stages' }, { channels: ['letter'] });
      expect(summary(milestone('death', { inCustody: true }, '2025-03-10T14:00:00.000Z'), letterOnly)).toEqual([
        ['death', '2025-03-10T14:00:00.000Z', 'letter'],
      ]);
    });
  });

  // Parole Board Rules 2019 r.28(3): 21 days from provision to the parties; the VLO asks the victim before then (issue 17).
  it('gives a provisional parole decision the last day for reconsideration; a final one none', () => {
    const provisional = due(
      milestone('parole-decision', { outcome: 'release', providedToPartiesOn: '2025-03-03', reconsiderable: true }),
    );
    expect(provisional.due[0]).toMatchObject({ stage: 'parole-decision', respondBy: '2025-03-24' });
    const final = due(milestone('parole-decision', { outcome: 'open-conditions-recommended', reconsiderable: false }));
    expect(final.due[0].respondBy).toBeUndefined();
  });

  // Issue 17 (parole participation): a deferred or adjourned hearing is told, and the reminder follows the new date.
  describe('a parole hearing put off', () => {
    it('tells the victim and moves the reminder to the new date (10 working days before it)', () => {
      expect(
        summary(milestone('parole-hearing-postponed', { postponement: 'adjourned', newHearingDate: '2025-06-02' })),
      ).toEqual([
        ['parole-hearing-postponed', '2025-03-03T10:00:00.000Z', 'letter'],
        ['parole-hearing-upcoming', '2025-05-16T08:00:00.000Z', 'letter'],
      ]);
      const moved = due(
        milestone('parole-hearing-postponed', { postponement: 'adjourned', newHearingDate: '2025-06-02' }),
      );
      expect(moved.due.find((n) => n.stage === 'parole-hearing-upcoming')?.movesPending).toBe(true);
    });

    it('without a new date, only tells the victim (the planner cancels the old reminder)', () => {
      expect(summary(milestone('parole-hearing-postponed', { postponement: 'deferred' }))).toEqual([
        ['parole-hearing-postponed', '2025-03-03T10:00:00.000Z', 'letter'],
      ]);
    });
  });

  // DVCV Act 2004 s.37(4)(c), s.38(3)(b)-(c): conditions of discharge changed, and the end of restrictions, reach every
  // contact level (the minimum); prison moves only the victims who asked for every stage (or chose them).
  it('tells an annual-letter victim of changed discharge conditions and lifted restrictions, not of a prison move', () => {
    const annual = withStages({ choice: 'annual-letter' });
    expect(
      summary(
        milestone('discharge-conditions-varied', { conditions: ['non-contact'], protectsVictimIds: [] }),
        annual,
      ).map(([stage]) => stage),
    ).toEqual(['discharge-conditions-varied']);
    expect(summary(milestone('restrictions-lifted', {}), annual).map(([stage]) => stage)).toEqual([
      'restrictions-lifted',
    ]);
    expect(due(milestone('prison-transfer', {}), annual).skipped).toEqual([
      { stage: 'prison-transfer', reason: 'stage-not-wanted' },
    ]);
    expect(summary(milestone('recategorisation', { category: 'category-d' })).map(([stage]) => stage)).toEqual([
      'recategorisation',
    ]);
  });

  // Victims' Code 2020 Right 11: eligibility for open conditions, with an advance notice like the other known dates.
  it('gives the open-conditions eligibility at once and an advance notice 10 working days before the date', () => {
    expect(summary(milestone('open-conditions-eligibility', { eligibleFrom: '2025-06-02' }))).toEqual([
      ['open-conditions-eligibility', '2025-03-03T10:00:00.000Z', 'letter'],
      ['open-conditions-eligibility-upcoming', '2025-05-16T08:00:00.000Z', 'letter'],
    ]);
  });

  // Issue 17: escape, absconding, unlawfully at large, AWOL: the same hour, day or night, by the fastest channel allowed.
  describe('the offender out of custody', () => {
    const textAndEmail = withStages(
      { choice: 'all-key-stages' },
      {
        channels: ['email', 'sms'],
        personal: {
          email: 'jane@example.org',
          mobile: '07700 900123',
          language: 'en',
          accessibleFormats: [],
          timesNotToCall: [],
        },
      },
    );

    it('given an escape recorded at 02:00 on a Sunday, when planned, then it is due at once, not at 09:00 nor on Monday', () => {
      expect(summary(milestone('escape-or-abscond', { circumstance: 'escaped' }, '2025-03-16T02:00:00.000Z'))).toEqual([
        ['escape-or-abscond', '2025-03-16T02:00:00.000Z', 'email'],
      ]);
    });

    it('given a victim who chose email first and text second, when an offender absconds, then the text goes first (fastest), email as fallback', () => {
      const [notice] = due(
        milestone('escape-or-abscond', { circumstance: 'absconded' }, '2025-03-16T02:00:00.000Z'),
        textAndEmail,
      ).due;
      expect([notice.channel, notice.fallbackChannels, notice.reason]).toEqual(['sms', ['email'], 'same-day-decision']);
    });

    it('given the return to custody recorded at 02:00, when planned, then it is due the same day from 09:00 (good news does not wake the victim)', () => {
      expect(summary(milestone('return-to-custody', {}, '2025-03-16T02:00:00.000Z'))).toEqual([
        ['return-to-custody', '2025-03-16T09:00:00.000Z', 'email'],
      ]);
    });
  });

  describe('other stages', () => {
    it('go out in working hours: recorded on a Friday evening, due 09:00 on Monday, by the preferred channel', () => {
      expect(summary(milestone('transfer-to-open-conditions', {}, '2025-03-14T18:00:00.000Z'))).toEqual([
        ['transfer-to-open-conditions', '2025-03-17T09:00:00.000Z', 'letter'],
      ]);
    });

    it('skip bank holidays (Easter 2025)', () => {
      expect(summary(milestone('hospital-transfer', { security: 'lower' }, '2025-04-17T18:00:00.000Z'))).toEqual([
        ['hospital-transfer', '2025-04-22T08:00:00.000Z', 'letter'],
      ]);
    });
  });

  describe('known future dates get an advance notice', () => {
    it('ten working days before a parole hearing, as well as the listing itself', () => {
      expect(summary(milestone('parole-hearing-listed', { hearingDate: '2025-03-20', hearingType: 'oral' }))).toEqual([
        ['parole-hearing-listed', '2025-03-03T10:00:00.000Z', 'letter'],
        ['parole-hearing-upcoming', '2025-03-06T09:00:00.000Z', 'letter'],
      ]);
      expect(
        due(milestone('parole-hearing-listed', { hearingDate: '2025-03-20', hearingType: 'oral' })).due[1].movesPending,
      ).toBe(true);
    });

    // Issue 17: applications for a public hearing no later than 12 weeks before it (SI 2022/717 r.15; Hansard 153838).
    it('carries the last day to apply for a public hearing (84 days before it) on the listing, while that day has not passed', () => {
      // Recorded 3 March 2025: a hearing on 2 June 2025 → last day 10 March; one on 20 March → already passed.
      expect(
        due(milestone('parole-hearing-listed', { hearingDate: '2025-06-02', hearingType: 'oral' })).due[0],
      ).toMatchObject({ stage: 'parole-hearing-listed', respondBy: '2025-03-10' });
      expect(
        due(milestone('parole-hearing-listed', { hearingDate: '2025-03-20', hearingType: 'oral' })).due[0].respondBy,
      ).toBeUndefined();
    });

    it('at once when the hearing is closer than the lead time', () => {
      expect(
        summary(milestone('parole-hearing-listed', { hearingDate: '2025-03-10', hearingType: 'paper' }))[1],
      ).toEqual(['parole-hearing-upcoming', '2025-03-03T10:00:00.000Z', 'letter']);
    });

    it('takes the lead time from the policy', () => {
      const plan = notificationsForMilestone(
        milestone('parole-eligibility', { paroleEligibilityDate: '2025-03-20' }),
        allStages,
        englandAndWalesCalendar,
        {
          ...DEFAULT_NOTIFICATION_POLICY,
          advanceNoticeWorkingDays: 5,
        },
      );
      expect(plan.due.map((n) => [n.stage, n.dueAt])).toEqual([
        ['parole-eligibility', '2025-03-03T10:00:00.000Z'],
        ['parole-eligibility-upcoming', '2025-03-13T09:00:00.000Z'],
      ]);
    });

    it("before and on the day the victim's licence conditions end (skipping the August bank holiday)", () => {
      const set = milestone('licence-conditions-set', {
        conditions: ['non-contact'],
        conditionsEndDate: '2025-09-01',
        protectsVictimIds: [VICTIM_ID],
      });
      expect(summary(set)).toEqual([
        ['licence-conditions-set', '2025-03-03T10:00:00.000Z', 'letter'],
        ['licence-conditions-end-upcoming', '2025-08-15T08:00:00.000Z', 'letter'],
        ['licence-conditions-end', '2025-09-01T08:00:00.000Z', 'letter'],
      ]);
    });

    it('not for conditions that do not protect this victim', () => {
      const plan = due(
        milestone('licence-conditions-set', {
          conditions: ['non-contact'],
          conditionsEndDate: '2025-09-01',
          protectsVictimIds: ['someone-else'],
        }),
      );
      expect(plan.due.map((n) => n.stage)).toEqual(['licence-conditions-set']);
      expect(plan.skipped).toEqual([
        { stage: 'licence-conditions-end-upcoming', reason: 'conditions-do-not-protect-victim' },
        { stage: 'licence-conditions-end', reason: 'conditions-do-not-protect-victim' },
      ]);
    });

    it('ahead of the expected release month', () => {
      expect(
        summary(milestone('release-date-changed', { expectedReleaseDate: '2025-07-15', reason: 'added-days' })),
      ).toEqual([
        ['release-date-changed', '2025-03-03T10:00:00.000Z', 'letter'],
        ['release-month', '2025-06-17T08:00:00.000Z', 'letter'],
      ]);
    });
  });

  describe("the victim's choices", () => {
    it('"release month only" victims hear only about release stages', () => {
      const releaseOnly = withStages({ choice: 'release-month-only' });
      expect(
        due(milestone('parole-hearing-listed', { hearingDate: '2025-03-20', hearingType: 'oral' }), releaseOnly),
      ).toEqual({
        due: [],
        skipped: [
          { stage: 'parole-hearing-listed', reason: 'stage-not-wanted' },
          { stage: 'parole-hearing-upcoming', reason: 'stage-not-wanted' },
        ],
      });
      expect(
        summary(
          milestone('release-date-changed', { expectedReleaseDate: '2025-07-15', reason: 'added-days' }),
          releaseOnly,
        ),
      ).toEqual([['release-month', '2025-06-17T08:00:00.000Z', 'letter']]);
      expect(summary(milestone('release-on-licence', {}, '2025-03-10T14:00:00.000Z'), releaseOnly)).toHaveLength(1);
    });

    // Issue 17; DVCV Act 2004 s.35(3)(b), (5) (licence conditions for victims who asked), Victims' Code Right 11 (release, recall).
    it('"annual letter" victims hear the minimum every victim hears (release, recall, escape, return, licence conditions), nothing else, and get the yearly letter', () => {
      const annual = withStages({ choice: 'annual-letter' });
      expect(summary(milestone('release-on-licence', {}, '2025-03-10T14:00:00.000Z'), annual)).toEqual([
        ['release-on-licence', '2025-03-10T14:00:00.000Z', 'email'],
      ]);
      expect(summary(milestone('recall', {}), annual)).toHaveLength(1);
      expect(summary(milestone('escape-or-abscond', { circumstance: 'escaped' }), annual)).toHaveLength(1);
      expect(summary(milestone('return-to-custody', {}), annual)).toHaveLength(1);
      expect(
        summary(
          milestone('licence-conditions-set', {
            conditions: ['non-contact'],
            conditionsEndDate: '2027-01-08',
            protectsVictimIds: [VICTIM_ID],
          }),
          annual,
        ).map(([stage]) => stage),
      ).toEqual(['licence-conditions-set', 'licence-conditions-end-upcoming', 'licence-conditions-end']);
      expect(due(milestone('transfer-to-open-conditions', {}), annual).due).toEqual([]);
      const plan = annualContactNotification(
        annual,
        { sentenceId: SENTENCE_ID, anchorOn: '2024-02-01', causedByEventId: 'evt-enrolled' },
        englandAndWalesCalendar,
      );
      expect(plan.due.map((n) => [n.stage, n.dueAt, n.reason])).toEqual([
        ['annual-contact', '2025-02-03T09:00:00.000Z', 'annual-contact'],
      ]);
      expect(
        annualContactNotification(
          allStages,
          { sentenceId: SENTENCE_ID, anchorOn: '2024-02-01', causedByEventId: 'e' },
          englandAndWalesCalendar,
        ).skipped,
      ).toEqual([{ stage: 'annual-contact', reason: 'not-annual-letter' }]);
    });

    it('"chosen stages" victims hear the minimum too, whatever they chose', () => {
      const chosen = withStages({ choice: 'chosen-stages', chosenStages: ['parole-decision'] });
      expect(summary(milestone('recall', {}), chosen)).toHaveLength(1);
      expect(due(milestone('transfer-to-open-conditions', {}), chosen).due).toEqual([]);
    });

    it('flags a victim who needs a safety check', () => {
      const flagged = withStages({ choice: 'all-key-stages' }, { safetyCheckBeforeLetters: true });
      expect(due(milestone('recall', {}), flagged).due[0].safetyCheckRequired).toBe(true);
    });

    it.each([
      [
        'withdrew',
        [...enrolledWithPreferences, event('VictimWithdrew', { withdrewOn: '2024-06-01', personal: {} })],
        'victim-opted-out',
      ],
      [
        'was erased',
        [
          ...enrolledWithPreferences,
          event('VictimPersonalDataErased', {
            erasedOn: '2024-06-01',
            erasedBy: 'a',
            basis: 'erasure-request',
            requestReference: 'R1',
          }),
        ],
        'victim-erased',
      ],
      [
        'has a closed case',
        [
          ...enrolledWithPreferences,
          event('VictimCaseClosed', { closedOn: '2024-06-01', reason: 'sentences-ended', endedSentences: [] }),
        ],
        'case-closed',
      ],
      ['has no preferences yet', [referralReceived(), victimEnrolled()], 'preferences-not-recorded'],
      ['was only referred', [referralReceived()], 'victim-not-in-scheme'],
    ])('sends nothing to a victim who %s', (_what, events, reason) => {
      expect(due(milestone('release-on-licence', {}), factsOf(events as VictimEvent[]))).toEqual({
        due: [],
        skipped: [{ stage: 'release-on-licence', reason }],
      });
    });

    it('sends nothing about a sentence the victim is not linked to', () => {
      expect(due({ ...milestone('recall', {}), sentenceId: 'other' }).skipped).toEqual([
        { stage: 'recall', reason: 'sentence-not-linked' },
      ]);
    });
  });

  describe("the VLO's initial contact", () => {
    const referral = {
      sentenceId: SENTENCE_ID,
      referralEventId: 'evt-referral',
      receivedOn: '2024-01-15',
      referredFor: 'vcs' as const,
      sentenceDate: '2024-01-08',
      recordedAt: '2024-01-15T10:30:00.000Z',
    };

    it("is a letter due the working day after the referral, with the Victims' Code deadline", () => {
      const plan = initialContactNotification(factsOf([referralReceived()]), referral, englandAndWalesCalendar);
      expect(plan.due.map((n) => [n.stage, n.dueAt, n.channel, n.deadline, n.causedBy])).toEqual([
        ['initial-contact', '2024-01-16T09:00:00.000Z', 'letter', '2024-02-12', { eventId: 'evt-referral' }],
      ]);
    });

    it('for the VNS is due by the 15-day deadline from sentence even when the referral is late', () => {
      const late = {
        ...referral,
        referredFor: 'vns' as const,
        receivedOn: '2024-01-22',
        sentenceDate: '2024-01-08',
        recordedAt: '2024-01-22T10:30:00.000Z',
      };
      const plan = initialContactNotification(
        factsOf([referralReceived({ receivedOn: '2024-01-22', referredFor: 'vns' })]),
        late,
        englandAndWalesCalendar,
      );
      expect(plan.due.map((n) => [n.dueAt, n.deadline])).toEqual([['2024-01-23T09:00:00.000Z', '2024-01-23']]);
    });

    it('for a referral entered weeks after its date is planned no earlier than it was entered; the deadline still counts from the referral', () => {
      // Referred on Monday 15 January, entered on Tuesday 20 February at 11:00: the Code's deadline (12 February) has passed.
      const backdated = { ...referral, recordedAt: '2024-02-20T11:00:00.000Z' };
      const plan = initialContactNotification(factsOf([referralReceived()]), backdated, englandAndWalesCalendar);
      expect(plan.due.map((n) => [n.dueAt, n.deadline])).toEqual([['2024-02-20T11:00:00.000Z', '2024-02-12']]);
    });

    it('for a referral entered late after working hours is planned for 09:00 on the next working day', () => {
      // Entered on Friday 16 February 2024 at 19:00 (London, GMT): the letter waits for Monday 19 February.
      const backdated = { ...referral, recordedAt: '2024-02-16T19:00:00.000Z' };
      const plan = initialContactNotification(factsOf([referralReceived()]), backdated, englandAndWalesCalendar);
      expect(plan.due.map((n) => [n.dueAt, n.deadline])).toEqual([['2024-02-19T09:00:00.000Z', '2024-02-12']]);
    });

    it('for a referral entered the day after its date keeps the planned day when that is still ahead', () => {
      const nextMorning = { ...referral, recordedAt: '2024-01-16T08:00:00.000Z' };
      const plan = initialContactNotification(factsOf([referralReceived()]), nextMorning, englandAndWalesCalendar);
      expect(plan.due.map((n) => n.dueAt)).toEqual(['2024-01-16T09:00:00.000Z']);
    });

    it('is not sent once the victim has joined or said no', () => {
      expect(initialContactNotification(allStages, referral, englandAndWalesCalendar).skipped).toEqual([
        { stage: 'initial-contact', reason: 'victim-not-in-scheme' },
      ]);
    });
  });
});

describe('notices a milestone makes pointless (STAGES_SUPERSEDED_BY)', () => {
  it('ends every dated notice when the sentence ends, the offender dies or is removed abroad', () => {
    for (const kind of ['sentence-end', 'absolute-discharge', 'death', 'deportation', 'transfer-abroad'] as const) {
      expect([...STAGES_SUPERSEDED_BY[kind]].sort()).toEqual(
        [
          'licence-conditions-end',
          'licence-conditions-end-upcoming',
          'open-conditions-eligibility-upcoming',
          'parole-eligibility-upcoming',
          'parole-hearing-upcoming',
          'release-month',
          'tribunal-hearing-upcoming',
        ].sort(),
      );
    }
  });

  it('never ends the first letter or the yearly letter', () => {
    for (const stages of Object.values(STAGES_SUPERSEDED_BY)) {
      expect(stages).not.toContain('initial-contact');
      expect(stages).not.toContain('annual-contact');
    }
    expect(DATED_NOTICE_STAGES).not.toContain('initial-contact');
  });

  it('ends the hearing and eligibility notices with a decision or a release, and the release month with a release', () => {
    expect(STAGES_SUPERSEDED_BY['parole-decision']).toEqual(['parole-hearing-upcoming', 'parole-eligibility-upcoming']);
    expect(STAGES_SUPERSEDED_BY['release-on-licence']).toEqual([
      'release-month',
      'parole-hearing-upcoming',
      'parole-eligibility-upcoming',
    ]);
    expect(STAGES_SUPERSEDED_BY['tribunal-decision']).toEqual(['tribunal-hearing-upcoming']);
    expect(STAGES_SUPERSEDED_BY['licence-end']).toEqual(['licence-conditions-end-upcoming']);
    expect(STAGES_SUPERSEDED_BY.recall).toEqual([]);
  });

  // Keyed by every service stage: a new stage fails to compile here until the milestones that make it pointless are
  // decided (STAGES_SUPERSEDED_BY is keyed by milestone, so it asks a new kind but never a new stage).
  const SENTENCE_ENDS: readonly MilestoneKind[] = [
    'sentence-end',
    'absolute-discharge',
    'death',
    'deportation',
    'transfer-abroad',
  ];
  const RELEASES: readonly MilestoneKind[] = ['home-detention-curfew', 'release-on-licence'];
  const SUPERSEDED_WHEN: Record<ServiceStage, readonly MilestoneKind[]> = {
    'initial-contact': [],
    'annual-contact': [],
    'release-month': [...RELEASES, 'release-date-changed', ...SENTENCE_ENDS],
    'parole-eligibility-upcoming': ['parole-decision', ...RELEASES, ...SENTENCE_ENDS],
    'parole-hearing-upcoming': ['parole-hearing-postponed', 'parole-decision', ...RELEASES, ...SENTENCE_ENDS],
    'tribunal-hearing-upcoming': ['tribunal-decision', 'conditional-discharge', ...SENTENCE_ENDS],
    'open-conditions-eligibility-upcoming': SENTENCE_ENDS,
    'licence-conditions-end-upcoming': ['licence-end', ...SENTENCE_ENDS],
    'licence-conditions-end': SENTENCE_ENDS,
    'request-answered': [],
  };

  it('ends each notice the service sends on its own account on exactly the milestones decided for it', () => {
    for (const stage of SERVICE_STAGES) {
      const endedBy = MILESTONE_KINDS.filter((kind) =>
        (STAGES_SUPERSEDED_BY[kind] as readonly string[]).includes(stage),
      );
      expect([stage, [...endedBy].sort()]).toEqual([stage, [...SUPERSEDED_WHEN[stage]].sort()]);
    }
  });

  // Issue 17: a recalculation (by hand or in bulk for a change in the law) that brings release to a day already come
  // plans no release-month notice, so the one for the old month must go (the planner keeps one it just moved).
  it('ends the release-month notice of the old date when the release date changes', () => {
    expect(STAGES_SUPERSEDED_BY['release-date-changed']).toEqual(['release-month']);
  });
});
