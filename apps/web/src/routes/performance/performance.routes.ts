import { Request, Router } from 'express';
import { apiClientFor, ApiProblem, ApiRefusal } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { chartSvg } from '../../charts/chart-svg';
import { toCsv } from '../../charts/csv';
import { Figure, FigureAnswers, FIGURE_KEYS, FigureKey, FIGURES, isFigureKey } from '../../charts/figures';
import { figure, MonthRange } from '../../services/performance.service';

/** `?from=YYYY-MM&to=YYYY-MM` as typed (trimmed, at most 20 characters; empty is not asked): the API checks them. */
function monthsAsked(req: Request): MonthRange {
  const pick = (name: 'from' | 'to') => {
    const value = req.query[name];
    const typed = typeof value === 'string' ? value.trim().slice(0, 20) : '';
    return typed === '' ? undefined : typed;
  };
  return { from: pick('from'), to: pick('to') };
}

/** The API's problems with the months, in the words of the page's fields, each linked to its field. */
function monthErrors(problems: readonly ApiProblem[]): { text: string; href: string }[] {
  return problems.map((problem) => {
    const field = problem.field === 'to' ? 'to' : 'from';
    return { text: monthProblemText(field, problem), href: `#${field}` };
  });
}

function monthProblemText(field: 'from' | 'to', problem: ApiProblem): string {
  const label = field === 'from' ? 'The first month' : 'The last month';
  if (problem.rule === 'matches')
    return `${label} must be a year and month written like ${field === 'from' ? '2026-01' : '2026-12'}`;
  if (problem.rule === 'order') return 'The first month must be the same as the last month or before it';
  if (problem.rule === 'range') return `Ask for ${problem.message.replace(/^ask for /, '')}`;
  return `${label}: ${problem.message}`;
}

function tableOf<K extends FigureKey>(definition: Figure<K>, answer: FigureAnswers[K]) {
  return {
    headers: definition.columns.map((column) => column.header),
    rows: answer.months.map((row) => definition.columns.map((column) => column.value(row as never))),
  };
}

/** How the unit is doing: each figure as a server-rendered chart with its table beside it, and the table as CSV. */
export function performanceRoutes(apiUrl: string): Router {
  const router = Router();

  router.get('/performance', async (req, res) => {
    const api = apiClientFor(apiUrl, signedInUser(res).accessToken);
    const asked = monthsAsked(req);
    const months = { ...asked, minPosition: req.session.lastPosition };
    let answers: FigureAnswers[FigureKey][];
    try {
      answers = await Promise.all(FIGURE_KEYS.map((key) => figure(api, key, months)));
    } catch (error) {
      if (!(error instanceof ApiRefusal) || error.status !== 400) throw error;
      const errors = monthErrors(error.problems);
      return res.status(400).render('performance/performance.njk', {
        pageTitle: 'How the unit is doing',
        values: { from: asked.from ?? '', to: asked.to ?? '' },
        errors,
        errorOf: (id: string) => errors.find((problem) => problem.href === `#${id}`)?.text,
      });
    }
    const figures = [];
    for (const [index, key] of FIGURE_KEYS.entries()) {
      const definition = FIGURES[key] as Figure<FigureKey>;
      const answer = answers[index];
      const table = tableOf(definition, answer);
      figures.push({
        key,
        title: definition.title,
        about: definition.about,
        svg: await chartSvg(definition.chart(answer as never), `chart-${key}`),
        headers: table.headers,
        rows: table.rows.map((row) => row.map((value) => (value === null ? '–' : String(value)))),
        csvUrl: `/performance/${key}.csv?from=${answer.from}&to=${answer.to}`,
      });
    }
    const first = answers[0];
    res.render('performance/performance.njk', {
      pageTitle: 'How the unit is doing',
      values: { from: first.from, to: first.to },
      errors: [],
      errorOf: () => undefined,
      figures,
      period: { from: first.from, to: first.to },
      units: first.units,
      today: first.today,
    });
  });

  router.get('/performance/:figure.csv', async (req, res) => {
    const key = String(req.params.figure);
    if (!isFigureKey(key)) throw new ApiRefusal(404, []);
    const asked = monthsAsked(req);
    let answer: FigureAnswers[FigureKey];
    try {
      answer = await figure(apiClientFor(apiUrl, signedInUser(res).accessToken), key, asked);
    } catch (error) {
      if (!(error instanceof ApiRefusal) || error.status !== 400) throw error;
      // The page says what is wrong with the months, with what was typed kept.
      return res.redirect(`/performance?${new URLSearchParams({ from: asked.from ?? '', to: asked.to ?? '' })}`);
    }
    const table = tableOf(FIGURES[key] as Figure<FigureKey>, answer);
    res
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${key}-${answer.from}-to-${answer.to}.csv"`,
      })
      .send(toCsv(table.headers, table.rows));
  });
  return router;
}
