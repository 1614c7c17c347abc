import { ApiClient, ApiRefusal, Schemas, unwrap } from '../data/api-client';

export type LawChange = Schemas['RecalculateReleaseDatesDto']['lawChange'];
export type RecalculationView = Schemas['RecalculationViewResponse'];
export type RecalculationRecorded = Schemas['RecalculationRecordedResponse'];

/** One line of the list the user typed: a sentence (its reference, or its id) and its new expected release date. */
export interface SentenceLine {
  readonly line: number;
  readonly sentence: string;
  readonly expectedReleaseDate: string;
}

/** A problem with what was typed, on one line of the list or on a field. */
export interface LineProblem {
  readonly field: 'lawChange' | 'date' | 'sentences';
  readonly message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "14/3/2027" → "2027-03-14", as the date inputs do; anything else goes to the API as typed (it names the problem). */
function isoDate(typed: string): string {
  const parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed);
  return parts ? `${parts[3]}-${parts[2].padStart(2, '0')}-${parts[1].padStart(2, '0')}` : typed;
}

/**
 * The sentences the user listed, one a line: "X123456 14/03/2027" (a comma or spaces between). Shaping only: a line
 * without both parts is named; whether the date is right is for the API.
 */
export function sentenceLines(typed: string): { lines: SentenceLine[]; problems: LineProblem[] } {
  const lines: SentenceLine[] = [];
  const problems: LineProblem[] = [];
  typed.split(/\r?\n/).forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
    if (parts.length !== 2)
      problems.push({
        field: 'sentences',
        message: `Line ${index + 1}: give the sentence reference and its new expected release date, for example X123456 14/03/2027`,
      });
    else lines.push({ line: index + 1, sentence: parts[0], expectedReleaseDate: isoDate(parts[1]) });
  });
  if (lines.length === 0 && problems.length === 0)
    problems.push({ field: 'sentences', message: 'List at least one sentence and its new expected release date' });
  return { lines, problems };
}

/** Each listed reference's sentence id, through the API (so only sentences the user may see are found). */
export async function sentenceIds(
  api: ApiClient,
  lines: readonly SentenceLine[],
): Promise<{ ids: Map<string, string>; problems: LineProblem[] }> {
  const ids = new Map<string, string>();
  const problems: LineProblem[] = [];
  for (const { line, sentence } of lines) {
    if (UUID.test(sentence)) {
      ids.set(sentence, sentence.toLowerCase());
      continue;
    }
    const found = await api.GET('/sentences', {
      params: { query: { reference: sentence.toUpperCase(), pageSize: 1 } },
    });
    // Administrators may record a recalculation but not search sentences (GET /sentences is for caseworkers).
    if (found.response.status === 403) {
      problems.push({
        field: 'sentences',
        message: `Line ${line}: give the sentence's id instead of ${sentence}: your role cannot look sentences up by reference`,
      });
      continue;
    }
    const match = unwrap(found).items[0];
    if (match) ids.set(sentence, match.sentenceId);
    else problems.push({ field: 'sentences', message: `Line ${line}: no sentence ${sentence} in your units` });
  }
  return { ids, problems };
}

/** The refusals of a 422 or 409, each named by the line of its sentence. */
function refusalsOf(error: unknown, lineOf: (sentenceId: string) => string): LineProblem[] {
  const body = (error ?? {}) as { message?: unknown; refusals?: unknown; problems?: unknown };
  const named = Array.isArray(body.refusals)
    ? (body.refusals as { sentenceId?: unknown; message?: unknown }[]).map((refusal) => ({
        field: 'sentences' as const,
        message: `${lineOf(String(refusal.sentenceId))}: ${String(refusal.message)}`,
      }))
    : [];
  const fields = Array.isArray(body.problems)
    ? (body.problems as { field?: unknown; message?: unknown }[]).map((problem) => ({
        field: fieldOf(String(problem.field ?? '')),
        message: String(problem.message),
      }))
    : [];
  const summary = typeof body.message === 'string' ? [{ field: 'sentences' as const, message: body.message }] : [];
  return [...summary, ...named, ...fields];
}

const fieldOf = (apiField: string): LineProblem['field'] =>
  apiField === 'lawChange' ? 'lawChange' : apiField === 'date' ? 'date' : 'sentences';

/**
 * Records the recalculation as the signed-in user (PUT, idempotent under its id): every listed sentence moved, or
 * nothing and each refusal named by its line.
 */
export async function recordRecalculation(
  api: ApiClient,
  recalculationId: string,
  request: { lawChange: string; date: string; lines: readonly SentenceLine[] },
): Promise<{ recorded?: RecalculationRecorded; problems: LineProblem[] }> {
  const { ids, problems } = await sentenceIds(api, request.lines);
  if (problems.length > 0) return { problems };
  const lineOf = (sentenceId: string) => {
    const line = request.lines.find((candidate) => ids.get(candidate.sentence) === sentenceId);
    return line ? `Line ${line.line} (${line.sentence})` : 'A sentence';
  };
  const result = await api.PUT('/release-law-changes/recalculations/{recalculationId}', {
    params: { path: { recalculationId } },
    body: {
      lawChange: request.lawChange as LawChange,
      date: request.date,
      sentences: request.lines.map((line) => ({
        sentenceId: ids.get(line.sentence) ?? line.sentence,
        expectedReleaseDate: line.expectedReleaseDate,
      })),
    },
  });
  const status = result.response.status;
  if (result.response.ok && result.data) return { recorded: result.data, problems: [] };
  if (status === 400 || status === 409 || status === 422) return { problems: refusalsOf(result.error, lineOf) };
  return { recorded: unwrap(result), problems: [] };
}

/** The sentences a recalculation moved and their victims, as far as the user may see them. */
export async function recalculation(api: ApiClient, recalculationId: string): Promise<RecalculationView> {
  const view = await api
    .GET('/release-law-changes/recalculations/{recalculationId}', { params: { path: { recalculationId } } })
    .then(unwrap);
  if (!view) throw new ApiRefusal(404, []);
  return view;
}
