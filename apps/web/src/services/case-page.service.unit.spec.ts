import createClient from 'openapi-fetch';
import type { paths } from '../data/api-types';
import { casePage } from './case-page.service';

const VICTIM = '11111111-1111-4111-8111-111111111111';
const OTHER_VICTIM = '22222222-2222-4222-8222-222222222222';
const SENTENCE_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const SENTENCE_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const victimCase = {
  victimId: VICTIM,
  revision: '4',
  sentences: [{ sentenceId: SENTENCE_A }, { sentenceId: SENTENCE_B }],
};
const sentence = (sentenceId: string, reference: string, victimReference: string) => ({
  sentenceId,
  reference,
  victims: [
    { victimId: OTHER_VICTIM, victimReference: 'V-other' },
    { victimId: VICTIM, victimReference },
  ],
});
const representation = (representationId: string, victimReference: string, submittedOn: string) => ({
  representationId,
  victimReference,
  submittedOn,
});

/** The API's answers by path; each sentence's own read answers only once the page has asked for its representations. */
function fakeApi(caseStatus = 200) {
  const asked: string[] = [];
  const representationsAsked = new Map<string, () => void>();
  const askedFor = (sentenceId: string) =>
    new Promise<void>((resolve) => {
      representationsAsked.set(sentenceId, resolve);
    });
  const waits = new Map([SENTENCE_A, SENTENCE_B].map((id) => [id, askedFor(id)]));
  const api = createClient<paths>({
    baseUrl: 'http://api.test',
    fetch: async (request: Request) => {
      const path = new URL(request.url).pathname;
      asked.push(path);
      if (path === `/victims/${VICTIM}`) return Response.json(victimCase, { status: caseStatus });
      if (path === `/victims/${VICTIM}/timeline`) return Response.json({ items: [] });
      if (path === `/victims/${VICTIM}/letters`) return Response.json({ items: [] });
      const [, , sentenceId, part] = path.split('/');
      if (part === 'representations') {
        representationsAsked.get(sentenceId)?.();
        const items =
          sentenceId === SENTENCE_A
            ? [representation('r-1', 'V-1', '2026-01-01'), representation('r-other', 'V-other', '2026-06-01')]
            : [representation('r-2', 'V-2', '2026-03-01')];
        return Response.json({ items });
      }
      const released = await Promise.race([
        waits.get(sentenceId)!.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 500)),
      ]);
      if (!released) asked.push(`${path} answered before its representations were asked for`);
      return Response.json(
        sentence(
          sentenceId,
          sentenceId === SENTENCE_A ? 'A111111' : 'B222222',
          sentenceId === SENTENCE_A ? 'V-1' : 'V-2',
        ),
      );
    },
  });
  return { api, asked };
}

describe('reading the case page', () => {
  it('asks for the sentences’ representations while their key stages are still being read', async () => {
    const { api, asked } = fakeApi();
    await casePage(api, VICTIM);
    expect(asked.filter((line) => line.includes('answered before'))).toEqual([]);
  });

  it('shows only the victim’s own representations (by their reference on each sentence), newest first', async () => {
    const { api } = fakeApi();
    const page = await casePage(api, VICTIM);
    expect(page.representations.map((r) => [r.representationId, r.sentenceReference])).toEqual([
      ['r-2', 'B222222'],
      ['r-1', 'A111111'],
    ]);
  });

  it('refuses the page as not found, reading no sentence, when the case is out of reach', async () => {
    const { api, asked } = fakeApi(404);
    await expect(casePage(api, VICTIM)).rejects.toMatchObject({ status: 404 });
    expect(asked.filter((path) => path.startsWith('/sentences'))).toEqual([]);
  });
});
