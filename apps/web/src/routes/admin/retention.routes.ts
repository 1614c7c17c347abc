import { Response, Router } from 'express';
import { apiClientFor, Schemas } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { decideRetention, erasePersonalData, retentionReviews, victimRecord } from '../../services/admin.service';
import { optionsOf } from '../forms/definitions/options';
import { civilDate, errorsFromRefusal, FormError, REFERENCE_CODE, REFERENCE_RULE, victimIdParam } from './admin-forms';
import { recordPurposeOf, rememberRecordPurpose } from './record-purpose';
// The lists the API checks X-Purpose against (a plain constant module: the web service loads nothing else of the API's).
import { purposeOf } from '../../../../../libs/security/src/audit/purpose';

type RetainBasis = Exclude<Schemas['DecideRetentionDto']['basis'], 'retention-period-ended'>;
type ErasureBasis = Schemas['ErasePersonalDataDto']['basis'];

export const RETAIN_REASONS = optionsOf({
  'ongoing-proceedings': 'Proceedings are still going on',
  'complaint-or-legal-claim': 'There is a complaint or a legal claim',
  'safeguarding-concern': 'There is a safeguarding concern',
  'offender-may-be-released-again': 'The offender may be released again (for example after a recall)',
  other: 'Another reason',
} satisfies Record<RetainBasis, string>);

export const ERASURE_BASES = optionsOf({
  'retention-period-ended': 'The retention period ended and an administrator decided to erase',
  'erasure-request': 'The victim asked for their data to be erased (UK GDPR Article 17)',
} satisfies Record<ErasureBasis, string>);

declare module 'express-session' {
  interface SessionData {
    /** The erasure an administrator is about to confirm, by victim id: the basis and reference they came with. */
    erasures?: Record<string, { basis: ErasureBasis; requestReference: string }>;
  }
}

const errorOf = (errors: FormError[]) => (id: string) => errors.find((error) => error.href === `#${id}`)?.text;

