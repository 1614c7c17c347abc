import { RoutePolicy } from './route-policy';

// The sentence view lists the victims linked to a sentence by id: VLOs and managers only. Partners read only what
// victims asked for and the meetings about the sentence, with victims by pseudonymous reference.
const VLO_AND_MANAGER = ['VLO', 'VLO_MANAGER'] as const;
const PARTNERS = ['PAROLE_BOARD', 'MAPPA_PARTNER'] as const;
const PARTNERS_VLO_AND_MANAGER = ['PAROLE_BOARD', 'MAPPA_PARTNER', 'VLO', 'VLO_MANAGER'] as const;

export const SENTENCE_PARTNER_POLICY: RoutePolicy = {
  'GET /sentences': VLO_AND_MANAGER,
  'GET /sentences/:sentenceId': VLO_AND_MANAGER,
  'GET /sentences/:sentenceId/representations': PARTNERS_VLO_AND_MANAGER,
  'GET /sentences/:sentenceId/inter-agency-meetings': PARTNERS_VLO_AND_MANAGER,
  // A partner finds a sentence by its case reference and reads its key dates: no victims at all.
  'GET /partner-sentences': PARTNERS,
  'GET /partner-sentences/:sentenceId': PARTNERS,
};
