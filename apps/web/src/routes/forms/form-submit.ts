import { randomUUID } from 'node:crypto';
import { Request, Response } from 'express';
import { ApiRefusal, apiClientFor } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { sendCommand, validateCommand } from '../../services/case-commands.service';
import { victimCase } from '../../services/victim-case.service';
import { FormContext, FormDefinition, FormValues } from './form-definition';
import { errorLinks } from './form-view';
import { comeBackFromDetour } from './form-detour';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A form's answers on their way to the API, with the revision the user saw and the keys chosen when the form was shown. */
export interface Pending {
  values: FormValues;
  revision: string;
  idempotencyKey: string;
  newId: string;
}

export async function formContext(
  apiUrl: string,
  scope: 'case' | 'new',
  req: Request,
  res: Response,
  newId?: string,
  definition?: FormDefinition,
): Promise<FormContext> {
  const context = await baseContext(apiUrl, scope, req, res, newId);
  return definition?.load ? { ...context, loaded: await definition.load(context) } : context;
}

async function baseContext(
  apiUrl: string,
  scope: 'case' | 'new',
  req: Request,
  res: Response,
  newId?: string,
): Promise<FormContext> {
  const user = signedInUser(res);
  const api = apiClientFor(apiUrl, user.accessToken);
  const chosenId = newId && UUID.test(newId) ? newId : randomUUID();
  const params = Object.fromEntries(
    Object.entries(req.params as Record<string, string | undefined>).filter(
      (entry): entry is [string, string] => entry[0] !== 'victimId' && typeof entry[1] === 'string',
    ),
  );
  const isManager = user.roles.includes('VLO_MANAGER');
  const base = { userId: user.userId, userName: user.name, isManager, units: user.units, api, newId: chosenId, params };
  if (scope === 'new') return base;
  const victimId = victimIdOf(req);
  if (!UUID.test(victimId)) throw new ApiRefusal(404, []);
  return { ...base, victim: await victimCase(api, victimId, req.session.lastPosition) };
}

/**
 * "Continue" on a form that has a check-your-answers page: the API checks the command without recording it, so a
 * refusal is shown on the form itself (GOV.UK: errors before check your answers). Accepted: check your answers.
 */
export async function checkForm(
  apiUrl: string,
  definition: FormDefinition,
  scope: 'case' | 'new',
  req: Request,
  res: Response,
  pending: Pending,
): Promise<void> {
  const { key, url: formUrl } = formAddress(definition, scope, req);
  const context = await formContext(apiUrl, scope, req, res, pending.newId, definition);
  try {
    await validateCommand(context.api, await definition.command(pending.values, context), {
      ifMatch: ifMatchFor(definition, scope, pending),
    });
  } catch (error) {
    return answerRefusal(error, definition, scope, req, res, pending);
  }
  req.session.pending = { ...req.session.pending, [key]: pending };
  req.session.save(() => res.redirect(`${formUrl}/check`));
}

/**
 * Sends the form's command as the signed-in user. Done: the confirmation. Refused (400/422): back to the form with what
 * was typed and the API's problem text. Changed by someone else since the page was loaded (409): the conflict page.
 */
export async function submitForm(
  apiUrl: string,
  definition: FormDefinition,
  scope: 'case' | 'new',
  req: Request,
  res: Response,
  pending: Pending,
): Promise<void> {
  const victimId = scope === 'case' ? victimIdOf(req) : undefined;
  const { key } = formAddress(definition, scope, req);
  const context = await formContext(apiUrl, scope, req, res, pending.newId, definition);
  try {
    const outcome = await sendCommand(context.api, await definition.command(pending.values, context), {
      ifMatch: ifMatchFor(definition, scope, pending),
      idempotencyKey: pending.idempotencyKey,
    });
    if (req.session.pending) delete req.session.pending[key];
    req.session.lastPosition = outcome.position;
    const back = comeBackFromDetour(req, key, pending.values);
    req.session.confirmation = back
      ? {
          title: definition.confirmation.title,
          body: 'Continue to go back to your form: what you typed is kept.',
          next: back,
        }
      : {
          ...definition.confirmation,
          next: definition.next?.({ id: outcome.id, victimId }) ?? `/cases/${victimId ?? outcome.id}`,
        };
    req.session.save(() => res.redirect('/done'));
    return;
  } catch (error) {
    return answerRefusal(error, definition, scope, req, res, pending);
  }
}

