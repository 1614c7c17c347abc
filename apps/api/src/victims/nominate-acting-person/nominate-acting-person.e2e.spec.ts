import { randomUUID } from 'node:crypto';
import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { ACTING_PERSON, expectStatus, problemsOf, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

const aNomination = (overrides: Record<string, unknown> = {}) => ({
  role: 'family-member',
  nominatedOn: '2026-10-08',
  receivesCommunications: true,
  personal: ACTING_PERSON,
  ...overrides,
});

describe('POST /victims/:victimId/acting-persons', () => {
  let vlo: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ vlo, sentenceId } = given));

  it('nominates a person to act for the victim, their details kept personal, answering their id', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const actingPersonId = randomUUID();
    const response = await vlo.send('post', `/victims/${victimId}/acting-persons`, aNomination({ actingPersonId }));

    expectStatus(response, 201);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '1',
      position: expect.any(String),
      events: ['ActingForVictimNominated'],
      actingPersonId,
    });
    const [, event] = await vlo.events(victimId);
    expect(event).toMatchObject({
      type: 'ActingForVictimNominated',
      data: {
        victimId,
        actingPersonId,
        role: 'family-member',
        nominatedOn: '2026-10-08',
        receivesCommunications: true,
        personal: ACTING_PERSON,
      },
      metadata: { actor: { userId: 'vlo-7', role: 'VLO' } },
    });
  });

  it('generates the acting person id when absent and answers it', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('post', `/victims/${victimId}/acting-persons`, aNomination());

    expectStatus(response, 201);
    const [, event] = await vlo.events(victimId);
    expect(response.body.actingPersonId).toEqual((event.data as { actingPersonId: string }).actingPersonId);
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/acting-persons`,
      aNomination({
        actingPersonId: 'ap-1',
        role: 'friend',
        nominatedOn: '2026-10-8',
        receivesCommunications: 'yes',
        personal: {
          fullName: '',
          relationshipToVictim: 'b'.repeat(201),
          phone: '+1 212 555 0100',
          email: 'john@',
          address: { lines: [], postcode: 'LS1' },
        },
      }),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'actingPersonId:isUuid',
        'role:isIn',
        'nominatedOn:isCivilDate',
        'receivesCommunications:isBoolean',
        'personal.fullName:isLength',
        'personal.relationshipToVictim:isLength',
        'personal.phone:isUkPhoneNumber',
        'personal.email:isEmail',
        'personal.address.lines:arrayMinSize',
        'personal.address.postcode:matches',
      ]),
    );
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('refuses unknown fields, also inside personal and its address', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/acting-persons`,
      aNomination({
        victimId,
        personal: { ...ACTING_PERSON, ethnicity: 'x', address: { ...ACTING_PERSON.address, town: 'Bradford' } },
      }),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'victimId:whitelistValidation',
        'personal.ethnicity:whitelistValidation',
        'personal.address.town:whitelistValidation',
      ]),
    );
  });

  it('answers 422 for a parent or guardian of an adult victim, and for the same person twice', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const parent = await vlo.send(
      'post',
      `/victims/${victimId}/acting-persons`,
      aNomination({ role: 'parent-or-guardian' }),
    );
    expectStatus(parent, 422);
    expect(parent.body.rule).toBe('parent-or-guardian-only-for-child');

    const actingPersonId = randomUUID();
    await vlo.nominate(victimId, { actingPersonId });
    const twice = await vlo.send('post', `/victims/${victimId}/acting-persons`, aNomination({ actingPersonId }));
    expectStatus(twice, 422);
    expect(twice.body.rule).toBe('acting-person-already-nominated');
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'post',
    path: (victimId) => `/victims/${victimId}/acting-persons`,
    ready: async () => ({ victimId: await vlo.referVictim(sentenceId), body: aNomination() }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
