import { Response, Router } from 'express';
import { apiClientFor, ApiRefusal } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { findSentence, partnerSentenceView } from '../../services/partner.service';
import { UUID } from '../forms/form-submit';
import { purposeOptions, statedPurpose } from './partner-purpose';

const CASE_REFERENCE = /^[A-Z]\d{6}$/;
const FIELD_OF_API: Record<string, string> = { reference: 'reference', 'X-Purpose': 'purpose' };

interface FindForm {
  values: Record<string, string>;
  errors: { text: string; href: string }[];
}

/**
 * Parole Board and MAPPA partners: find a sentence by its case reference, saying why first; then read what was
 * disclosed to their organisation. The reference and the purpose are posted (never in a URL); the purpose is kept in
 * the session for the sentence and sent as X-Purpose with every read, so the access audit has it each time.
 */
export function partnerRoutes(apiUrl: string): Router {
  const router = Router();
  const api = (res: Response) => apiClientFor(apiUrl, signedInUser(res).accessToken);

  const renderFind = (res: Response, form: FindForm, status = 200) =>
    res.status(status).render('partner/find-sentence.njk', {
      pageTitle: 'Find a sentence',
      purposes: purposeOptions(signedInUser(res).roles),
      values: form.values,
      errors: form.errors,
      errorOf: (id: string) => form.errors.find((error) => error.href === `#${id}`)?.text,
    });

  router.get('/partner', (_req, res) => renderFind(res, { values: {}, errors: [] }));

  router.post('/partner', async (req, res) => {
    const values = {
      reference: String(req.body.reference ?? '')
        .trim()
        .toUpperCase(),
      purpose: String(req.body.purpose ?? ''),
      purposeDetail: String(req.body.purposeDetail ?? '').trim(),
    };
    const errors: FindForm['errors'] = [];
    if (!CASE_REFERENCE.test(values.reference))
      errors.push({
        text: 'Enter a case reference: one capital letter and six digits, like X123456',
        href: '#reference',
      });
    const purpose = statedPurpose(values.purpose, values.purposeDetail, signedInUser(res).roles);
    if (!purpose.ok) errors.push({ text: purpose.text, href: `#${purpose.field}` });
    if (errors.length || !purpose.ok) return renderFind(res, { values, errors }, 400);
    try {
      const sentence = await findSentence(api(res), values.reference, purpose.purpose);
      req.session.partnerPurposes = { ...req.session.partnerPurposes, [sentence.sentenceId]: purpose.purpose };
      req.session.save(() => res.redirect(`/partner/sentences/${sentence.sentenceId}`));
    } catch (error) {
      if (!(error instanceof ApiRefusal) || ![400, 404].includes(error.status)) throw error;
      const found =
        error.status === 404
          ? [{ text: 'No sentence with that case reference is recorded', href: '#reference' }]
          : error.problems.map((problem) => ({
              text: problem.message,
              href: `#${FIELD_OF_API[problem.field ?? ''] ?? 'reference'}`,
            }));
      renderFind(res, { values, errors: found }, error.status);
    }
  });

  router.get('/partner/sentences/:sentenceId', async (req, res) => {
    const sentenceId = String(req.params.sentenceId);
    if (!UUID.test(sentenceId)) throw new ApiRefusal(404, []);
    // Nothing is shown until the partner has said why: without a purpose for this sentence, back to the search.
    const purpose = req.session.partnerPurposes?.[sentenceId];
    if (!purpose) return res.redirect('/partner');
    const user = signedInUser(res);
    const isMappa = user.roles.includes('MAPPA_PARTNER');
    const view = await partnerSentenceView(api(res), sentenceId, purpose, isMappa);
    res.render('partner/sentence.njk', {
      pageTitle: 'Sentence',
      purpose,
      organisation: isMappa ? 'MAPPA' : 'the Parole Board',
      ...view,
    });
  });
  return router;
}
