import { ApiClient, unwrap } from '../data/api-client';
import { FigureAnswers, FigureKey } from '../charts/figures';

/** Which months to ask for (YYYY-MM); the API's default is the twelve months up to this one. */
export interface MonthRange {
  readonly from?: string;
  readonly to?: string;
  /** The user's last change: the figures include it. */
  readonly minPosition?: string;
}

/** One of the unit's figures, as the API counts it for the signed-in manager's units. */
export async function figure<K extends FigureKey>(
  api: ApiClient,
  key: K,
  months: MonthRange = {},
): Promise<FigureAnswers[K]> {
  const query = { query: months };
  switch (key) {
    case 'first-contact':
      return (await api.GET('/performance/first-contact', { params: query }).then(unwrap)) as FigureAnswers[K];
    case 'referrals':
      return (await api.GET('/performance/referrals', { params: query }).then(unwrap)) as FigureAnswers[K];
    case 'decision-notices':
      return (await api.GET('/performance/decision-notices', { params: query }).then(unwrap)) as FigureAnswers[K];
    case 'letters':
      return (await api.GET('/performance/letters', { params: query }).then(unwrap)) as FigureAnswers[K];
    case 'notifications':
      return (await api.GET('/performance/notifications', { params: query }).then(unwrap)) as FigureAnswers[K];
    default: {
      const unknown: never = key;
      throw new Error(`no such figure ${String(unknown)}`);
    }
  }
}
