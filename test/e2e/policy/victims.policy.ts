import { RoutePolicy } from './route-policy';

// Victims' records are for the victim liaison officers and their managers; partner agencies, the worker and
// administrators never write them. Reassigning a victim to another officer is a manager's decision.
const VLO_AND_MANAGER = ['VLO', 'VLO_MANAGER'] as const;

export const VICTIMS_POLICY: RoutePolicy = {
  'POST /victims': VLO_AND_MANAGER,
  'POST /victims/:victimId/enrolment': VLO_AND_MANAGER,
  'POST /victims/:victimId/declining': VLO_AND_MANAGER,
  'POST /victims/:victimId/withdrawal': VLO_AND_MANAGER,
  'POST /victims/:victimId/rejoining': VLO_AND_MANAGER,
  'POST /victims/:victimId/contact-handover': VLO_AND_MANAGER,
  'POST /victims/:victimId/sentences': VLO_AND_MANAGER,
  'POST /victims/:victimId/acting-persons': VLO_AND_MANAGER,
  'PUT /victims/:victimId/contact-preferences': VLO_AND_MANAGER,
  'POST /victims/:victimId/contacts': VLO_AND_MANAGER,
  'POST /victims/:victimId/safety-checks': VLO_AND_MANAGER,
  'POST /victims/:victimId/representations': VLO_AND_MANAGER,
  // Disclosure is the VLO's decision: the caller is recorded as having approved the disclosed text.
  'POST /victims/:victimId/representations/:representationId/disclosures': VLO_AND_MANAGER,
  'PUT /victims/:victimId/victim-liaison-officer': ['VLO_MANAGER'],
  'PATCH /victims/:victimId/details': VLO_AND_MANAGER,
  // Issue 17: the victim's requests through the VLO, their answers, and rights explained.
  'POST /victims/:victimId/requests': VLO_AND_MANAGER,
  'POST /victims/:victimId/requests/:requestId/answer': VLO_AND_MANAGER,
  'POST /victims/:victimId/rights-explained': VLO_AND_MANAGER,
};
