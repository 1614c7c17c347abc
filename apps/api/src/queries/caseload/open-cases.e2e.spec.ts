import { expectStatus, VictimsClient } from '../../victims/testing/victim-fixtures';
import { useVictimsApi } from '../../victims/testing/victims-api';

/** "Open cases" on My caseload and the team page: every case the officer works, not only the enrolled ones. */
describe('GET /caseload/summary: open cases', () => {
  let vlo: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ vlo, sentenceId } = given), { projectors: true });

  const send = async (path: string, body: object) => {
    const response = await vlo.send('post', path, body);
    expectStatus(response, 201);
  };
  /** The officer's figure once the read side has their last change. */
  const openCases = async (): Promise<number> => {
    const written = vlo.answers.filter((answer) => typeof answer.body?.position === 'string');
    const position = written.length > 0 ? `&minPosition=${written[written.length - 1]!.body.position}` : '';
    const response = await vlo.send('get', `/caseload/summary?groupBy=vlo${position}`, undefined);
    expectStatus(response, 200);
    return response.body.rows[0]?.openCases ?? 0;
  };

  it('counts referred victims awaiting contact and enrolled ones; not those who declined or withdrew', async () => {
    const before = await openCases();

    const referred = await vlo.referVictim(sentenceId);
    expect(await openCases()).toBe(before + 1);

    await send(`/victims/${referred}/enrolment`, {
      sentenceId,
      scheme: 'vcs-statutory',
      enrolledOn: '2026-10-10',
      victimLiaisonOfficerId: 'vlo-7',
    });
    expect(await openCases()).toBe(before + 1);

    const declining = await vlo.referVictim(sentenceId);
    await send(`/victims/${declining}/declining`, { declinedOn: '2026-10-12' });
    expect(await openCases()).toBe(before + 1);

    const withdrawing = await vlo.referVictim(sentenceId);
    await send(`/victims/${withdrawing}/enrolment`, {
      sentenceId,
      scheme: 'vcs-statutory',
      enrolledOn: '2026-10-10',
      victimLiaisonOfficerId: 'vlo-7',
    });
    expect(await openCases()).toBe(before + 2);
    await send(`/victims/${withdrawing}/withdrawal`, { withdrewOn: '2026-10-14' });
    expect(await openCases()).toBe(before + 1);
  });
});
