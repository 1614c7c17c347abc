import { Router } from 'express';
import { apiClientFor } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { myCaseload, searchMyVictims } from '../../services/caseload.service';

const TASK_KIND = /^[a-z][a-z-]{0,49}$/;

/** My caseload: what is due and overdue, counts, a filter by kind; and the search of my victims (by POST: names stay out of URLs). */
export function caseloadRoutes(apiUrl: string): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const user = signedInUser(res);
    const kind = typeof req.query.kind === 'string' && TASK_KIND.test(req.query.kind) ? req.query.kind : undefined;
    const caseload = await myCaseload(apiClientFor(apiUrl, user.accessToken), user.userId, kind);
    res.render('caseload/caseload.njk', { pageTitle: 'My caseload', caseload, kind });
  });

  router.post('/search', (req, res) => {
    req.session.search = typeof req.body.search === 'string' ? req.body.search.slice(0, 100) : '';
    req.session.save(() => res.redirect('/search'));
  });

  router.get('/search', async (req, res) => {
    const user = signedInUser(res);
    const words = req.session.search ?? '';
    const victims = await searchMyVictims(apiClientFor(apiUrl, user.accessToken), user.userId, words);
    res.render('caseload/search.njk', { pageTitle: 'Search my victims', words, victims });
  });
  return router;
}
