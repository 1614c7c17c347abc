import { ApiClient, Schemas, unwrap } from '../data/api-client';
import { govukDate } from '../views/filters';
import { TaskInWords, taskInWords } from '../views/task-words';

export type CaseloadTask = Schemas['CaseloadTaskResponse'];

export interface Caseload {
  readonly today: string;
  readonly tasks: readonly (CaseloadTask & { victimName: string | null; words: TaskInWords })[];
  readonly counts: { readonly openCases: number; readonly dueThisWeek: number; readonly overdue: number };
  readonly kinds: readonly string[];
  readonly total: number;
}

/** The signed-in officer's open tasks (optionally of one kind), oldest due first, each with the victim's name, and their counts. */
export async function myCaseload(api: ApiClient, vloId: string, kind: string | undefined): Promise<Caseload> {
  const [tasks, allTasks, summary, victims] = await Promise.all([
    api
      .GET('/caseload/tasks', { params: { query: { vloId, kind, status: 'open', sort: 'dueOn', pageSize: 100 } } })
      .then(unwrap),
    kind
      ? api.GET('/caseload/tasks', { params: { query: { vloId, status: 'open', pageSize: 100 } } }).then(unwrap)
      : undefined,
    api.GET('/caseload/summary', { params: { query: { groupBy: 'vlo', vloId } } }).then(unwrap),
    api.GET('/victims', { params: { query: { vloId, pageSize: 100 } } }).then(unwrap),
  ]);
  const names = new Map(victims.items.map((victim) => [victim.victimId, victim.fullName ?? null]));
  const row = summary.rows.find((candidate) => candidate.vloId === vloId);
  const kinds = [...new Set((allTasks ?? tasks).items.map((task) => task.kind))].sort();
  return {
    today: tasks.today,
    total: tasks.total,
    tasks: tasks.items.map((task) => {
      const victimName = task.victimId ? (names.get(task.victimId) ?? null) : null;
      return { ...task, victimName, words: taskInWords(task, victimName, govukDate) };
    }),
    counts: { openCases: row?.openCases ?? 0, dueThisWeek: row?.dueThisWeek ?? 0, overdue: row?.overdue ?? 0 },
    kinds,
  };
}

export type VictimListItem = Schemas['VictimCaseListItem'];

/**
 * The officer's victims whose name or sentence reference contains the words searched for. The API searches references;
 * names are encrypted at rest, so they are matched here, in the officer's own list.
 */
export async function searchMyVictims(api: ApiClient, vloId: string, words: string): Promise<VictimListItem[]> {
  const wanted = words.trim().toLowerCase();
  if (wanted === '') return [];
  const [byReference, mine] = await Promise.all([
    api
      .GET('/victims', { params: { query: { reference: words.trim(), pageSize: 100 } } })
      .then((result) => (result.response.ok ? (result.data?.items ?? []) : [])),
    api.GET('/victims', { params: { query: { vloId, pageSize: 100 } } }).then(unwrap),
  ]);
  const byName = mine.items.filter((victim) => (victim.fullName ?? '').toLowerCase().includes(wanted));
  const seen = new Set<string>();
  return [...byReference, ...byName].filter((victim) => !seen.has(victim.victimId) && seen.add(victim.victimId));
}
