import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { apiClientFor, ApiRefusal } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { sendCommand } from '../../services/case-commands.service';
import { team } from '../../services/team.service';
import { UUID } from '../forms/form-submit';

/** The manager's team: who has what overdue, cases to allocate, and the case's openings to other units (ended here). */
export function teamRoutes(apiUrl: string): Router {
  const router = Router();

  router.get('/team', async (req, res) => {
    const user = signedInUser(res);
    res.render('team/team.njk', {
      pageTitle: 'Your team',
      team: await team(apiClientFor(apiUrl, user.accessToken), req.session.lastPosition),
      myUnits: user.units,
    });
  });

  router.post('/team/access-grants/:victimId/:grantId/end', async (req, res) => {
    const { victimId, grantId } = req.params;
    if (!UUID.test(victimId) || !UUID.test(grantId)) throw new ApiRefusal(404, []);
    try {
      const outcome = await sendCommand(
        apiClientFor(apiUrl, signedInUser(res).accessToken),
        { kind: 'revoke-access', victimId, grantId },
        { idempotencyKey: randomUUID() },
      );
      req.session.lastPosition = outcome.position;
      req.session.confirmation = { title: 'Access ended', body: 'They can no longer see the case.', next: '/team' };
    } catch (error) {
      // Ended already (by someone else, or its time ran out): say so rather than show an error page.
      if (!(error instanceof ApiRefusal) || (error.status !== 409 && error.status !== 422)) throw error;
      req.session.confirmation = {
        title: 'Access already ended',
        body: error.problems[0]?.message ?? 'The access had already ended.',
        next: '/team',
      };
    }
    req.session.save(() => res.redirect('/done'));
  });
  return router;
}
