import { randomUUID } from 'node:crypto';
import { Request, Response, Router } from 'express';
import { apiClientFor, ApiRefusal, Schemas } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { recalculation, recordRecalculation, sentenceLines } from '../../services/release-recalculation.service';
import { date, FormValues, text } from '../forms/form-definition';
import { optionsOf } from '../forms/definitions/options';
import { UUID } from '../forms/form-submit';
import { postedValues } from '../forms/form-view';

/** Who may record a recalculation (x-roles of PUT /release-law-changes/recalculations/{id}); the API decides. */
const MAY_RECORD = ['VLO_MANAGER', 'ADMIN'];

export const LAW_CHANGES = optionsOf({
  'sds40-2024': 'Release at 40 per cent (SDS40, SI 2024/844, September 2024)',
  'sentencing-act-2026': 'Sentencing Act 2026',
  'other-law-change': 'Another change in the law',
} satisfies Record<Schemas['RecalculateReleaseDatesDto']['lawChange'], string>);

const ANCHORS = { lawChange: '#lawChange', date: '#date-day', sentences: '#sentences' } as const;

declare module 'express-session' {
  interface SessionData {
    /** What the last recording of each recalculation answered: how many sentences it moved. */
    recalculations?: Record<string, { recorded: number; unchanged: number }>;
  }
}

/**
 * A change in the law that moves many release dates at once (SDS40 and later reforms): a manager lists the sentences
 * and their new expected release dates; each gets a release-date-changed stage and its victims' release-month notices
 * move. The result page shows every sentence moved and its victims, as far as the user may see them.
 */
export function releaseLawRoutes(apiUrl: string): Router {
  const router = Router();
  const mayRecord = (res: Response) => signedInUser(res).roles.some((role) => MAY_RECORD.includes(role));

  const renderForm = (req: Request, res: Response, recalculationId: string) => {
    const kept = req.session.forms?.[`release-law:${recalculationId}`];
    if (kept && req.session.forms) delete req.session.forms[`release-law:${recalculationId}`];
    const values: FormValues = kept?.values ?? {};
    const errors = kept?.errors ?? [];
    if (errors.length > 0) res.status(400);
    const errorOf = (field: keyof typeof ANCHORS) => errors.find((error) => error.href === ANCHORS[field])?.text;
    return {
      recalculationId,
      errors,
      values: {
        lawChange: text(values, 'lawChange'),
        sentences: typeof values.sentences === 'string' ? values.sentences : '',
        date: {
          day: text(values, 'date-day'),
          month: text(values, 'date-month'),
          year: text(values, 'date-year'),
        },
      },
      fieldErrors: { lawChange: errorOf('lawChange'), date: errorOf('date'), sentences: errorOf('sentences') },
      lawChanges: LAW_CHANGES.map((option) => ({ ...option, checked: option.value === text(values, 'lawChange') })),
    };
  };

  router.get('/release-law-changes', (req, res) => {
    if (!mayRecord(res)) throw new ApiRefusal(403, []);
    const recalculationId =
      typeof req.query.recalculation === 'string' && UUID.test(req.query.recalculation)
        ? req.query.recalculation
        : randomUUID();
    res.render('release-law/recalculate.njk', {
      pageTitle: 'Recalculate release dates after a change in the law',
      form: renderForm(req, res, recalculationId),
    });
  });

  router.post('/release-law-changes', async (req, res) => {
    if (!mayRecord(res)) throw new ApiRefusal(403, []);
    const recalculationId = String(req.body.recalculationId ?? '');
    if (!UUID.test(recalculationId)) throw new ApiRefusal(404, []);
    const values = postedValues(req.body);
    const parsed = sentenceLines(text(values, 'sentences'));
    const outcome =
      parsed.problems.length > 0
        ? { problems: parsed.problems }
        : await recordRecalculation(apiClientFor(apiUrl, signedInUser(res).accessToken), recalculationId, {
            lawChange: text(values, 'lawChange'),
            date: date(values, 'date'),
            lines: parsed.lines,
          });
    if (outcome.problems.length > 0 || !('recorded' in outcome) || !outcome.recorded) {
      req.session.forms = {
        ...req.session.forms,
        [`release-law:${recalculationId}`]: {
          values,
          errors: outcome.problems.map((problem) => ({ text: problem.message, href: ANCHORS[problem.field] })),
          revision: '',
          newId: recalculationId,
        },
      };
      return req.session.save(() => res.redirect(`/release-law-changes?recalculation=${recalculationId}`));
    }
    req.session.recalculations = {
      ...req.session.recalculations,
      [recalculationId]: { recorded: outcome.recorded.recorded, unchanged: outcome.recorded.unchanged },
    };
    req.session.save(() => res.redirect(`/release-law-changes/${recalculationId}`));
  });

  router.get('/release-law-changes/:recalculationId', async (req, res) => {
    const { recalculationId } = req.params;
    if (!UUID.test(recalculationId)) throw new ApiRefusal(404, []);
    const view = await recalculation(apiClientFor(apiUrl, signedInUser(res).accessToken), recalculationId);
    const sent = req.session.recalculations?.[recalculationId];
    res.render('release-law/recalculation.njk', {
      pageTitle: 'Release dates recalculated',
      view,
      sent,
      expected: sent ? sent.recorded + sent.unchanged : undefined,
      mayRecord: mayRecord(res),
    });
  });
  return router;
}
