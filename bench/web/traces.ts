import { LogLine } from './processes';

/** What the services' own logs say about one page: the web service's time, and each API call it made for it. */
export interface PageTrace {
  readonly webMs: number;
  readonly webRoute: string;
  readonly apiCalls: { readonly route: string; readonly status: number; readonly ms: number; readonly end: number }[];
}

/**
 * Collects the access-log lines of both services by request id: the web service starts a request id for each page
 * and sends it on to the API as X-Request-Id, so the API's lines for a page's calls carry the page's id.
 */
export class TraceCollector {
  private readonly web = new Map<string, { ms: number; route: string }>();
  private readonly api = new Map<string, PageTrace['apiCalls'][number][]>();
  /** Every API call, by route pattern (including those of sign-in and of unmeasured pages). */
  readonly apiByRoute = new Map<string, number[]>();

  add(service: 'api' | 'web', line: LogLine): void {
    if (line.msg !== 'request' || !line.requestId || typeof line.ms !== 'number') return;
    if (service === 'web') {
      this.web.set(line.requestId, { ms: line.ms, route: line.route ?? '?' });
      return;
    }
    const route = `${line.method ?? 'GET'} ${line.path ?? '?'}`;
    const end = line.time ? Date.parse(line.time) : Number.NaN;
    const calls = this.api.get(line.requestId) ?? [];
    calls.push({ route, status: line.status ?? 0, ms: line.ms, end });
    this.api.set(line.requestId, calls);
    const list = this.apiByRoute.get(route) ?? [];
    list.push(line.ms);
    this.apiByRoute.set(route, list);
  }

  trace(requestId: string | undefined): PageTrace | undefined {
    const web = requestId ? this.web.get(requestId) : undefined;
    if (!requestId || !web) return undefined;
    return { webMs: web.ms, webRoute: web.route, apiCalls: this.api.get(requestId) ?? [] };
  }
}

/**
 * The time during which at least one of the page's API calls was running (they run in parallel, so their sum says
 * little): the union of [end - ms, end] over the calls, from the API's own log (millisecond timestamps).
 */
export function apiWallMs(calls: PageTrace['apiCalls']): number {
  const intervals = calls
    .filter((call) => Number.isFinite(call.end))
    .map((call) => [call.end - call.ms, call.end] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: [number, number] | undefined;
  for (const [start, end] of intervals) {
    if (!current || start > current[1]) {
      if (current) total += current[1] - current[0];
      current = [start, end];
    } else current[1] = Math.max(current[1], end);
  }
  if (current) total += current[1] - current[0];
  return total;
}
