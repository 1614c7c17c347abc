import { Response, Router } from 'express';
import { apiClientFor } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { subjectAccessExport, VictimRecord, victimRecord } from '../../services/admin.service';
import { UUID } from '../forms/form-submit';
import { errorsFromRefusal, FormError, REFERENCE_CODE, REFERENCE_RULE, victimIdParam } from './admin-forms';
import {
  purposeFromLink,
  recordPurposeOf,
  recordPurposeOptions,
  rememberRecordPurpose,
  statedRecordPurpose,
} from './record-purpose';

const errorOf = (errors: FormError[]) => (id: string) => errors.find((error) => error.href === `#${id}`)?.text;

/** The record's link from the retention reviews list: the administrator opens it for that review. */
export const FROM_RETENTION_REVIEWS = 'retention-review';

/**
 * A victim's record for an administrator: found by its record id (posted, so it never sits in a search URL) with why
 * they open it (the purpose every read of the record is audited with, kept in the session), with the subject access
 * export downloaded through the page (posted with the request's reference, which becomes the export's purpose), the
 * retention decision and the erasure.
 */
export function victimRecordRoutes(apiUrl: string): Router {
  const router = Router();
  const api = (res: Response) => apiClientFor(apiUrl, signedInUser(res).accessToken);

  const renderFind = (res: Response, values: Record<string, string>, errors: FormError[], status = 200) =>
    res.status(status).render('admin/find-victim.njk', {
      pageTitle: 'A victim’s record',
      purposes: recordPurposeOptions(signedInUser(res).roles),
      values,
      errors,
      errorOf: errorOf(errors),
    });

  router.get('/admin/victims', (_req, res) => renderFind(res, {}, []));
  router.post('/admin/victims', (req, res) => {
    const values = {
      victimId: String(req.body.victimId ?? '')
        .trim()
        .toLowerCase(),
      purpose: String(req.body.purpose ?? ''),
      purposeReference: String(req.body.purposeReference ?? '').trim(),
    };
    const errors: FormError[] = [];
    if (!UUID.test(values.victimId))
      errors.push({
        text: 'Enter the victim’s record id, like 0b6f1e52-7c1d-4c57-9a53-2f1f4b0e8a11',
        href: '#victimId',
      });
    const stated = statedRecordPurpose(values.purpose, values.purposeReference, signedInUser(res).roles);
    if (!stated.ok) errors.push({ text: stated.text, href: `#${stated.field}` });
    if (errors.length || !stated.ok) return renderFind(res, values, errors, 400);
    rememberRecordPurpose(req, values.victimId, stated.purpose);
    req.session.save(() => res.redirect(`/admin/victims/${values.victimId}`));
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
    const victimId = victimIdParam(req.params.victimId);
    const purpose =
      req.query.for === FROM_RETENTION_REVIEWS
        ? purposeFromLink(req, victimId, 'retention review')
        : recordPurposeOf(req, victimId);
    // Nothing is read before the administrator says why: the find page asks, with the id filled in.
    if (!purpose) return renderFind(res, { victimId }, []);
    const record = await victimRecord(api(res), victimId, purpose, req.session.lastPosition);
    renderRecord(res, record, {}, []);
  });

  router.post('/admin/victims/:victimId/subject-access-export', async (req, res) => {
    const victimId = victimIdParam(req.params.victimId);
    const values = { requestReference: String(req.body.requestReference ?? '').trim() };
    const format = req.body.format === 'pdf' ? 'pdf' : 'json';
    const exportPurpose = `subject access: ${values.requestReference}`;
    const valid = REFERENCE_CODE.test(values.requestReference);
    // The export is for the request named here; without a reference the page shows again, read as it was opened.
    const purpose = valid ? exportPurpose : recordPurposeOf(req, victimId);
    if (!purpose) return res.redirect(`/admin/victims/${victimId}`);
    const record = await victimRecord(api(res), victimId, purpose, req.session.lastPosition);
    if (!valid)
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
      file = await subjectAccessExport(api(res), victimId, format, exportPurpose);
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
