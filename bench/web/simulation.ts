import { performance } from 'node:perf_hooks';
import { Random } from '../read-side/rng';
import { log } from '../shared/bench-run';
import { BrowserUser, PageLoad } from './browser-user';
import { Officer } from './officers';

/** The pages measured: a VLO's caseload (all tasks, or filtered by kind), a manager's team page (the unit's overdue tasks), a case. */
export type PageKind = 'caseload' | 'caseload-by-kind' | 'team-overdue' | 'case';
export const PAGE_KINDS: readonly PageKind[] = ['caseload', 'caseload-by-kind', 'team-overdue', 'case'];

/** One measured page load. */
export interface PageSample {
  readonly kind: PageKind;
  readonly user: string;
  readonly status: number;
  readonly ms: number;
  readonly requestId: string | undefined;
  /** When it started, in ms since the measured window opened (negative: warm-up, not counted). */
  readonly at: number;
}

export interface SimulationOptions {
  readonly seconds: number;
  readonly warmUpSeconds: number;
  readonly thinkSeconds: number;
  readonly casesPerVisit: number;
  readonly kindFilterShare: number;
  readonly seed: number;
}

export interface SimulationResult {
  readonly samples: PageSample[];
  readonly signInMs: number[];
  readonly signInFailures: string[];
  /** Caseload pages that listed no case to open (a VLO with nothing due). */
  readonly emptyCaseloads: number;
}

const CASE_LINK = /href="\/cases\/([0-9a-f-]{36})"/g;
const KIND_OPTION = /<option value="([a-z][a-z-]*)"/g;

/**
 * Every officer signs in (one after another, before anything is measured), then all of them work at once until the
 * time is up: the caseload (a VLO's own, sometimes filtered by a task kind; a manager's team page with the unit's
 * overdue tasks), then a few of the cases listed on it, with a think time before each page.
 */
export async function simulate(
  officers: readonly Officer[],
  webUrl: string,
  password: string,
  options: SimulationOptions,
): Promise<SimulationResult> {
  const signInMs: number[] = [];
  const signInFailures: string[] = [];
  const users: { officer: Officer; browser: BrowserUser }[] = [];
  for (const officer of officers) {
    const browser = new BrowserUser(officer.username, password, webUrl);
    try {
      signInMs.push(await browser.signIn());
      users.push({ officer, browser });
    } catch (error) {
      signInFailures.push(error instanceof Error ? error.message : String(error));
    }
  }
  log(
    `${users.length} of ${officers.length} signed in; ${options.warmUpSeconds} s warm-up, then ${options.seconds} s measured`,
  );
  if (users.length === 0) throw new Error(`nobody could sign in: ${signInFailures.slice(0, 3).join('; ')}`);

  const samples: PageSample[] = [];
  let emptyCaseloads = 0;
  const origin = performance.now() + options.warmUpSeconds * 1000;
  const end = origin + options.seconds * 1000;
  const person = async (index: number, officer: Officer, browser: BrowserUser): Promise<void> => {
    const random = new Random(options.seed + index * 7919);
    const think = (): Promise<void> =>
      new Promise((resolve) => setTimeout(resolve, options.thinkSeconds * 1000 * (0.5 + random.next())));
    const page = async (kind: PageKind, path: string): Promise<PageLoad | undefined> => {
      if (performance.now() >= end) return undefined;
      const at = performance.now() - origin;
      const load = await browser.load(path);
      samples.push({ kind, user: officer.username, status: load.status, ms: load.ms, requestId: load.requestId, at });
      return load;
    };
    // People do not all start in the same second.
    await new Promise((resolve) => setTimeout(resolve, options.thinkSeconds * 1000 * random.next()));
    while (performance.now() < end) {
      let list = await page(
        officer.role === 'VLO' ? 'caseload' : 'team-overdue',
        officer.role === 'VLO' ? '/' : '/team',
      );
      if (!list) break;
      if (officer.role === 'VLO' && random.chance(options.kindFilterShare)) {
        const kinds = [...list.html.matchAll(KIND_OPTION)].map((match) => match[1]);
        if (kinds.length > 0) {
          await think();
          list = (await page('caseload-by-kind', `/?kind=${encodeURIComponent(random.pick(kinds))}`)) ?? list;
        }
      }
      const cases = [...new Set([...list.html.matchAll(CASE_LINK)].map((match) => match[1]))];
      if (cases.length === 0) emptyCaseloads += 1;
      for (let i = 0; i < options.casesPerVisit && cases.length > 0; i++) {
        await think();
        if (!(await page('case', `/cases/${random.pick(cases)}`))) break;
      }
      await think();
    }
  };
  await Promise.all(users.map(({ officer, browser }, index) => person(index, officer, browser)));
  return { samples: samples.filter((sample) => sample.at >= 0), signInMs, signInFailures, emptyCaseloads };
}
