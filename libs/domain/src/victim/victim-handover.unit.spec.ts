import { englandAndWalesCalendar } from '../calendar/working-day-calendar';
import { deciderSpec } from '../testing/decider-spec';
import { TODAY, VICTIM_ID } from '../testing/fixtures';
import {
  preferencesUpdated,
  receiveReferral,
  referralReceived,
  updatePreferences,
  victimEnrolled,
} from '../testing/victim-fixtures';
import { handoverAtEighteenDueOn, turnsEighteenIn } from './coming-of-age';
import { HandContactToVictim, UpdateVictimDetails } from './victim.commands';
import { VictimEvent } from './victim.events';
import { victimDecider } from './victim.decider';

const { given } = deciderSpec(victimDecider);

// Referred on 2024-01-15 (REFERRAL_DATE) at 12, through a parent or guardian; 18 in March 2029.
const CHILD_DOB = '2011-03-20';
const childReferred = referralReceived({
  circumstance: 'child-victim',
  turnsEighteenIn: '2029-03',
  personal: { fullName: 'Sam Example', dateOfBirth: CHILD_DOB },
});
const child: VictimEvent[] = [childReferred, victimEnrolled()];
const handover = (handedOverOn: string, extra: Partial<HandContactToVictim['data']> = {}): HandContactToVictim => ({
  type: 'HandContactToVictim',
  data: { victimId: VICTIM_ID, handedOverOn, recordedOn: '2029-04-01', ...extra },
});

describe("a child victim's contact handed to them at 18", () => {
  describe('the referral records only the month they turn 18', () => {
    it('given nothing, when a child victim is referred with a date of birth, then the month they turn 18 is recorded beside it', () => {
      given([])
        .when(
          receiveReferral({
            circumstance: 'child-victim',
            personal: { fullName: 'Sam Example', dateOfBirth: CHILD_DOB },
          }),
        )
        .then([childReferred]);
    });

    it('given nothing, when an adult is referred with a date of birth, then no month is recorded', () => {
      given([]).when(receiveReferral()).then([referralReceived()]);
    });

    it('given nothing, when a child victim is referred without a date of birth, then no month is recorded', () => {
      given([])
        .when(receiveReferral({ circumstance: 'child-victim', personal: { fullName: 'Sam Example' } }))
        .then([referralReceived({ circumstance: 'child-victim', personal: { fullName: 'Sam Example' } })]);
    });

    it('given nothing, when the date of birth is in the future, then the referral is refused', () => {
      given([])
        .when(
          receiveReferral({ circumstance: 'child-victim', personal: { fullName: 'Sam', dateOfBirth: '2030-01-01' } }),
        )
        .thenThrows('date-of-birth-in-future');
    });

    it('given a child victim, when their date of birth is corrected, then the month they turn 18 moves with it', () => {
      const correct: UpdateVictimDetails = {
        type: 'UpdateVictimDetails',
        data: {
          victimId: VICTIM_ID,
          updatedOn: '2024-03-01',
          recordedOn: TODAY,
          personal: { dateOfBirth: '2011-09-02' },
        },
      };
      given(child)
        .when(correct)
        .then([
          {
            type: 'VictimDetailsUpdated',
            data: {
              victimId: VICTIM_ID,
              updatedOn: '2024-03-01',
              turnsEighteenIn: '2029-09',
              personal: { dateOfBirth: '2011-09-02' },
            },
          },
        ]);
    });

    it('keeps a 29 February birthday in February, and a birthday on the 1st in its own month', () => {
      expect(turnsEighteenIn('2008-02-29')).toBe('2026-02');
      expect(turnsEighteenIn('2009-12-01')).toBe('2027-12');
    });
  });

  describe('the task is due a number of working days before that month', () => {
    it('is due 130 working days (about six months) before the month by default, never on a weekend', () => {
      const due = handoverAtEighteenDueOn('2029-03', '2024-01-15', englandAndWalesCalendar);
      expect(englandAndWalesCalendar.countWorkingDays(due, '2029-03-01')).toBe(130);
      expect(englandAndWalesCalendar.isWorkingDay(due)).toBe(true);
    });

    it('follows the configured lead: a shorter lead makes it due later', () => {
      const due = handoverAtEighteenDueOn('2029-03', '2024-01-15', englandAndWalesCalendar, {
        handoverLeadWorkingDays: 20,
      });
      expect(due).toBe('2029-02-01'); // February 2029 has exactly 20 working days
    });

    it('is due at once for a victim referred at 17 and a half', () => {
      expect(handoverAtEighteenDueOn('2029-03', '2028-09-14', englandAndWalesCalendar)).toBe('2028-09-14');
    });
  });

  describe('recording the handover', () => {
    it('given a child victim, when the VLO records the handover in the month they turn 18, then contact is with the victim', () => {
      given(child)
        .when(handover('2029-03-05'))
        .then([{ type: 'ContactHandedToVictim', data: { victimId: VICTIM_ID, handedOverOn: '2029-03-05' } }]);
    });

    it("given a child victim, when the handover comes with the victim's own preferences, then they are recorded as of that day", () => {
      const { victimId: _v, updatedOn: _u, recordedOn: _r, ...preferences } = updatePreferences().data;
      void [_v, _u, _r];
      given(child)
        .when(handover('2029-03-05', { preferences }))
        .then([
          { type: 'ContactHandedToVictim', data: { victimId: VICTIM_ID, handedOverOn: '2029-03-05' } },
          preferencesUpdated({ updatedOn: '2029-03-05' }),
        ]);
    });

    it('given a child victim, when the handover is dated before the month they turn 18, then it is refused', () => {
      given(child).when(handover('2029-02-28')).thenThrows('handover-before-eighteen');
    });

    it('given a child victim referred without a date of birth, when the VLO records the handover, then it is recorded', () => {
      given([referralReceived({ circumstance: 'child-victim', personal: { fullName: 'Sam Example' } })])
        .when(handover('2025-06-02'))
        .then([{ type: 'ContactHandedToVictim', data: { victimId: VICTIM_ID, handedOverOn: '2025-06-02' } }]);
    });

    it('given an adult victim, when a handover is recorded, then it is refused', () => {
      given([referralReceived(), victimEnrolled()])
        .when(handover('2029-03-05'))
        .thenThrows('handover-only-for-child-victim');
    });

    it('given contact already handed over, when it is recorded again, then it is refused', () => {
      given([...child, { type: 'ContactHandedToVictim', data: { victimId: VICTIM_ID, handedOverOn: '2029-03-05' } }])
        .when(handover('2029-03-20'))
        .thenThrows('contact-already-with-victim');
    });

    it('given a child victim, when the handover is dated after today, then it is refused', () => {
      given(child).when(handover('2029-04-02')).thenThrows('date-in-future');
    });
  });

  it('given an old history with no month recorded (before it was kept), then replaying it allows a handover at any time after the referral', () => {
    given([referralReceived({ circumstance: 'child-victim' })])
      .when(handover('2024-02-01'))
      .then([{ type: 'ContactHandedToVictim', data: { victimId: VICTIM_ID, handedOverOn: '2024-02-01' } }]);
  });
});
