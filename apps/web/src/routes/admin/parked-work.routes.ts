import { Response, Router } from 'express';
import { apiClientFor } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { parkedWorkList, retryParkedWork } from '../../services/admin.service';

const CONSUMER = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The work the worker's consumers parked after failing, and the retry once the cause is fixed. */
export function parkedWorkRoutes(apiUrl: string): Router {
  const router = Router();
  const api = (res: Response) => apiClientFor(apiUrl, signedInUser(res).accessToken);

  router.get('/admin/parked-work', async (_req, res) => {
    const tasks = await parkedWorkList(api(res));
    res.render('admin/parked-work.njk', { pageTitle: 'Parked work', tasks });
  });

  router.post('/admin/parked-work/retry', async (req, res) => {
    const consumer =
      typeof req.body.consumer === 'string' && CONSUMER.test(req.body.consumer) ? req.body.consumer : undefined;
    const retried = await retryParkedWork(api(res), consumer);
    req.session.confirmation = {
      title: 'Retry asked for',
      body: `${retried} parked ${retried === 1 ? 'event is' : 'events are'} to be tried again${consumer ? ` by ${consumer}` : ''}. The worker replays each stream in order within seconds; anything that fails again is parked again.`,
      next: '/admin/parked-work',
    };
    req.session.save(() => res.redirect('/done'));
  });
  return router;
}
