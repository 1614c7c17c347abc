import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { anEnrolment, expectStatus, problemsOf, VICTIM, VictimsClient } from '../testing/victim-fixtures';
import { randomUUID } from 'node:crypto';
import { useVictimsApi } from '../testing/victims-api';

// A child victim, referred through a parent or guardian at 17, turns 18 in November 2026 (the task is due at once:
// the referral came later than the lead before that month); the VLO records that contact is now with the victim.
const CHILD = { ...VICTIM, dateOfBirth: '2008-11-20' };

describe('POST /victims/:victimId/contact-handover', () => {
  let vlo: VictimsClient;
  /** Reads the case view (which carries the victim's details) apart from `vlo`, whose answers are checked for leaks. */
  let manager: VictimsClient;
  let sentenceId: string;
  let lastPosition = '';
  const childVictim = async () => {
    const victimId = await vlo.referVictim(sentenceId, { circumstance: 'child-victim', personal: CHILD });
    const enrolled = await vlo.send('post', `/victims/${victimId}/enrolment`, anEnrolment(sentenceId));
    expectStatus(enrolled, 201);
    lastPosition = enrolled.body.position;
    return victimId;
  };
  const read = async (path: string, minPosition: string) => {
    const response = await manager.send(
      'get',
      `${path}${path.includes('?') ? '&' : '?'}minPosition=${minPosition}`,
      undefined,
    );
    expectStatus(response, 200);
    return response.body;
  };
  const handoverTasks = async (victimId: string, minPosition: string, status = 'open') =>
    (await read(`/caseload/tasks?kind=hand-contact-to-victim&status=${status}`, minPosition)).items.filter(
      (task: { victimId: string }) => task.victimId === victimId,
    );

  useVictimsApi((given) => ({ vlo, manager, sentenceId } = given), { projectors: true });

  it("records only the month a child victim turns 18, opens the VLO's task, and closes it when contact is handed to them", async () => {
    const victimId = await childVictim();
    const events = await vlo.events(victimId);
    expect(events[0]).toMatchObject({ type: 'ReferralReceived', data: { turnsEighteenIn: '2026-11' } });
    // The date of birth itself only inside the encrypted personal part.
    expect(JSON.stringify({ ...(events[0].data as object), personal: undefined })).not.toContain('2008-11-20');

    const position = lastPosition;
    const tasks = await handoverTasks(victimId, position);
    expect(tasks).toEqual([
      expect.objectContaining({
        kind: 'hand-contact-to-victim',
        dueOn: '2026-10-05', // referred later than 130 working days before November 2026: due at once
        description: expect.stringContaining('They turn 18 in 2026-11'),
      }),
    ]);
    const view = await read(`/victims/${victimId}`, position);
    expect(view.comingOfAge).toEqual({ turnsEighteenIn: '2026-11', contactHandedToVictimOn: null });

    const handover = await vlo.send('post', `/victims/${victimId}/contact-handover`, { handedOverOn: '2026-11-23' });
    expectStatus(handover, 201);
    expect(handover.body.events).toEqual(['ContactHandedToVictim']);
    expect(await handoverTasks(victimId, handover.body.position)).toEqual([]);
    expect(await handoverTasks(victimId, handover.body.position, 'done')).toEqual([
      expect.objectContaining({ closedBecause: 'contact-handed-to-victim' }),
    ]);
    expect((await read(`/victims/${victimId}`, handover.body.position)).comingOfAge).toEqual({
      turnsEighteenIn: '2026-11',
      contactHandedToVictimOn: '2026-11-23',
    });
  });

  it("records the victim's own contact preferences with the handover, as of its day", async () => {
    const victimId = await childVictim();
    const response = await vlo.send('post', `/victims/${victimId}/contact-handover`, {
      handedOverOn: '2026-11-23',
      contactPreferences: {
        channels: ['email'],
        stages: { choice: 'all-key-stages' },
        safetyCheckBeforeLetters: false,
        personal: { email: 'sam@example.org', language: 'en' },
      },
    });
    expectStatus(response, 201);
    expect(response.body.events).toEqual(['ContactHandedToVictim', 'ContactPreferencesUpdated']);
    const events = await vlo.events(victimId);
    expect(events.at(-1)).toMatchObject({
      type: 'ContactPreferencesUpdated',
      data: { updatedOn: '2026-11-23', channels: ['email'] },
    });
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await childVictim();
    const response = await vlo.send('post', `/victims/${victimId}/contact-handover`, {
      handedOverOn: '2026-11-31',
      contactPreferences: { channels: [], stages: { choice: 'all-key-stages' }, safetyCheckBeforeLetters: 'no' },
    });
    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'handedOverOn:isCivilDate',
        'contactPreferences.channels:arrayMinSize',
        'contactPreferences.safetyCheckBeforeLetters:isBoolean',
      ]),
    );
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  it('answers 422 before the month they turn 18, for an adult victim, and a second time', async () => {
    const child = await childVictim();
    const early = await vlo.send('post', `/victims/${child}/contact-handover`, { handedOverOn: '2026-10-30' });
    expectStatus(early, 422);
    expect(early.body.rule).toBe('handover-before-eighteen');
    const adult = await vlo.referVictim(sentenceId);
    const notChild = await vlo.send('post', `/victims/${adult}/contact-handover`, { handedOverOn: '2026-11-23' });
    expectStatus(notChild, 422);
    expect(notChild.body.rule).toBe('handover-only-for-child-victim');
    expectStatus(await vlo.send('post', `/victims/${child}/contact-handover`, { handedOverOn: '2026-11-23' }), 201);
    const again = await vlo.send('post', `/victims/${child}/contact-handover`, { handedOverOn: '2026-11-24' });
    expectStatus(again, 422);
    expect(again.body.rule).toBe('contact-already-with-victim');
    expect(await vlo.events(child)).toHaveLength(3);
  });

  it('refuses a referral whose date of birth is not a real date or is in the future', async () => {
    const bad = await vlo.send('post', '/victims', {
      victimId: randomUUID(),
      sentenceId,
      referredFor: 'vcs',
      source: 'witness-care-unit',
      circumstance: 'child-victim',
      receivedOn: '2026-10-05',
      personal: { ...CHILD, dateOfBirth: '2008-02-30' },
    });
    expectStatus(bad, 400);
    expect(problemsOf(bad)).toEqual(['personal.dateOfBirth:isCivilDate']);
    const future = await vlo.send('post', '/victims', {
      victimId: randomUUID(),
      sentenceId,
      referredFor: 'vcs',
      source: 'witness-care-unit',
      circumstance: 'child-victim',
      receivedOn: '2026-10-05',
      personal: { ...CHILD, dateOfBirth: '2026-10-06' },
    });
    expectStatus(future, 422);
    expect(future.body.rule).toBe('date-of-birth-in-future');
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'post',
    path: (victimId) => `/victims/${victimId}/contact-handover`,
    ready: async () => ({ victimId: await childVictim(), body: { handedOverOn: '2026-11-23' } }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
