import { Request, Response, Router } from 'express';
import { apiClientFor, ApiRefusal } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { victimCase } from '../../services/victim-case.service';
import { UUID } from '../forms/form-submit';
import {
  isMilestoneKind,
  MILESTONE_GROUPS,
  MILESTONE_KINDS,
  MILESTONE_PAGES,
} from '../forms/definitions/milestone-details';
import { milestoneSlug } from '../forms/definitions/record-milestone.form';

/** The stages in the order of their groups, as the choice's options. */
const CHOICES = Object.keys(MILESTONE_GROUPS).flatMap((group) =>
  MILESTONE_KINDS.filter((kind) => MILESTONE_PAGES[kind].group === group).map((kind) => ({
    value: kind,
    text: MILESTONE_PAGES[kind].words,
  })),
);

/**
 * "Record a key stage": the user chooses the kind of stage, then fills in that stage's own form
 * (/cases/:victimId/milestone/<kind>), which asks only for the details that stage has.
 */
export function milestoneChoiceRoutes(apiUrl: string): Router {
  const router = Router();
  const path = '/cases/:victimId/milestone';

  const render = async (req: Request, res: Response, error?: string) => {
    const victimId = String(req.params.victimId);
    if (!UUID.test(victimId)) throw new ApiRefusal(404, []);
    // Read through the API so a case the user may not see answers 404 here too.
    await victimCase(apiClientFor(apiUrl, signedInUser(res).accessToken), victimId, req.session.lastPosition);
    if (error) res.status(400);
    res.render('milestones/milestone-choice.njk', {
      pageTitle: 'Record a key stage',
      caseUrl: `/cases/${victimId}`,
      action: `/cases/${victimId}/milestone`,
      items: CHOICES,
      errors: error ? [{ text: error, href: '#kind' }] : [],
      error,
    });
  };

  router.get(path, (req, res) => render(req, res));

  router.post(path, async (req, res) => {
    const kind = typeof req.body.kind === 'string' ? req.body.kind : '';
    if (!isMilestoneKind(kind)) return render(req, res, 'Choose the stage to record');
    res.redirect(`/cases/${String(req.params.victimId)}/${milestoneSlug(kind)}`);
  });
  return router;
}
