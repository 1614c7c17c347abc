import { factsOf, sentenceRecorded } from '../testing/fixtures';
import { SentenceRecorded } from '../sentence/sentence.events';
import { DEFAULT_ELIGIBILITY_POLICY } from './eligibility-policy';
import { checkEligibility, schemeRequiredFor } from './scheme-eligibility';

const facts = (overrides: Partial<SentenceRecorded['data']>) => factsOf(sentenceRecorded(overrides));

describe('scheme eligibility', () => {
  describe('statutory Victim Contact Scheme', () => {
    it('covers a specified violent offence with custody of 12 months or more', () => {
      expect(checkEligibility('vcs-statutory', facts({ lengthMonths: 12 }))).toMatchObject({
        eligible: true,
        basis: 'specified-offence-custody-12-months-or-more',
      });
    });

    it('covers a specified sexual offence with custody of 12 months or more', () => {
      expect(
        checkEligibility('vcs-statutory', facts({ offenceCategory: 'specified-sexual', lengthMonths: 30 })).eligible,
      ).toBe(true);
    });

    it('does not cover custody under 12 months', () => {
      expect(checkEligibility('vcs-statutory', facts({ lengthMonths: 11.9 }))).toMatchObject({
        eligible: false,
        reason: 'custody-under-12-months',
      });
    });

    it('covers a specified offence with a life sentence or IPP', () => {
      expect(
        checkEligibility('vcs-statutory', facts({ sentenceType: 'indeterminate-life', lengthMonths: undefined }))
          .eligible,
      ).toBe(true);
      expect(checkEligibility('vcs-statutory', facts({ sentenceType: 'ipp', lengthMonths: undefined })).eligible).toBe(
        true,
      );
    });

    it('covers a hospital order with or without restriction for a specified offence', () => {
      expect(
        checkEligibility(
          'vcs-statutory',
          facts({ sentenceType: 'hospital-order-with-restriction', lengthMonths: undefined }),
        ),
      ).toMatchObject({
        eligible: true,
        basis: 'hospital-order-for-specified-or-terrorism-offence',
      });
      expect(
        checkEligibility(
          'vcs-statutory',
          facts({ sentenceType: 'hospital-order-without-restriction', lengthMonths: undefined }),
        ).eligible,
      ).toBe(true);
    });

    it('covers a terrorism offence with a hospital order', () => {
      expect(
        checkEligibility(
          'vcs-statutory',
          facts({
            offenceCategory: 'terrorism',
            sentenceType: 'hospital-order-with-restriction',
            lengthMonths: undefined,
          }),
        ).eligible,
      ).toBe(true);
    });

    // Source: DVCV Act 2004 s.35(1)(a) as amended ("a sexual, violent or terrorism offence"), legislation.gov.uk, checked 2026-12-07.
    describe('given a terrorism offence with a prison sentence (DVCV Act 2004 s.35(1)(a) as amended)', () => {
      it('when the custody is 12 months or more, then the victim is in the statutory scheme', () => {
        expect(
          checkEligibility('vcs-statutory', facts({ offenceCategory: 'terrorism', lengthMonths: 48 })),
        ).toMatchObject({
          eligible: true,
          basis: 'terrorism-offence-relevant-sentence',
        });
      });

      it('when the sentence is indeterminate, then the victim is in the statutory scheme', () => {
        expect(
          checkEligibility(
            'vcs-statutory',
            facts({ offenceCategory: 'terrorism', sentenceType: 'indeterminate-life', lengthMonths: undefined }),
          ).eligible,
        ).toBe(true);
      });

      it('when the custody is under 12 months (not a relevant sentence, s.45(1)), then it is not', () => {
        expect(
          checkEligibility('vcs-statutory', facts({ offenceCategory: 'terrorism', lengthMonths: 11 })),
        ).toMatchObject({ eligible: false, reason: 'custody-under-12-months' });
      });
    });

    // Source: DVCV Act 2004 s.45(2)(b) and (c), legislation.gov.uk (enacted text), checked 2026-12-07.
    describe('given an offence outside Schedule 15 (DVCV Act 2004 s.45(2)(b)–(c))', () => {
      it('when the offender is subject to sex-offender notification and custody is 12 months or more, then it is statutory', () => {
        expect(
          checkEligibility(
            'vcs-statutory',
            facts({ offenceCategory: 'other', sexOffenderNotification: true, lengthMonths: 18 }),
          ),
        ).toMatchObject({
          eligible: true,
          basis: 'notifiable-sexual-offence-relevant-sentence',
        });
      });

      it('when it is an offence against a child and custody is 12 months or more, then it is statutory', () => {
        expect(
          checkEligibility(
            'vcs-statutory',
            facts({ offenceCategory: 'domestic-abuse', offenceAgainstChild: true, lengthMonths: 12 }),
          ),
        ).toMatchObject({
          eligible: true,
          basis: 'offence-against-child-relevant-sentence',
        });
      });

      it('when it is an offence against a child with a hospital order, then it is statutory', () => {
        expect(
          checkEligibility(
            'vcs-statutory',
            facts({
              offenceCategory: 'other',
              offenceAgainstChild: true,
              sentenceType: 'hospital-order-without-restriction',
              lengthMonths: undefined,
            }),
          ).eligible,
        ).toBe(true);
      });

      it('when neither flag was recorded (a sentence recorded before they were asked), then it is not', () => {
        expect(checkEligibility('vcs-statutory', facts({ offenceCategory: 'other', lengthMonths: 18 }))).toMatchObject({
          eligible: false,
          reason: 'offence-not-specified',
        });
      });

      it('when custody is under 12 months, then it is not (discretionary may apply)', () => {
        expect(
          checkEligibility(
            'vcs-statutory',
            facts({ offenceCategory: 'other', sexOffenderNotification: true, lengthMonths: 6 }),
          ),
        ).toMatchObject({
          eligible: false,
          reason: 'custody-under-12-months',
        });
      });
    });

    it('does not cover an offence that is not specified', () => {
      expect(
        checkEligibility('vcs-statutory', facts({ offenceCategory: 'harassment', lengthMonths: 24 })),
      ).toMatchObject({ eligible: false, reason: 'offence-not-specified' });
    });

    it('covers youth detention of 12 months or more for a specified offence', () => {
      expect(
        checkEligibility('vcs-statutory', facts({ sentenceType: 'youth-detention', lengthMonths: 24 })).eligible,
      ).toBe(true);
    });
  });

  describe('discretionary Victim Contact Scheme', () => {
    it('is offered to a domestic-abuse victim whatever the sentence length, with the reason', () => {
      expect(
        checkEligibility(
          'vcs-discretionary',
          facts({ offenceCategory: 'domestic-abuse', lengthMonths: 2 }),
          'domestic-abuse',
        ),
      ).toMatchObject({ eligible: true, basis: 'discretionary' });
    });

    it('needs a reason', () => {
      expect(
        checkEligibility('vcs-discretionary', facts({ offenceCategory: 'domestic-abuse', lengthMonths: 2 })),
      ).toMatchObject({ eligible: false, reason: 'discretionary-reason-required' });
    });

    it('is not used when the victim is entitled to the statutory scheme', () => {
      expect(checkEligibility('vcs-discretionary', facts({}), 'other')).toMatchObject({
        eligible: false,
        reason: 'statutory-scheme-applies',
      });
    });
  });

  // Source: MoJ "Process evaluation of the Victim Notification Scheme" (2025), as summarised by Russell Webster: stalking,
  // harassment, coercive and controlling behaviour with sentences under 12 months, and 63 % of the 519 pilot cases were
  // breaches of a protection order (issue 17; checked 2026-12-08).
  describe('Victim Notification Scheme', () => {
    it.each(['stalking', 'harassment', 'coercive-control', 'breach-of-protective-order'] as const)(
      'covers %s with custody under 12 months where the scheme runs',
      (offenceCategory) => {
        expect(
          checkEligibility('vns', facts({ offenceCategory, lengthMonths: 6, probationRegion: 'north-east' })),
        ).toMatchObject({ eligible: true, basis: 'vns-offence-custody-under-12-months' });
      },
    );

    it('does not cover custody of 12 months or more', () => {
      expect(
        checkEligibility(
          'vns',
          facts({ offenceCategory: 'stalking', lengthMonths: 12, probationRegion: 'north-east' }),
        ),
      ).toMatchObject({ eligible: false, reason: 'custody-12-months-or-more' });
    });

    it('does not cover other offences', () => {
      expect(
        checkEligibility(
          'vns',
          facts({ offenceCategory: 'domestic-abuse', lengthMonths: 6, probationRegion: 'north-east' }),
        ),
      ).toMatchObject({ eligible: false, reason: 'not-a-vns-offence' });
    });

    it('does not cover hospital orders', () => {
      expect(
        checkEligibility(
          'vns',
          facts({
            offenceCategory: 'stalking',
            sentenceType: 'hospital-order-without-restriction',
            lengthMonths: undefined,
            probationRegion: 'north-east',
          }),
        ),
      ).toMatchObject({
        eligible: false,
        reason: 'hospital-order-not-vns',
      });
    });

    it('runs only in the regions the policy names (by default the pilot regions)', () => {
      expect(
        checkEligibility('vns', facts({ offenceCategory: 'stalking', lengthMonths: 6, probationRegion: 'wales' })),
      ).toMatchObject({ eligible: false, reason: 'vns-not-run-in-region' });
      expect(
        checkEligibility(
          'vns',
          facts({ offenceCategory: 'stalking', lengthMonths: 6, probationRegion: 'wales' }),
          undefined,
          { ...DEFAULT_ELIGIBILITY_POLICY, vnsRegions: ['wales'] },
        ).eligible,
      ).toBe(true);
    });
  });

  describe('which scheme a sentence requires', () => {
    it('requires the statutory scheme for a specified offence with 12 months or more', () => {
      expect(schemeRequiredFor(facts({}))).toBe('vcs-statutory');
    });

    it('requires the VNS for stalking under 12 months in a VNS region', () => {
      expect(
        schemeRequiredFor(
          facts({ offenceCategory: 'stalking', lengthMonths: 3, probationRegion: 'kent-surrey-and-sussex' }),
        ),
      ).toBe('vns');
    });

    it('requires the statutory scheme for a terrorism offence with 12 months or more (DVCV Act 2004 s.35(1)(a))', () => {
      expect(schemeRequiredFor(facts({ offenceCategory: 'terrorism', lengthMonths: 24 }))).toBe('vcs-statutory');
    });

    it('requires the statutory scheme, not the VNS, for a short-sentence stalking offence against a child of 12 months or more', () => {
      expect(
        schemeRequiredFor(
          facts({
            offenceCategory: 'stalking',
            offenceAgainstChild: true,
            lengthMonths: 12,
            probationRegion: 'north-east',
          }),
        ),
      ).toBe('vcs-statutory');
    });

    it('requires nothing where only the discretionary scheme could apply', () => {
      expect(schemeRequiredFor(facts({ offenceCategory: 'domestic-abuse', lengthMonths: 3 }))).toBeUndefined();
    });
  });
});