/** Retention reviews due, the decision on each (keep for a stated reason, or erase), and the erasure's confirmation. */
export function retentionRoutes(apiUrl: string): Router {
  const router = Router();
  const api = (res: Response) => apiClientFor(apiUrl, signedInUser(res).accessToken);

  router.get('/admin/retention-reviews', async (req, res) => {
    const reviews = await retentionReviews(api(res), req.session.lastPosition);
    res.render('admin/retention-reviews.njk', { pageTitle: 'Retention reviews', reviews });
  });

  const renderDecision = (
    res: Response,
    victimId: string,
    values: Record<string, string>,
    errors: FormError[],
    status = 200,
  ) =>
    res.status(status).render('admin/retention-decision.njk', {
      pageTitle: 'Decide a retention review',
      victimId,
      reasons: RETAIN_REASONS,
      values,
      errors,
      errorOf: errorOf(errors),
    });

  // Deciding a review is the retention review, whatever the record was opened for.
  router.get('/admin/victims/:victimId/retention-decision', async (req, res) => {
    const asked = victimIdParam(req.params.victimId);
    const opened = recordPurposeOf(req, asked);
    const purpose = opened && purposeOf(opened) === 'retention review' ? opened : 'retention review';
    // This read is the review's; a GET (a link) never rewrites why the administrator said they opened the record.
    if (!opened) rememberRecordPurpose(req, asked, purpose);
    const { victimId } = await victimRecord(api(res), asked, purpose, req.session.lastPosition);
    renderDecision(res, victimId, {}, []);
  });

  router.post('/admin/victims/:victimId/retention-decision', async (req, res) => {
    const victimId = victimIdParam(req.params.victimId);
    const values = Object.fromEntries(
      ['decision', 'basis', 'retainUntil-day', 'retainUntil-month', 'retainUntil-year', 'reviewReference'].map(
        (name) => [name, String(req.body[name] ?? '').trim()],
      ),
    );
    const errors: FormError[] = [];
    if (values.decision !== 'retain' && values.decision !== 'erase')
      errors.push({ text: 'Select whether to keep or erase the personal data', href: '#decision' });
    const retainUntil = civilDate(values['retainUntil-day'], values['retainUntil-month'], values['retainUntil-year']);
    if (values.decision === 'retain') {
      if (!RETAIN_REASONS.some((reason) => reason.value === values.basis))
        errors.push({ text: 'Select why the personal data is to be kept', href: '#basis' });
      if (!retainUntil)
        errors.push({ text: 'Enter the date of the next review, for example 31 1 2030', href: '#retainUntil-day' });
    }
    if (values.reviewReference && !REFERENCE_CODE.test(values.reviewReference))
      errors.push({ text: REFERENCE_RULE, href: '#reviewReference' });
    if (errors.length) return renderDecision(res, victimId, values, errors, 400);

    const decision: Schemas['DecideRetentionDto'] =
      values.decision === 'retain'
        ? { decision: 'retain', basis: values.basis as RetainBasis, retainUntil }
        : { decision: 'erase', basis: 'retention-period-ended' };
    const purpose = values.reviewReference ? `retention review: ${values.reviewReference}` : 'retention review';
    try {
      const result = await decideRetention(api(res), victimId, decision, purpose);
      req.session.lastPosition = result.position ?? undefined;
    } catch (error) {
      const found = errorsFromRefusal(
        error,
        { decision: 'decision', basis: 'basis', retainUntil: 'retainUntil-day', 'X-Purpose': 'reviewReference' },
        'decision',
      );
      return renderDecision(res, victimId, values, found, 400);
    }
    if (decision.decision === 'erase') {
      req.session.erasures = {
        ...req.session.erasures,
        [victimId]: { basis: 'retention-period-ended', requestReference: values.reviewReference },
      };
      return req.session.save(() => res.redirect(`/admin/victims/${victimId}/erasure`));
    }
    req.session.confirmation = {
      title: 'Decision recorded: keep the personal data',
      body: `The review is closed. It will be raised again on the day you gave.`,
      next: '/admin/retention-reviews',
    };
    req.session.save(() => res.redirect('/done'));
  });

  const renderErasure = (
    res: Response,
    victimId: string,
    values: Record<string, string>,
    errors: FormError[],
    status = 200,
  ) =>
    res.status(status).render('admin/erasure.njk', {
      pageTitle: 'Erase personal data',
      victimId,
      bases: ERASURE_BASES,
      values,
      errors,
      errorOf: errorOf(errors),
    });

  router.get('/admin/victims/:victimId/erasure', async (req, res) => {
    const asked = victimIdParam(req.params.victimId);
    const purpose = recordPurposeOf(req, asked);
    // Nothing is read before the administrator says why: the record's page asks.
    if (!purpose) return res.redirect(`/admin/victims/${asked}`);
    const { victimId } = await victimRecord(api(res), asked, purpose, req.session.lastPosition);
    const pending = req.session.erasures?.[victimId];
    renderErasure(
      res,
      victimId,
      { basis: pending?.basis ?? '', requestReference: pending?.requestReference ?? '' },
      [],
    );
  });

  router.post('/admin/victims/:victimId/erasure', async (req, res) => {
    const victimId = victimIdParam(req.params.victimId);
    const values = {
      basis: String(req.body.basis ?? ''),
      requestReference: String(req.body.requestReference ?? '').trim(),
    };
    const errors: FormError[] = [];
    const basis = ERASURE_BASES.find((option) => option.value === values.basis)?.value as ErasureBasis | undefined;
    if (!basis) errors.push({ text: 'Select why the personal data is to be erased', href: '#basis' });
    if (!REFERENCE_CODE.test(values.requestReference))
      errors.push({
        text: values.requestReference ? REFERENCE_RULE : 'Enter the reference of the request or review',
        href: '#requestReference',
      });
    if (errors.length || !basis) return renderErasure(res, victimId, values, errors, 400);
    const purpose = `${basis === 'erasure-request' ? 'erasure request' : 'retention review'}: ${values.requestReference}`;
    try {
      const result = await erasePersonalData(
        api(res),
        victimId,
        { basis, requestReference: values.requestReference },
        purpose,
      );
      req.session.lastPosition = result.position ?? undefined;
    } catch (error) {
      const found = errorsFromRefusal(error, { basis: 'basis', requestReference: 'requestReference' }, 'basis');
      return renderErasure(res, victimId, values, found, 400);
    }
    if (req.session.erasures) delete req.session.erasures[victimId];
    req.session.confirmation = {
      title: 'Personal data erased',
      body: "The victim's personal data can no longer be read by anyone. The record of what happened stays, without it.",
      next: '/admin/retention-reviews',
    };
    req.session.save(() => res.redirect('/done'));
  });
  return router;
}
