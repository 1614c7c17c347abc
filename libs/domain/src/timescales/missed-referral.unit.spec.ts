import { DEFAULT_ELIGIBILITY_POLICY } from '../eligibility/eligibility-policy';
import { DateOutsideCalendar } from '../calendar/working-day-calendar';
import { SentenceRecorded } from '../sentence/sentence.events';
import { factsOf, sentenceRecorded } from '../testing/fixtures';
import { findMissedReferral } from './missed-referral';
import { DEFAULT_TIMESCALE_POLICY } from './timescale-policy';

const facts = (overrides: Partial<SentenceRecorded['data']> = {}) => factsOf(sentenceRecorded(overrides));
// Sentence Mon 8 Jan 2024: the referral is due by Mon 22 Jan 2024.

describe('missed referrals', () => {
  it('raises a task for the region when no victim was referred within 10 working days of sentence', () => {
    expect(findMissedReferral(facts(), [], '2024-01-23')).toEqual({
      kind: 'MissedReferral',
      sentenceId: facts().sentenceId,
      scheme: 'vcs-statutory',
      sentenceDate: '2024-01-08',
      referralDueOn: '2024-01-22',
      countedFrom: 'sentence',
      victimLiaisonUnit: 'yorkshire-and-the-humber',
      rule: expect.stringContaining('10 working days') as unknown as string,
    });
  });

  it('raises nothing while the 10 working days are still running', () => {
    expect(findMissedReferral(facts(), [], '2024-01-22')).toBeUndefined();
  });

  it('raises nothing when a victim was referred in time', () => {
    expect(findMissedReferral(facts(), [{ victimId: 'v1', receivedOn: '2024-01-15' }], '2024-03-01')).toBeUndefined();
  });

  it('closes the task once a late referral arrives', () => {
    expect(findMissedReferral(facts(), [{ victimId: 'v1', receivedOn: '2024-02-15' }], '2024-03-01')).toBeUndefined();
  });

  it('ignores a referral dated after the day asked about', () => {
    expect(findMissedReferral(facts(), [{ victimId: 'v1', receivedOn: '2024-02-15' }], '2024-02-01')).toMatchObject({
      kind: 'MissedReferral',
    });
  });

  it('raises a task for a VNS sentence in a VNS region', () => {
    expect(
      findMissedReferral(
        facts({ offenceCategory: 'harassment', lengthMonths: 4, probationRegion: 'south-central' }),
        [],
        '2024-02-01',
      ),
    ).toMatchObject({
      scheme: 'vns',
      victimLiaisonUnit: 'south-central',
    });
  });

  // Source: DVCV Act 2004 s.35(1)(a) as amended (terrorism), s.45(2)(b) (sex-offender notification); checked 2026-12-07.
  it('given a terrorism offence with 12 months or more, when 10 working days pass with no referral, then a VCS task is raised', () => {
    expect(
      findMissedReferral(facts({ offenceCategory: 'terrorism', lengthMonths: 30 }), [], '2024-01-23'),
    ).toMatchObject({ scheme: 'vcs-statutory', referralDueOn: '2024-01-22' });
  });

  it('given an offence with sex-offender notification and 12 months or more, when no referral came, then a VCS task is raised', () => {
    expect(
      findMissedReferral(
        facts({ offenceCategory: 'other', sexOffenderNotification: true, lengthMonths: 14 }),
        [],
        '2024-01-23',
      ),
    ).toMatchObject({ scheme: 'vcs-statutory' });
  });

  // Issue 17: the VNS contact target is 15 days from sentence; waiting 10 working days used most of it.
  it('given a VNS sentence, when 3 working days pass with no referral, then the task is raised (not after 10)', () => {
    const vns = facts({
      offenceCategory: 'breach-of-protective-order',
      lengthMonths: 4,
      probationRegion: 'south-central',
    });
    // Mon 8 Jan 2024 + 3 working days: Thu 11 Jan.
    expect(findMissedReferral(vns, [], '2024-01-11')).toBeUndefined();
    expect(findMissedReferral(vns, [], '2024-01-12')).toMatchObject({
      scheme: 'vns',
      referralDueOn: '2024-01-11',
      rule: expect.stringContaining('15 days') as unknown as string,
    });
  });

  it('given a VNS sentence, when the policy says 2 working days, then the task is raised after 2', () => {
    const vns = facts({ offenceCategory: 'stalking', lengthMonths: 4, probationRegion: 'south-central' });
    expect(
      findMissedReferral(vns, [], '2024-01-11', undefined, {
        timescales: { ...DEFAULT_TIMESCALE_POLICY, vnsMissedReferralWorkingDaysFromSentence: 2 },
      }),
    ).toMatchObject({
      referralDueOn: '2024-01-10',
    });
  });

  // Issue 17; DVCV Act 2004 s.45(1) ("imprisonment for a term of 12 months or more"); Sentencing Act 2020 Sch. 16
  // para 15 (the activated term takes effect). A suspended sentence is custody only once activated (§5, §11).
  describe('an activated suspended sentence of 12 months or more', () => {
    const suspended = (overrides: Partial<SentenceRecorded['data']> = {}) =>
      facts({ sentenceType: 'suspended-sentence', lengthMonths: 18, ...overrides });

    it('given it is not activated, when the working days after sentence pass, then no task is raised', () => {
      expect(findMissedReferral(suspended(), [], '2024-06-01')).toBeUndefined();
    });

    it('given it was activated, when 10 working days pass after the activation with no referral, then a VCS task is raised counted from the activation', () => {
      // Activated Mon 6 May 2024 (a bank holiday: not counted) → due Mon 20 May 2024.
      const activated = {
        ...suspended(),
        suspendedSentenceActivated: true,
        suspendedSentenceActivatedOn: '2024-05-06',
      };
      expect(findMissedReferral(activated, [], '2024-05-20')).toBeUndefined();
      expect(findMissedReferral(activated, [], '2024-05-21')).toMatchObject({
        scheme: 'vcs-statutory',
        sentenceDate: '2024-01-08',
        referralDueOn: '2024-05-20',
        countedFrom: 'activation',
        rule: expect.stringContaining('activated it on 2024-05-06') as unknown as string,
      });
    });

    it('given the statutory VCS configured to count it from the sentence (STATUTORY_VCS_SUSPENDED_SENTENCES=from-sentence), when 10 working days pass after sentence with no referral, then a VCS task is raised counted from the sentence', () => {
      const fromSentence = {
        eligibility: { ...DEFAULT_ELIGIBILITY_POLICY, suspendedSentences: { statutoryVcs: true, vns: true } },
      };
      // Mon 8 Jan 2024 + 10 working days: Mon 22 Jan.
      expect(findMissedReferral(suspended(), [], '2024-01-22', undefined, fromSentence)).toBeUndefined();
      expect(findMissedReferral(suspended(), [], '2024-01-23', undefined, fromSentence)).toMatchObject({
        scheme: 'vcs-statutory',
        referralDueOn: '2024-01-22',
        countedFrom: 'sentence',
      });
      // Activated later, it was in the scheme already: the days still count from the sentence.
      const activated = {
        ...suspended(),
        suspendedSentenceActivated: true,
        suspendedSentenceActivatedOn: '2024-05-06',
      };
      expect(findMissedReferral(activated, [], '2024-05-07', undefined, fromSentence)).toMatchObject({
        referralDueOn: '2024-01-22',
        countedFrom: 'sentence',
      });
    });

    it('given it was activated and a victim was referred meanwhile, then no task is raised', () => {
      const activated = {
        ...suspended(),
        suspendedSentenceActivated: true,
        suspendedSentenceActivatedOn: '2024-05-06',
      };
      expect(
        findMissedReferral(activated, [{ victimId: 'v1', receivedOn: '2024-03-01' }], '2024-06-01'),
      ).toBeUndefined();
    });

    it('given it was activated but the day is not known, then the days count from the sentence (raised at once)', () => {
      expect(findMissedReferral({ ...suspended(), suspendedSentenceActivated: true }, [], '2024-05-21')).toMatchObject({
        scheme: 'vcs-statutory',
        referralDueOn: '2024-01-22',
        countedFrom: 'sentence',
      });
    });

    it('given a VNS suspended sentence (in the scheme before activation), when activated, then the days still count from the sentence', () => {
      const vns = {
        ...suspended({ offenceCategory: 'stalking', lengthMonths: 6, probationRegion: 'south-central' }),
        suspendedSentenceActivated: true,
        suspendedSentenceActivatedOn: '2024-05-07',
      };
      expect(findMissedReferral(vns, [], '2024-05-21')).toMatchObject({
        scheme: 'vns',
        referralDueOn: '2024-01-11',
        countedFrom: 'sentence',
      });
    });

    it('given an activated suspended sentence under 12 months for a specified offence, then no task (not a relevant sentence)', () => {
      const short = {
        ...suspended({ lengthMonths: 8 }),
        suspendedSentenceActivated: true,
        suspendedSentenceActivatedOn: '2024-05-07',
      };
      expect(findMissedReferral(short, [], '2024-06-01')).toBeUndefined();
    });
  });

  it('raises nothing for a sentence that meets neither scheme', () => {
    expect(findMissedReferral(facts({ offenceCategory: 'other' }), [], '2024-06-01')).toBeUndefined();
  });

  it('counts working days across bank holidays', () => {
    // Fri 20 Dec 2024 + 10 working days, skipping 25, 26 Dec and 1 Jan: Wed 8 Jan 2025
    expect(findMissedReferral(facts({ sentenceDate: '2024-12-20' }), [], '2025-01-08')).toBeUndefined();
    expect(findMissedReferral(facts({ sentenceDate: '2024-12-20' }), [], '2025-01-09')).toMatchObject({
      referralDueOn: '2025-01-08',
    });
  });

  it('counts past the published bank holidays on the projected ones', () => {
    // Fri 24 Dec 2027 + 10 working days: 27, 28 Dec (published substitutes) and Mon 3 Jan 2028 (projected) skipped
    expect(findMissedReferral(facts({ sentenceDate: '2027-12-24' }), [], '2028-01-20')).toMatchObject({
      referralDueOn: '2028-01-12',
    });
  });

  it('fails loudly for a sentence the calendar cannot answer for (after 2199)', () => {
    expect(() => findMissedReferral(facts({ sentenceDate: '2199-12-24' }), [], '2200-01-20')).toThrow(
      DateOutsideCalendar,
    );
  });
});
