import { performance } from 'node:perf_hooks';
import { QueryBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { percentile } from '../event-store/stats';
import { BenchApi } from './api';
import { QueryCase, QueryTargets } from './query-cases';

export interface QueryResult {
  readonly name: string;
  readonly samples: number;
  readonly httpP50Ms: number;
  readonly httpP99Ms: number;
  readonly handlerP50Ms: number;
  readonly handlerP99Ms: number;
  /** Status codes other than 200 over HTTP, and handler calls that threw (should be none). */
  readonly errors: number;
  readonly indexes: string[];
  readonly plans: string[];
}

const WARM_UP = 20;

/** Picks what the queries ask for from the read models: random victims with a case, sentences with representations, VLOs with open tasks. */
export async function pickTargets(dataSource: DataSource, count: number): Promise<QueryTargets> {
  const column = async (sql: string): Promise<string[]> =>
    ((await dataSource.query(sql)) as { id: string }[]).map((row) => row.id);
  return {
    victimIds: await column(
      `SELECT victim_id::text AS id FROM victim_case_view WHERE status IN ('enrolled', 'rejoined') ORDER BY random() LIMIT ${count}`,
    ),
    sentenceIdsWithRepresentations: await column(
      // Only sentences the sentence view knows: the route answers 404 for the others (a partial rebuild can leave some out).
      `SELECT sentence_id::text AS id FROM (SELECT DISTINCT r.sentence_id FROM partner_representations r JOIN sentence_view s USING (sentence_id)) s
       ORDER BY random() LIMIT ${count}`,
    ),
    regions: await column(
      'SELECT DISTINCT region AS id FROM caseload_tasks WHERE done_at IS NULL AND region IS NOT NULL ORDER BY 1',
    ),
    vloIds: await column(
      `SELECT vlo_id AS id FROM (SELECT DISTINCT vlo_id FROM caseload_tasks WHERE done_at IS NULL AND vlo_id IS NOT NULL) v ORDER BY random() LIMIT ${count}`,
    ),
  };
}

export async function measureQueries(
  api: BenchApi,
  dataSource: DataSource,
  cases: readonly QueryCase[],
  samples: number,
): Promise<QueryResult[]> {
  const bus = api.app.get(QueryBus);
  const results: QueryResult[] = [];
  for (const queryCase of cases) {
    const headers: Record<string, string> = {
      authorization: `Bearer ${await api.token(queryCase.role, queryCase.userId, queryCase.units)}`,
    };
    if (queryCase.purpose) headers['x-purpose'] = queryCase.purpose;
    let errors = 0;
    const http = async (i: number): Promise<number> => {
      const before = performance.now();
      const response = await fetch(`${api.baseUrl}${queryCase.path(i)}`, { headers });
      await response.arrayBuffer();
      if (response.status !== 200) errors += 1;
      return performance.now() - before;
    };
    const direct = async (i: number): Promise<number> => {
      const before = performance.now();
      await bus.execute(queryCase.query(i) as never).catch(() => {
        errors += 1;
      });
      return performance.now() - before;
    };
    for (let i = 0; i < WARM_UP; i++) {
      await http(i);
      await direct(i);
    }
    errors = 0;
    const httpMs: number[] = [];
    const handlerMs: number[] = [];
    for (let i = 0; i < samples; i++) {
      httpMs.push(await http(i));
      handlerMs.push(await direct(i));
    }
    const { plans, indexes } = await explain(dataSource, queryCase);
    results.push({
      name: queryCase.name,
      samples,
      httpP50Ms: percentile(httpMs, 50),
      httpP99Ms: percentile(httpMs, 99),
      handlerP50Ms: percentile(handlerMs, 50),
      handlerP99Ms: percentile(handlerMs, 99),
      errors,
      indexes,
      plans,
    });
  }
  return results;
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement the handler issues, for the first target; the indexes the plans use. */
async function explain(dataSource: DataSource, queryCase: QueryCase): Promise<{ plans: string[]; indexes: string[] }> {
  const plans: string[] = [];
  const indexes = new Set<string>();
  for (const statement of queryCase.explain(0)) {
    const rows: { 'QUERY PLAN': string }[] = await dataSource.query(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
      statement.params,
    );
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    plans.push(`-- ${queryCase.name}: ${statement.label}\n${plan}`);
    for (const match of plan.matchAll(/(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) (\S+)/g))
      indexes.add(match[1]);
    for (const match of plan.matchAll(/Seq Scan on (\S+)/g)) indexes.add(`SEQ SCAN ${match[1]}`);
  }
  return { plans, indexes: [...indexes] };
}
