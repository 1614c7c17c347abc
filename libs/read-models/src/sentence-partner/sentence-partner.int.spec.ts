import { randomUUID } from 'node:crypto';
import { RecordedEvent } from '@vcs/event-store';
import { ERASED_PERSONAL_DATA, openerFor, pseudonymousVictimReference } from '@vcs/security';
import { createTestDatabase, dataKeysOn, TestDatabase } from '@vcs/test-support';
import { ProjectionDependencies } from '../read-model-area';
import { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { Projection } from '../projection';
import { InterAgencyMeetingsProjection } from './inter-agency-meetings.projection';
import { PartnerRepresentationsProjection } from './partner-representations.projection';
import { SentenceViewProjection } from './sentence-view.projection';

let deps: ProjectionDependencies;
let position = 0n;

function recorded(streamId: string, type: string, data: Record<string, unknown>, revision = 0n): RecordedEvent {
  position += 1n;
  return {
    id: randomUUID(),
    type,
    data,
    streamId,
    revision,
    position: { commit: position, prepare: position },
    recordedAt: new Date('2026-11-23T10:00:00.000Z'),
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { userId: 'vlo-1', role: 'VLO' },
      occurredAt: '2026-11-23T10:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

describe('sentence and partner projections, applied event by event', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const apply = (projection: Projection, event: RecordedEvent) =>
    dataSource.transaction((manager) => projection.apply(event, manager));

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 3 });
    await dataSource.initialize();
    deps = { pseudonymKey: 'k'.repeat(40), dataKeys: dataKeysOn(dataSource) };
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it("keeps a victim's scheme and status on every sentence they are linked to, and stores none of their personal data", async () => {
    const projection = new SentenceViewProjection(deps);
    const [first, second, victimId] = [randomUUID(), randomUUID(), randomUUID()];
    for (const sentenceId of [first, second]) {
      await apply(
        projection,
        recorded(`sentence-${sentenceId}`, 'SentenceRecorded', {
          sentenceId,
          reference: 'X123456',
          offenceCategory: 'specified-violent',
          offenceCausedDeath: false,
          sentenceType: 'determinate-custody',
          lengthMonths: 48,
          sentencingCourt: 'Leeds Crown Court',
          sentenceDate: '2025-01-15',
          probationRegion: 'london',
        }),
      );
    }
    const stream = `victim-${victimId}`;
    const personal = { fullName: 'Zed Personal', phone: '0113 496 0000' };
    await apply(
      projection,
      recorded(stream, 'ReferralReceived', {
        victimId,
        sentenceId: first,
        referredFor: 'vcs',
        source: 'witness-care-unit',
        circumstance: 'adult-victim',
        receivedOn: '2025-01-20',
        personal,
      }),
    );
    await apply(
      projection,
      recorded(stream, 'VictimLinkedToSentence', { victimId, sentenceId: second, linkedOn: '2025-02-01' }, 1n),
    );
    await apply(
      projection,
      recorded(
        stream,
        'VictimEnrolled',
        {
          victimId,
          sentenceId: first,
          scheme: 'vcs-statutory',
          basis: 'statutory',
          enrolledOn: '2025-02-02',
          victimLiaisonOfficerId: 'vlo-1',
          personal: {},
        },
        2n,
      ),
    );
    await apply(
      projection,
      recorded(
        stream,
        'VictimWithdrew',
        { victimId, withdrewOn: '2025-03-01', personal: { reason: 'Moving to Zed Street' } },
        3n,
      ),
    );

    const rows = await dataSource.query(
      `SELECT l.sentence_id, l.victim_reference, l.linked_via, s.scheme, s.status, s.status_on::text AS status_on
       FROM sentence_view_victims l JOIN sentence_view_victim_status s USING (victim_id) WHERE victim_id = $1 ORDER BY l.linked_on`,
      [victimId],
    );
    expect(rows).toEqual([
      {
        sentence_id: first,
        victim_reference: pseudonymousVictimReference(victimId, first, deps.pseudonymKey),
        linked_via: 'referral',
        scheme: 'vcs-statutory',
        status: 'withdrawn',
        status_on: '2025-03-01',
      },
      {
        sentence_id: second,
        victim_reference: pseudonymousVictimReference(victimId, second, deps.pseudonymKey),
        linked_via: 'linked',
        scheme: 'vcs-statutory',
        status: 'withdrawn',
        status_on: '2025-03-01',
      },
    ]);
    expect(rows[0].victim_reference).not.toBe(rows[1].victim_reference); // a partner cannot link the victim across offenders
    for (const table of projection.tables) {
      const [{ dump }] = await dataSource.query(
        `SELECT coalesce(string_agg(t::text, ' '), '') AS dump FROM ${table} t`,
      );
      expect(dump).not.toMatch(/Zed/);
    }
  });

  it('applies a milestone once, even if it is delivered twice', async () => {
    const projection = new SentenceViewProjection(deps);
    const sentenceId = randomUUID();
    await apply(
      projection,
      recorded(`sentence-${sentenceId}`, 'SentenceRecorded', {
        sentenceId,
        reference: 'X123457',
        offenceCategory: 'specified-violent',
        offenceCausedDeath: false,
        sentenceType: 'determinate-custody',
        lengthMonths: 48,
        sentencingCourt: 'Leeds Crown Court',
        sentenceDate: '2025-01-15',
        probationRegion: 'london',
      }),
    );
    const milestone = recorded(
      `sentence-${sentenceId}`,
      'SentenceMilestoneReached',
      { sentenceId, milestoneId: randomUUID(), kind: 'release-on-licence', date: '2026-01-15', detail: {} },
      1n,
    );
    await apply(projection, milestone);
    await apply(projection, milestone);
    const [row] = await dataSource.query(
      'SELECT custody_status, milestone_count FROM sentence_view WHERE sentence_id = $1',
      [sentenceId],
    );
    expect(row).toEqual({ custody_status: 'on-licence', milestone_count: 1 });
  });

  it('stores an erased representation as nulls with the erased flag, and never a non-contact description', async () => {
    const projection = new PartnerRepresentationsProjection(deps);
    const [victimId, sentenceId, zone, person] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const representation = (personal: unknown) =>
      recorded(`victim-${victimId}`, 'RepresentationSubmitted', {
        victimId,
        representationId: randomUUID(),
        sentenceId,
        kind: 'licence-conditions',
        requestedConditions: [
          { conditionId: zone, kind: 'exclusion-zone' },
          { conditionId: person, kind: 'non-contact' },
        ],
        sentTo: ['parole-board'],
        submittedOn: '2025-03-03',
        personal,
      });
    await apply(
      projection,
      representation({ conditionDescriptions: { [zone]: 'The market square', [person]: 'Her son Yuri' } }),
    );
    await apply(projection, representation(ERASED_PERSONAL_DATA));

    const rows = await dataSource.query(
      'SELECT requested_conditions, statement_text, personal_data_erased, victim_reference FROM partner_representations WHERE victim_id = $1 ORDER BY personal_data_erased',
      [victimId],
    );
    // Sealed under the victim's key at rest, opening to the description.
    const open = await openerFor(deps.dataKeys, [victimId]);
    expect(
      rows.map((r: { requested_conditions: { description: string | null }[] }) =>
        r.requested_conditions.map((c) => c.description && open(victimId, c.description)),
      ),
    ).toEqual([
      ['The market square', null],
      [null, null],
    ]);
    expect(JSON.stringify(rows)).not.toContain('market square');
    expect(rows.map((r: { personal_data_erased: boolean }) => r.personal_data_erased)).toEqual([false, true]);
    expect(JSON.stringify(rows)).not.toContain('Yuri');
    expect(JSON.stringify(rows)).not.toContain(victimId);
  });

  it("stores each victim's meeting notes apart, and an erased victim's as nulls while the others stay readable", async () => {
    const projection = new InterAgencyMeetingsProjection(deps);
    const [sentenceId, meetingId, erased, kept, actionId] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    await apply(
      projection,
      recorded(`sentence-${sentenceId}`, 'InterAgencyMeetingHeld', {
        sentenceId,
        meetingId,
        kind: 'mappa',
        mappa: { category: 1, level: 3 },
        heldOn: '2025-05-01',
        agenciesPresent: ['police', 'probation'],
        victimsConsidered: [
          { victimId: erased, viewsPresented: true, outcome: 'risk-plan-updated' },
          { victimId: kept, viewsPresented: true, outcome: 'no-change' },
        ],
        actions: [{ actionId, forVictimId: kept, ownerAgency: 'police' }],
        personal: {
          [erased]: ERASED_PERSONAL_DATA,
          [kept]: { notes: 'Still readable', actions: { [actionId]: 'Call the victim' } },
        },
      }),
    );
    const notes = await dataSource.query(
      'SELECT victim_id, notes, action_descriptions, erased FROM inter_agency_meeting_notes WHERE meeting_id = $1 ORDER BY erased',
      [meetingId],
    );
    expect(JSON.stringify(notes)).not.toMatch(/Still readable|Call the victim/);
    const open = await openerFor(deps.dataKeys, [kept]);
    const opened = notes.map(
      (n: {
        victim_id: string;
        notes: string | null;
        action_descriptions: Record<string, string>;
        erased: boolean;
      }) => ({
        ...n,
        notes: n.notes && open(n.victim_id, n.notes),
        action_descriptions: Object.fromEntries(
          Object.entries(n.action_descriptions).map(([id, text]) => [id, open(n.victim_id, text)]),
        ),
      }),
    );
    expect(opened).toEqual([
      {
        victim_id: kept,
        notes: 'Still readable',
        action_descriptions: { [actionId]: 'Call the victim' },
        erased: false,
      },
      { victim_id: erased, notes: null, action_descriptions: {}, erased: true },
    ]);
    const victims = await dataSource.query(
      'SELECT victim_id, actions FROM inter_agency_meeting_victims WHERE meeting_id = $1 ORDER BY position',
      [meetingId],
    );
    expect(victims).toEqual([
      { victim_id: erased, actions: [] },
      { victim_id: kept, actions: [{ actionId, ownerAgency: 'police', dueOn: null }] },
    ]);
  });
});
