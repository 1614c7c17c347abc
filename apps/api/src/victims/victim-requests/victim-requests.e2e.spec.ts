import { addCalendarDays, addCalendarMonths } from '@vcs/domain';
import { ApiHarness, startApi } from '@vcs/test-support';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../commands/clock';
import request from 'supertest';
import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { expectStatus, problemsOf, VictimsClient } from '../testing/victim-fixtures';

/**
 * Issue 17: the victim's requests through the VLO (observe or open a parole hearing, a decision summary, asking the
 * Secretary of State to seek reconsideration, attending the tribunal, a sentencing remarks transcript), their answers,
 * and recording that the victim was told of the unduly lenient sentence scheme (docs/DOMAIN-RULES.md §4.11).
 */
describe('POST /victims/:victimId/requests, …/requests/:requestId/answer, …/rights-explained', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let prisonSentence: string;

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors(); // the case view lists the requests
    vlo = await VictimsClient.as(api, 'VLO', 'vlo-7');
    prisonSentence = await vlo.recordSentence({ sentenceType: 'indeterminate-life', lengthMonths: undefined });
  });

  afterAll(async () => {
    await api.close();
  });

  const enrolledVictim = async (sentenceId = prisonSentence) => {
    const victimId = await vlo.referVictim(sentenceId);
    await vlo.enrol(victimId, sentenceId);
    return victimId;
  };

  it('records a decision-summary request and its delivery, codes and dates only', async () => {
    const victimId = await enrolledVictim();
    const made = await vlo.send('post', `/victims/${victimId}/requests`, {
      sentenceId: prisonSentence,
      kind: 'parole-decision-summary',
      madeOn: '2026-10-20',
    });
    expectStatus(made, 201);
    expect(made.body.events).toEqual(['VictimRequestMade']);
    const { requestId } = made.body;
    const answered = await vlo.send('post', `/victims/${victimId}/requests/${requestId}/answer`, {
      answeredOn: '2026-11-02',
      outcome: 'provided',
    });
    expectStatus(answered, 200);
    const events = await vlo.events(victimId);
    expect(events.at(-1)?.data).toEqual({
      victimId,
      requestId,
      sentenceId: prisonSentence,
      kind: 'parole-decision-summary',
      answeredOn: '2026-11-02',
      outcome: 'provided',
    });
  });

  it('records the Parole Board declining a summary because the offender is under 18, and refuses that reason for another request (422)', async () => {
    const victimId = await enrolledVictim();
    const summary = await vlo.send('post', `/victims/${victimId}/requests`, {
      sentenceId: prisonSentence,
      kind: 'parole-decision-summary',
      madeOn: '2026-10-20',
    });
    expectStatus(
      await vlo.send('post', `/victims/${victimId}/requests/${summary.body.requestId}/answer`, {
        answeredOn: '2026-10-30',
        outcome: 'refused',
        reason: 'offender-under-18',
      }),
      200,
    );
    const observe = await vlo.send('post', `/victims/${victimId}/requests`, {
      sentenceId: prisonSentence,
      kind: 'observe-parole-hearing',
      madeOn: '2026-10-20',
    });
    const wrong = await vlo.send('post', `/victims/${victimId}/requests/${observe.body.requestId}/answer`, {
      answeredOn: '2026-10-30',
      outcome: 'refused',
      reason: 'offender-under-18',
    });
    expectStatus(wrong, 422);
    expect(wrong.body.rule).toBe('reason-does-not-fit-request');
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await enrolledVictim();
    const response = await vlo.send('post', `/victims/${victimId}/requests`, {
      sentenceId: 'not-a-uuid',
      kind: 'free-pizza',
      madeOn: '2026-02-30',
      note: 'the victim lives at …',
    });
    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining(['sentenceId:isUuid', 'kind:isIn', 'madeOn:isCivilDate', 'note:whitelistValidation']),
    );
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  it('answers 422 with the rule for a tribunal request on a prison sentence and for an unknown request id', async () => {
    const victimId = await enrolledVictim();
    const tribunal = await vlo.send('post', `/victims/${victimId}/requests`, {
      sentenceId: prisonSentence,
      kind: 'attend-tribunal-hearing',
      madeOn: '2026-10-20',
    });
    expectStatus(tribunal, 422);
    expect(tribunal.body.rule).toBe('needs-restriction-order');
    const unknown = await vlo.send(
      'post',
      `/victims/${victimId}/requests/6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f/answer`,
      { answeredOn: '2026-10-30', outcome: 'granted' },
    );
    expectStatus(unknown, 422);
    expect(unknown.body.rule).toBe('unknown-request');
  });

  // Issue 17 time limits: a public hearing is applied for no later than 12 weeks before the listed hearing (Hansard
  // written answer 153838 on SI 2022/717 r.15); a decision summary asked for more than 6 months after the decision is
  // recorded with a warning (Parole Board Rules 2019 r.27(2): the Board is not required to produce one).
  it('refuses a public-hearing application within 12 weeks of the listed hearing (422 with the rule), and records one in time', async () => {
    const today = new Clock().today();
    const listed = async (hearingOn: string) => {
      const sentenceId = await vlo.recordSentence({ sentenceType: 'indeterminate-life', lengthMonths: undefined });
      expectStatus(
        await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
          milestoneId: randomUUID(),
          kind: 'parole-hearing-listed',
          date: today,
          detail: { hearingDate: hearingOn, hearingType: 'oral' },
        }),
        201,
      );
      return sentenceId;
    };
    const late = await listed(addCalendarDays(today, 83));
    const lateVictim = await enrolledVictim(late);
    const before = (await vlo.events(lateVictim)).length;
    const refused = await vlo.send('post', `/victims/${lateVictim}/requests`, {
      sentenceId: late,
      kind: 'public-parole-hearing',
      madeOn: today,
    });
    expectStatus(refused, 422);
    expect(refused.body.rule).toBe('public-hearing-application-out-of-time');
    expect(refused.body.message).toContain(addCalendarDays(today, -1));
    expect((await vlo.events(lateVictim)).length).toBe(before);

    const inTime = await listed(addCalendarDays(today, 84));
    const inTimeVictim = await enrolledVictim(inTime);
    expectStatus(
      await vlo.send('post', `/victims/${inTimeVictim}/requests`, {
        sentenceId: inTime,
        kind: 'public-parole-hearing',
        madeOn: today,
      }),
      201,
    );
  });

  it('records a decision-summary request made more than 6 months after the decision, with the warning', async () => {
    const today = new Clock().today();
    const sentenceId = await vlo.recordSentence({
      sentenceType: 'indeterminate-life',
      lengthMonths: undefined,
      sentenceDate: '2023-01-10',
    });
    const decidedOn = addCalendarMonths(today, -7);
    expectStatus(
      await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
        milestoneId: randomUUID(),
        kind: 'parole-decision',
        date: decidedOn,
        detail: { outcome: 'release' },
      }),
      201,
    );
    const victimId = await enrolledVictim(sentenceId);
    expectStatus(
      await vlo.send('post', `/victims/${victimId}/requests`, {
        sentenceId,
        kind: 'parole-decision-summary',
        madeOn: today,
      }),
      201,
    );
    expect((await vlo.events(victimId)).at(-1)?.data).toMatchObject({
      kind: 'parole-decision-summary',
      warning: 'decision-summary-requested-after-6-months',
    });
  });

  it('records that the victim was told about the unduly lenient sentence scheme, with the 28-day deadline', async () => {
    const victimId = await enrolledVictim();
    const response = await vlo.send('post', `/victims/${victimId}/rights-explained`, {
      sentenceId: prisonSentence,
      right: 'unduly-lenient-sentence-scheme',
      explainedOn: '2026-10-20',
    });
    expectStatus(response, 201);
    const event = (await vlo.events(victimId)).at(-1);
    expect(event?.type).toBe('VictimRightExplained');
    expect(event?.data).toMatchObject({ right: 'unduly-lenient-sentence-scheme', explainedOn: '2026-10-20' });
    expect(typeof (event?.data as { deadline: unknown }).deadline).toBe('string');
  });

  it('lists the requests on the case view, the latest asked first, with each one open or answered (and the answer); 404 to another unit', async () => {
    const victimId = await enrolledVictim();
    const summary = await vlo.send('post', `/victims/${victimId}/requests`, {
      sentenceId: prisonSentence,
      kind: 'parole-decision-summary',
      madeOn: '2026-10-20',
    });
    expectStatus(summary, 201);
    expectStatus(
      await vlo.send('post', `/victims/${victimId}/requests/${summary.body.requestId}/answer`, {
        answeredOn: '2026-11-02',
        outcome: 'refused',
        reason: 'exceptional-circumstances',
      }),
      200,
    );
    const transcript = await vlo.send('post', `/victims/${victimId}/requests`, {
      sentenceId: prisonSentence,
      kind: 'sentencing-remarks-transcript',
      madeOn: '2026-10-21',
    });
    expectStatus(transcript, 201);

    const view = await vlo.send('get', `/victims/${victimId}?minPosition=${transcript.body.position}`, undefined);
    expectStatus(view, 200);
    expect(view.body.requests).toEqual([
      {
        requestId: transcript.body.requestId,
        sentenceId: prisonSentence,
        kind: 'sentencing-remarks-transcript',
        madeOn: '2026-10-21',
        state: 'open',
        answer: null,
        warning: null,
      },
      {
        requestId: summary.body.requestId,
        sentenceId: prisonSentence,
        kind: 'parole-decision-summary',
        madeOn: '2026-10-20',
        state: 'answered',
        answer: { outcome: 'refused', answeredOn: '2026-11-02', reason: 'exceptional-circumstances' },
        warning: null,
      },
    ]);
    const outsider = await api.token('VLO', 'vlo-london', { units: ['london'] });
    const refused = await request(api.http).get(`/victims/${victimId}`).set('Authorization', `Bearer ${outsider}`);
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.body)).not.toContain('requests');
  });

  it('answers 404 to a VLO of another unit, as for an unknown victim, appending nothing', async () => {
    const victimId = await enrolledVictim();
    const outsider = await api.token('VLO', 'vlo-london', { units: ['london'] });
    const response = await request(api.http)
      .post(`/victims/${victimId}/requests`)
      .set('Authorization', `Bearer ${outsider}`)
      .send({ sentenceId: prisonSentence, kind: 'sentencing-remarks-transcript', madeOn: '2026-10-20' });
    expect(response.status).toBe(404);
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'post',
    path: (victimId) => `/victims/${victimId}/requests`,
    ready: async () => ({
      victimId: await enrolledVictim(),
      body: { sentenceId: prisonSentence, kind: 'sentencing-remarks-transcript', madeOn: '2026-10-20' },
    }),
  });
});
