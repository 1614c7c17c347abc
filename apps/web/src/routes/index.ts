import { Router } from 'express';
import { caseloadRoutes } from './caseload/caseload.routes';
import { caseRoutes } from './case/case.routes';
import { letterRoutes } from './letters/letters.routes';
import { outboxRoutes } from './outbox/outbox.routes';
import { performanceRoutes } from './performance/performance.routes';
import { teamRoutes } from './team/team.routes';
import { conflictRoutes } from './conflict/conflict.routes';
import { formRoutes } from './forms/form.routes';
import { CASE_FORMS, NEW_RECORD_FORMS } from './forms/definitions';
import { partnerRoutes } from './partner/partner.routes';
import { adminRoutes } from './admin/admin.routes';
import { milestoneChoiceRoutes } from './milestones/milestone-choice.routes';
import { releaseLawRoutes } from './release-law/release-law.routes';
import { discloseRoutes } from './representations/disclose.routes';

/** Every page of the signed-in service. */
export function pageRoutes(apiUrl: string): Router {
  const router = Router();
  router.use(caseloadRoutes(apiUrl));
  for (const form of NEW_RECORD_FORMS) router.use(formRoutes(apiUrl, form, 'new'));
  router.use(conflictRoutes(apiUrl));
  // The case's forms before the letter pages: /cases/:victimId/letters/new is a form, not a letter called "new".
  router.use(milestoneChoiceRoutes(apiUrl));
  for (const form of CASE_FORMS) router.use(formRoutes(apiUrl, form, 'case'));
  router.use(discloseRoutes(apiUrl));
  router.use(letterRoutes(apiUrl));
  router.use(caseRoutes(apiUrl));
  router.use(outboxRoutes(apiUrl));
  router.use(performanceRoutes(apiUrl));
  router.use(teamRoutes(apiUrl));
  router.use(partnerRoutes(apiUrl));
  router.use(adminRoutes(apiUrl));
  router.use(releaseLawRoutes(apiUrl));
  return router;
}
