import { deciderSpec } from '../testing/decider-spec';
import { SENTENCE_ID, TODAY, VICTIM_ID, VLO_ID, factsOf, sentenceRecorded } from '../testing/fixtures';
import {
  REFERRAL_DATE,
  actingForVictimNominated,
  contactRecorded,
  enrolVictim,
  nominateActingPerson,
  preferencesUpdated,
  receiveReferral,
  recordContact,
  referralReceived,
  submitRepresentation,
  updatePreferences,
  victimEnrolled,
} from '../testing/victim-fixtures';
import { DEFAULT_ELIGIBILITY_POLICY } from '../eligibility/eligibility-policy';
import { createVictimDecider, victimDecider, victimStreamId } from './victim.decider';
import { RecordContact } from './victim.commands';
import { VictimEvent } from './victim.events';

const { given } = deciderSpec(victimDecider);

const shortSentence = factsOf(sentenceRecorded({ lengthMonths: 6 }));
const daSentence = factsOf(sentenceRecorded({ offenceCategory: 'domestic-abuse', lengthMonths: 4 }));
const stalkingInPilot = factsOf(
  sentenceRecorded({ offenceCategory: 'stalking', lengthMonths: 6, probationRegion: 'south-central' }),
);
const stalkingOutsidePilot = factsOf(
  sentenceRecorded({ offenceCategory: 'stalking', lengthMonths: 6, probationRegion: 'london' }),
);
const homicide = factsOf(
  sentenceRecorded({ sentenceType: 'indeterminate-life', lengthMonths: undefined, offenceCausedDeath: true }),
);
const restrictedOrder = factsOf(
  sentenceRecorded({ sentenceType: 'hospital-order-with-restriction', lengthMonths: undefined }),
);
const unrestrictedOrder = factsOf(
  sentenceRecorded({ sentenceType: 'hospital-order-without-restriction', lengthMonths: undefined }),
);
const referred = referralReceived();
const enrolled: VictimEvent[] = [referred, victimEnrolled()];

