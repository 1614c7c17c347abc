import { randomUUID } from 'node:crypto';
import { Request, Response, Router } from 'express';
import { apiClientFor, ApiRefusal } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { CaseCommand, sendCommand } from '../../services/case-commands.service';
import { letter, letterPdf, reviewQueue } from '../../services/letters.service';
import { UUID } from '../forms/form-submit';

type LetterParams = { victimId: string; letterId: string };

/** A letter's pages: read it, edit it, preview the PDF, send it for approval; a manager approves or returns it. */
export function letterRoutes(apiUrl: string): Router {
  const router = Router();
  const base = '/cases/:victimId/letters/:letterId';
  const api = (res: Response) => apiClientFor(apiUrl, signedInUser(res).accessToken);
  const ids = (req: Request): LetterParams => {
    const { victimId, letterId } = req.params as LetterParams;
    if (!UUID.test(victimId) || !UUID.test(letterId)) throw new ApiRefusal(404, []);
    return { victimId, letterId };
  };
  const letterUrl = ({ victimId, letterId }: LetterParams) => `/cases/${victimId}/letters/${letterId}`;

  router.get(base, async (req, res) => {
    const { victimId, letterId } = ids(req);
    const shown = await letter(api(res), victimId, letterId, req.session.lastPosition);
    const problem = req.session.forms?.[`letter-problem:${letterId}`];
    if (problem && req.session.forms) delete req.session.forms[`letter-problem:${letterId}`];
    res.status(problem ? 400 : 200).render('letters/letter.njk', {
      pageTitle: 'Letter',
      letter: shown,
      errors: (problem?.errors ?? []).map((error) => ({ ...error, href: '#letter-actions' })),
      isManager: signedInUser(res).roles.includes('VLO_MANAGER'),
      // Four eyes: nobody approves a letter they drafted or edited; the page says so instead of offering the button.
      wroteIt: shown.authors.includes(signedInUser(res).userId),
      caseUrl: `/cases/${victimId}`,
      letterUrl: letterUrl({ victimId, letterId }),
    });
  });

  router.get(`${base}/preview.pdf`, async (req, res) => {
    const { victimId, letterId } = ids(req);
    const pdf = await letterPdf(api(res), victimId, letterId);
    res.set({ 'Content-Type': 'application/pdf', 'Content-Disposition': 'inline; filename="letter.pdf"' }).send(pdf);
  });

  router.get(`${base}/edit`, async (req, res) => {
    const { victimId, letterId } = ids(req);
    const key = `letter:${letterId}`;
    const kept = req.session.forms?.[key];
    if (kept && req.session.forms) delete req.session.forms[key];
    const shown = await letter(api(res), victimId, letterId, req.session.lastPosition);
    res.status(kept?.errors.length ? 400 : 200).render('letters/edit.njk', {
      pageTitle: 'Edit the letter',
      letter: shown,
      values: kept?.values ?? { body: shown.body ?? '', addressBlock: shown.addressBlock ?? '' },
      errors: kept?.errors ?? [],
      revision: kept?.revision ?? shown.revision,
      letterUrl: letterUrl({ victimId, letterId }),
    });
  });

  router.post(`${base}/edit`, async (req, res) => {
    const params = ids(req);
    const values = { body: String(req.body.body ?? ''), addressBlock: String(req.body.addressBlock ?? '') };
    const revision = String(req.body.revision ?? '');
    const command: CaseCommand = {
      kind: 'edit-letter',
      ...params,
      body: { personal: { body: values.body, addressBlock: values.addressBlock } },
    };
    await run(req, res, command, revision, {
      values,
      key: `letter:${params.letterId}`,
      formUrl: `${letterUrl(params)}/edit`,
      conflictForm: 'letter-edit',
    });
  });

  router.post(`${base}/submission`, async (req, res) => {
    const params = ids(req);
    await run(req, res, { kind: 'submit-letter', ...params }, String(req.body.revision ?? ''), undefined, {
      title: 'Letter sent for approval',
      body: 'A manager will approve it or return it to you with comments.',
    });
  });

  router.post(`${base}/approval`, async (req, res) => {
    const params = ids(req);
    // Every approved letter is sent by the service (one drafted on its own as soon as it is approved): the letter's page
    // then says whether it was queued, waits for a safety check, was sent, or may not be sent and why.
    await run(req, res, { kind: 'approve-letter', ...params }, String(req.body.revision ?? ''), undefined, {
      title: 'Letter approved',
      body: 'The service posts it to the victim. Where the victim has a safety flag, it waits until an officer confirms it is safe to write. If the service may not write to the victim, the letter says why and nothing is posted.',
    });
  });

  router.get(`${base}/return`, async (req, res) => {
    const { victimId, letterId } = ids(req);
    const key = `letter-return:${letterId}`;
    const kept = req.session.forms?.[key];
    if (kept && req.session.forms) delete req.session.forms[key];
    const shown = await letter(api(res), victimId, letterId);
    res.status(kept?.errors.length ? 400 : 200).render('letters/return.njk', {
      pageTitle: 'Return the letter',
      letter: shown,
      values: kept?.values ?? { comments: '' },
      errors: kept?.errors ?? [],
      revision: kept?.revision ?? shown.revision,
      letterUrl: letterUrl({ victimId, letterId }),
    });
  });

  router.post(`${base}/return`, async (req, res) => {
    const params = ids(req);
    const values = { comments: String(req.body.comments ?? '') };
    await run(
      req,
      res,
      { kind: 'return-letter', ...params, body: { personal: { comments: values.comments } } },
      String(req.body.revision ?? ''),
      {
        values,
        key: `letter-return:${params.letterId}`,
        formUrl: `${letterUrl(params)}/return`,
        conflictForm: 'letter-return',
      },
      { title: 'Letter returned', body: 'The officer will see your comments.' },
    );
  });

  router.get('/letters/review', async (_req, res) => {
    res.render('letters/review.njk', { pageTitle: 'Letters to approve', letters: await reviewQueue(api(res)) });
  });

  /** Sends a letter command; refusals go back to the form (or the letter) with the API's words, a 409 to the conflict page. */
  async function run(
    req: Request,
    res: Response,
    command: Extract<CaseCommand, { letterId: string }>,
    revision: string,
    form?: { values: Record<string, string>; key: string; formUrl: string; conflictForm: string },
    done: { title: string; body: string } = { title: 'Letter saved', body: 'Preview it, then send it for approval.' },
  ): Promise<void> {
    const url = letterUrl(command);
    try {
      const outcome = await sendCommand(api(res), command, {
        ifMatch: revision || undefined,
        idempotencyKey: randomUUID(),
      });
      req.session.lastPosition = outcome.position;
      req.session.confirmation = { ...done, next: url };
      req.session.save(() => res.redirect('/done'));
    } catch (error) {
      if (!(error instanceof ApiRefusal)) throw error;
      if (error.status === 409) {
        req.session.conflict = {
          form: form?.conflictForm ?? command.kind,
          victimId: command.victimId,
          revision,
          values: { ...form?.values, letterId: command.letterId },
        };
        req.session.save(() => res.redirect(`/cases/${command.victimId}/conflict`));
        return;
      }
      if (error.status !== 400 && error.status !== 422) throw error;
      const errors = (error.problems.length ? error.problems : [{ message: 'The service could not do this' }]).map(
        (problem) => ({
          text: problem.message.replace(
            /^personal\.(body|addressBlock|comments)/,
            (_m, field: string) =>
              ({ body: 'The letter', addressBlock: 'The address', comments: 'Comments' })[field] ?? field,
          ),
          href: `#${/addressBlock/.test(problem.field ?? '') ? 'addressBlock' : /comments/.test(problem.field ?? '') ? 'comments' : 'body'}`,
        }),
      );
      const key = form?.key ?? `letter-problem:${command.letterId}`;
      req.session.forms = { ...req.session.forms, [key]: { values: form?.values ?? {}, errors, revision, newId: '' } };
      req.session.save(() => res.redirect(form?.formUrl ?? url));
    }
  }
  return router;
}
