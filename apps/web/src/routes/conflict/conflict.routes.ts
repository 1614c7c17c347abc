import { Router } from 'express';
import { apiClientFor } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { changesSince, victimCase } from '../../services/victim-case.service';
import { UUID, victimIdOf } from '../forms/form-submit';

/** Where the user's change goes back to, with what they typed, to be applied again on top of the other change. */
function formOf(form: string, victimId: string, values: Record<string, string | string[]>): { url: string; key: string } {
  const letterId = typeof values.letterId === 'string' && UUID.test(values.letterId) ? values.letterId : '';
  if (form === 'letter-edit') return { url: `/cases/${victimId}/letters/${letterId}/edit`, key: `letter:${letterId}` };
  if (form === 'letter-return') return { url: `/cases/${victimId}/letters/${letterId}/return`, key: `letter-return:${letterId}` };
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
    if (!conflict || conflict.victimId !== victimId || !UUID.test(victimId)) return res.redirect(UUID.test(victimId) ? `/cases/${victimId}` : '/');
    const changes = await changesSince(apiClientFor(apiUrl, signedInUser(res).accessToken), victimId, conflict.revision || '0');
    const yours = Object.entries(conflict.values)
      .filter(([name, value]) => name !== 'letterId' && (Array.isArray(value) ? value.length > 0 : value !== ''))
      .map(([name, value]) => ({ key: { text: name }, value: { text: Array.isArray(value) ? value.join(', ') : value } }));
    res.status(409).render('conflict/conflict.njk', { pageTitle: 'Someone else changed this case', changes, yours, victimId });
  });

  router.post('/cases/:victimId/conflict', async (req, res) => {
    const victimId = victimIdOf(req);
    const conflict = req.session.conflict;
    if (!conflict || conflict.victimId !== victimId || !UUID.test(victimId)) return res.redirect('/');
    const current = await victimCase(apiClientFor(apiUrl, signedInUser(res).accessToken), victimId);
    const { url, key } = formOf(conflict.form, victimId, conflict.values);
    req.session.forms = { ...req.session.forms, [key]: { values: conflict.values, errors: [], revision: current.revision, newId: '' } };
    delete req.session.conflict;
    req.session.save(() => res.redirect(url));
  });
  return router;
}
