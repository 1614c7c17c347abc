import { Response, Router } from 'express';
import { apiClientFor } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { subjectAccessExport, VictimRecord, victimRecord } from '../../services/admin.service';
import { UUID } from '../forms/form-submit';
import { errorsFromRefusal, FormError, REFERENCE_CODE, REFERENCE_RULE, victimIdParam } from './admin-forms';

const errorOf = (errors: FormError[]) => (id: string) => errors.find((error) => error.href === `#${id}`)?.text;

/**
 * A victim's record for an administrator: found by its record id (posted, so it never sits in a search URL), with the
 * subject access export downloaded through the page (posted with the request's reference, which becomes the purpose),
 * the retention decision and the erasure.
 */
export function victimRecordRoutes(apiUrl: string): Router {
  const router = Router();
  const api = (res: Response) => apiClientFor(apiUrl, signedInUser(res).accessToken);

  const renderFind = (res: Response, values: Record<string, string>, errors: FormError[], status = 200) =>
    res.status(status).render('admin/find-victim.njk', {
      pageTitle: 'A victim’s record',
      values,
      errors,
      errorOf: errorOf(errors),
    });

  router.get('/admin/victims', (_req, res) => renderFind(res, {}, []));
  router.post('/admin/victims', (req, res) => {
    const victimId = String(req.body.victimId ?? '')
      .trim()
      .toLowerCase();
    if (!UUID.test(victimId))
      return renderFind(
        res,
        { victimId },
        [{ text: 'Enter the victim’s record id, like 0b6f1e52-7c1d-4c57-9a53-2f1f4b0e8a11', href: '#victimId' }],
        400,
      );
    res.redirect(`/admin/victims/${victimId}`);
  });

  const renderRecord = (
    res: Response,
    record: VictimRecord,
    values: Record<string, string>,
    errors: FormError[],
    status = 200,
  ) =>
    res.status(status).render('admin/victim-record.njk', {
      pageTitle: 'A victim’s record',
      victimId: record.victimId,
      record,
      values,
      errors,
      errorOf: errorOf(errors),
    });

  router.get('/admin/victims/:victimId', async (req, res) => {
    const record = await victimRecord(api(res), victimIdParam(req.params.victimId), req.session.lastPosition);
    renderRecord(res, record, {}, []);
  });

  router.post('/admin/victims/:victimId/subject-access-export', async (req, res) => {
    const victimId = victimIdParam(req.params.victimId);
    const values = { requestReference: String(req.body.requestReference ?? '').trim() };
    const format = req.body.format === 'pdf' ? 'pdf' : 'json';
    const record = await victimRecord(api(res), victimId, req.session.lastPosition);
    if (!REFERENCE_CODE.test(values.requestReference))
      return renderRecord(
        res,
        record,
        values,
        [
          {
            text: values.requestReference ? REFERENCE_RULE : 'Enter the subject access request’s reference',
            href: '#requestReference',
          },
        ],
        400,
      );
    let file: Buffer;
    try {
      file = await subjectAccessExport(api(res), victimId, format, `subject access: ${values.requestReference}`);
    } catch (error) {
      const found = errorsFromRefusal(error, { 'X-Purpose': 'requestReference' }, 'requestReference');
      return renderRecord(res, record, values, found, 400);
    }
    res
      .set({
        'Content-Type': format === 'pdf' ? 'application/pdf' : 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="subject-access-${victimId}.${format}"`,
      })
      .send(file);
  });
  return router;
}
