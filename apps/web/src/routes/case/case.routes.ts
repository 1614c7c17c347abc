import { Router } from 'express';
import { apiClientFor, ApiRefusal } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { casePage } from '../../services/case-page.service';
import { offencesAskingForASafetyFlag } from '../../services/safety-advice';
import { RECIPIENT_WORDS } from '../representations/disclosure-form';
import { UUID } from '../forms/form-submit';
import { requestRows } from './case-requests';

/** A victim's case: summary card, safety flag banner, key stages, timeline, letters and the actions. */
export function caseRoutes(apiUrl: string): Router {
  const router = Router();
  router.get('/cases/:victimId', async (req, res) => {
    if (!UUID.test(req.params.victimId)) throw new ApiRefusal(404, []);
    const api = apiClientFor(apiUrl, signedInUser(res).accessToken);
    const page = await casePage(api, req.params.victimId, req.session.lastPosition);
    const safetyQuestion = offencesAskingForASafetyFlag(page.victim, page.sentences);
    res.render('case/case.njk', {
      pageTitle: 'Victim case',
      ...page,
      requests: requestRows(page.victim.victimId, page.victim.requests),
      safetyQuestion,
      RECIPIENT_WORDS,
    });
  });

  router.get('/done', (req, res) => {
    const confirmation = req.session.confirmation;
    if (!confirmation) return res.redirect('/');
    delete req.session.confirmation;
    res.render('pages/done.njk', { pageTitle: confirmation.title, confirmation });
  });
  return router;
}
