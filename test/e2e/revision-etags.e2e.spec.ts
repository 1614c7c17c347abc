import { randomUUID } from 'node:crypto';
import { victimStreamId } from '@vcs/domain';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { aFullCase, CaseWriter } from '../../apps/api/src/queries/victim-case/testing/victim-case-scenario';
import { WorkerCommands } from '../../apps/worker/src/notifications/worker-commands';

// A single-record read answers `ETag: "<revision>"` — the stream's revision, the same form a command answers — and
// the revision in its body, even when someone else appended last (the planner's NotificationScheduled on a victim's
// stream, an inter-agency meeting on a sentence's): read, then write with If-Match, works; a stale revision is a 409.

describe('read, then write with If-Match', () => {
  let api: ApiHarness;
  let writer: CaseWriter;

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    writer = await CaseWriter.as(api);
  });

  afterAll(async () => {
    await api.close();
  });

  const lastRevision = async (streamId: string) => {
    const events = await api.store.readStream(streamId);
    return events[events.length - 1].revision.toString();
  };

  it("works on a victim after the planner appended to the victim's stream", async () => {
    const { victimId, sentenceId } = await aFullCase(writer);
    // The planner, as the worker runs it: a notification scheduled on the victim's stream, not by the VLO.
    const planner = new WorkerCommands(api.store, { now: () => new Date() });
    const scheduled = await planner.run(
      'notification-planner',
      {
        type: 'ScheduleNotification',
        data: {
          victimId,
          notificationId: randomUUID(),
          sentenceId,
          stage: 'parole-hearing-upcoming',
          dueAt: '2027-02-26T09:00:00.000Z',
          channel: 'letter',
          reason: 'advance-notice',
          causedBy: { eventId: randomUUID() },
          recordedOn: '2026-11-02',
        },
      },
      randomUUID(),
    );
    if (!scheduled.done) throw new Error(`not scheduled: ${scheduled.rule}`);
    const streamRevision = await lastRevision(victimStreamId(victimId));
    expect(scheduled.result.revision).toBe(streamRevision);

    const read = await request(api.http)
      .get(`/victims/${victimId}?minPosition=${scheduled.result.position}`)
      .set('Authorization', `Bearer ${writer.token}`)
      .expect(200);
    expect(read.body.revision).toBe(streamRevision);
    expect(read.headers.etag).toBe(`"${streamRevision}"`);

    const recordContact = (ifMatch: string) =>
      request(api.http)
        .post(`/victims/${victimId}/contacts`)
        .set('Authorization', `Bearer ${writer.token}`)
        .set('If-Match', ifMatch)
        .send({
          method: 'phone',
          direction: 'outbound',
          result: 'contact-made',
          occurredOn: '2026-11-03',
          personal: { summary: 'Talked about the hearing' },
        });
    const stale = `"${BigInt(streamRevision) - 1n}"`;
    expect((await recordContact(stale)).status).toBe(409);
    const written = await recordContact(read.headers.etag).expect(201);
    expect(written.headers.etag).toBe(`"${BigInt(streamRevision) + 1n}"`);
  });

  it('works on a sentence after an inter-agency meeting was appended to its stream', async () => {
    const { victimId, sentenceId } = await aFullCase(writer);
    const meeting = await writer.send('post', `/sentences/${sentenceId}/inter-agency-meetings`, {
      kind: 'mappa',
      mappa: { category: 2, level: 2 },
      heldOn: '2026-11-04',
      agenciesPresent: ['probation', 'police'],
      victimsConsidered: [{ victimId, viewsPresented: false, outcome: 'no-change' }],
      actions: [],
      personal: {},
    });
    const streamRevision = await lastRevision(`sentence-${sentenceId}`);
    expect(meeting.body.revision).toBe(streamRevision);

    const read = await request(api.http)
      .get(`/sentences/${sentenceId}?minPosition=${writer.position}`)
      .set('Authorization', `Bearer ${writer.token}`)
      .expect(200);
    expect(read.body.revision).toBe(streamRevision);
    expect(read.headers.etag).toBe(`"${streamRevision}"`);

    const milestone = (ifMatch: string) =>
      request(api.http)
        .post(`/sentences/${sentenceId}/milestones`)
        .set('Authorization', `Bearer ${writer.token}`)
        .set('If-Match', ifMatch)
        .send({
          kind: 'parole-hearing-listed',
          date: '2026-11-05',
          detail: { hearingDate: '2027-04-20', hearingType: 'oral' },
        });
    expect((await milestone(`"${BigInt(streamRevision) - 1n}"`)).status).toBe(409);
    await milestone(read.headers.etag).expect(201);
  });

  it('answers no body-hash ETag on other reads', async () => {
    const response = await request(api.http)
      .get('/sentences')
      .set('Authorization', `Bearer ${writer.token}`)
      .expect(200);
    expect(response.headers.etag).toBeUndefined();
  });
});
