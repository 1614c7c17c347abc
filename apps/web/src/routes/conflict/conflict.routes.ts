import { Router } from 'express';
import { apiClientFor } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { changesSince, victimCase } from '../../services/victim-case.service';
import { caseFormAt, formContext, slugParams, UUID, victimIdOf } from '../forms/form-submit';
import { answerRows } from '../forms/form-view';
import { CASE_FORMS } from '../forms/definitions';

const LETTER_WORDS: Record<string, string> = { addressBlock: 'Address', body: 'Letter', comments: 'Comments' };

/** Where the user's change goes back to, with what they typed, to be applied again on top of the other change. */
function formOf(
  form: string,
  victimId: string,
  values: Record<string, string | string[]>,
): { url: string; key: string } {
  const letterId = typeof values.letterId === 'string' && UUID.test(values.letterId) ? values.letterId : '';
  if (form === 'letter-edit') return { url: `/cases/${victimId}/letters/${letterId}/edit`, key: `letter:${letterId}` };
  if (form === 'letter-return')
    return { url: `/cases/${victimId}/letters/${letterId}/return`, key: `letter-return:${letterId}` };
  if (letterId) return { url: `/cases/${victimId}/letters/${letterId}`, key: `letter-problem:${letterId}` };
  return { url: `/cases/${victimId}/${form}`, key: `${form}:${victimId}` };
}

/**
 * Someone else changed the case after the user's page was loaded (the API answered 409): show what changed since, and let
 * the user take their own change back to its form, on top of the other, to check and send again. Nothing is lost.
 */
export function conflictRoutes(apiUrl: string): Router {
  const router = Router();

  router.get('/cases/:victimId/conflict', async (req, res) => {
    const victimId = victimIdOf(req);
    const conflict = req.session.conflict;
    if (!conflict || conflict.victimId !== victimId || !UUID.test(victimId))
      return res.redirect(UUID.test(victimId) ? `/cases/${victimId}` : '/');
    const changes = await changesSince(
      apiClientFor(apiUrl, signedInUser(res).accessToken),
      victimId,
      conflict.revision || '0',
    );
    const definition = caseFormAt(CASE_FORMS, conflict.form);
    const yours = definition
      ? answerRows(
          definition,
          conflict.values,
          {
            ...(await formContext(apiUrl, 'case', req, res, undefined, definition)),
            params: slugParams(definition, conflict.form),
          },
          `/cases/${victimId}/${conflict.form}`,
        ).map(({ key, value }) => ({ key, value }))
      : Object.entries(LETTER_WORDS)
          .filter(([name]) => typeof conflict.values[name] === 'string' && conflict.values[name] !== '')
          .map(([name, label]) => ({ key: { text: label }, value: { text: String(conflict.values[name]) } }));
    res
      .status(409)
      .render('conflict/conflict.njk', { pageTitle: 'Someone else changed this case', changes, yours, victimId });
  });

  router.post('/cases/:victimId/conflict', async (req, res) => {
    const victimId = victimIdOf(req);
    const conflict = req.session.conflict;
    if (!conflict || conflict.victimId !== victimId || !UUID.test(victimId)) return res.redirect('/');
    const current = await victimCase(apiClientFor(apiUrl, signedInUser(res).accessToken), victimId);
    const { url, key } = formOf(conflict.form, victimId, conflict.values);
    req.session.forms = {
      ...req.session.forms,
      [key]: { values: conflict.values, errors: [], revision: current.revision, newId: '' },
    };
    delete req.session.conflict;
    req.session.save(() => res.redirect(url));
  });
  return router;
}