/** The revision the user's page showed, as If-Match: for the victim's own record only. */
function ifMatchFor(definition: FormDefinition, scope: 'case' | 'new', pending: Pending): string | undefined {
  return scope === 'case' && pending.revision && !definition.onSentence ? pending.revision : undefined;
}

/** A refusal of the API: 400/422 back to the form with what was typed and why; 409 the conflict page; else thrown on. */
function answerRefusal(
  error: unknown,
  definition: FormDefinition,
  scope: 'case' | 'new',
  req: Request,
  res: Response,
  pending: Pending,
): void {
  if (!(error instanceof ApiRefusal)) throw error;
  const victimId = scope === 'case' ? victimIdOf(req) : undefined;
  const { key, url: formUrl } = formAddress(definition, scope, req);
  if (error.status === 400 || error.status === 422) {
    req.session.forms = {
      ...req.session.forms,
      [key]: {
        values: pending.values,
        errors: errorLinks(definition, error.problems),
        revision: pending.revision,
        newId: pending.newId,
      },
    };
    req.session.save(() => res.redirect(formUrl));
    return;
  }
  if (error.status === 409 && victimId) {
    req.session.conflict = {
      form: filledSlug(definition, req),
      victimId,
      revision: pending.revision,
      values: pending.values,
    };
    req.session.save(() => res.redirect(`/cases/${victimId}/conflict`));
    return;
  }
  throw error;
}

/**
 * The form's slug with its own parameters filled in (`requests/:requestId/answer` → `requests/<id>/answer`). Each
 * parameter must be a UUID: anything else is no such page.
 */
export function filledSlug(definition: FormDefinition, req: Request): string {
  const params = req.params as Record<string, string | undefined>;
  return definition.slug.replace(/:(\w+)/g, (_match, name: string) => {
    const value = String(params[name] ?? '');
    if (!UUID.test(value)) throw new ApiRefusal(404, []);
    return value;
  });
}

/** A form's address for this request, and the key of what the user typed on it in the session. */
export function formAddress(
  definition: FormDefinition,
  scope: 'case' | 'new',
  req: Request,
): { url: string; key: string } {
  const slug = filledSlug(definition, req);
  return scope === 'case'
    ? { url: `/cases/${victimIdOf(req)}/${slug}`, key: `${slug}:${victimIdOf(req)}` }
    : { url: `/${slug}`, key: `${slug}:new` };
}

/** The case form whose slug (a pattern when it has parameters) matches a filled-in slug. */
export function caseFormAt(forms: readonly FormDefinition[], slug: string): FormDefinition | undefined {
  return forms.find(
    (form) => form.slug === slug || new RegExp(`^${form.slug.replace(/:\w+/g, '[0-9a-f-]{36}')}$`).test(slug),
  );
}

/** The parameters of a slug pattern, read from its filled-in form. */
export function slugParams(definition: FormDefinition, slug: string): Record<string, string> {
  const names = [...definition.slug.matchAll(/:(\w+)/g)].map(([, name]) => name);
  const values = new RegExp(`^${definition.slug.replace(/:\w+/g, '([0-9a-f-]{36})')}$`).exec(slug)?.slice(1) ?? [];
  return Object.fromEntries(names.map((name, index) => [name, values[index] ?? '']));
}

/** The case a page belongs to, from its address (checked as a UUID before any use). */
export function victimIdOf(req: Request): string {
  return String((req.params as Record<string, string | undefined>).victimId ?? '');
}
