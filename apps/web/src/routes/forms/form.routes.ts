import { randomUUID } from 'node:crypto';
import { Request, Response, Router } from 'express';
import { fieldsFor, FormContext, FormDefinition, FormValues } from './form-definition';
import { answerRows, postedValues, viewFields } from './form-view';
import { checkForm, formAddress, formContext, Pending, submitForm, UUID, victimIdOf } from './form-submit';
import { caseworkOnly } from '../../http/navigation';
import { detourAsked, leaveForDetour } from './form-detour';

/**
 * One command's pages: the form, check your answers (when it has consequences, once the API has checked the command
 * without recording it), the API call, the confirmation.
 */
export function formRoutes(apiUrl: string, definition: FormDefinition, scope: 'case' | 'new'): Router {
  const router = Router();
  const path = scope === 'case' ? `/cases/:victimId/${definition.slug}` : `/${definition.slug}`;
  if (scope === 'new') router.use(path, caseworkOnly); // and its check-your-answers page below it
  const urlOf = (req: Request) => formAddress(definition, scope, req).url;
  const keyOf = (req: Request) => formAddress(definition, scope, req).key;

  const contextOf = (req: Request, res: Response, newId?: string) =>
    formContext(apiUrl, scope, req, res, newId, definition);

  router.get(path, async (req, res) => {
    const key = keyOf(req);
    const kept = req.session.forms?.[key];
    const pending = req.session.pending?.[key] as Pending | undefined;
    const context = await contextOf(req, res, pending?.newId ?? kept?.newId);
    const values = kept?.values ?? pending?.values ?? defaults(definition, context);
    const errors = kept?.errors ?? [];
    if (kept && req.session.forms) delete req.session.forms[key];
    if (errors.length > 0) res.status(400);
    res.render('forms/form.njk', {
      pageTitle: definition.title,
      definition,
      fields: viewFields(definition, values, errors, context),
      errors,
      action: urlOf(req),
      caseUrl: scope === 'case' ? `/cases/${victimIdOf(req)}` : '/',
      revision: kept?.revision || pending?.revision || context.victim?.revision || '',
      idempotencyKey: randomUUID(),
      newId: context.newId,
      detours: definition.detours ?? [],
    });
  });

  router.post(path, async (req, res) => {
    const pending: Pending = {
      values: postedValues(req.body),
      revision: typeof req.body.revision === 'string' ? req.body.revision : '',
      idempotencyKey:
        typeof req.body.idempotencyKey === 'string' && UUID.test(req.body.idempotencyKey)
          ? req.body.idempotencyKey
          : randomUUID(),
      newId: typeof req.body.newId === 'string' && UUID.test(req.body.newId) ? req.body.newId : randomUUID(),
    };
    const detour = detourAsked(definition, req.body);
    if (detour) return leaveForDetour(definition, scope, detour, req, res, pending);
    if (!definition.checkAnswers) return submitForm(apiUrl, definition, scope, req, res, pending);
    return checkForm(apiUrl, definition, scope, req, res, pending);
  });

  router.get(`${path}/check`, async (req, res) => {
    const pending = req.session.pending?.[keyOf(req)] as Pending | undefined;
    if (!pending) return res.redirect(urlOf(req));
    const context = await contextOf(req, res, pending.newId);
    res.render('forms/check-answers.njk', {
      pageTitle: `Check your answers: ${definition.title.toLowerCase()}`,
      definition,
      rows: answerRows(definition, pending.values, context, urlOf(req)),
      action: `${urlOf(req)}/check`,
      formUrl: urlOf(req),
      caseUrl: scope === 'case' ? `/cases/${victimIdOf(req)}` : '/',
    });
  });

  router.post(`${path}/check`, async (req, res) => {
    const pending = req.session.pending?.[keyOf(req)] as Pending | undefined;
    if (!pending) return res.redirect(urlOf(req));
    return submitForm(apiUrl, definition, scope, req, res, pending);
  });

  return router;
}

/** The values a form starts with: each field's default, a date as its three parts. */
export function defaults(definition: FormDefinition, context: FormContext): FormValues {
  const values: FormValues = {};
  for (const field of fieldsFor(definition, context)) {
    const value = field.default?.(context);
    if (value === undefined) continue;
    const parts = field.type === 'date' && typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    if (parts)
      Object.assign(values, {
        [`${field.name}-day`]: String(Number(parts[3])),
        [`${field.name}-month`]: String(Number(parts[2])),
        [`${field.name}-year`]: parts[1],
      });
    else values[field.name] = value;
  }
  return values;
}
