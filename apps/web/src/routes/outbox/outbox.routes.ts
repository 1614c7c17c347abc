import { Router } from 'express';
import { apiClientFor } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { sentMessages } from '../../services/letters.service';

/** What the service has sent to victims (the local outbox), newest first. */
export function outboxRoutes(apiUrl: string): Router {
  const router = Router();
  router.get('/outbox', async (_req, res) => {
    const messages = await sentMessages(apiClientFor(apiUrl, signedInUser(res).accessToken));
    res.render('outbox/outbox.njk', { pageTitle: 'Sent messages', messages });
  });
  return router;
}