describe('victim decider', () => {
  it('names the stream victim-<id>', () => {
    expect(victimStreamId('abc')).toBe('victim-abc');
  });

  describe('referral', () => {
    it('records a referral, keeping the victim details under personal', () => {
      given([]).when(receiveReferral()).then([referred]);
    });

    it('records a referral from a court (referrals come from Witness Care Units and courts)', () => {
      given([])
        .when(receiveReferral({ source: 'court' }))
        .then([referralReceived({ source: 'court' })]);
    });

    it('refuses a referrer that is not on the list', () => {
      given([])
        .when(receiveReferral({ source: 'newspaper' as never }))
        .thenThrows('unknown-code');
    });

    it('allocates the case to the officer named with the referral, so it is on their caseload from the start', () => {
      given([])
        .when(receiveReferral({ victimLiaisonOfficerId: VLO_ID, officerUnits: ['yorkshire-and-the-humber'] }))
        .then([{ ...referred, data: { ...referred.data, victimLiaisonOfficerId: VLO_ID } } as VictimEvent]);
    });

    it('refuses allocating the referral to an officer of another unit, or one the service does not know', () => {
      given([])
        .when(receiveReferral({ victimLiaisonOfficerId: 'vlo-wales', officerUnits: ['wales'] }))
        .thenThrows('officer-not-in-unit');
      given([])
        .when(receiveReferral({ victimLiaisonOfficerId: 'vlo-nobody' }))
        .thenThrows('officer-not-in-unit');
    });

    it('counts the officer allocated with the referral as assigned', () => {
      const allocated = { ...referred, data: { ...referred.data, victimLiaisonOfficerId: VLO_ID } } as VictimEvent;
      given([allocated])
        .when({
          type: 'AssignVictimLiaisonOfficer',
          data: {
            victimId: VICTIM_ID,
            victimLiaisonOfficerId: VLO_ID,
            assignedOn: REFERRAL_DATE,
            recordedOn: TODAY,
            officerUnits: ['yorkshire-and-the-humber'],
          },
        })
        .thenThrows('already-assigned');
    });

    it('refuses a second referral for the same victim (409)', () => {
      given([referred]).when(receiveReferral()).thenThrows('victim-already-referred', 'already-exists');
    });

    it('refuses a referral received before the sentence', () => {
      given([])
        .when(receiveReferral({ receivedOn: '2024-01-07' }))
        .thenThrows('referral-before-sentence');
    });

    it('refuses a referral dated after today', () => {
      given([])
        .when(receiveReferral({ receivedOn: '2026-11-24' }))
        .thenThrows('date-in-future');
    });

    it('refuses a bereaved relative when the offence did not cause a death', () => {
      given([])
        .when(receiveReferral({ circumstance: 'bereaved-relative' }))
        .thenThrows('bereavement-needs-offence-causing-death');
    });

    it('accepts a bereaved relative in a homicide', () => {
      const command = receiveReferral({ circumstance: 'bereaved-relative', sentence: homicide });
      given([])
        .when(command)
        .then([referralReceived({ circumstance: 'bereaved-relative' })]);
    });

    it('refuses a child victim who was 18 or over when referred', () => {
      given([])
        .when(receiveReferral({ circumstance: 'child-victim' }))
        .thenThrows('child-victim-is-adult');
    });

    it('refuses an adult victim who was under 18 when referred', () => {
      given([])
        .when(receiveReferral({ personal: { fullName: 'A Child', dateOfBirth: '2010-06-01' } }))
        .thenThrows('adult-victim-is-child');
    });

    it('refuses a referral without the victim name', () => {
      given([])
        .when(receiveReferral({ personal: { fullName: ' ' } }))
        .thenThrows('text-required');
    });

    it('refuses an address whose postcode is not a UK postcode', () => {
      given([])
        .when(
          receiveReferral({
            personal: { fullName: 'Jane Example', address: { lines: ['1 High St'], postcode: 'NOT A CODE' } },
          }),
        )
        .thenThrows('invalid-postcode');
    });

    it('refuses a malformed email address', () => {
      given([])
        .when(receiveReferral({ personal: { fullName: 'Jane Example', email: 'jane.example.org' } }))
        .thenThrows('invalid-email');
    });
  });

  it('refuses any other command for a victim who was never referred (404)', () => {
    given([]).when(enrolVictim()).thenThrows('victim-not-found', 'not-found');
  });

  describe('enrolment', () => {
    it('enrols a victim of a specified offence with 12 months or more in the statutory scheme, recording the basis', () => {
      given([referred]).when(enrolVictim()).then([victimEnrolled()]);
    });

    it('refuses the statutory scheme for a sentence under 12 months', () => {
      given([referred])
        .when(enrolVictim({ sentence: shortSentence }))
        .thenThrows('not-eligible:custody-under-12-months');
    });

    it('refuses the discretionary scheme without a reason', () => {
      given([referred])
        .when(enrolVictim({ sentence: daSentence, scheme: 'vcs-discretionary' }))
        .thenThrows('not-eligible:discretionary-reason-required');
    });

    it('refuses the discretionary scheme when the statutory scheme applies', () => {
      given([referred])
        .when(enrolVictim({ scheme: 'vcs-discretionary', discretionaryReason: 'domestic-abuse' }))
        .thenThrows('not-eligible:statutory-scheme-applies');
    });

    it('enrols a domestic-abuse victim with a short sentence in the discretionary scheme with the reason', () => {
      given([referred])
        .when(enrolVictim({ sentence: daSentence, scheme: 'vcs-discretionary', discretionaryReason: 'domestic-abuse' }))
        .then([
          victimEnrolled({
            scheme: 'vcs-discretionary',
            basis: 'discretionary',
            discretionaryReason: 'domestic-abuse',
          }),
        ]);
    });

    it('refuses the discretionary reason "other" without saying why', () => {
      given([referred])
        .when(enrolVictim({ sentence: daSentence, scheme: 'vcs-discretionary', discretionaryReason: 'other' }))
        .thenThrows('discretionary-reason-detail-required');
    });

    it('refuses a discretionary reason on the statutory scheme', () => {
      given([referred])
        .when(enrolVictim({ discretionaryReason: 'domestic-abuse' }))
        .thenThrows('reason-only-for-discretionary');
    });

    it('enrols a stalking victim with a short sentence in the VNS where it runs', () => {
      given([referred])
        .when(enrolVictim({ sentence: stalkingInPilot, scheme: 'vns' }))
        .then([victimEnrolled({ scheme: 'vns', basis: 'vns-offence-custody-under-12-months' })]);
    });

    it('refuses the VNS in a region that does not run it', () => {
      given([referred])
        .when(enrolVictim({ sentence: stalkingOutsidePilot, scheme: 'vns' }))
        .thenThrows('not-eligible:vns-not-run-in-region');
    });

    it('enrols in the VNS in any region the policy names', () => {
      const decider = createVictimDecider({ ...DEFAULT_ELIGIBILITY_POLICY, vnsRegions: ['london'] });
      const events = decider.decide(
        enrolVictim({ sentence: stalkingOutsidePilot, scheme: 'vns' }),
        decider.evolve(decider.initialState(), referred),
      );
      expect(events).toEqual([victimEnrolled({ scheme: 'vns', basis: 'vns-offence-custody-under-12-months' })]);
    });

    // DVCV Act 2004 s.45(1): whether a suspended term of 12 months or more is a "relevant sentence" is not confirmed
    // (docs/DOMAIN-RULES.md §11): STATUTORY_VCS_SUSPENDED_SENTENCES, default when-activated.
    describe('a violent offence suspended for 18 months, not activated', () => {
      const suspendedViolent = { ...factsOf(), sentenceType: 'suspended-sentence', lengthMonths: 18 } as const;

      it('given the default (counts only when activated), when the VLO enrols the victim in the statutory scheme, then it is refused', () => {
        given([referred])
          .when(enrolVictim({ sentence: suspendedViolent }))
          .thenThrows('not-eligible:sentence-suspended');
      });

      it('given the setting that counts it from the sentence, when the VLO enrols the victim, then they are enrolled', () => {
        deciderSpec(
          createVictimDecider({ ...DEFAULT_ELIGIBILITY_POLICY, suspendedSentences: { statutoryVcs: true, vns: true } }),
        )
          .given([referred])
          .when(enrolVictim({ sentence: suspendedViolent }))
          .then([victimEnrolled()]);
      });
    });

    it('refuses enrolment against a sentence the victim is not linked to', () => {
      given([referred])
        .when(enrolVictim({ sentence: { ...factsOf(), sentenceId: 'other-sentence' } }))
        .thenThrows('sentence-not-linked');
    });

    it('refuses enrolling a victim twice', () => {
      given(enrolled).when(enrolVictim()).thenThrows('already-enrolled');
    });

    it('refuses enrolling a victim who withdrew (they rejoin instead)', () => {
      given([
        ...enrolled,
        { type: 'VictimWithdrew', data: { victimId: VICTIM_ID, withdrewOn: '2024-03-01', personal: {} } },
      ])
        .when(enrolVictim({ enrolledOn: '2024-04-01' }))
        .thenThrows('withdrawn-victim-rejoins');
    });

    it('enrols a victim who declined and later came back', () => {
      given([
        referred,
        { type: 'VictimDeclined', data: { victimId: VICTIM_ID, declinedOn: '2024-01-25', personal: {} } },
      ])
        .when(enrolVictim({ enrolledOn: '2025-01-10' }))
        .then([victimEnrolled({ enrolledOn: '2025-01-10' })]);
    });

    it('refuses enrolment dated before the referral', () => {
      given([referred])
        .when(enrolVictim({ enrolledOn: '2024-01-10' }))
        .thenThrows('before-referral');
    });

    it('names the date it refuses, so a form shows the refusal on that date and not on its first question', () => {
      const early = given([referred])
        .when(enrolVictim({ enrolledOn: '2024-01-10' }))
        .thenThrows('before-referral');
      expect(early.field).toBe('enrolledOn');
      const late = given([referred])
        .when(enrolVictim({ enrolledOn: '2099-01-10' }))
        .thenThrows('date-in-future');
      expect(late.field).toBe('enrolledOn');
    });

    it('refuses to enrol a victim who died without their next of kin nominated', () => {
      given([referralReceived({ circumstance: 'deceased-victim', personal: { fullName: 'Late Example' } })])
        .when(enrolVictim({ sentence: homicide }))
        .thenThrows('deceased-victim-needs-next-of-kin');
    });

    it('enrols a victim who died once their next of kin is nominated', () => {
      given([
        referralReceived({ circumstance: 'deceased-victim', personal: { fullName: 'Late Example' } }),
        actingForVictimNominated({ role: 'next-of-kin' }),
      ])
        .when(enrolVictim({ sentence: homicide }))
        .then([victimEnrolled({ basis: 'specified-offence-indeterminate-sentence' })]);
    });

    it('refuses enrolment without a victim liaison officer', () => {
      given([referred])
        .when(enrolVictim({ victimLiaisonOfficerId: '' }))
        .thenThrows('id-required');
    });
  });

  describe('declining, withdrawing and rejoining', () => {
    const declined: VictimEvent = {
      type: 'VictimDeclined',
      data: { victimId: VICTIM_ID, declinedOn: '2024-01-25', personal: { reason: 'Wants to move on' } },
    };
    const withdrew: VictimEvent = {
      type: 'VictimWithdrew',
      data: { victimId: VICTIM_ID, withdrewOn: '2024-03-01', personal: {} },
    };

    it('records a referred victim declining the scheme', () => {
      given([referred])
        .when({
          type: 'DeclineScheme',
          data: {
            victimId: VICTIM_ID,
            declinedOn: '2024-01-25',
            recordedOn: TODAY,
            personal: { reason: 'Wants to move on' },
          },
        })
        .then([declined]);
    });

    it('refuses declining once in the scheme (withdraw instead)', () => {
      given(enrolled)
        .when({
          type: 'DeclineScheme',
          data: { victimId: VICTIM_ID, declinedOn: '2024-03-01', recordedOn: TODAY, personal: {} },
        })
        .thenThrows('enrolled-victim-withdraws');
    });

    it('refuses declining twice', () => {
      given([referred, declined])
        .when({
          type: 'DeclineScheme',
          data: { victimId: VICTIM_ID, declinedOn: '2024-03-01', recordedOn: TODAY, personal: {} },
        })
        .thenThrows('already-opted-out');
    });

    it('records a victim withdrawing from the scheme', () => {
      given(enrolled)
        .when({
          type: 'WithdrawFromScheme',
          data: { victimId: VICTIM_ID, withdrewOn: '2024-03-01', recordedOn: TODAY, personal: {} },
        })
        .then([withdrew]);
    });

    it('refuses a withdrawal by a victim not in the scheme', () => {
      given([referred])
        .when({
          type: 'WithdrawFromScheme',
          data: { victimId: VICTIM_ID, withdrewOn: '2024-03-01', recordedOn: TODAY, personal: {} },
        })
        .thenThrows('not-in-scheme');
    });

    it('refuses a withdrawal dated before the enrolment', () => {
      given(enrolled)
        .when({
          type: 'WithdrawFromScheme',
          data: { victimId: VICTIM_ID, withdrewOn: '2024-01-20', recordedOn: TODAY, personal: {} },
        })
        .thenThrows('withdrawal-before-enrolment');
    });

    it('lets a victim who withdrew rejoin the same scheme at any time', () => {
      given([...enrolled, withdrew])
        .when({
          type: 'RejoinScheme',
          data: { victimId: VICTIM_ID, rejoinedOn: '2025-06-01', recordedOn: TODAY, victimLiaisonOfficerId: 'vlo-2' },
        })
        .then([
          {
            type: 'VictimRejoined',
            data: {
              victimId: VICTIM_ID,
              scheme: 'vcs-statutory',
              rejoinedOn: '2025-06-01',
              victimLiaisonOfficerId: 'vlo-2',
            },
          },
        ]);
    });

    it('refuses rejoining for a victim who declined (they enrol instead)', () => {
      given([referred, declined])
        .when({
          type: 'RejoinScheme',
          data: { victimId: VICTIM_ID, rejoinedOn: '2025-06-01', recordedOn: TODAY, victimLiaisonOfficerId: VLO_ID },
        })
        .thenThrows('declined-victim-enrols');
    });

    it('refuses rejoining for a victim still in the scheme', () => {
      given(enrolled)
        .when({
          type: 'RejoinScheme',
          data: { victimId: VICTIM_ID, rejoinedOn: '2025-06-01', recordedOn: TODAY, victimLiaisonOfficerId: VLO_ID },
        })
        .thenThrows('not-withdrawn');
    });

    it('refuses rejoining dated before the withdrawal', () => {
      given([...enrolled, withdrew])
        .when({
          type: 'RejoinScheme',
          data: { victimId: VICTIM_ID, rejoinedOn: '2024-02-15', recordedOn: TODAY, victimLiaisonOfficerId: VLO_ID },
        })
        .thenThrows('rejoin-before-withdrawal');
    });
  });

  describe('linking to sentences', () => {
    const other = { ...factsOf(), sentenceId: 'sentence-2', sentenceDate: '2024-01-10' };

    it('links a victim to a further sentence', () => {
      given([referred])
        .when({
          type: 'LinkVictimToSentence',
          data: { victimId: VICTIM_ID, sentence: other, linkedOn: '2024-02-01', recordedOn: TODAY },
        })
        .then([
          {
            type: 'VictimLinkedToSentence',
            data: { victimId: VICTIM_ID, sentenceId: 'sentence-2', linkedOn: '2024-02-01' },
          },
        ]);
    });

    it('refuses linking to the sentence of the referral again', () => {
      given([referred])
        .when({
          type: 'LinkVictimToSentence',
          data: { victimId: VICTIM_ID, sentence: factsOf(), linkedOn: '2024-02-01', recordedOn: TODAY },
        })
        .thenThrows('already-linked');
    });

    it('refuses a link dated before the sentence was passed', () => {
      given([referred])
        .when({
          type: 'LinkVictimToSentence',
          data: {
            victimId: VICTIM_ID,
            sentence: { ...other, sentenceDate: '2024-03-01' },
            linkedOn: '2024-02-01',
            recordedOn: TODAY,
          },
        })
        .thenThrows('link-before-sentence');
    });
  });

  describe('someone acting for the victim', () => {
    it('records a family member acting for the victim', () => {
      given([referred]).when(nominateActingPerson()).then([actingForVictimNominated()]);
    });

    it('refuses a parent or guardian for an adult victim', () => {
      given([referred])
        .when(nominateActingPerson({ role: 'parent-or-guardian' }))
        .thenThrows('parent-or-guardian-only-for-child');
    });

    it('accepts a parent or guardian for a child victim', () => {
      const child = referralReceived({
        circumstance: 'child-victim',
        personal: { fullName: 'A Child', dateOfBirth: '2012-01-01' },
      });
      given([child])
        .when(nominateActingPerson({ role: 'parent-or-guardian' }))
        .then([actingForVictimNominated({ role: 'parent-or-guardian' })]);
    });

    it('refuses next of kin for a living victim', () => {
      given([referred])
        .when(nominateActingPerson({ role: 'next-of-kin' }))
        .thenThrows('next-of-kin-only-for-deceased-victim');
    });

    it('refuses nominating the same person twice', () => {
      given([referred, actingForVictimNominated()])
        .when(nominateActingPerson())
        .thenThrows('acting-person-already-nominated');
    });

    it('refuses a nomination without the person name', () => {
      given([referred])
        .when(nominateActingPerson({ personal: { fullName: '' } }))
        .thenThrows('text-required');
    });
  });

  describe('contact preferences', () => {
    it('records contact preferences', () => {
      given([referred]).when(updatePreferences()).then([preferencesUpdated()]);
    });

    it('refuses the email channel without an email address', () => {
      given([referred])
        .when(
          updatePreferences({
            channels: ['email'],
            personal: { language: 'en', accessibleFormats: [], timesNotToCall: [] },
          }),
        )
        .thenThrows('email-needs-address');
    });

    it('refuses the letter channel without a postal address', () => {
      given([referred])
        .when(
          updatePreferences({
            channels: ['letter'],
            personal: { email: 'a@b.org', language: 'en', accessibleFormats: [], timesNotToCall: [] },
          }),
        )
        .thenThrows('letter-needs-address');
    });

    it('refuses SMS without a mobile number', () => {
      given([referred])
        .when(updatePreferences({ channels: ['sms'] }))
        .thenThrows('sms-needs-mobile');
    });

    it('refuses the phone channel without a phone number', () => {
      given([referred])
        .when(updatePreferences({ channels: ['phone'] }))
        .thenThrows('phone-needs-number');
    });

    it('refuses preferences with no channel', () => {
      given([referred])
        .when(updatePreferences({ channels: [] }))
        .thenThrows('channel-required');
    });

    it('refuses "chosen stages" without naming any stage', () => {
      given([referred])
        .when(updatePreferences({ stages: { choice: 'chosen-stages', chosenStages: [] } }))
        .thenThrows('chosen-stages-required');
    });

    it('refuses a list of stages with another choice', () => {
      given([referred])
        .when(updatePreferences({ stages: { choice: 'annual-letter', chosenStages: ['recall'] } }))
        .thenThrows('chosen-stages-without-choice');
    });

    it('accepts chosen stages, accessible formats and times not to call', () => {
      const command = updatePreferences({
        channels: ['phone', 'letter'],
        stages: { choice: 'chosen-stages', chosenStages: ['release-on-licence', 'licence-conditions-set'] },
        personal: {
          address: { lines: ['12 Acacia Avenue', 'Leeds'], postcode: 'LS1 4AB' },
          phone: '0113 496 0000',
          language: 'cy',
          accessibleFormats: ['large-print', 'easy-read'],
          timesNotToCall: [{ days: ['monday', 'friday'], from: '17:00', to: '21:30' }],
        },
      });
      given([referred])
        .when(command)
        .then([{ type: 'ContactPreferencesUpdated', data: preferencesUpdated(command.data).data }]);
    });

    it('refuses a time window that ends before it starts', () => {
      given([referred])
        .when(
          updatePreferences({
            personal: {
              ...updatePreferences().data.personal,
              timesNotToCall: [{ days: ['monday'], from: '21:00', to: '08:00' }],
            },
          }),
        )
        .thenThrows('time-window-backwards');
    });

    it('refuses a language that is not a language tag', () => {
      given([referred])
        .when(updatePreferences({ personal: { ...updatePreferences().data.personal, language: 'English please' } }))
        .thenThrows('invalid-language');
    });

    it('refuses preferences older than those already recorded', () => {
      given([referred, preferencesUpdated({ updatedOn: '2024-03-01' })])
        .when(updatePreferences({ updatedOn: '2024-02-01' }))
        .thenThrows('preferences-out-of-order');
    });
  });

  describe('contacts', () => {
    it('records a contact with its summary under personal', () => {
      given([referred]).when(recordContact()).then([contactRecorded()]);
    });

    it('refuses a contact before the referral', () => {
      given([referred])
        .when(recordContact({ occurredOn: '2024-01-10' }))
        .thenThrows('before-referral');
    });

    it('refuses a contact without a summary', () => {
      given([referred])
        .when(recordContact({ personal: { summary: '' } }))
        .thenThrows('text-required');
    });

    it('refuses a follow-up date before the contact', () => {
      given([referred])
        .when(recordContact({ followUpOn: '2024-01-19' }))
        .thenThrows('follow-up-before-contact');
    });

    it('refuses contacting a victim who declined, after they declined', () => {
      given([
        referred,
        { type: 'VictimDeclined', data: { victimId: VICTIM_ID, declinedOn: '2024-01-25', personal: {} } },
      ])
        .when(recordContact({ occurredOn: '2024-02-01' }))
        .thenThrows('victim-opted-out');
    });

    it('records the victim getting back in touch after withdrawing', () => {
      const events: VictimEvent[] = [
        ...enrolled,
        { type: 'VictimWithdrew', data: { victimId: VICTIM_ID, withdrewOn: '2024-03-01', personal: {} } },
      ];
      given(events)
        .when(
          recordContact({ direction: 'inbound', method: 'email', result: 'contact-made', occurredOn: '2025-01-01' }),
        )
        .then([
          contactRecorded({ direction: 'inbound', method: 'email', result: 'contact-made', occurredOn: '2025-01-01' }),
        ]);
    });

    it('refuses a letter to a victim with a safety flag without a safety check', () => {
      given([referred, preferencesUpdated({ safetyCheckBeforeLetters: true })])
        .when(recordContact({ occurredOn: '2024-02-10' }))
        .thenThrows('safety-check-required');
    });

    it('records a letter to a victim with a safety flag once the check is done', () => {
      const command = recordContact({
        occurredOn: '2024-02-10',
        safetyCheck: { checkedBy: 'vlo-manager-1', checkedOn: '2024-02-09' },
      });
      given([referred, preferencesUpdated({ safetyCheckBeforeLetters: true })])
        .when(command)
        .then([contactRecorded(command.data)]);
    });

    it('refuses a safety check done before the contact details last changed', () => {
      given([referred, preferencesUpdated({ safetyCheckBeforeLetters: true, updatedOn: '2024-02-05' })])
        .when(
          recordContact({
            occurredOn: '2024-02-10',
            safetyCheck: { checkedBy: 'vlo-manager-1', checkedOn: '2024-02-01' },
          }),
        )
        .thenThrows('safety-check-out-of-date');
    });

    it('refuses a safety check dated after the letter', () => {
      given([referred, preferencesUpdated({ safetyCheckBeforeLetters: true })])
        .when(
          recordContact({
            occurredOn: '2024-02-10',
            safetyCheck: { checkedBy: 'vlo-manager-1', checkedOn: '2024-02-11' },
          }),
        )
        .thenThrows('safety-check-after-letter');
    });

    describe('a channel the victim has not chosen', () => {
      const lettersOnly = [referred, preferencesUpdated({ channels: ['letter'] })];
      const call = (overrides: Partial<RecordContact['data']> = {}) =>
        recordContact({ method: 'phone', result: 'contact-made', occurredOn: '2024-02-10', ...overrides });

      it('asks why a call the VLO made went by a channel the victim has not chosen', () => {
        given(lettersOnly).when(call()).thenThrows('channel-reason-required');
      });

      it('records the call the victim asked for, with the reason', () => {
        const command = call({ channelReason: 'victim-asked' });
        given(lettersOnly)
          .when(command)
          .then([contactRecorded(command.data)]);
      });

      it('records an urgent safety call', () => {
        const command = call({ channelReason: 'urgent-safety' });
        given(lettersOnly)
          .when(command)
          .then([contactRecorded(command.data)]);
      });

      it('records another reason only with its description', () => {
        given(lettersOnly)
          .when(call({ channelReason: 'other' }))
          .thenThrows('channel-reason-detail-required');
        const command = call({
          channelReason: 'other',
          personal: { summary: 'Called about the hearing', channelReasonDetail: 'Their solicitor asked us to call' },
        });
        given(lettersOnly)
          .when(command)
          .then([contactRecorded(command.data)]);
      });

      it('records a call the victim made without a reason: they started it', () => {
        const command = call({ direction: 'inbound' });
        given(lettersOnly)
          .when(command)
          .then([contactRecorded(command.data)]);
      });

      it('refuses a reason where none is needed: the victim started it, or chose the channel', () => {
        given(lettersOnly)
          .when(call({ direction: 'inbound', channelReason: 'victim-asked' }))
          .thenThrows('channel-reason-not-needed');
        given([referred, preferencesUpdated({ channels: ['letter', 'phone'] })])
          .when(call({ channelReason: 'urgent-safety' }))
          .thenThrows('channel-reason-not-needed');
      });

      it('refuses a reason that is not on the list', () => {
        given(lettersOnly)
          .when(call({ channelReason: 'felt-like-it' as never }))
          .thenThrows('unknown-code');
      });

      it('needs no reason before the victim has chosen any channel', () => {
        const command = call();
        given([referred])
          .when(command)
          .then([contactRecorded(command.data)]);
      });
    });

    it('refuses a contact with someone not nominated to act for the victim', () => {
      given([referred])
        .when(recordContact({ withActingPersonId: 'ap-9' }))
        .thenThrows('unknown-acting-person');
    });

    it('refuses contacting a victim who died other than through the person acting for them', () => {
      given([referralReceived({ circumstance: 'deceased-victim', personal: { fullName: 'Late Example' } })])
        .when(recordContact())
        .thenThrows('deceased-victim-contact-through-next-of-kin');
    });
  });

  describe('representations', () => {
    const vps = (text: string) =>
      submitRepresentation({
        kind: 'victim-personal-statement',
        sentence: factsOf(sentenceRecorded({ sentenceType: 'extended-determinate', lengthMonths: 96 })),
        requestedConditions: [],
        sentTo: ['parole-board'],
        vpsPresentation: 'read-by-victim',
        personal: { statementText: text },
      });

    // Issue 17, restricted patients: HMPPS "Statements and decision summaries in restricted patient cases" (April 2024:
    // statements for MoJ discharge decisions, from March 2024); DVCV Act 2004 s.37ZA, VPA 2024 s.21 (SI 2025/731,
    // from 25 June 2025: a victim impact statement to the Mental Health Tribunal). Checked 2026-12-07.
    describe('statements about a restricted patient', () => {
      const statement = (overrides: Partial<Parameters<typeof submitRepresentation>[0]> = {}) =>
        submitRepresentation({
          kind: 'victim-impact-statement',
          sentence: restrictedOrder,
          requestedConditions: [],
          sentTo: ['mental-health-tribunal'],
          vpsPresentation: 'read-by-victim',
          submittedOn: '2025-07-01',
          personal: { statementText: 'Since the attack I have not been able to go out alone.' },
          ...overrides,
        });

      it('given a restricted patient, when a victim impact statement goes to the tribunal, then it is recorded', () => {
        given(enrolled)
          .when(statement())
          .then([
            { type: 'RepresentationSubmitted', data: expect.objectContaining({ kind: 'victim-impact-statement' }) },
          ]);
      });

      it('given a date before 25 June 2025, a prison sentence, or another recipient, then the impact statement is refused', () => {
        given(enrolled)
          .when(statement({ submittedOn: '2025-06-24' }))
          .thenThrows('request-not-available-yet');
        given(enrolled)
          .when(statement({ sentence: factsOf(), sentTo: ['parole-board'] }))
          .thenThrows('needs-restriction-order');
        given(enrolled)
          .when(statement({ sentTo: ['mental-health-casework-section'] }))
          .thenThrows('wrong-decision-maker');
      });

      it('given a restricted patient, when a statement for the MoJ discharge decision is made, then it goes to the casework section, written only', () => {
        const forMoj = statement({
          kind: 'victim-personal-statement',
          sentTo: ['mental-health-casework-section'],
          vpsPresentation: 'written-only',
        });
        given(enrolled)
          .when(forMoj)
          .then([
            {
              type: 'RepresentationSubmitted',
              data: expect.objectContaining({
                kind: 'victim-personal-statement',
                sentTo: ['mental-health-casework-section'],
              }),
            },
          ]);
        given(enrolled)
          .when(statement({ kind: 'victim-personal-statement', sentTo: ['mental-health-casework-section'] }))
          .thenThrows('presentation-needs-hearing');
        given(enrolled)
          .when(
            statement({
              kind: 'victim-personal-statement',
              sentence: unrestrictedOrder,
              sentTo: ['responsible-clinician'],
              vpsPresentation: 'written-only',
            }),
          )
          .thenThrows('needs-restriction-order');
      });
    });

    it('records licence-condition requests with the exclusion zone described under personal', () => {
      const command = submitRepresentation();
      const { recordedOn: _r, sentence: _s, ...data } = command.data;
      void _r;
      void _s;
      given(enrolled)
        .when(command)
        .then([{ type: 'RepresentationSubmitted', data: { ...data, sentenceId: SENTENCE_ID } }]);
    });

    it('refuses an exclusion zone without a description', () => {
      given(enrolled)
        .when(submitRepresentation({ personal: {} }))
        .thenThrows('exclusion-zone-needs-description');
    });

    it('records an exclusion zone described with a postcode as the victim asked: it stays in the scheme until a VLO discloses a version', () => {
      given(enrolled)
        .when(
          submitRepresentation({ personal: { conditionDescriptions: { c1: 'Anywhere within a mile of LS6 2AB' } } }),
        )
        .then([{ type: 'RepresentationSubmitted', data: expect.objectContaining({ representationId: 'r-1' }) }]);
    });

    it('accepts an exclusion zone described by roads and landmarks', () => {
      const command = submitRepresentation({
        personal: {
          conditionDescriptions: {
            c1: 'The area bounded by the ring road, the river and the railway line, including the retail park',
          },
        },
      });
      given(enrolled)
        .when(command)
        .then([{ type: 'RepresentationSubmitted', data: expect.objectContaining({ representationId: 'r-1' }) }]);
    });

    it('refuses an "other" condition without a description', () => {
      given(enrolled)
        .when(submitRepresentation({ requestedConditions: [{ conditionId: 'c3', kind: 'other' }], personal: {} }))
        .thenThrows('other-condition-needs-description');
    });

    it('refuses a representation from a victim not in the scheme', () => {
      given([referred]).when(submitRepresentation()).thenThrows('victim-not-in-scheme');
    });

    it('refuses a representation on a sentence the victim is not linked to', () => {
      given(enrolled)
        .when(submitRepresentation({ sentence: { ...factsOf(), sentenceId: 'sentence-9' } }))
        .thenThrows('sentence-not-linked');
    });

    it('records a Victim Personal Statement for the Parole Board', () => {
      const command = vps('The offence changed my life. I no longer go out alone.');
      given(enrolled)
        .when(command)
        .then([
          {
            type: 'RepresentationSubmitted',
            data: {
              victimId: VICTIM_ID,
              representationId: 'r-1',
              sentenceId: SENTENCE_ID,
              kind: 'victim-personal-statement',
              requestedConditions: [],
              vpsPresentation: 'read-by-victim',
              sentTo: ['parole-board'],
              submittedOn: '2025-03-01',
              personal: { statementText: 'The offence changed my life. I no longer go out alone.' },
            },
          },
        ]);
    });

    it('refuses a Victim Personal Statement sent to anyone but the Parole Board', () => {
      given(enrolled)
        .when(submitRepresentation({ ...vps('My statement').data, sentTo: ['prison'] }))
        .thenThrows('wrong-decision-maker');
    });

    it("records a Victim Personal Statement in the victim's words, address included: the disclosure screen flags it later", () => {
      given(enrolled)
        .when(vps('Every night I check the door at 12 Acacia Avenue twice.'))
        .then([
          {
            type: 'RepresentationSubmitted',
            data: expect.objectContaining({
              personal: { statementText: 'Every night I check the door at 12 Acacia Avenue twice.' },
            }),
          },
        ]);
    });

    it('refuses a Victim Personal Statement that takes more than 10 minutes to read', () => {
      given(enrolled)
        .when(vps('word '.repeat(1501)))
        .thenThrows('vps-too-long');
    });

    it('refuses licence-condition requests inside a Victim Personal Statement', () => {
      given(enrolled)
        .when(
          submitRepresentation({
            ...vps('My statement').data,
            requestedConditions: [{ conditionId: 'c2', kind: 'non-contact' }],
          }),
        )
        .thenThrows('vps-carries-no-conditions');
    });

    it('refuses licence conditions for a hospital-order patient', () => {
      given(enrolled)
        .when(submitRepresentation({ sentence: restrictedOrder }))
        .thenThrows('licence-conditions-need-prison-sentence');
    });

    it('refuses conditions of discharge on a prison sentence', () => {
      given(enrolled)
        .when(submitRepresentation({ kind: 'discharge-conditions' }))
        .thenThrows('discharge-conditions-need-hospital-order');
    });

    it('sends conditions of discharge for a restricted patient to the Mental Health Casework Section', () => {
      const command = submitRepresentation({
        kind: 'discharge-conditions',
        sentence: restrictedOrder,
        sentTo: ['mental-health-casework-section', 'mental-health-tribunal'],
      });
      expect(
        victimDecider.decide(command, enrolled.reduce(victimDecider.evolve, victimDecider.initialState())),
      ).toHaveLength(1);
    });

    it('refuses conditions of discharge for an unrestricted patient sent to the tribunal (they go to the responsible clinician)', () => {
      given(enrolled)
        .when(
          submitRepresentation({
            kind: 'discharge-conditions',
            sentence: unrestrictedOrder,
            sentTo: ['mental-health-tribunal'],
          }),
        )
        .thenThrows('wrong-decision-maker');
    });

    it('refuses a representation sent to no one', () => {
      given(enrolled)
        .when(submitRepresentation({ sentTo: [] }))
        .thenThrows('recipient-required');
    });

    it('refuses a description for a condition not requested', () => {
      given(enrolled)
        .when(submitRepresentation({ personal: { conditionDescriptions: { c1: 'Area', c9: 'x' } } }))
        .thenThrows('description-for-unknown-condition');
    });
  });

  describe('victim liaison officer and details', () => {
    it('assigns another victim liaison officer', () => {
      given(enrolled)
        .when({
          type: 'AssignVictimLiaisonOfficer',
          data: {
            victimId: VICTIM_ID,
            victimLiaisonOfficerId: 'vlo-2',
            assignedOn: '2024-05-01',
            recordedOn: TODAY,
            officerUnits: ['yorkshire-and-the-humber'],
          },
        })
        .then([
          {
            type: 'VictimLiaisonOfficerAssigned',
            data: { victimId: VICTIM_ID, victimLiaisonOfficerId: 'vlo-2', assignedOn: '2024-05-01' },
          },
        ]);
    });

    it('refuses assigning the officer already assigned', () => {
      given(enrolled)
        .when({
          type: 'AssignVictimLiaisonOfficer',
          data: {
            victimId: VICTIM_ID,
            victimLiaisonOfficerId: VLO_ID,
            assignedOn: '2024-05-01',
            recordedOn: TODAY,
            officerUnits: ['yorkshire-and-the-humber'],
          },
        })
        .thenThrows('already-assigned');
    });

    it('refuses allocating the case to an officer who does not work in its unit', () => {
      given(enrolled)
        .when({
          type: 'AssignVictimLiaisonOfficer',
          data: {
            victimId: VICTIM_ID,
            victimLiaisonOfficerId: 'vlo-wales',
            assignedOn: '2024-05-01',
            recordedOn: TODAY,
            officerUnits: ['wales'],
          },
        })
        .thenThrows('officer-not-in-unit');
    });

    it('corrects the victim name', () => {
      given([referred])
        .when({
          type: 'UpdateVictimDetails',
          data: {
            victimId: VICTIM_ID,
            updatedOn: REFERRAL_DATE,
            recordedOn: TODAY,
            personal: { fullName: 'Jane Exemplar' },
          },
        })
        .then([
          {
            type: 'VictimDetailsUpdated',
            data: { victimId: VICTIM_ID, updatedOn: REFERRAL_DATE, personal: { fullName: 'Jane Exemplar' } },
          },
        ]);
    });

    it('refuses a correction that changes nothing', () => {
      given([referred])
        .when({
          type: 'UpdateVictimDetails',
          data: { victimId: VICTIM_ID, updatedOn: REFERRAL_DATE, recordedOn: TODAY, personal: {} },
        })
        .thenThrows('nothing-to-update');
    });
  });
});
