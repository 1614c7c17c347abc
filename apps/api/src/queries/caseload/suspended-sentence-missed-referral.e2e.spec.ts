import { randomUUID } from 'node:crypto';
import { addCalendarDays, englandAndWalesCalendar, IsoDate } from '@vcs/domain';
import { ApiHarness, startApi } from '@vcs/test-support';
import request, { Test } from 'supertest';
import { Clock } from '../../commands/clock';

/**
 * Issue 17: a suspended sentence is not custody until the court activates it (Sentencing Act 2020 Sch. 16 para 15);
 * activated, a term of 12 months or more for a sexual, violent or terrorism offence is a relevant sentence (DVCV Act
 * 2004 s.45(1)) and its victims must be offered the scheme like any other: with nobody referred 10 working days after
 * the activation, the region's victim liaison unit sees a missed referral on the caseload. Over HTTP, with the live
 * projector; dated relative to the API's own today.
 */
describe('missed referral after a suspended sentence is activated (caseload over HTTP)', () => {
  let api: ApiHarness;
  let manager: string;
  let today: IsoDate;
  let position = '';

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    manager = await api.token('VLO_MANAGER', 'manager-suspended');
    today = new Clock().today();
  });

  afterAll(async () => {
    await api.close();
  });

  const write = async (path: string, body: object) => {
    const response = await request(api.http).post(path).set('Authorization', `Bearer ${manager}`).send(body);
    if (response.status !== 201)
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    position = response.body.position;
  };
  const read = (path: string): Test =>
    request(api.http).get(`${path}&minPosition=${position}`).set('Authorization', `Bearer ${manager}`);
  const missedReferrals = async (sentenceId: string) =>
    (
      (await read('/caseload/tasks?kind=missed-referral&status=all&pageSize=100').expect(200)).body.items as {
        sentenceId: string;
        dueOn: string;
        overdue: boolean;
        status: string;
      }[]
    ).filter((task) => task.sentenceId === sentenceId);

  it('given a suspended 18-month sentence for a specified offence, when the court activates it and nobody is referred, then the unit has a missed referral due 10 working days after the activation', async () => {
    const sentenceId = randomUUID();
    const sentenceDate = addCalendarDays(today, -120);
    const activatedOn = addCalendarDays(today, -40);
    await write('/sentences', {
      sentenceId,
      reference: 'X765432',
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'suspended-sentence',
      lengthMonths: 18,
      sentencingCourt: 'Leeds Crown Court',
      sentenceDate,
      probationRegion: 'yorkshire-and-the-humber',
    });
    expect(await missedReferrals(sentenceId)).toEqual([]);

    await write(`/sentences/${sentenceId}/milestones`, {
      milestoneId: randomUUID(),
      kind: 'suspended-sentence-activated',
      date: activatedOn,
      detail: { activation: 'full' },
    });

    const [task] = await missedReferrals(sentenceId);
    expect(task).toMatchObject({
      dueOn: englandAndWalesCalendar.addWorkingDays(activatedOn, 10),
      overdue: true,
      status: 'open',
    });
  });
});
