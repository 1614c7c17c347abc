import { Request, Response } from 'express';
import { FormDefinition, FormValues, text } from './form-definition';
import { formAddress, Pending, victimIdOf } from './form-submit';

declare module 'express-session' {
  interface SessionData {
    /** A form the user left to fill in another first, to come back to with what they typed (never in the URL). */
    detour?: { fromUrl: string; fromKey: string; toKey: string; carry: Record<string, string> };
  }
}

/** Another form the user may need to fill in first (record the sentence, update the contact preferences), then come back. */
export interface FormDetour {
  /** The other form's slug: under the same case, or a new record of its own. */
  readonly to: string;
  readonly scope: 'case' | 'new';
  readonly text: string;
  /** Said before the button: when to take it, and that what was typed is kept. */
  readonly hint: string;
  /** This form's field ← the other form's field, filled in on the way back where the user left it empty. */
  readonly carry?: Readonly<Record<string, string>>;
}

/** The detour the posted button asks for, if the form offers it. */
export const detourAsked = (definition: FormDefinition, body: Record<string, unknown>): FormDetour | undefined =>
  definition.detours?.find((detour) => detour.to === body?._detour);

/** Keeps what was typed in the session, notes where to come back to, and goes to the other form. */
export function leaveForDetour(
  definition: FormDefinition,
  scope: 'case' | 'new',
  detour: FormDetour,
  req: Request,
  res: Response,
  pending: Pending,
): void {
  const { key: fromKey, url: fromUrl } = formAddress(definition, scope, req);
  const to =
    detour.scope === 'case'
      ? { url: `/cases/${victimIdOf(req)}/${detour.to}`, key: `${detour.to}:${victimIdOf(req)}` }
      : { url: `/${detour.to}`, key: `${detour.to}:new` };
  req.session.forms = {
    ...req.session.forms,
    [fromKey]: { values: pending.values, errors: [], revision: pending.revision, newId: pending.newId },
  };
  req.session.detour = { fromUrl, fromKey, toKey: to.key, carry: { ...detour.carry } };
  req.session.save(() => res.redirect(to.url));
}

/**
 * The other form was done: where to go next, the form the user left (with what the other form gives it filled in),
 * or nowhere in particular when this form was not a detour.
 */
export function comeBackFromDetour(req: Request, key: string, done: FormValues): string | undefined {
  const detour = req.session.detour;
  if (!detour || detour.toKey !== key) return undefined;
  delete req.session.detour;
  const kept = req.session.forms?.[detour.fromKey];
  if (kept) {
    for (const [field, from] of Object.entries(detour.carry))
      if (text(kept.values, field) === '') kept.values[field] = text(done, from);
    // The case changed by the user's own hand: the form is checked against the case as it is now, not as it was.
    kept.revision = '';
  }
  return detour.fromUrl;
}
