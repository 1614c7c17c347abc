import { randomUUID } from 'node:crypto';
import { Request, Response, Router } from 'express';
import { ApiRefusal, apiClientFor } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { victimCase } from '../../services/victim-case.service';
import { checkDisclosure, discloseRepresentation, victimRepresentation } from '../../services/representations.service';
import { FormContext, FormValues } from '../forms/form-definition';
import { answerRows, ErrorLink, errorLinks, postedValues, viewFields } from '../forms/form-view';
import { defaults } from '../forms/form.routes';
import { UUID } from '../forms/form-submit';
import { confirmedFlagsOf, disclosureBody, disclosureForm, FLAG_WORDS, recipientOf } from './disclosure-form';

/** A disclosure on its way: what was typed, and what the API's screen flagged in it (never the text itself). */
interface DisclosureDraft {
  values: FormValues;
  errors?: ErrorLink[];
  /** The screen's flags still to be confirmed, from the API's last answer. */
  flags?: string[];
  /** The flags the VLO ticked when they were last asked. */
  confirmed?: string[];
}

declare module 'express-session' {
  interface SessionData {
    /** Disclosures being prepared, by victim and representation id (never in a URL). */
    disclosures?: Record<string, DisclosureDraft>;
  }
}

const PATH = '/cases/:victimId/representations/:representationId/disclose';

/**
 * Disclosing a representation to a partner: the form (to whom, when, the text they will read, started from the
 * victim's words), the API's check on "Continue" (validate-only), check your answers, the API's disclosure, the
 * confirmation. The API's screen may flag the text: the
 * check page then names what it found and asks the VLO to change the text or confirm each finding.
 */
export function discloseRoutes(apiUrl: string): Router {
  const router = Router();

  const load = async (req: Request, res: Response) => {
    const { victimId, representationId } = req.params as Record<string, string>;
    if (!UUID.test(victimId) || !UUID.test(representationId)) throw new ApiRefusal(404, []);
    const user = signedInUser(res);
    const api = apiClientFor(apiUrl, user.accessToken);
    const victim = await victimCase(api, victimId, req.session.lastPosition);
    const representation = await victimRepresentation(api, victim, representationId, req.session.lastPosition);
    const definition = disclosureForm(representation);
    const context: FormContext = {
      userId: user.userId,
      userName: user.name,
      isManager: user.roles.includes('VLO_MANAGER'),
      units: user.units,
      api,
      victim,
      newId: randomUUID(),
      params: {},
    };
    const url = `/cases/${victimId}/representations/${representationId}/disclose`;
    return { api, victim, representation, definition, context, url, key: `${victimId}:${representationId}` };
  };

  const save = (req: Request, res: Response, key: string, draft: DisclosureDraft, to: string) => {
    req.session.disclosures = { ...req.session.disclosures, [key]: draft };
    req.session.save(() => res.redirect(to));
  };

  router.get(PATH, async (req, res) => {
    const { definition, context, url, key, victim } = await load(req, res);
    const draft = req.session.disclosures?.[key];
    const values = draft?.values ?? defaults(definition, context);
    const errors = draft?.errors ?? [];
    if (draft?.errors) delete draft.errors;
    if (errors.length > 0) res.status(400);
    res.render('forms/form.njk', {
      pageTitle: definition.title,
      definition,
      fields: viewFields(definition, values, errors, context),
      errors,
      action: url,
      caseUrl: `/cases/${victim.victimId}`,
      revision: '',
      idempotencyKey: '',
      newId: '',
    });
  });

  // "Continue": the API checks the disclosure without recording it, so a refusal shows on the form (errors before
  // check your answers) and what the screen flags in the new text is on the check page from the start.
  router.post(PATH, async (req, res) => {
    const { api, definition, representation, url, key, victim } = await load(req, res);
    const values = postedValues(req.body);
    try {
      const check = await checkDisclosure(
        api,
        victim.victimId,
        representation.representationId,
        disclosureBody(representation, values, []),
      );
      const flags = check.accepted ? {} : { flags: check.flags, confirmed: [] };
      save(req, res, key, { values, ...flags }, `${url}/check`);
    } catch (error) {
      if (!(error instanceof ApiRefusal) || (error.status !== 400 && error.status !== 422)) throw error;
      save(req, res, key, { values, errors: errorLinks(definition, error.problems) }, url);
    }
  });

  router.get(`${PATH}/check`, async (req, res) => {
    const { definition, context, url, key, victim } = await load(req, res);
    const draft = req.session.disclosures?.[key];
    if (!draft) return res.redirect(url);
    const flags = draft.flags ?? [];
    const errors: ErrorLink[] = flags.length
      ? [
          {
            text: 'The text may name or locate someone. Change the text, or confirm each finding you have checked.',
            href: '#confirmedFlags',
          },
        ]
      : [];
    if (errors.length > 0) res.status(400);
    res.render('representations/disclose-check.njk', {
      pageTitle: 'Check your answers: disclose to a partner',
      definition,
      rows: answerRows(definition, draft.values, context, url),
      recipient: recipientOf(draft.values),
      readerTitle: capitalised(recipientOf(draft.values)),
      errors,
      flagItems: flags.map((flag) => ({
        value: flag,
        text: FLAG_WORDS[flag as keyof typeof FLAG_WORDS] ?? flag,
        checked: (draft.confirmed ?? []).includes(flag),
      })),
      action: `${url}/check`,
      formUrl: url,
      caseUrl: `/cases/${victim.victimId}`,
      idempotencyKey: randomUUID(),
    });
  });

  router.post(`${PATH}/check`, async (req, res) => {
    const { api, definition, representation, url, key, victim } = await load(req, res);
    const draft = req.session.disclosures?.[key];
    if (!draft) return res.redirect(url);
    const confirmed = confirmedFlagsOf(req.body);
    const idempotencyKey =
      typeof req.body.idempotencyKey === 'string' && UUID.test(req.body.idempotencyKey)
        ? req.body.idempotencyKey
        : randomUUID();
    try {
      const outcome = await discloseRepresentation(
        api,
        victim.victimId,
        representation.representationId,
        disclosureBody(representation, draft.values, confirmed),
        idempotencyKey,
      );
      if (!outcome.done) return save(req, res, key, { ...draft, flags: outcome.flags, confirmed }, `${url}/check`);
      if (req.session.disclosures) delete req.session.disclosures[key];
      req.session.lastPosition = outcome.position;
      req.session.confirmation = {
        title: 'Representation disclosed',
        body: `${capitalised(recipientOf(draft.values))} can now read the version you approved, and only that. The victim’s words as recorded are not shown to them.`,
        next: `/cases/${victim.victimId}`,
      };
      req.session.save(() => res.redirect('/done'));
    } catch (error) {
      if (!(error instanceof ApiRefusal) || (error.status !== 400 && error.status !== 422)) throw error;
      save(req, res, key, { values: draft.values, errors: errorLinks(definition, error.problems) }, url);
    }
  });

  return router;
}

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
