import { randomUUID } from 'node:crypto';
import { ApiHarness } from '@vcs/test-support';
import { expectStatus, problemsOf, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

// The statement the security review saw shown to the Parole Board word for word (issue 13 §2).
const ZELDA = {
  fullName: 'Zelda Londoner',
  address: { lines: ['7 Quartz Mews', 'London'], postcode: 'NW1 8QX' },
  phone: '07700 900123',
  email: 'zelda.q@example.net',
};
const EVASIVE_STATEMENT =
  'My name is Zelda Londoner\u2026 7 Quartz  Mews, NW1  8QX. Call me on 0 7 7 0 0 9 0 0 1 2 3 or zelda.q at example.net';
const APPROVED_STATEMENT = 'The offence changed my life. I ask the Panel to consider how afraid I still am.';

describe('POST /victims/:victimId/representations/:representationId/disclosures', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let paroleBoard: VictimsClient;
  let mappa: VictimsClient;
  let sentenceId: string;
  let victimId: string;
  let statementId: string;
  let conditionsId: string;
  let submittedAt: string;
  const exclusionId = randomUUID();

  const disclosure = (body: Record<string, unknown>) => ({
    recipient: 'parole-board',
    disclosedOn: '2026-11-04',
    personal: { statementText: APPROVED_STATEMENT },
    ...body,
  });
  const disclose = (representationId: string, body: Record<string, unknown> = {}) =>
    vlo.send('post', `/victims/${victimId}/representations/${representationId}/disclosures`, disclosure(body));
  const representationsFor = async (partner: VictimsClient, minPosition?: string) => {
    const response = await partner.send(
      'get',
      `/sentences/${sentenceId}/representations${minPosition ? `?minPosition=${minPosition}` : ''}`,
      undefined,
      {
        'X-Purpose': 'parole review PB-2026-0113',
      },
    );
    expectStatus(response, 200);
    return response.body as { total: number; items: Record<string, unknown>[] };
  };

  useVictimsApi((given) => ({ api, vlo, sentenceId } = given), { projectors: true });

  beforeAll(async () => {
    paroleBoard = await VictimsClient.as(api, 'PAROLE_BOARD', 'pb-clerk-1');
    mappa = await VictimsClient.as(api, 'MAPPA_PARTNER', 'mappa-1');
    victimId = await vlo.referVictim(sentenceId, { personal: ZELDA });
    await vlo.enrol(victimId, sentenceId);
    const statement = await vlo.send('post', `/victims/${victimId}/representations`, {
      sentenceId,
      kind: 'victim-personal-statement',
      vpsPresentation: 'written-only',
      sentTo: ['parole-board'],
      submittedOn: '2026-11-02',
      personal: { statementText: EVASIVE_STATEMENT },
    });
    expectStatus(statement, 201);
    statementId = statement.body.representationId;
    const conditions = await vlo.send('post', `/victims/${victimId}/representations`, {
      sentenceId,
      kind: 'licence-conditions',
      requestedConditions: [{ conditionId: exclusionId, kind: 'exclusion-zone' }],
      sentTo: ['parole-board', 'mappa'],
      submittedOn: '2026-11-02',
      personal: { conditionDescriptions: { [exclusionId]: 'Anywhere near 7 Quartz Mews, NW1 8QX' } },
    });
    expectStatus(conditions, 201);
    conditionsId = conditions.body.representationId;
    submittedAt = conditions.body.position;
  });

  it('shows partners nothing of a representation no VLO has disclosed (as for every representation recorded before disclosure existed)', async () => {
    expect(await representationsFor(paroleBoard, submittedAt)).toMatchObject({ total: 0, items: [] });
    expect(await representationsFor(mappa, submittedAt)).toMatchObject({ total: 0, items: [] });
    // The VLO, reading the same snapshot, sees both.
    expect(
      (await vlo.send('get', `/sentences/${sentenceId}/representations?minPosition=${submittedAt}`, undefined)).body
        .total,
    ).toBe(2);
  });

  it('refuses the evasive statement as it is with 422 naming every flag, writing nothing and repeating none of it', async () => {
    const before = (await vlo.events(victimId)).length;
    const response = await disclose(statementId, { personal: { statementText: EVASIVE_STATEMENT } });

    expectStatus(response, 422);
    expect(response.body.rule).toBe('disclosure-flagged');
    expect(response.body.flags).toEqual([
      'victim-name',
      'name',
      'victim-address',
      'street-address',
      'postcode',
      'phone-number',
      'email-address',
    ]);
    for (const flag of [
      'victim-name',
      'name',
      'victim-address',
      'street-address',
      'postcode',
      'phone-number',
      'email-address',
    ])
      expect(response.body.message).toContain(flag);
    for (const detail of ['Zelda', 'Londoner', 'Quartz', '8QX', '0 7 7', 'zelda.q'])
      expect(JSON.stringify(response.body)).not.toContain(detail);
    expect(api.logLines.join('\n')).not.toMatch(/Zelda|Quartz|8QX|zelda\.q/);
    expect(await vlo.events(victimId)).toHaveLength(before);
  });

  it("discloses the VLO's approved version to the Parole Board only, recording who approved it", async () => {
    const response = await disclose(statementId);
    expectStatus(response, 201);
    expect(response.body.events).toEqual(['RepresentationDisclosed']);
    const [event] = (await vlo.events(victimId)).slice(-1);
    expect(event.data).toMatchObject({
      recipient: 'parole-board',
      approvedBy: 'vlo-7',
      flagged: [],
      personal: { statementText: APPROVED_STATEMENT },
    });

    const seen = await representationsFor(paroleBoard, response.body.position);
    expect(seen.total).toBe(1);
    expect(seen.items[0]).toMatchObject({
      kind: 'victim-personal-statement',
      statementText: APPROVED_STATEMENT,
      sentTo: ['parole-board'],
      disclosedOn: '2026-11-04',
    });
    expect(JSON.stringify(seen)).not.toMatch(/Zelda|Quartz|8QX|zelda\.q/);
    // A MAPPA partner does not read a VPS disclosed only to the Parole Board.
    expect((await representationsFor(mappa)).total).toBe(0);
  });

  it('discloses a flagged text only when the VLO confirms each flag, and records the flags confirmed', async () => {
    const flagged = {
      personal: { conditionDescriptions: { [exclusionId]: 'Anywhere near 7 Quartz Mews, NW1 8QX' } },
      recipient: 'mappa',
    };
    const refused = await disclose(conditionsId, { ...flagged, confirmedFlags: ['postcode'] });
    expectStatus(refused, 422);
    expect(refused.body.rule).toBe('disclosure-flagged');
    expect(refused.body.flags).toEqual(['victim-address', 'street-address']);

    const confirmed = await disclose(conditionsId, {
      ...flagged,
      confirmedFlags: ['victim-address', 'street-address', 'postcode'],
    });
    expectStatus(confirmed, 201);
    const seen = await representationsFor(mappa, confirmed.body.position);
    expect(seen.items).toEqual([expect.objectContaining({ kind: 'licence-conditions', sentTo: ['mappa'] })]);
    const vloView = await vlo.send(
      'get',
      `/sentences/${sentenceId}/representations?minPosition=${confirmed.body.position}`,
      undefined,
    );
    const conditions = vloView.body.items.find(
      (item: { representationId: string }) => item.representationId === conditionsId,
    );
    expect(conditions.disclosures).toEqual([
      {
        recipient: 'mappa',
        disclosedOn: '2026-11-04',
        approvedBy: 'vlo-7',
        approvedByName: null,
        flagged: ['victim-address', 'street-address', 'postcode'],
      },
    ]);
  });

  it('replaces the earlier version when the VLO discloses a corrected one to the same recipient', async () => {
    const corrected = await disclose(conditionsId, {
      recipient: 'mappa',
      disclosedOn: '2026-11-05',
      personal: { conditionDescriptions: { [exclusionId]: 'Camden Town inside the canal' } },
    });
    expectStatus(corrected, 201);
    const seen = await representationsFor(mappa, corrected.body.position);
    expect(seen.total).toBe(1);
    expect(seen.items[0]).toMatchObject({
      disclosedOn: '2026-11-05',
      requestedConditions: [
        {
          conditionId: exclusionId,
          kind: 'exclusion-zone',
          description: 'Camden Town inside the canal',
          descriptionWithheld: false,
        },
      ],
    });
  });

  it('refuses a recipient the representation was not made for (422), an unknown representation (422) and bad input (400 naming the field)', async () => {
    const notMadeFor = await disclose(statementId, { recipient: 'mappa' });
    expectStatus(notMadeFor, 422);
    expect(notMadeFor.body.rule).toBe('not-a-recipient-of-representation');
    const unknown = await disclose(randomUUID());
    expectStatus(unknown, 422);
    expect(unknown.body.rule).toBe('representation-not-found');
    const bad = await disclose(statementId, { recipient: 'the-press', disclosedOn: 'soon', confirmedFlags: ['hunch'] });
    expectStatus(bad, 400);
    expect(problemsOf(bad).sort()).toEqual(['confirmedFlags:isIn', 'disclosedOn:isCivilDate', 'recipient:isIn']);
  });

  it('is for VLOs and managers: partners may not disclose', async () => {
    const response = await paroleBoard.send(
      'post',
      `/victims/${victimId}/representations/${statementId}/disclosures`,
      disclosure({}),
    );
    expectStatus(response, 403);
  });
});
