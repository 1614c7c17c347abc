import { randomUUID } from 'node:crypto';
import { englandAndWalesCalendar } from '@vcs/domain';
import { Role } from '@vcs/security';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  aFullCase,
  ACTING_PERSONAL,
  CaseWriter,
  PERSONAL_VALUES,
  PREFERRED_CONTACT,
  VICTIM_PERSONAL,
} from './testing/victim-case-scenario';

const fieldsOf = (body: { problems?: { field: string }[] }) =>
  [...new Set((body.problems ?? []).map((p) => p.field))].sort();

describe('victim case queries', () => {
  let api: ApiHarness;
  let writer: CaseWriter;
  let vlo: string;
  let first: { victimId: string; sentenceId: string; reference: string };
  let second: { victimId: string; otherSentenceId: string };

  const get = (path: string, token = vlo) => request(api.http).get(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    writer = await CaseWriter.as(api);
    vlo = writer.token;
    first = await aFullCase(writer);
    // A second victim, referred on another sentence (left for a manager to allocate), linked to the first sentence after
    // its parole hearing was listed.
    const other = await writer.sentence({
      sentenceType: 'determinate-custody',
      lengthMonths: 30,
      sentenceDate: '2026-09-20',
    });
    const victimId = await writer.refer(other.sentenceId, { receivedOn: '2026-10-06', leaveUnallocated: true });
    await writer.link(victimId, first.sentenceId, '2026-11-03');
    second = { victimId, otherSentenceId: other.sentenceId };
  });

  afterAll(async () => {
    await api.close();
  });

  describe('GET /victims/:victimId', () => {
    it('shows the case as recorded, with contact details, tasks by due date and counts', async () => {
      const response = await get(`/victims/${first.victimId}?minPosition=${writer.position}`).expect(200);
      const view = response.body;
      expect(view).toMatchObject({
        victimId: first.victimId,
        status: 'enrolled',
        scheme: 'vcs-statutory',
        referredFor: 'vcs',
        circumstance: 'adult-victim',
        referralSource: 'witness-care-unit',
        referralReceivedOn: '2026-10-05',
        victimLiaisonOfficerId: 'vlo-7',
        probationRegion: 'yorkshire-and-the-humber',
        enrolment: {
          scheme: 'vcs-statutory',
          basis: 'specified-offence-custody-12-months-or-more',
          enrolledOn: '2026-10-10',
          sentenceId: first.sentenceId,
        },
        sentences: [
          {
            sentenceId: first.sentenceId,
            reference: first.reference,
            sentenceDate: '2026-09-01',
            linkedOn: '2026-10-05',
            viaReferral: true,
          },
        ],
        contactPreferences: {
          channels: ['letter', 'phone'],
          stages: { choice: 'all-key-stages' },
          safetyCheckBeforeLetters: true,
          communication: { language: 'en', accessibleFormats: ['large-print'] },
        },
        safety: { flag: true, lastCheck: null },
        personalDataErased: false,
        contactDetails: {
          fullName: VICTIM_PERSONAL.fullName,
          dateOfBirth: VICTIM_PERSONAL.dateOfBirth,
          addresses: [
            {
              source: 'contact-preferences',
              lines: PREFERRED_CONTACT.address.lines,
              postcode: PREFERRED_CONTACT.address.postcode,
            },
            { source: 'referral', lines: VICTIM_PERSONAL.address.lines, postcode: VICTIM_PERSONAL.address.postcode },
          ],
          emails: [
            { source: 'contact-preferences', address: PREFERRED_CONTACT.email },
            { source: 'referral', address: VICTIM_PERSONAL.email },
          ],
        },
        actingPersons: [
          {
            role: 'family-member',
            nominatedOn: '2026-10-08',
            receivesCommunications: false,
            personal: { fullName: ACTING_PERSONAL.fullName },
          },
        ],
        lastContact: {
          occurredOn: '2026-10-20',
          method: 'phone',
          direction: 'outbound',
          result: 'contact-made',
          followUpOn: '2026-11-30',
        },
        // The contact reached the victim: initial contact is done; the follow-up the officer set is open.
        tasks: [{ kind: 'follow-up', dueOn: '2026-11-30', sentenceId: first.sentenceId }],
        nextDue: { kind: 'follow-up', dueOn: '2026-11-30' },
        counts: { contacts: 1, representations: 0 },
      });
      expect(view.contactDetails.phones).toEqual(
        expect.arrayContaining([
          { source: 'contact-preferences', kind: 'mobile', number: PREFERRED_CONTACT.mobile },
          { source: 'referral', kind: 'phone', number: VICTIM_PERSONAL.phone },
        ]),
      );
      expect(JSON.stringify(view)).not.toContain('worries'); // the contact's summary stays in the event
    });

    it('gives a referred victim the initial-contact deadline of 20 working days from the referral', async () => {
      const view = (await get(`/victims/${second.victimId}?minPosition=${writer.position}`).expect(200)).body;
      const due = englandAndWalesCalendar.addWorkingDays('2026-10-06', 20);
      expect(view).toMatchObject({
        status: 'referred',
        scheme: null,
        victimLiaisonOfficerId: null,
        tasks: [{ kind: 'initial-contact', dueOn: due }],
        nextDue: { dueOn: due },
      });
      expect(
        view.sentences.map((s: { sentenceId: string; viaReferral: boolean }) => [s.sentenceId, s.viaReferral]),
      ).toEqual([
        [second.otherSentenceId, true],
        [first.sentenceId, false],
      ]);
    });

    it('answers 404 for a victim nobody referred', async () => {
      const response = await get(`/victims/${randomUUID()}`).expect(404);
      expect(response.body.rule).toBe('victim-not-found');
    });

    it('refuses a victim id that is not a UUID, or a bad minPosition, naming the field', async () => {
      expect(fieldsOf((await get('/victims/not-a-uuid').expect(400)).body)).toEqual(['victimId']);
      expect(fieldsOf((await get(`/victims/${first.victimId}?minPosition=yesterday`).expect(400)).body)).toEqual([
        'minPosition',
      ]);
    });

    it('reads its own writes: a contact recorded a moment ago is in the view at once', async () => {
      const { sentenceId } = await writer.sentence();
      const victimId = await writer.refer(sentenceId);
      const recorded = await writer.contact(victimId, {
        method: 'letter',
        result: 'letter-sent',
        occurredOn: '2026-11-02',
        followUpOn: undefined,
      });
      const view = (await get(`/victims/${victimId}?minPosition=${recorded.body.position}`).expect(200)).body;
      expect(view).toMatchObject({
        counts: { contacts: 1 },
        lastContact: { method: 'letter', result: 'letter-sent', occurredOn: '2026-11-02' },
        tasks: [],
        nextDue: null,
      });
      expect(view.revision).toBe(String(recorded.body.revision));
    });
  });

  describe('GET /victims/:victimId/timeline', () => {
    it('tells the story in plain words, oldest first, sentence events included, without personal data', async () => {
      const response = await get(`/victims/${first.victimId}/timeline?minPosition=${writer.position}`).expect(200);
      const what = response.body.items.map((item: { what: string }) => item.what);
      expect(response.body).toMatchObject({ victimId: first.victimId, total: 7, page: 1, order: 'asc' });
      expect(what[0]).toMatch(
        new RegExp(`^Sentence ${first.reference} recorded: extended determinate sentence of 60 months`),
      );
      expect(what[1]).toMatch(/^Referral received from the Witness Care Unit on 5 October 2026/);
      expect(what[2]).toMatch(/^Enrolled in the statutory VCS on 10 October 2026/);
      expect(what[3]).toMatch(/^A family member nominated to act for the victim on 8 October 2026/);
      expect(what[4]).toMatch(
        /^Contact preferences updated on 12 October 2026: by letter and phone; hears about all key stages; safety check/,
      );
      expect(what[5]).toBe(
        'Contact recorded: phone call, outbound, reached the victim, on 20 October 2026; follow up by 30 November 2026',
      );
      expect(what[6]).toBe(
        `${first.reference}: Parole hearing listed for 12 March 2027 (oral hearing; listed 2 November 2026)`,
      );
      expect(response.body.items[5]).toMatchObject({
        who: { userId: 'vlo-7', role: 'VLO' },
        eventType: 'ContactRecorded',
        stream: `victim-${first.victimId}`,
      });
      expect(response.body.items[6]).toMatchObject({
        eventType: 'SentenceMilestoneReached',
        stream: `sentence-${first.sentenceId}`,
        sentenceId: first.sentenceId,
      });
      const positions = response.body.items.map((item: { position: string }) => item.position.split('/').map(BigInt));
      for (let i = 1; i < positions.length; i++)
        expect(
          positions[i][0] > positions[i - 1][0] ||
            (positions[i][0] === positions[i - 1][0] && positions[i][1] > positions[i - 1][1]),
        ).toBe(true);
      const text = JSON.stringify(response.body);
      for (const value of PERSONAL_VALUES)
        expect({ value, present: text.includes(value) }).toEqual({ value, present: false });
    });

    it('shows newest first with order=desc, and pages', async () => {
      const asc = (await get(`/victims/${first.victimId}/timeline?pageSize=100`).expect(200)).body.items;
      const desc = (await get(`/victims/${first.victimId}/timeline?order=desc&pageSize=3&page=1`).expect(200)).body;
      expect(desc.total).toBe(asc.length);
      expect(desc.items.map((i: { eventId: string }) => i.eventId)).toEqual(
        asc
          .slice(-3)
          .reverse()
          .map((i: { eventId: string }) => i.eventId),
      );
      const page2 = (await get(`/victims/${first.victimId}/timeline?pageSize=3&page=2`).expect(200)).body.items;
      expect(page2.map((i: { eventId: string }) => i.eventId)).toEqual(
        asc.slice(3, 6).map((i: { eventId: string }) => i.eventId),
      );
    });

    it("gives a victim linked later the sentence's earlier events, in history order", async () => {
      const items = (await get(`/victims/${second.victimId}/timeline?minPosition=${writer.position}`).expect(200)).body
        .items as { eventType: string; sentenceId: string; what: string }[];
      const fromFirstSentence = items.filter((i) => i.sentenceId === first.sentenceId).map((i) => i.eventType);
      expect(fromFirstSentence).toEqual(['SentenceRecorded', 'SentenceMilestoneReached', 'VictimLinkedToSentence']);
      expect(items.map((i) => i.eventType)).toEqual([
        'SentenceRecorded',
        'SentenceMilestoneReached',
        'SentenceRecorded',
        'ReferralReceived',
        'VictimLinkedToSentence',
      ]);
      expect(items[4].what).toBe(`Linked to sentence ${first.reference} on 3 November 2026`);
    });

    it('adds later sentence events to every linked victim', async () => {
      const recall = await writer.milestone(first.sentenceId, {
        kind: 'parole-decision',
        date: '2026-11-10',
        detail: { outcome: 'no-release', nextReviewDate: '2027-11-10' },
      });
      for (const victimId of [first.victimId, second.victimId]) {
        const items = (
          await get(`/victims/${victimId}/timeline?order=desc&pageSize=1&minPosition=${recall.body.position}`).expect(
            200,
          )
        ).body.items;
        expect(items[0].what).toBe(
          `${first.reference}: Parole Board decision on 10 November 2026: release refused (provisional: can be reconsidered); next review 10 November 2027`,
        );
      }
    });

    it('answers 404 for an unknown victim and 400 naming bad parameters', async () => {
      await get(`/victims/${randomUUID()}/timeline`).expect(404);
      expect(
        fieldsOf((await get(`/victims/${first.victimId}/timeline?order=sideways&pageSize=0&page=x`).expect(400)).body),
      ).toEqual(['order', 'page', 'pageSize']);
    });
  });

  describe('GET /victims', () => {
    it("lists a VLO's cases, soonest deadline first", async () => {
      const body = (await get(`/victims?vloId=vlo-7&minPosition=${writer.position}`).expect(200)).body;
      expect(body.items.map((i: { victimId: string }) => i.victimId)).toContain(first.victimId);
      expect(body.items.find((i: { victimId: string }) => i.victimId === first.victimId)).toMatchObject({
        fullName: VICTIM_PERSONAL.fullName,
        status: 'enrolled',
        scheme: 'vcs-statutory',
        nextDue: { kind: 'follow-up', dueOn: '2026-11-30' },
        lastContactOn: '2026-10-20',
        safetyFlag: true,
        sentences: [{ sentenceId: first.sentenceId, reference: first.reference }],
      });
      expect(JSON.stringify(body)).not.toContain(VICTIM_PERSONAL.address.postcode);
    });

    it('filters by sentence reference (any linked sentence, case-insensitive), status, scheme, region and due date', async () => {
      const ids = async (query: string) =>
        (
          (await get(`/victims?${query}&minPosition=${writer.position}`).expect(200)).body.items as {
            victimId: string;
          }[]
        )
          .map((i) => i.victimId)
          .sort();
      expect(await ids(`reference=${first.reference.toLowerCase()}`)).toEqual([first.victimId, second.victimId].sort());
      expect(await ids(`reference=${first.reference}&status=referred`)).toEqual([second.victimId]);
      expect(await ids(`reference=${first.reference}&scheme=vcs-statutory`)).toEqual([first.victimId]);
      expect(await ids(`reference=${first.reference}&region=london`)).toEqual([]);
      expect(await ids(`reference=${first.reference}&nextDueBefore=2026-11-30`)).toEqual([second.victimId]);
      expect(await ids(`reference=${first.reference}&nextDueBefore=2026-12-01`)).toEqual(
        [first.victimId, second.victimId].sort(),
      );
    });

    it('lists only the victims asked for by id (a page naming its victims), refusing ids that are not UUIDs', async () => {
      const ids = async (query: string) =>
        (
          (await get(`/victims?${query}&minPosition=${writer.position}`).expect(200)).body.items as {
            victimId: string;
          }[]
        )
          .map((i) => i.victimId)
          .sort();
      expect(await ids(`victimIds=${first.victimId}`)).toEqual([first.victimId]);
      expect(await ids(`victimIds=${first.victimId},${second.victimId}`)).toEqual(
        [first.victimId, second.victimId].sort(),
      );
      expect(await ids(`victimIds=${randomUUID()}`)).toEqual([]);
      const bad = await get('/victims?victimIds=not-a-victim').expect(400);
      expect(bad.body.problems).toEqual([expect.objectContaining({ field: 'victimIds', rule: 'isUuid' })]);
      const tooMany = Array.from({ length: 101 }, () => randomUUID()).join(',');
      const many = await get(`/victims?victimIds=${tooMany}`).expect(400);
      expect(many.body.problems).toEqual([expect.objectContaining({ field: 'victimIds', rule: 'arrayMaxSize' })]);
    });

    it('lists the cases no officer is allocated to, for a manager to allocate', async () => {
      const ids = (
        (await get(`/victims?reference=${first.reference}&unallocated=true&minPosition=${writer.position}`).expect(200))
          .body.items as { victimId: string; victimLiaisonOfficerId: string | null }[]
      ).map((i) => [i.victimId, i.victimLiaisonOfficerId]);
      expect(ids).toEqual([[second.victimId, null]]);
      const both = await get('/victims?unallocated=true&vloId=vlo-7').expect(400);
      expect(both.body.problems).toEqual([expect.objectContaining({ field: 'unallocated', rule: 'conflict' })]);
      expect(fieldsOf((await get('/victims?unallocated=yes').expect(400)).body)).toEqual(['unallocated']);
    });

    it('sorts by next due date or by last change, and pages', async () => {
      const byDue = (await get(`/victims?reference=${first.reference}`).expect(200)).body.items.map(
        (i: { victimId: string }) => i.victimId,
      );
      expect(byDue).toEqual([second.victimId, first.victimId]); // initial contact due 3 Nov before the 30 Nov follow-up
      const byUpdate = (await get(`/victims?reference=${first.reference}&sort=updatedAt`).expect(200)).body.items.map(
        (i: { victimId: string }) => i.victimId,
      );
      expect(byUpdate).toEqual([second.victimId, first.victimId]); // the link came after the first victim's last event
      const paged = (await get(`/victims?reference=${first.reference}&pageSize=1&page=2`).expect(200)).body;
      expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ victimId: first.victimId }] });
    });

    it('refuses bad filters with 400 naming each field', async () => {
      const response = await get(
        '/victims?region=mars&scheme=vcs&status=asleep&nextDueBefore=2026-02-30&reference=123&sort=name&pageSize=1000&vloId=a%20b',
      ).expect(400);
      expect(fieldsOf(response.body)).toEqual([
        'nextDueBefore',
        'pageSize',
        'reference',
        'region',
        'scheme',
        'sort',
        'status',
        'vloId',
      ]);
      expect(fieldsOf((await get('/victims?colour=blue').expect(400)).body)).toEqual(['colour']);
    });

    it('audits every read with the victims the answer carried', async () => {
      const body = (await get(`/victims?reference=${first.reference}`).expect(200)).body;
      await get(`/victims/${first.victimId}/timeline`).expect(200);
      const rows: { action: string; victim_ids: string[]; role: string; purpose: string; status: number }[] =
        await api.app
          .get(DataSource)
          .query(
            "SELECT action, victim_ids::text[] AS victim_ids, role, purpose, status FROM access_audit WHERE action IN ('list victim cases', 'read case timeline') ORDER BY id DESC LIMIT 2",
          );
      expect(rows[0]).toMatchObject({
        action: 'read case timeline',
        victim_ids: [first.victimId],
        role: 'VLO',
        purpose: 'case management',
        status: 200,
      });
      expect(rows[1].action).toBe('list victim cases');
      expect([...rows[1].victim_ids].sort()).toEqual(body.items.map((i: { victimId: string }) => i.victimId).sort());
    });
  });

  describe('who may read', () => {
    it.each<Role>(['PAROLE_BOARD', 'MAPPA_PARTNER', 'ADMIN', 'WORKER'])('refuses %s on every route', async (role) => {
      const token = await api.token(role);
      for (const path of ['/victims', `/victims/${first.victimId}`, `/victims/${first.victimId}/timeline`]) {
        const response = await request(api.http)
          .get(path)
          .set('Authorization', `Bearer ${token}`)
          .set('X-Purpose', 'audit review: testing the policy');
        expect({ path, status: response.status }).toEqual({ path, status: 403 });
      }
    });

    it('admits a VLO manager', async () => {
      const manager = await api.token('VLO_MANAGER', 'manager-1');
      await get(`/victims/${first.victimId}`, manager).expect(200);
      await get(`/victims/${first.victimId}/timeline`, manager).expect(200);
      await get('/victims?region=yorkshire-and-the-humber', manager).expect(200);
    });
  });
});
