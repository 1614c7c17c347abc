import { Request, Router } from 'express';
import { apiClientFor, ApiRefusal } from '../../data/api-client';
import { signedInUser } from '../../auth/signed-in-user';
import { chartSvg } from '../../charts/chart-svg';
import { toCsv } from '../../charts/csv';
import { Figure, FigureAnswers, FIGURE_KEYS, FigureKey, FIGURES, isFigureKey } from '../../charts/figures';
import { figure, MonthRange } from '../../services/performance.service';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `?from=YYYY-MM&to=YYYY-MM` when given and well formed (the API checks the range). */
function monthsAsked(req: Request): MonthRange {
  const pick = (name: 'from' | 'to') => {
    const value = req.query[name];
    return typeof value === 'string' && MONTH.test(value) ? value : undefined;
  };
  return { from: pick('from'), to: pick('to') };
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
    const months = { ...monthsAsked(req), minPosition: req.session.lastPosition };
    const answers = await Promise.all(FIGURE_KEYS.map((key) => figure(api, key, months)));
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
      figures,
      period: { from: first.from, to: first.to },
      units: first.units,
      today: first.today,
    });
  });

  router.get('/performance/:figure.csv', async (req, res) => {
    const key = String(req.params.figure);
    if (!isFigureKey(key)) throw new ApiRefusal(404, []);
    const answer = await figure(apiClientFor(apiUrl, signedInUser(res).accessToken), key, monthsAsked(req));
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
