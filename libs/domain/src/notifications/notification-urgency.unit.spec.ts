import { NOTIFICATION_STAGES, NotificationStage } from './notification-stage';
import { STAGE_URGENCY, URGENCIES, urgencyOf, urgencyRank } from './notification-urgency';

describe('notification urgency', () => {
  it('gives every stage one of the urgencies (the table is exhaustive at compile time; this checks the values)', () => {
    for (const stage of NOTIFICATION_STAGES) expect(URGENCIES).toContain(urgencyOf(stage));
    expect(Object.keys(STAGE_URGENCY).sort()).toEqual([...NOTIFICATION_STAGES].sort());
  });

  it.each<[NotificationStage]>([
    ['release-on-licence'],
    ['home-detention-curfew'],
    ['recall'],
    ['parole-decision'],
    ['licence-conditions-set'],
    ['tribunal-decision'],
    ['conditional-discharge'],
    ['absolute-discharge'],
    ['release-on-temporary-licence'],
  ])('makes %s urgent: the offender is, or may at once be, in the community or back inside', (stage) =>
    expect(urgencyOf(stage)).toBe('urgent'),
  );

  it.each<[NotificationStage]>([
    ['parole-hearing-upcoming'],
    ['parole-hearing-listed'],
    ['tribunal-hearing-upcoming'],
    ['release-month'],
    ['parole-eligibility-upcoming'],
    ['licence-conditions-end-upcoming'],
  ])('makes %s normal: notice ahead of a known date', (stage) => expect(urgencyOf(stage)).toBe('normal'));

  it.each<[NotificationStage]>([['initial-contact'], ['annual-contact']])(
    "makes %s routine: letters on the service's own account",
    (stage) => expect(urgencyOf(stage)).toBe('routine'),
  );

  it('orders urgent before normal before routine', () => {
    expect([...URGENCIES].sort((a, b) => urgencyRank(b) - urgencyRank(a))).toEqual(['routine', 'normal', 'urgent']);
    expect(urgencyRank('urgent')).toBeLessThan(urgencyRank('normal'));
    expect(urgencyRank('normal')).toBeLessThan(urgencyRank('routine'));
  });
});
