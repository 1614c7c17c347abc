import { Client } from 'pg';
import { percentile } from '../event-store/stats';

/** A simulated person: who signs in, in which unit, and what their first page is. */
export interface Officer {
  readonly username: string;
  readonly role: 'VLO' | 'VLO_MANAGER';
  readonly unit: string;
  /** The cases the VLO holds (enrolled or not yet decided), and their open tasks; undefined for a manager. */
  readonly cases?: number;
  readonly openTasks?: number;
}

/** What the seeded history gives the pages: units, officers with cases, and how big a caseload is. */
export interface CaseloadShape {
  readonly units: number;
  readonly officers: number;
  readonly casesPerOfficer: { min: number; p50: number; max: number };
  readonly openCasesPerOfficer: { min: number; p50: number; max: number };
  readonly openTasksPerOfficer: { min: number; p50: number; max: number };
  readonly unallocatedCases: number;
}

interface OfficerRow {
  vlo_id: string;
  unit: string;
  cases: number;
  open_cases: number;
  open_tasks: number;
}

/**
 * The officers the seed assigned cases to (bench/read-side/victims.ts: `vlo-<unit>-<n>`, in the case's unit), read
 * from the read models. Read-only.
 */
export async function readOfficers(url: string): Promise<{ rows: OfficerRow[]; shape: CaseloadShape }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<OfficerRow>(
      `SELECT v.vlo_id, v.probation_region AS unit, count(*)::int AS cases,
              (count(*) FILTER (WHERE v.status IN ('enrolled', 'rejoined')))::int AS open_cases,
              coalesce(max(t.open_tasks), 0)::int AS open_tasks
         FROM victim_case_view v
         LEFT JOIN (SELECT vlo_id, count(*) AS open_tasks FROM caseload_tasks WHERE done_at IS NULL GROUP BY vlo_id) t
           ON t.vlo_id = v.vlo_id
        WHERE v.vlo_id IS NOT NULL AND v.probation_region IS NOT NULL
        GROUP BY v.vlo_id, v.probation_region
        ORDER BY v.vlo_id, v.probation_region`,
    );
    const {
      rows: [{ n: unallocated }],
    } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM victim_case_view WHERE vlo_id IS NULL');
    const spread = (values: number[]) => ({
      min: values.length ? Math.min(...values) : 0,
      p50: values.length ? percentile(values, 50) : 0,
      max: values.length ? Math.max(...values) : 0,
    });
    return {
      rows,
      shape: {
        units: new Set(rows.map((row) => row.unit)).size,
        officers: new Set(rows.map((row) => row.vlo_id)).size,
        casesPerOfficer: spread(rows.map((row) => row.cases)),
        openCasesPerOfficer: spread(rows.map((row) => row.open_cases)),
        openTasksPerOfficer: spread(rows.map((row) => row.open_tasks)),
        unallocatedCases: unallocated,
      },
    };
  } finally {
    await client.end();
  }
}

/**
 * `vlos` officers with cases, taken from each unit in turn (a seeded shuffle within the unit), and `managers` managers,
 * one per unit in turn (`vlu-manager-<unit>`, the seed's manager; a second one in a unit is `-2`, and so on). A small
 * history can have fewer officers than people asked for: then an officer is signed in more than once (as one person on
 * two machines: separate sessions), and the report says how many distinct officers there were.
 */
export function chooseOfficers(
  rows: readonly OfficerRow[],
  vlos: number,
  managers: number,
  random: () => number,
): Officer[] {
  const byUnit = new Map<string, OfficerRow[]>();
  for (const row of rows) if (row.open_cases > 0) byUnit.set(row.unit, [...(byUnit.get(row.unit) ?? []), row]);
  const units = [...byUnit.keys()].sort();
  if (units.length === 0) throw new Error('the database has no officer with an open case: was it rebuilt?');
  for (const list of byUnit.values()) shuffle(list, random);
  // Each unit's officers in turn, then the next officer of each unit, and so on, round again when all are taken.
  const order: OfficerRow[] = [];
  const longest = Math.max(...[...byUnit.values()].map((list) => list.length));
  for (let nth = 0; nth < longest; nth++)
    for (const unit of units) {
      const row = byUnit.get(unit)?.[nth];
      if (row) order.push(row);
    }
  const chosen: Officer[] = [];
  for (let i = 0; i < vlos; i++) {
    const row = order[i % order.length];
    chosen.push({
      username: row.vlo_id,
      role: 'VLO',
      unit: row.unit,
      cases: row.open_cases,
      openTasks: row.open_tasks,
    });
  }
  for (let i = 0; i < managers; i++) {
    const unit = units[i % units.length];
    const nth = Math.floor(i / units.length);
    chosen.push({ username: `vlu-manager-${unit}${nth === 0 ? '' : `-${nth + 1}`}`, role: 'VLO_MANAGER', unit });
  }
  return chosen;
}

function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}
