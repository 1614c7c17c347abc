import { randomUUID } from 'node:crypto';
import { englandAndWalesCalendar } from '@vcs/domain';
import { ApiHarness, startApi } from '@vcs/test-support';
import { normaliseSpace, pdfContent, pdfText } from '../../../../libs/notifications/src/letters/testing/pdf-text';
import { aReferral, aSentence, anEnrolment, VICTIM } from '../victims/testing/victim-fixtures';
import { DRAFT_MARK } from '../../../../libs/notifications/src/letters/letter-pdf';
import { expectStatus, LettersClient, problemsOf } from './testing/letters-client';

// Milestones and referrals are dated in the past (nothing may be dated after today).
const SENTENCE_DATE = '2025-01-15';
const SIGNATURE = { name: 'Sam Officer', phone: '0113 496 0000' };
/** Words only the edited letter holds: they may appear in that letter's own answers and nowhere else. */
const EDITED_WORDS =
  'As we discussed on the phone, the exclusion zone covers the streets around the bakery where you work.';

describe('letters: draft, edit, submit, approve (four eyes), return, PDF', () => {
  let api: ApiHarness;
  let vlo: LettersClient;
  let manager: LettersClient;
  let otherManager: LettersClient;
  let sentenceId: string;
  let conditionsMilestoneId: string;

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    vlo = await LettersClient.as(api, 'VLO', 'vlo-7');
    manager = await LettersClient.as(api, 'VLO_MANAGER', 'manager-2');
    otherManager = await LettersClient.as(api, 'VLO_MANAGER', 'manager-3');
    sentenceId = randomUUID();
    expectStatus(await vlo.send('post', '/sentences', aSentence({ sentenceId, sentenceDate: SENTENCE_DATE })), 201);
    for (const [kind, date, detail] of [
      ['release-on-licence', '2025-06-02', {}],
      [
        'licence-conditions-set',
        '2025-06-02',
        { conditions: ['non-contact', 'exclusion-zone'], conditionsEndDate: '2029-06-01', protectsVictimIds: [] },
      ],
    ] as const) {
      const recorded = await vlo.send('post', `/sentences/${sentenceId}/milestones`, { kind, date, detail });
      expectStatus(recorded, 201);
      if (kind === 'licence-conditions-set') conditionsMilestoneId = recorded.body.milestoneId;
    }
  });

  afterAll(async () => {
    await api.close();
  });

  /** An enrolled victim with letters chosen; `personal` overrides the contact preferences' personal part. */
  async function aVictim(personal: Record<string, unknown> = {}): Promise<string> {
    const victimId = randomUUID();
    expectStatus(
      await vlo.send('post', '/victims', aReferral(sentenceId, { victimId, receivedOn: '2025-01-20' })),
      201,
    );
    expectStatus(
      await vlo.send('post', `/victims/${victimId}/enrolment`, anEnrolment(sentenceId, { enrolledOn: '2025-01-25' })),
      201,
    );
    const preferences = {
      updatedOn: '2025-01-25',
      channels: ['letter'],
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: false,
      personal: { address: VICTIM.address, language: 'en', ...personal },
    };
    expectStatus(await vlo.send('put', `/victims/${victimId}/contact-preferences`, preferences), 200);
    return victimId;
  }

  async function draft(
    client: LettersClient,
    victimId: string,
    body: Record<string, unknown> = { stage: 'licence-conditions-set' },
  ) {
    const response = await client.send('post', `/victims/${victimId}/letters`, { signature: SIGNATURE, ...body });
    expectStatus(response, 201);
    return response.body as { letterId: string; revision: string; position: string };
  }

  const letterPath = (victimId: string, letterId: string) => `/victims/${victimId}/letters/${letterId}`;

  it('drafts from the template, is edited, submitted, approved by a manager who did not write it, and printed', async () => {
    const victimId = await aVictim({ accessibleFormats: ['large-print'] });
    const drafted = await draft(vlo, victimId);
    expect(drafted).toMatchObject({ events: ['LetterDrafted'], letterId: expect.any(String) });

    const first = await vlo.get(`${letterPath(victimId, drafted.letterId)}?minPosition=${drafted.position}`);
    expectStatus(first, 200);
    expect(first.body).toMatchObject({
      status: 'draft',
      stage: 'licence-conditions-set',
      subject: 'Licence conditions',
      language: 'en',
      largePrint: true,
      authors: ['vlo-7'],
    });
    expect(first.body.addressBlock).toBe('Jane Example\n12 Acacia Avenue\nLeeds\nLS6 2QR');
    expect(first.body.body).toMatch(/^Dear Jane Example,/);
    expect(first.body.body).toContain('These conditions last until 1 June 2029.');
    expect(first.headers.etag).toBe(`"${first.body.revision}"`);

    const body = first.body.body.replace('If the offender breaks', `${EDITED_WORDS}\n\nIf the offender breaks`);
    const edited = await vlo.send(
      'put',
      letterPath(victimId, drafted.letterId),
      { personal: { body } },
      { 'If-Match': first.headers.etag },
    );
    expectStatus(edited, 200);
    expectStatus(await vlo.send('post', `${letterPath(victimId, drafted.letterId)}/submission`), 201);

    const queue = await manager.get(
      `/letters/review-queue?region=yorkshire-and-the-humber&minPosition=${vlo.answers.at(-1)?.response.body.position}`,
    );
    expectStatus(queue, 200);
    expect(queue.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ letterId: drafted.letterId, victimId, status: 'submitted', youMayApprove: true }),
      ]),
    );
    const elsewhere = await manager.get('/letters/review-queue?region=london');
    expect(elsewhere.body.items.map((i: { letterId: string }) => i.letterId)).not.toContain(drafted.letterId);

    // Before approval the manager reads it as a PDF marked as a draft; without preview=true only approved letters print.
    expectStatus(await manager.get(`${letterPath(victimId, drafted.letterId)}/pdf`), 422);
    const preview = await manager.get(`${letterPath(victimId, drafted.letterId)}/pdf?preview=true`, true);
    expectStatus(preview, 200);
    expect(normaliseSpace(pdfText(preview.body as Buffer))).toContain(DRAFT_MARK);
    const approved = await manager.send('post', `${letterPath(victimId, drafted.letterId)}/approval`);
    expectStatus(approved, 201);
    // Drafted on its own, it is sent by the letter notification its approval queues (ad-hoc-letter-sending.e2e.spec.ts).
    expect(approved.body.events).toEqual(['LetterApproved', 'NotificationScheduled']);
    const after = await vlo.get(`${letterPath(victimId, drafted.letterId)}?minPosition=${approved.body.position}`);
    expect(after.body).toMatchObject({ status: 'approved', approved: { by: 'manager-2' }, body });
    expect(after.body.sending.state).toMatch(/^(queued|waiting-safety-check)$/);

    const pdf = await vlo.get(`${letterPath(victimId, drafted.letterId)}/pdf`, true);
    expectStatus(pdf, 200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('no-store');
    const file = pdf.body as Buffer;
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = normaliseSpace(pdfText(file));
    expect(text).toContain(normaliseSpace(body));
    expect(text).toContain('Jane Example 12 Acacia Avenue Leeds LS6 2QR');
    expect(text).not.toContain(DRAFT_MARK);
    expect(pdfContent(file)).toMatch(/ 18 Tf/); // large print, as the victim asked

    // An edit after approval returns the letter to draft; it must be approved again before it can be printed.
    const reedited = await vlo.send('put', letterPath(victimId, drafted.letterId), {
      personal: { body: `${body}\n\nP.S. Thank you.` },
    });
    expectStatus(reedited, 200);
    const reopened = await vlo.get(`${letterPath(victimId, drafted.letterId)}?minPosition=${reedited.body.position}`);
    expect(reopened.body).toMatchObject({ status: 'draft', approved: null, sending: null });
    const refused = await vlo.get(`${letterPath(victimId, drafted.letterId)}/pdf`);
    expectStatus(refused, 422);
    expect(refused.body.rule).toBe('letter-not-approved');
  });

  it('refuses approval by the manager who drafted the letter (four eyes)', async () => {
    const victimId = await aVictim();
    const { letterId } = await draft(manager, victimId);
    const submitted = await manager.send('post', `${letterPath(victimId, letterId)}/submission`);
    expectStatus(submitted, 201);
    const own = await manager.send('post', `${letterPath(victimId, letterId)}/approval`);
    expectStatus(own, 422);
    expect(own.body.rule).toBe('four-eyes');
    const queue = await manager.get(`/letters/review-queue?pageSize=100&minPosition=${submitted.body.position}`);
    const item = (queue.body.items as { letterId: string; youMayApprove: boolean }[]).find(
      (i) => i.letterId === letterId,
    );
    expect(item).toMatchObject({ youMayApprove: false });
    expectStatus(await otherManager.send('post', `${letterPath(victimId, letterId)}/approval`), 201);
  });

  it('returns a letter with comments; the VLO edits it back to draft and submits it again', async () => {
    const victimId = await aVictim();
    const { letterId } = await draft(vlo, victimId);
    expectStatus(await vlo.send('post', `${letterPath(victimId, letterId)}/submission`), 201);
    const returned = await manager.send('post', `${letterPath(victimId, letterId)}/return`, {
      personal: { comments: 'Please explain the exclusion zone in plainer words.' },
    });
    expectStatus(returned, 201);
    const seen = await vlo.get(`${letterPath(victimId, letterId)}?minPosition=${returned.body.position}`);
    expect(seen.body).toMatchObject({
      status: 'returned',
      returned: { by: 'manager-2' },
      returnComments: 'Please explain the exclusion zone in plainer words.',
    });

    const edited = await vlo.send('put', letterPath(victimId, letterId), {
      personal: { body: `${seen.body.body}\n\nThe zone is the area we agreed together.` },
    });
    expectStatus(edited, 200);
    const draftAgain = await vlo.get(`${letterPath(victimId, letterId)}?minPosition=${edited.body.position}`);
    expect(draftAgain.body.status).toBe('draft');
    expectStatus(await vlo.send('post', `${letterPath(victimId, letterId)}/submission`), 201);
  });

  it('gives the drafting officer a task for a returned letter, due in 5 working days, closed when it is sent again', async () => {
    const victimId = await aVictim();
    const { letterId } = await draft(vlo, victimId);
    expectStatus(await vlo.send('post', `${letterPath(victimId, letterId)}/submission`), 201);
    const returned = await manager.send('post', `${letterPath(victimId, letterId)}/return`, {
      personal: { comments: 'Please explain the exclusion zone in plainer words.' },
    });
    expectStatus(returned, 201);
    const tasksOf = async (position: string) => {
      const answer = await vlo.get(
        `/caseload/tasks?vloId=vlo-7&kind=letter-returned&status=all&pageSize=100&minPosition=${position}`,
      );
      expectStatus(answer, 200);
      return (answer.body.items as { taskId: string }[]).filter(
        (task) => task.taskId === `letter-returned:${letterId}`,
      );
    };
    const [task] = await tasksOf(returned.body.position);
    const returnedOn = (await vlo.get(letterPath(victimId, letterId))).body.returned.on as string;
    expect(task).toMatchObject({
      kind: 'letter-returned',
      victimId,
      vloId: 'vlo-7',
      status: 'open',
      dueOn: englandAndWalesCalendar.addWorkingDays(returnedOn, 5),
      letter: { letterId, stage: 'licence-conditions-set' },
      notification: null,
    });
    expect(task).toHaveProperty('description', expect.stringMatching(/^Letter returned: revise and resubmit/));
    expect(JSON.stringify(task)).not.toContain('plainer words');

    const edited = await vlo.send('put', letterPath(victimId, letterId), { personal: { body: 'Dear Jane, revised.' } });
    expectStatus(edited, 200);
    expect(await tasksOf(edited.body.position)).toEqual([expect.objectContaining({ status: 'open' })]);
    const resubmitted = await vlo.send('post', `${letterPath(victimId, letterId)}/submission`);
    expectStatus(resubmitted, 201);
    expect(await tasksOf(resubmitted.body.position)).toEqual([
      expect.objectContaining({ status: 'done', closedBecause: 'letter-resubmitted' }),
    ]);
  });

  it('lets only a manager approve or return (403 for a VLO), and refuses partners, the worker and administrators', async () => {
    const victimId = await aVictim();
    const { letterId } = await draft(vlo, victimId);
    expectStatus(await vlo.send('post', `${letterPath(victimId, letterId)}/submission`), 201);
    expectStatus(await vlo.send('post', `${letterPath(victimId, letterId)}/approval`), 403);
    expectStatus(
      await vlo.send('post', `${letterPath(victimId, letterId)}/return`, { personal: { comments: 'x' } }),
      403,
    );
    expectStatus(await vlo.get('/letters/review-queue'), 403);
    for (const role of ['PAROLE_BOARD', 'MAPPA_PARTNER', 'WORKER', 'ADMIN'] as const) {
      const outsider = await LettersClient.as(api, role, `${role.toLowerCase()}-1`);
      const statuses = [
        (await outsider.send('post', `/victims/${victimId}/letters`, { stage: 'recall', signature: SIGNATURE })).status,
        (await outsider.send('put', letterPath(victimId, letterId), { personal: { body: 'x' } })).status,
        (await outsider.send('post', `${letterPath(victimId, letterId)}/approval`)).status,
        (await outsider.get(`/victims/${victimId}/letters`)).status,
        (await outsider.get(letterPath(victimId, letterId))).status,
        (await outsider.get(`${letterPath(victimId, letterId)}/pdf`)).status,
        (await outsider.get('/letters/review-queue')).status,
      ];
      expect({ role, statuses }).toEqual({ role, statuses: [403, 403, 403, 403, 403, 403, 403] });
    }
  });

  it('refuses bad input with 400 naming each field, and writes nothing', async () => {
    const victimId = await aVictim();
    const drafting = await vlo.send('post', `/victims/${victimId}/letters`, {
      letterId: 'l-1',
      stage: 'tea-party',
      notificationId: 'n',
      signature: { name: '', phone: 'call me' },
      extra: 1,
    });
    expectStatus(drafting, 400);
    expect(problemsOf(drafting)).toEqual(
      expect.arrayContaining([
        'letterId:isUuid',
        'stage:isIn',
        'notificationId:isUuid',
        'signature.name:isLength',
        'signature.phone:isUkPhoneNumber',
        'extra:whitelistValidation',
      ]),
    );
    expect(problemsOf(await vlo.send('post', `/victims/${victimId}/letters`, { stage: 'recall' }))).toEqual(
      expect.arrayContaining(['signature:isObject']),
    );
    // Every letter asks the victim to contact the officer "using the details below": a signature must give some.
    const noDetails = await vlo.send('post', `/victims/${victimId}/letters`, {
      stage: 'recall',
      signature: { name: 'Sam Officer' },
    });
    expectStatus(noDetails, 400);
    expect(problemsOf(noDetails)).toEqual(['signature.phone:isDefined']);
    expect(JSON.stringify(noDetails.body)).toContain('phone or email is required');

    expect((await api.store.readStream(`victim-${victimId}`)).map((e) => e.type)).not.toContain('LetterDrafted');
    const { letterId } = await draft(vlo, victimId);
    const editing = await vlo.send('put', letterPath(victimId, letterId), {
      personal: { body: '', addressBlock: 'a\nb\nc\nd\ne\nf\ng\nh\ni', language: 'cy' },
    });
    expectStatus(editing, 400);
    expect(problemsOf(editing)).toEqual(
      expect.arrayContaining([
        'personal.body:isLength',
        'personal.addressBlock:matches',
        'personal.language:whitelistValidation',
      ]),
    );
    expect((await api.store.readStream(`victim-${victimId}`)).map((e) => e.type)).not.toContain('LetterEdited');
    expectStatus(await vlo.send('post', `${letterPath(victimId, letterId)}/submission`), 201);
    const returning = await manager.send('post', `${letterPath(victimId, letterId)}/return`, { personal: {} });
    expectStatus(returning, 400);
    expect(problemsOf(returning)).toEqual(['personal.comments:isString']); // one problem per field: missing comments are not text
    expectStatus(await vlo.get(`/victims/${victimId}/letters/not-a-uuid`), 400);
    expect(problemsOf(await manager.get('/letters/review-queue?region=atlantis'))).toEqual(['region:isIn']);
  });

  it('drafts in Welsh for a victim who chose Welsh; answers 422 with the rule: a milestone not recorded, naming where the offender is held', async () => {
    const welsh = await aVictim({ language: 'cy' });
    const inWelsh = await draft(vlo, welsh);
    const welshLetter = await vlo.get(`${letterPath(welsh, inWelsh.letterId)}?minPosition=${inWelsh.position}`);
    expectStatus(welshLetter, 200);
    expect(welshLetter.body).toMatchObject({ language: 'cy', subject: 'Amodau trwydded' });
    expect(welshLetter.body.body).toContain("Mae'r amodau hyn yn para tan 1 Mehefin 2029.");

    const victimId = await aVictim();
    const noHearing = await vlo.send('post', `/victims/${victimId}/letters`, {
      stage: 'parole-hearing-listed',
      signature: SIGNATURE,
    });
    expectStatus(noHearing, 422);
    expect(noHearing.body).toMatchObject({
      rule: 'letter-facts-missing',
      message: expect.stringContaining('parole hearing'),
    });

    const { letterId } = await draft(vlo, victimId);
    const whereHeld = await vlo.send('put', letterPath(victimId, letterId), {
      personal: { body: 'Dear Jane, the offender is now at HMP Leeds.' },
    });
    expectStatus(whereHeld, 422);
    expect(whereHeld.body.rule).toBe('letter-says-where-held');
    expect(JSON.stringify(whereHeld.body)).not.toContain('Leeds.');

    const unknownLetter = await vlo.send('post', `${letterPath(victimId, randomUUID())}/submission`);
    expectStatus(unknownLetter, 422);
    expect(unknownLetter.body.rule).toBe('unknown-letter');
    expectStatus(
      await vlo.send('post', `/victims/${randomUUID()}/letters`, { stage: 'recall', signature: SIGNATURE }),
      404,
    );
  });

  it("counts an officer's letters in progress against the working practice of nine, without enforcing it", async () => {
    const counted = await LettersClient.as(api, 'VLO', 'vlo-count');
    const victimId = await aVictim();
    let last;
    for (let i = 0; i < 10; i++) last = await draft(counted, victimId, { stage: 'initial-contact' });
    const mine = await counted.get(`/letters/in-progress?minPosition=${last?.position}`);
    expectStatus(mine, 200);
    expect(mine.body).toEqual({
      vloId: 'vlo-count',
      inProgress: 10,
      draft: 10,
      returned: 0,
      submitted: 0,
      workingPractice: 9,
      atWorkingPractice: true,
    });
    expect((await manager.get('/letters/in-progress?vloId=vlo-count')).body.inProgress).toBe(10);
    expectStatus(await vlo.get('/letters/in-progress?vloId=vlo-count'), 403);

    const list = await counted.get(`/victims/${victimId}/letters?pageSize=5`);
    expect(list.body).toMatchObject({ total: 10, pageSize: 5 });
    expect(list.body.items[0]).not.toHaveProperty('body');
  });

  /** Events the notification and erasure work append through their own routes and workers, appended here directly. */
  async function append(victimId: string, type: string, data: Record<string, unknown>): Promise<string> {
    const metadata = {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { userId: 'worker-1', role: 'WORKER' },
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    };
    const result = await api.store.appendToStream(
      `victim-${victimId}`,
      [{ id: randomUUID(), type, data: { victimId, ...data }, metadata }],
      'any',
    );
    return `${result.position.commit}/${result.position.prepare}`;
  }

  it('drafts the letter for a scheduled notification, is marked sent when the notification is, and loses its words on erasure', async () => {
    const victimId = await aVictim();
    const notificationId = randomUUID();
    await append(victimId, 'NotificationScheduled', {
      notificationId,
      sentenceId,
      stage: 'licence-conditions-set',
      dueAt: '2025-06-03T09:00:00Z',
      channel: 'letter',
      reason: 'milestone-reached',
      causedBy: { milestoneId: conditionsMilestoneId },
    });
    const drafted = await draft(vlo, victimId, { notificationId });
    const [event] = (await api.store.readStream(`victim-${victimId}`)).filter((e) => e.type === 'LetterDrafted');
    expect(event.data).toMatchObject({ notificationId, stage: 'licence-conditions-set', draftedBy: 'vlo-7' });
    const mismatch = await vlo.send('post', `/victims/${victimId}/letters`, {
      notificationId,
      stage: 'recall',
      signature: SIGNATURE,
    });
    expectStatus(mismatch, 422);
    expect(mismatch.body.rule).toBe('stage-mismatch');

    expectStatus(await vlo.send('post', `${letterPath(victimId, drafted.letterId)}/submission`), 201);
    expectStatus(await manager.send('post', `${letterPath(victimId, drafted.letterId)}/approval`), 201);
    const sentAt = await append(victimId, 'NotificationSent', {
      notificationId,
      channel: 'letter',
      providerReference: 'outbox-1',
      sentAt: '2025-06-03T09:00:01Z',
      letterId: drafted.letterId,
    });
    const sent = await vlo.get(`${letterPath(victimId, drafted.letterId)}?minPosition=${sentAt}`);
    expect(sent.body).toMatchObject({ status: 'sent', notificationId, sentAt: expect.any(String) });
    expectStatus(await vlo.get(`${letterPath(victimId, drafted.letterId)}/pdf`, true), 200);

    const erasedAt = await append(victimId, 'VictimPersonalDataErased', {
      erasedOn: '2025-06-04',
      erasedBy: 'admin-1',
      basis: 'erasure-request',
    });
    const erased = await vlo.get(`${letterPath(victimId, drafted.letterId)}?minPosition=${erasedAt}`);
    expect(erased.body).toMatchObject({ status: 'sent', personalDataErased: true, body: null, addressBlock: null });
    const noPdf = await vlo.get(`${letterPath(victimId, drafted.letterId)}/pdf`);
    expectStatus(noPdf, 422);
    expect(noPdf.body.rule).toBe('personal-data-erased');
  });

  it('names the letter on its task, and refuses to approve a first-contact letter once the victim was reached by email and joined (422 first-contact-made)', async () => {
    const victimId = randomUUID();
    expectStatus(
      await vlo.send('post', '/victims', aReferral(sentenceId, { victimId, receivedOn: '2025-01-20' })),
      201,
    );
    const notificationId = randomUUID();
    const scheduledAt = await append(victimId, 'NotificationScheduled', {
      notificationId,
      sentenceId,
      stage: 'initial-contact',
      dueAt: '2025-02-03T09:00:00Z',
      channel: 'letter',
      reason: 'initial-contact-deadline',
      causedBy: { eventId: randomUUID() },
    });
    const letterTask = async (minPosition: string) => {
      const tasks = await vlo.get(
        `/caseload/tasks?kind=notification-letter&status=all&pageSize=100&minPosition=${minPosition}`,
      );
      expectStatus(tasks, 200);
      return (
        tasks.body.items as {
          victimId: string;
          status: string;
          notification: { notificationId: string; stage: string } | null;
        }[]
      ).find((t) => t.victimId === victimId);
    };
    const task = await letterTask(scheduledAt);
    expect(task).toMatchObject({
      status: 'open',
      notification: { notificationId, stage: 'initial-contact', channel: 'letter', letterId: null },
    });

    // The VLO drafts exactly the letter the task names, and submits it.
    const drafted = await draft(vlo, victimId, { notificationId, stage: task?.notification?.stage });
    expectStatus(await vlo.send('post', `${letterPath(victimId, drafted.letterId)}/submission`), 201);
    // Meanwhile the victim is reached by email and joins the scheme: the obligation is met another way.
    expectStatus(
      await vlo.send('post', `/victims/${victimId}/contacts`, {
        method: 'email',
        direction: 'outbound',
        result: 'email-sent',
        occurredOn: '2025-01-22',
        personal: { summary: 'Offered the scheme by email' },
      }),
      201,
    );
    const joined = await vlo.send(
      'post',
      `/victims/${victimId}/enrolment`,
      anEnrolment(sentenceId, { enrolledOn: '2025-01-25' }),
    );
    expectStatus(joined, 201);
    expect(await letterTask(joined.body.position)).toMatchObject({ status: 'done' });

    const approval = await manager.send('post', `${letterPath(victimId, drafted.letterId)}/approval`);
    expectStatus(approval, 422);
    expect(approval.body).toMatchObject({
      rule: 'first-contact-made',
      message: expect.stringContaining('no longer applies'),
    });
  });

  it("never shows the letter's words or the victim's details outside the letter's own answers, nor in any log line", () => {
    const ownLetter = /^GET \/victims\/[^/]+\/letters\/[^/]+(\/pdf)?$/;
    const elsewhere = [vlo, manager, otherManager]
      .flatMap((client) => client.answers)
      .filter(({ route }) => !ownLetter.test(route))
      .map(({ response }) => JSON.stringify({ headers: response.headers, text: response.text }));
    const logged = api.logLines.join('\n');
    for (const value of [
      EDITED_WORDS,
      'These conditions last until',
      VICTIM.fullName,
      VICTIM.address.lines[0],
      VICTIM.address.postcode,
      'Please explain the exclusion zone',
    ]) {
      expect({
        value,
        elsewhere: elsewhere.some((text) => text.includes(value)),
        logged: logged.includes(value),
      }).toEqual({ value, elsewhere: false, logged: false });
    }
  });
});
